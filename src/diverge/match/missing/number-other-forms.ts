/**
 * Numbers the other report states in another written form, so that neither is `missing`
 * (not-missing.ts asks these of a number or date nothing else found; round missing21-1 of the
 * missing-facts gold):
 *
 * - a number in words hyphened to its noun against the digits hyphened to the same noun:
 *   *a seven-month winning streak* / *a 7-month streak* (MSRP train 2576454/2576555), *two-year*
 *   / *2-year*. The extractor reads the words form as a duration and not the digits form, so
 *   nothing paired them;
 * - an amount whose currency one report drops: *120.000 tỷ đồng/năm* / *120.000 tỷ/năm*
 *   (VietnameseMDS cluster 79): the same figure with the same multiplier, one side naming the
 *   currency and the other nothing after it. The bare figure is read as a count of *tỷ*, which no
 *   amount paired; a counted noun after it (*5 triệu người*) makes it another quantity. English
 *   (*$5 billion* / *5 billion*) was paired by value already; the same keys serve it;
 * - a year against the decade the other report gives: *in 1985* / *in the 1980s* (MSRP train
 *   95816/95866), *năm 1985* / *thập niên 80*, *những năm 1980*. The other report says less, not
 *   something else; a year of another decade stays missing.
 *
 * Each reads the other report once (through once()) into a set of keys, so a fact is a lookup.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts } from '../../extract/collect'
import { keys } from '../../extract/fact-tokens'
import { ABOUT } from '../../reasons/hedges'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'
import type { Fact } from '../../extract/fact'
import { EN_NUMBERS } from '../../extract/numbers/number-words'
import { writtenForms } from './written-forms'
import { sharedNeighbours } from '../pairing/shared-words'

/** seven-month / 7-month: a number word hyphened to a noun, which the other report writes after the digits and a hyphen. */
export function hyphenedInDigits(other: PreparedDocument, fact: Fact): boolean {
  if (fact.type !== 'number' || !Number.isInteger(fact.value)) return false
  const m = /^(\p{L}+)-(\p{L}+)$/u.exec(fact.text)
  if (!m || !EN_NUMBERS.has(foldWord(m[1]!))) return false
  const forms = once(other, writtenForms)
  return forms.hasRun(`${fact.value}-${m[2]}`) || forms.hasRun(`${fact.value}-${m[2]!.toLowerCase()}`)
}

const MULTIPLIERS: ReadonlyMap<string, string> = new Map([
  ['tỷ', 'tỷ'], ['tỉ', 'tỷ'], ['triệu', 'triệu'], ['nghìn', 'nghìn'], ['ngàn', 'nghìn'],
  ['billion', 'billion'], ['million', 'million'], ['trillion', 'trillion'],
])
// A figure, its multiplier, and a currency written before (the $ of $5 billion) or after it (đồng, USD).
// The figure starts where its run of digits and separators starts: tried from every digit of a long
// run ("1,1,1,…" with no multiplier after), the pattern backtracked over the rest of it each time.
const AMOUNT =
  /(US\$|\$|€|£|¥)?\s?(?<![\d.,])(\d[\d.,]*\d|\d)\s*(tỷ|tỉ|triệu|nghìn|ngàn|billion|million|trillion)(?![\p{L}\p{M}])(\s+(?:đồng|đ|usd|vnd|vnđ|euros?|yên|ndt|nhân dân tệ|dollars?|đô la|đôla|pounds?|bảng)(?![\p{L}\p{M}]))?(\s*[\p{L}\p{M}])?/giu

/** The key of an amount match: figure, multiplier, and `c` (a currency), `b` (bare: nothing after it) or `n` (a counted noun). */
function amountKey(m: RegExpMatchArray): string {
  const multiplier = MULTIPLIERS.get(m[3]!.toLowerCase())!
  const form = m[1] !== undefined || m[4] !== undefined ? 'c' : m[5] !== undefined ? 'n' : 'b'
  return `${m[2]}|${multiplier}|${form}`
}

function amountsOf(doc: PreparedDocument): ReadonlySet<string> {
  const keys = new Set<string>()
  for (const m of doc.nfc.text.matchAll(AMOUNT)) keys.add(amountKey(m))
  return keys
}

/** 120.000 tỷ / 120.000 tỷ đồng: the same figure and multiplier, the currency named on one side only. */
export function currencyDropped(other: PreparedDocument, fact: Fact): boolean {
  if (fact.type !== 'number' || (fact.kind !== 'amount' && fact.kind !== 'count' && fact.kind !== 'plain')) return false
  const m = [...fact.text.normalize('NFC').matchAll(AMOUNT)]
  if (m.length !== 1 || m[0]!.index !== 0) return false
  const [figure, multiplier, form] = amountKey(m[0]!).split('|')
  if (form === 'n') return false
  return once(other, amountsOf).has(`${figure}|${multiplier}|${form === 'c' ? 'b' : 'c'}`)
}

// The decade as English writes it (the 1980s, the mid-1980s, the '80s) and as Vietnamese does (thập niên 80, những năm 1980).
const DECADES = /(?<![\p{N}])(1[5-9]\d0|20\d0)['’]?s(?![\p{L}])|['’](\d0)s(?![\p{L}])|(?:thập niên|thập kỷ|thập kỉ|những năm|các năm)\s+(\d0|1[5-9]\d0|20\d0)(?![\p{N}])/giu

function decadesOf(doc: PreparedDocument): ReadonlySet<number> {
  const found = new Set<number>()
  for (const m of doc.nfc.text.matchAll(DECADES)) {
    const written = m[1] ?? m[2] ?? m[3]!
    found.add(written.length === 2 ? 1900 + Number(written) : Number(written))
  }
  return found
}

/** in 1985 / in the 1980s: a year (alone, no month or day) in a decade the other report names. */
export function yearInNamedDecade(other: PreparedDocument, fact: Fact): boolean {
  const year = fact.type === 'number' ? (fact.kind === 'year' ? fact.value : undefined) : fact.type === 'date' && fact.month === undefined && fact.day === undefined ? fact.year : undefined
  if (year === undefined || !Number.isInteger(year)) return false
  return once(other, decadesOf).has(Math.floor(year / 10) * 10)
}

// "gần 91%", "nearly 91 percent": the words that say a figure is rounded (reasons/hedges.ts's ABOUT, and "nearly").
const ROUNDING = new Set([...ABOUT, ...keys('nearly almost gần')])
const hedgedFigure = (f: Fact): boolean => f.type === 'number' && ROUNDING.has(f.before[f.before.length - 1] ?? '')
const quantityKey = (f: Fact & { type: 'number' }, value: number): string => `${f.kind}|${f.unit}|${value}`

/** A report's hedged whole figures, and its exact fractional figures by their nearest whole: [hedged, exact]. */
function roundingsOf(facts: DocumentFacts): readonly [ReadonlyMap<string, Fact[]>, ReadonlyMap<string, Fact[]>] {
  const hedged = new Map<string, Fact[]>()
  const exact = new Map<string, Fact[]>()
  const add = (into: Map<string, Fact[]>, key: string, f: Fact): void => {
    const list = into.get(key)
    if (list === undefined) into.set(key, [f])
    else list.push(f)
  }
  for (const { fact: f } of facts.facts) {
    if (f.type !== 'number' || f.range !== undefined) continue
    if (Number.isInteger(f.value) && hedgedFigure(f)) add(hedged, quantityKey(f, f.value), f)
    else if (!Number.isInteger(f.value) && !hedgedFigure(f)) add(exact, quantityKey(f, Math.round(f.value)), f)
  }
  return [hedged, exact]
}

// The most figures of one kind, unit and value read as a figure's possible rounding: a report that
// repeats one hedged figure thousands of times would otherwise make each exact figure of the other
// read them all (their product, not their sum).
const ROUNDINGS_READ = 64
const firstOf = (figures: readonly Fact[] | undefined): readonly Fact[] => (figures === undefined ? [] : figures.length > ROUNDINGS_READ ? figures.slice(0, ROUNDINGS_READ) : figures)

// How far a hedged whole may sit from the exact figure and still be that figure rounded: 90,7 → 91
// keeps it; 0,5 → 1 doubles it, 3,4 → 3 moves it a tenth (two figures, not one at two precisions).
const ROUNDING_KEEPS = 0.05

/** Whether the exact figure and the hedged whole are one figure: the rounding keeps the value, and a word beside both names the slot. */
function oneFigure(exact: Fact & { type: 'number' }, whole: Fact): boolean {
  if (whole.type !== 'number' || Math.abs(exact.value - whole.value) > ROUNDING_KEEPS * Math.abs(whole.value)) return false
  return sharedNeighbours(exact, whole, () => 1) > 0
}

/**
 * 90,7% / gần 91% (DANeS d687~d721, a headline against the other outlet's lede): one figure, exact
 * on one side and rounded to a whole with a hedge on the other, of one kind and unit, in one slot
 * (a word beside both: *hiệu quả*, *effective*). Neither is missing; whether they are one slot is
 * the pairer's, which leaves them unpaired (two values). A whole figure on both sides, or a
 * rounding with no hedge, is left alone: 90% against 91% is a changed figure, and "91%" unhedged
 * claims the figure exactly. *Lạm phát 3,4%* / *Tín dụng khoảng 3%* are two figures (review rdates34).
 */
export function roundedInOther(fact: Fact, other: DocumentFacts): boolean {
  if (fact.type !== 'number' || fact.range !== undefined) return false
  const [hedged, exact] = once(other, roundingsOf)
  if (!Number.isInteger(fact.value)) {
    if (hedgedFigure(fact)) return false
    return firstOf(hedged.get(quantityKey(fact, Math.round(fact.value)))).some((whole) => oneFigure(fact, whole))
  }
  if (!hedgedFigure(fact)) return false
  return firstOf(exact.get(quantityKey(fact, fact.value))).some((figure) => figure.type === 'number' && oneFigure(figure, fact))
}
