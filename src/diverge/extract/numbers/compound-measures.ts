/**
 * One quantity written in two units: *2 m 6 cm*, *5 ft 9 in*, *1 giờ 20 phút*, *2 tạ 5 yến*,
 * *3 kg 200 g*, *1 час 20 минут*, *2 năm 6 tháng*, and the height forms *5-foot-9*, *6'2"*.
 *
 * Read as two figures, the larger unit's part was a fact of its own (*1 giờ* "missing" from the
 * other report) and the smaller one a wrong partner: *20 phút* against *80 phút*, a lone *6 см*
 * against another report's *6 м*, *9* of *9 in* a count. Read as one value in the smaller unit,
 * over the whole compound, *1 giờ 20 phút* and *80 phút* are one duration and *5 ft 9 in* /
 * *5 ft 11 in* one height told two ways.
 *
 * A compound is a whole number of a larger unit right before a smaller unit of the same measure
 * (a space, a dot of an abbreviation or one *and* between, never a comma: *2 m, 6 cm* is a list),
 * whose figure is less than one larger unit (*1 giờ 90 phút* is no compound). The units are read
 * from the figures the extractor made, or, where it read a bare figure, from the word right after
 * it (*9 in*, *20 Minuten*).
 */
import { foldWord } from '../../../normalize/fold'
import { contextWords, keys, type Token } from '../fact-tokens'
import type { Fact, NumberFact } from '../fact'

/** A unit that can take part in a compound: what it measures and how many of the measure's smallest step it is. */
interface CompoundUnit {
  readonly measure: 'length' | 'mass' | 'time' | 'months'
  readonly size: number
  /** The unit a figure read bare in this word takes (*in* → inch), and its kind. */
  readonly canonical: string
  readonly kind: 'count' | 'duration'
}

const unit = (measure: CompoundUnit['measure'], size: number, canonical: string, kind: CompoundUnit['kind'] = 'count') => ({ measure, size, canonical, kind })
// Sizes in millimetres, milligrams, seconds and months: every pair divides exactly or near enough.
const TABLE: ReadonlyArray<readonly [string, CompoundUnit]> = [
  ['km км kilometre kilometer ki-lô-mét kilômét kilomét', unit('length', 1e6, 'km')],
  ['m м metre meter mét метр метра метров', unit('length', 1000, 'm')],
  ['cm см centimetre centimeter xentimét centimét xăng-ti-mét xen-ti-mét сантиметр сантиметра сантиметров', unit('length', 10, 'cm')],
  ['mm мм millimetre millimeter milimét', unit('length', 1, 'mm')],
  ['ft feet foot', unit('length', 304.8, 'ft')],
  ['in inch inche inches', unit('length', 25.4, 'inch')],
  ['tấn тонна тонны тонн tonne', unit('mass', 1e9, 'tấn')],
  ['tạ', unit('mass', 1e8, 'tạ')],
  ['yến', unit('mass', 1e7, 'yến')],
  ['kg кг kilogram kilôgam kilogam ki-lô-gam', unit('mass', 1e6, 'kg')],
  ['g г gram gam gramme грамм грамма граммов', unit('mass', 1e3, 'g')],
  ['st stone', unit('mass', 6.35029318e6, 'stone')],
  ['lb lbs pound', unit('mass', 453592.37, 'lb')],
  ['oz ounce', unit('mass', 28349.5231, 'oz')],
  ['hour h giờ tiếng час часа часов ч stunde stunden heure heures hora horas', unit('time', 3600, 'hour', 'duration')],
  ['minute min phút минута минуты минут мин minuten minuto minutos', unit('time', 60, 'minute', 'duration')],
  ['second sec s giây секунда секунды секунд сек sekunde sekunden seconde secondes segundo segundos', unit('time', 1, 'second', 'duration')],
  ['year năm год года лет jahr jahre jahren', unit('months', 12, 'year', 'duration')],
  ['month tháng месяц месяца месяцев monat monate monaten', unit('months', 1, 'month', 'duration')],
]
const UNITS: ReadonlyMap<string, CompoundUnit> = new Map(TABLE.flatMap(([words, u]) => words.split(' ').map((w) => [foldWord(w), u] as const)))

/** The unit of two bare digits after whole metres (*1 m 70*), read only there. */
const BARE_CM: CompoundUnit = { ...UNITS.get('cm')!, canonical: 'cm' }

/** Words that may join the two parts (*5 feet and 9 inches*, *2 years and 6 months*). */
const JOINS = keys('and và и und et y e')
/**
 * Metric and market units are written one after the other with nothing between (*5 km 800 m*, *3 kg
 * 200 g*): joined by *and* / *và* they are a list of two measures (*dài lần lượt 5 km và 800 m*, two
 * roads), review rmeasures54 bug 9. Feet and inches, hours and minutes are said with *and*.
 */
const METRIC = new Set(['km', 'm', 'cm', 'mm', 'tấn', 'tạ', 'yến', 'kg', 'g'])

/** Parts apart by more than this factor are no compound (*1 km 5 mm*): writers step one unit down. */
const MAX_STEP = 1000

interface Part {
  readonly fact: NumberFact
  readonly unit: CompoundUnit
  /** Where the part's text ends: past the unit word a bare figure was read with. */
  readonly end: number
}

/** The unit a figure is written in: its own, or for a bare figure the word right after it. */
function partOf(text: string, fact: NumberFact): Part | undefined {
  if (fact.range || (fact.kind !== 'count' && fact.kind !== 'duration' && fact.kind !== 'plain')) return undefined
  if (fact.kind !== 'plain') {
    const u = UNITS.get(fact.unit)
    return u ? { fact, unit: u, end: fact.end } : undefined
  }
  const word = /^\s+(\p{L}+)(?!\p{L})/u.exec(text.slice(fact.end, fact.end + 24))
  const u = word ? UNITS.get(foldWord(word[1]!)) : undefined
  // a bare figure before *năm* / *tháng* is a date's or a name's far more often than a duration's
  if (u) return u.measure !== 'months' ? { fact, unit: u, end: fact.end + word![0].length } : undefined
  // "cao 1 m 70": two bare digits after whole metres are its centimetres (compound() checks the metres before)
  return /^\d{2}$/u.test(fact.text) ? { fact, unit: BARE_CM, end: fact.end } : undefined
}

/** Whether only a space, an abbreviation's dot or one joining word stands between two parts. */
function joined(between: string, metric: boolean): boolean {
  const m = /^\.?\s+(?:(\p{L}+)\s+)?$/u.exec(between)
  return m !== null && (m[1] === undefined || (!metric && JOINS.has(foldWord(m[1]))))
}

/** The two parts as one figure in the smaller unit, or undefined when they are no compound. */
function compound(text: string, big: Part, small: Part): NumberFact | undefined {
  const [a, b] = [big.fact, small.fact]
  if (small.unit === BARE_CM && big.unit.canonical !== 'm') return undefined
  if (big.unit.measure !== small.unit.measure || big.unit.size <= small.unit.size) return undefined
  const step = big.unit.size / small.unit.size
  if (step > MAX_STEP || !Number.isInteger(a.value) || a.value < 1 || b.value < 0 || b.value >= step) return undefined
  if (!joined(text.slice(big.end, b.start), METRIC.has(big.unit.canonical))) return undefined
  // A duration stays in its larger unit (*1 hour 20 minutes* = 1.33 hours): the other report's *2 hours*
  // pairs with it by unit as it did with *1 hour* before (review rmeasures54 bug 2); a length or weight
  // takes the smaller unit, which converts to any other (compatible.ts).
  const inBig = small.unit.kind === 'duration'
  const value = Math.round((inBig ? a.value + b.value / step : a.value * step + b.value) * 1e6) / 1e6
  const kind = b.kind === 'plain' ? small.unit.kind : b.kind
  const unitName = inBig ? (a.kind === 'plain' ? big.unit.canonical : a.unit) : b.kind === 'plain' ? small.unit.canonical : b.unit
  const { type, lead, before } = a
  // a bare figure's words after it began with its unit word, now inside the span
  const after = small.end > b.end ? b.after.slice(1) : b.after
  return { ...b, type, start: a.start, end: small.end, text: text.slice(a.start, small.end), value, kind, unit: unitName, before, after, ...(lead ? { lead } : {}) }
}

/** A height written in one token: feet and inches (*5-foot-9*, *6'2"*, *6′2″*) as inches, Vietnamese *1m70*, *1m7* as centimetres. */
function heightAt(tokens: readonly Token[], i: number): { value: number; unit: 'inch' | 'cm'; last: number } | undefined {
  const t = tokens[i]!
  // "1m7" is 1.7 m: one digit after the m is tenths; "1m2", "1m3" are a square and a cubic metre (review rmeasures54 bug 8)
  const metres = /^([12])[mм](\d{2}|[14-9])$/u.exec(t.raw)
  if (metres) return { value: +metres[1]! * 100 + (metres[2]!.length === 1 ? +metres[2]! * 10 : +metres[2]!), unit: 'cm', last: i }
  const hyphened = /^(\d)-(?:foot|feet)-(\d{1,2})$/iu.exec(t.raw)
  if (hyphened && +hyphened[2]! < 12) return { value: +hyphened[1]! * 12 + +hyphened[2]!, unit: 'inch', last: i }
  const quoted = /^(\d)['’′](\d{1,2})$/u.exec(t.raw)
  const closes = (k: number): boolean => /^(?:"|″|”|'')$/u.test(tokens[k]?.raw ?? '') && !tokens[k]!.spaced
  if (quoted && +quoted[2]! < 12 && closes(i + 1)) return { value: +quoted[1]! * 12 + +quoted[2]!, unit: 'inch', last: i + 1 }
  // "6′2″" comes as three tokens
  if (/^\d$/u.test(t.raw) && /^['’′]$/u.test(tokens[i + 1]?.raw ?? '') && !tokens[i + 1]!.spaced) {
    const inches = tokens[i + 2]
    if (inches?.kind === 'num' && !inches.spaced && /^\d{1,2}$/u.test(inches.raw) && +inches.raw < 12 && closes(i + 3)) return { value: +t.raw * 12 + +inches.raw, unit: 'inch', last: i + 3 }
  }
  return undefined
}

/**
 * The figures with every compound read as one (sorted by start as they came): adjacent parts merged,
 * and the one-token heights added where nothing was read over them.
 */
export function compoundMeasures(text: string, tokens: readonly Token[], facts: readonly NumberFact[]): NumberFact[] {
  const out: NumberFact[] = []
  for (let k = 0; k < facts.length; k++) {
    const big = partOf(text, facts[k]!)
    const next = facts[k + 1]
    const small = big && next ? partOf(text, next) : undefined
    const one = big && small ? compound(text, big, small) : undefined
    if (one) {
      out.push(one)
      k++
    } else out.push(facts[k]!)
  }
  const heights: NumberFact[] = []
  const replaced = new Set<NumberFact>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'num' && t.kind !== 'mixed') continue
    const h = heightAt(tokens, i)
    if (!h) continue
    const [start, end] = [t.start, tokens[h.last]!.end]
    const over = out.filter((f) => f.start < end && start < f.end)
    // "6′2″" comes read as two bare figures 6 and 2 (review rmeasures54 bug 6): the height takes their place
    if (!over.every((f) => f.kind === 'plain' && f.start >= start && f.end <= end)) continue
    for (const f of over) replaced.add(f)
    const { before, after } = contextWords(tokens, i, h.last)
    heights.push({ type: 'number', start, end, text: text.slice(start, end), value: h.value, kind: 'count', unit: h.unit, before, after, lead: [] })
    i = h.last
  }
  return heights.length === 0 ? out : [...out.filter((f) => !replaced.has(f)), ...heights].sort((x, y) => x.start - y.start)
}

/** A figure written in two units or as a one-token height: its text has a second figure after a unit word or a foot mark. */
const TWO_UNITS = /^\d+(?:[.,]\d+)?\s*\p{L}+\.?\s+(?:\p{L}+\s+)?\d|^\d(?:-(?:foot|feet)-|['’′]|[mм])\d/iu

/**
 * Why one value in two writings is one: 'unit' when exactly one of them is a compound (*1 giờ 20 phút* / *80
 * phút*), the conversion the reader sees; undefined otherwise, left to the format reasons.
 */
export function compoundReason(a: Fact, b: Fact): 'unit' | undefined {
  if (a.type !== 'number' || b.type !== 'number') return undefined
  return writtenInTwoUnits(a) !== writtenInTwoUnits(b) ? 'unit' : undefined
}

/** Whether a figure was read from a compound: its precision is its smaller unit's, not its first digit's (*2 m 6 cm* is 206 cm to the centimetre). */
export const writtenInTwoUnits = (fact: NumberFact): boolean => TWO_UNITS.test(fact.text) || spelledCompound(fact.text)

// A spelt-out first part needs its space (*two hours*): a letter run read as two runs with nothing between them
// backtracks quadratically.
const PARTS = /^(?:\d+\s*|\p{L}+\s+)(\p{L}+)\.?\s+(?:\p{L}+\s+)?\d+\s*(\p{L}+)/u

/** *two hours and 15 minutes*: a spelt-out larger part, both words units of the table. */
function spelledCompound(text: string): boolean {
  const m = /^\p{L}+\s+(\p{L}+)\.?\s+(?:\p{L}+\s+)?\d+\s*(\p{L}+)/u.exec(text)
  return m !== null && unitWord(m[1]!) !== undefined && unitWord(m[2]!) !== undefined
}

/** A unit word of the table, in the singular or the plural (*hours*, *inches*). */
const unitWord = (w: string): CompoundUnit | undefined => {
  const key = foldWord(w)
  return UNITS.get(key) ?? UNITS.get(key.replace(/e?s$/u, '')) ?? UNITS.get(key.replace(/s$/u, ''))
}

/**
 * A compound's precision in its own unit: one of its smaller unit (*1 hour 20 minutes*, read in
 * hours, is exact to 1/60 hour; *2 m 6 cm*, in centimetres, to 1); undefined for a figure in one unit.
 */
export function compoundPrecision(fact: NumberFact): number | undefined {
  if (!writtenInTwoUnits(fact)) return undefined
  const m = PARTS.exec(fact.text)
  const [big, small] = m ? [unitWord(m[1]!), unitWord(m[2]!)] : []
  if (!big || !small || small.kind !== 'duration' || fact.unit === small.canonical) return 1
  return small.size / big.size
}
