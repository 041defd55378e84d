/**
 * One person's age told in both reports, in sentences the aligner leaves apart: *37-year-old
 * Grafton Thomas* / *Thomas, 38,*, *ông Nguyễn Văn Hùng (45 tuổi)* / *Hùng, 47 tuổi*. Independent
 * reports seldom tell an age in sentences that share wording, so the two ages meet by their holder,
 * over the two whole reports, and two ages of one holder that cannot both hold are a contradiction
 * (with less confidence than linked sentences give: only the holder ties the two sentences).
 *
 * Who holds an age is told by the name right beside it (extract/numbers/ages.ts, bound-ages.ts: no
 * word between, read as a person, at the paper's day). One holder in both reports: the whole name,
 * two words or more, keyed as the name stage keys it (tone marks and hyphens dropped: *Kim Jong-un* /
 * *Kim Jong Un*), or the two spellings the name stage resolved as one entity respelt; a lone word
 * (*Thomas*, *Hùng*) only when its own report names exactly one person ending in it (father and son
 * of one surname are two, so nothing). A holder told two ages in one report (*17 when … now 25*, two
 * namesakes) or a year of birth is left to person-ages.ts. An unnamed holder (*the suspect*, *a
 * 38-year-old victim*) is never paired: a role is held by several people as often as by one (rage56).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { ENGLISH_CALENDAR, weekdayNames } from '../../../normalize/calendar-words'
import type { Span } from '../../../types'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { type AgeMention, documentAges, foldName } from '../../extract/numbers/ages'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import { ageAgainstAge, paperYear } from '../../reasons/age-year'
import { boundAge } from './bound-ages'

export interface PersonAgePairing {
  readonly docA: PreparedDocument
  readonly docB: PreparedDocument
  readonly factsA: DocumentFacts
  readonly factsB: DocumentFacts
  readonly sides: Sides
  readonly paired: Set<Fact>
  readonly divergences: UnplacedDivergence[]
  /** Divergences of the name stage: a `name` pair is one entity spelt two ways. */
  readonly respelt: readonly UnplacedDivergence[]
}

// Below a linked sentence's contradiction: only the holder ties the two sentences.
const NAMED = 0.65
// A year apart may be a birthday between the two reports' writing, or one outlet's slip.
const NAMED_YEAR_OFF = 0.5

/** What one report tells of one holder. */
interface Told {
  readonly name: string
  readonly values: Set<number>
  readonly mentions: AgeMention[]
  born: boolean
  /** Told as a person somewhere: an age in words (*45-year-old*, *45 tuổi*), or a name the fact reader reads as a person's. */
  person: boolean
}

// Capitalised words a bare figure may follow that name a day, not a person (*On Saturday, 32 …*): the
// English months and the weekdays of English, German and French, from the shared calendar tables
// (German *Sonnabend* aside, which this reader never held).
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  ...ENGLISH_CALENDAR,
  ...weekdayNames(['de', 'fr'])
    .map(([name]) => name)
    .filter((name) => name !== 'sonnabend'),
])

// Hyphens part words as the name stage's keys do (*Jean-Pierre*, *Jong-un*), so a holder meets the entity it resolves.
const HYPHENS = /[\s\u2010-\u2015-]+/u
const wordsOfName = (text: string): string[] => text.split(HYPHENS).map(foldName).filter((w) => w.length > 0)
const holderWords = (m: AgeMention): string[] => m.holder.flatMap((w) => w.split(HYPHENS)).filter((w) => w.length > 0)

/** The report's people named in two words or more, folded as holders are, each with a spelling it writes. */
interface FullName {
  readonly words: string[]
  readonly text: string
  person: boolean
}

function fullNames(doc: PreparedDocument, facts: DocumentFacts, own: readonly AgeMention[]): Map<string, FullName> {
  const out = new Map<string, FullName>()
  for (const l of facts.names) {
    if (l.fact.category !== 'person' && l.fact.category !== 'unknown') continue
    const text = doc.original.slice(l.span.start, l.span.end)
    const words = wordsOfName(text)
    if (words.length < 2) continue
    const known = out.get(words.join(' '))
    if (known) known.person ||= l.fact.category === 'person'
    else out.set(words.join(' '), { words, text, person: l.fact.category === 'person' })
  }
  for (const m of own) {
    const words = holderWords(m)
    if (words.length > 1 && !out.has(words.join(' '))) out.set(words.join(' '), { words, text: m.holder.join(' '), person: false })
  }
  return out
}

/** The holder's key in its report: a whole name, or the one whole name a lone word ends. */
function holderKey(m: AgeMention, byLastWord: ReadonlyMap<string, readonly string[]>): string | undefined {
  const words = holderWords(m)
  if (words.some((w) => NOT_PEOPLE.has(w))) return undefined
  if (words.length > 1) return words.join(' ')
  const ending = words[0] === undefined ? undefined : byLastWord.get(words[0])
  return ending?.length === 1 ? ending[0] : undefined
}

/** The whole names by their last word, each once (one lookup a lone word). */
function byLastWord(names: ReadonlyMap<string, FullName>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [key, n] of names) {
    const last = n.words[n.words.length - 1]!
    const list = out.get(last)
    if (list) list.push(key)
    else out.set(last, [key])
  }
  return out
}

/** What a report tells of each holder: read once per report, a story's every pair asks again. */
function toldOf(doc: PreparedDocument, facts: DocumentFacts): Map<string, Told> {
  const year = paperYear(doc.published)
  const own = once(doc, documentAges)
  const names = fullNames(doc, facts, own)
  const lastWords = byLastWord(names)
  const out = new Map<string, Told>()
  for (const m of own) {
    const key = holderKey(m, lastWords)
    if (key === undefined) continue
    let told = out.get(key)
    if (!told) out.set(key, (told = { name: names.get(key)?.text ?? key, values: new Set(), mentions: [], born: false, person: names.get(key)?.person === true }))
    if (m.kind === 'born') {
      told.born = true
      continue
    }
    const bound = boundAge(doc, facts, m)
    // an age not right beside the name, or at another moment, may be another's: the holder is left unjudged
    if (bound === undefined) {
      told.values.add(-1)
      continue
    }
    // a bare figure (*Smith, 45,*) is an age only by its place: a club's points read alike
    told.person ||= bound.person
    // an age beside another year (*86, died in 2000*) is an age at that year: the holder is left unjudged
    if (m.years.some((y) => y !== year)) told.values.add(-1)
    else {
      told.values.add(m.value)
      told.mentions.push(m)
    }
  }
  return out
}

/** B's spellings the name stage read as A's entity respelt, both folded as holders are. */
function respeltAsA(respelt: readonly UnplacedDivergence[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of respelt) {
    if (d.kind !== 'name' || !d.a || !d.b) continue
    const a = wordsOfName(d.a.text)
    const b = wordsOfName(d.b.text)
    if (a.length > 1 && b.length > 1) out.set(b.join(' '), a.join(' '))
  }
  return out
}

const spanOf = (m: { sentence: number; start: number; end: number; text: string }): Span => ({ sentence: m.sentence, start: m.start, end: m.end, text: m.text })

/** The confidence of two ages of one holder, or undefined when both may hold (a year's birthdays between the papers). */
function judged(ageA: number, ageB: number, yearA: number | undefined, yearB: number | undefined, sure: number, yearOff: number): number | undefined {
  if (ageA === ageB) return undefined
  const apart = yearA !== undefined && yearB !== undefined ? Math.abs(yearA - yearB) : 0
  if (apart > 0) return ageAgainstAge(ageA, ageB, yearA, yearB) === 'compatible' ? undefined : sure
  return Math.abs(ageA - ageB) === 1 ? yearOff : sure
}

interface Spanned {
  readonly sentence: number
  readonly start: number
  readonly end: number
}

/** The number divergences by the sentence each side states them in: one lookup a raise, not a scan of all findings. */
interface NumberIndex {
  readonly byA: Map<number, UnplacedDivergence[]>
  readonly byB: Map<number, UnplacedDivergence[]>
  readonly dropped: Set<UnplacedDivergence>
}

function indexNumbers(divergences: readonly UnplacedDivergence[]): NumberIndex {
  const index: NumberIndex = { byA: new Map(), byB: new Map(), dropped: new Set() }
  for (const d of divergences) addNumber(index, d)
  return index
}

function addNumber(index: NumberIndex, d: UnplacedDivergence): void {
  if (d.kind !== 'number') return
  const add = (by: Map<number, UnplacedDivergence[]>, sentence: number): void => {
    const list = by.get(sentence)
    if (list) list.push(d)
    else by.set(sentence, [d])
  }
  if (d.a) add(index.byA, d.a.sentence)
  if (d.b) add(index.byB, d.b.sentence)
}

const overlaps = (s: Span | null, m: Spanned): boolean => s !== null && s.sentence === m.sentence && s.start < m.end && m.start < s.end

export function pairPersonAges(ctx: PersonAgePairing): void {
  const { docA, docB, factsA, factsB } = ctx
  const yearA = paperYear(docA.published)
  const yearB = paperYear(docB.published)
  // one report dated and the other not: the undated one may be years older, so nothing is judged
  if ((yearA === undefined) !== (yearB === undefined)) return
  if (once(docA, documentAges).length === 0 || once(docB, documentAges).length === 0) return
  const toldA = once(docA, toldOf, factsA)
  const toldB = once(docB, toldOf, factsB)
  const asA = respeltAsA(ctx.respelt)
  let index: NumberIndex | undefined
  const raise = (a: AgeMention, b: AgeMention, confidence: number, evidence: string[]): void => {
    index ??= indexNumbers(ctx.divergences)
    const live = (d: UnplacedDivergence): boolean => !index!.dropped.has(d)
    const onA = (index.byA.get(a.sentence) ?? []).filter(live)
    const earlier = onA.find((d) => overlaps(d.a, a) && overlaps(d.b, b))
    // the pairer's own weaker reading of the same two ages gives way; any other finding of either stands
    if (earlier && (earlier.confidence ?? 0) >= confidence) return
    if (earlier) index.dropped.add(earlier)
    else if (onA.some((d) => overlaps(d.a, a)) || (index.byB.get(b.sentence) ?? []).some((d) => live(d) && overlaps(d.b, b))) return
    const d: UnplacedDivergence = {
      kind: 'number',
      severity: 'high',
      a: spanOf(a),
      b: spanOf(b),
      message: contradictionMessage('number', 'age', a.text, b.text, ctx.sides),
      confidence,
      evidence,
    }
    ctx.divergences.push(d)
    addNumber(index, d)
    markPaired(a, factsA, ctx.paired)
    markPaired(b, factsB, ctx.paired)
  }
  for (const [keyB, b] of toldB) {
    const key = asA.get(keyB) ?? keyB
    const a = toldA.get(key)
    if (!a || a.born || b.born || a.values.size !== 1 || b.values.size !== 1 || !(a.person || b.person)) continue
    const ageA = [...a.values][0]!
    const ageB = [...b.values][0]!
    if (ageA < 0 || ageB < 0) continue
    const confidence = judged(ageA, ageB, yearA, yearB, NAMED, NAMED_YEAR_OFF)
    if (confidence === undefined) continue
    raise(a.mentions[0]!, b.mentions[0]!, confidence, [`same person: ${a.name} / ${b.name}`, 'ages told in sentences not linked'])
  }
  // the pairer's weaker readings given way, removed in one pass
  if (index && index.dropped.size > 0) {
    let k = 0
    for (const d of ctx.divergences) if (!index.dropped.has(d)) ctx.divergences[k++] = d
    ctx.divergences.length = k
  }
}

function markPaired(m: Spanned, facts: DocumentFacts, paired: Set<Fact>): void {
  for (const l of facts.factsBySentence.get(m.sentence) ?? []) if (l.span.start < m.end && m.start < l.span.end) paired.add(l.fact)
}
