/**
 * Reasons why two different values of one slot are not a contradiction:
 * rounding (6.3 / 6.32 billion), approximation words with the values they
 * allow (hơn 40.000 / 40.215, less than $1 billion / $952 million), and one
 * length or weight in two units (30 miles / 48 km).
 *
 * Every value is read as the interval of true values its wording allows; two
 * values are compatible when their intervals meet. Two hedges of one direction
 * ("at least 27" / "at least 26") state two different bounds, so they compare as
 * the plain values they bound. The hedges are read by hedges.ts; two times of
 * day in two zones (a 'time-zone' reason) are judged by time-zones.ts, one time
 * told hedged and exact (an 'approximation') by clock-rounding.ts.
 */
import { compoundPrecision, writtenInTwoUnits } from '../extract/numbers/compound-measures'
import { bearingsApart } from '../match/numbers/bearings'
import { vagueMagnitudeReason } from '../match/numbers/vague-magnitudes'
import type { Fact, NumberFact } from '../extract/fact'
import { Attached } from '../../document/attached'
import { type Hedge, hedgeAt, hedgeOf, readHedge } from './hedges'
import { compatibleTimes } from './time-zones'
import { hedgedClocks } from './clock-rounding'
import { functionWords } from '../../normalize/function-words'
import { foldWord } from '../../normalize/fold'

// For pair-facts.ts, which reads it from here (its imports are another helper's this wave).
export { bothZoned } from './time-zones'

/**
 * The rounding unit the writing implies: `6.32 billion` → 0.01e9, `3 tỉ` → 1e9,
 * `60,000` → 1000 (trailing zeros of a numeral of four digits or more are not
 * taken as exact), `40` and `400 triệu` → their last digit. Word numerals are exact.
 */
export function roundingUnit(fact: NumberFact): number {
  return precisionOf(fact).unit
}

/** The rounding unit, and whether it is a guess from trailing zeros ("60,000") rather than the last written digit. */
// Kept per figure: every candidate pair asks it, and reading a long numeral each time is quadratic.
const precisions = new Attached<NumberFact, { unit: number; round: boolean }>('precisions')

function precisionOf(fact: NumberFact): { unit: number; round: boolean } {
  let precision = precisions.get(fact)
  if (!precision) precisions.set(fact, (precision = readPrecision(fact)))
  return precision
}

function readPrecision(fact: NumberFact): { unit: number; round: boolean } {
  const v = Math.abs(fact.value)
  if (v === 0) return { unit: 1, round: false }
  const compound = compoundPrecision(fact)
  if (compound !== undefined) return { unit: compound, round: false }
  const numeral = /\d(?:[\d.,]*\d)?/.exec(fact.text)?.[0]
  if (!numeral || /\//.test(fact.text.slice(0, 12))) return { unit: Math.min(1, v) * 1e-9, round: false }
  let digits = numeral.replace(/[.,]/g, '').replace(/^0+/, '')
  const magnitude = Math.floor(Math.log10(v) + 1e-9)
  let unit = 10 ** (magnitude - digits.length + 1)
  // "60,000" is a round figure; "400 triệu" states its hundreds of millions exactly.
  if (unit >= 1 && digits.length >= 4) {
    // a loop, not /0+$/: that regex backtracks quadratically on a long run of zeros
    let end = digits.length
    while (end > 1 && digits[end - 1] === '0') end--
    if (end < digits.length) {
      digits = digits.slice(0, end)
      return { unit: 10 ** (magnitude - digits.length + 1), round: true }
    }
  }
  return { unit, round: false }
}

/** Lengths, weights, volumes and areas in one base unit each: 30 miles and 48 km are one distance, 20 mm and 2 cm one depth. */
const CONVERSIONS: ReadonlyMap<string, { dimension: string; factor: number }> = new Map(
  (
    [
      ['km', 'length', 1000], ['kilometre', 'length', 1000], ['kilometer', 'length', 1000], ['mile', 'length', 1609.344], ['dặm', 'length', 1609.344],
      ['m', 'length', 1], ['metre', 'length', 1], ['meter', 'length', 1], ['mét', 'length', 1], ['ft', 'length', 0.3048], ['feet', 'length', 0.3048], ['foot', 'length', 0.3048],
      ['cm', 'length', 0.01], ['centimetre', 'length', 0.01], ['centimeter', 'length', 0.01], ['xentimét', 'length', 0.01], ['inch', 'length', 0.0254], ['inche', 'length', 0.0254],
      // a nautical mile (1,852 m) is no statute mile (1,609 m): "20 nautical miles" / "20 miles" are two distances
      ['nautical', 'length', 1852], ['hải', 'length', 1852],
      ['kg', 'mass', 1], ['kilogram', 'mass', 1], ['pound', 'mass', 0.45359237], ['lb', 'mass', 0.45359237], ['tấn', 'mass', 1000], ['tonne', 'mass', 1000],
      // the metric units' small and spelled-out forms, Vietnamese as spoken (mi-li-mét) and as written (milimét)
      ['mm', 'length', 0.001], ['millimetre', 'length', 0.001], ['millimeter', 'length', 0.001], ['milimét', 'length', 0.001], ['mi-li-mét', 'length', 0.001],
      ['xăng-ti-mét', 'length', 0.01], ['xen-ti-mét', 'length', 0.01], ['centimét', 'length', 0.01],
      ['ki-lô-mét', 'length', 1000], ['kilômét', 'length', 1000], ['kilomét', 'length', 1000],
      ['mg', 'mass', 1e-6], ['milligram', 'mass', 1e-6], ['milligramme', 'mass', 1e-6], ['miligam', 'mass', 1e-6], ['mi-li-gam', 'mass', 1e-6],
      ['g', 'mass', 0.001], ['gram', 'mass', 0.001], ['gramme', 'mass', 0.001], ['gam', 'mass', 0.001],
      ['ki-lô-gam', 'mass', 1], ['kilôgam', 'mass', 1], ['kilogam', 'mass', 1], ['kilogramme', 'mass', 1],
      ['ml', 'volume', 0.001], ['millilitre', 'volume', 0.001], ['milliliter', 'volume', 0.001], ['mililít', 'volume', 0.001], ['mi-li-lít', 'volume', 0.001],
      ['l', 'volume', 1], ['litre', 'volume', 1], ['liter', 'volume', 1], ['lít', 'volume', 1],
      // Russian abbreviations and Vietnamese market weights, which compounds end in (compound-measures.ts: *2 м 6 см*, *2 tạ 5 yến*)
      ['км', 'length', 1000], ['м', 'length', 1], ['см', 'length', 0.01], ['мм', 'length', 0.001], ['кг', 'mass', 1], ['г', 'mass', 0.001],
      ['tạ', 'mass', 100], ['yến', 'mass', 10], ['oz', 'mass', 0.028349523125], ['ounce', 'mass', 0.028349523125],
      ['ha', 'area', 1e4], ['hectare', 'area', 1e4], ['héc', 'area', 1e4], ['héc-ta', 'area', 1e4], ['hécta', 'area', 1e4], ['hecta', 'area', 1e4], ['acre', 'area', 4046.8564], ['km2', 'area', 1e6],
    ] as const
  ).map(([unit, dimension, factor]) => [unit.normalize('NFC'), { dimension, factor }]),
)

/** The dimension a counted unit measures ('length', 'mass', 'volume', 'area'), if it is a unit of measure. */
export function dimensionOf(fact: NumberFact): string | undefined {
  // "hải" measures only as "hải lý" (a nautical mile); "3 hải quân" counts sailors
  if (fact.unit === 'hải' && fact.after[0] !== 'lý') return undefined
  return fact.kind === 'count' ? CONVERSIONS.get(fact.unit)?.dimension : undefined
}

/** How many of its dimension's base unit one `unit` is (a foot is 0.3048 metres), if it is a unit of measure. */
export function measureFactor(unit: string): number | undefined {
  return CONVERSIONS.get(unit)?.factor
}

/** Converted values further apart than this factor, written as two figures in two units, measure two things. */
const MEASURES_APART_FACTOR = 10

const FUNCTION: ReadonlySet<string> = new Set([...functionWords('und')].map(foldWord))
const [OF, THE] = ['of', 'the'].map(foldWord) as [string, string]
const isContent = (w: string): boolean => !FUNCTION.has(w) && !/\d/u.test(w)

/** What a figure measures, named right after its unit ("3 tấn dầu", "3 tonnes of oil", "a 13 inch screen"), if a noun follows. */
function measuredNoun(fact: NumberFact): string | undefined {
  let at = 0
  if (fact.after[at] === OF) at++
  if (fact.after[at] === THE) at++
  const noun = fact.after[at]
  return noun !== undefined && isContent(noun) ? noun : undefined
}

/**
 * A sign that two figures measure two things: each names another noun measured ("1.5 kg of cocaine"
 * / "15 g of heroin"), or no word beside one is beside the other ("màn hình 13 inch" / "Máy dày
 * 20,32 mm"). Two reports telling one spill or one rainfall word it alike.
 */
function twoThingsBeside(a: NumberFact, b: NumberFact): boolean {
  const [nounA, nounB] = [measuredNoun(a), measuredNoun(b)]
  if (nounA !== undefined && nounB !== undefined) return nounA !== nounB
  const besideA = [...a.before, ...a.after].filter(isContent)
  const besideB = new Set([...b.before, ...b.after].filter(isContent))
  return besideA.length > 0 && besideB.size > 0 && !besideA.some((w) => besideB.has(w))
}

/**
 * "màn hình 13 inch" / "dày 20,32 mm": two figures in two units of one measure that convert more than
 * a factor ten apart, with a sign of two things beside them (twoThingsBeside), are two things
 * measured (a screen, a thickness). Without one ("spilled 3 tonnes of oil" / "spilled 30 kg of oil",
 * review rcounts34 4–5) they are one figure misreported, a contradiction; one figure in two units
 * (20 mm / 20 cm) and figures near in size (500 m / 5 km) stay one slot whatever the words.
 */
export function measuresOfTwoThings(a: Fact, b: Fact): boolean {
  if (a.type !== 'number' || b.type !== 'number' || a.unit === b.unit || a.value === b.value) return false
  const dimension = dimensionOf(a)
  if (dimension === undefined || dimension !== dimensionOf(b)) return false
  const x = Math.abs(a.value * CONVERSIONS.get(a.unit)!.factor)
  const y = Math.abs(b.value * CONVERSIONS.get(b.unit)!.factor)
  return Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) > MEASURES_APART_FACTOR && twoThingsBeside(a, b)
}

/**
 * "$6.31" / "6.31 percent", "6,31 USD" / "6,31%": a sum of money and a share (a percent, points of a
 * percent or of an index) convert into nothing, so one figure written in both is two values that
 * happen to share digits, never one value in two formats.
 */
export function moneyAgainstShare(a: Fact, b: Fact): boolean {
  if (a.type !== 'number' || b.type !== 'number') return false
  return (a.kind === 'amount' && isShare(b)) || (b.kind === 'amount' && isShare(a))
}
const isShare = (f: NumberFact): boolean => f.kind === 'percent' || (f.kind === 'count' && (f.unit === 'percentage' || f.unit === 'point'))

/** Share of tolerance each wording allows around its value. */
const ABOUT_SHARE = 0.04
const NEARLY_SHARE = 0.1
/** At most this many units of its last written digit either side of a hedged figure: the writer chose that digit. */
const ABOUT_UNITS = 5
const OVER_SHARE = 0.5
const UNDER_SHARE = 0.3
/**
 * A round figure ("1.000", "60,000") is not taken as rounded from a value further than this
 * share of the larger value (1.300 is not "1.000" rounded): its zeros may as well be exact.
 * A figure whose last written digit sets its precision ("4 percent") rounds at that digit.
 */
const ROUNDING_SHARE = 0.07
/** The largest share of the larger value that rounding to a last digit may hide (1.4 → 1 is 29 %, 0.5 → 1 is 50 %). */
const ROUNDING_GAP = 1 / 3
/** Two units of measure are one value when converted within this share (conversions are rounded). */
const CONVERSION_SHARE = 0.05

interface Reading {
  readonly value: number
  /** A sum of money, which rounds only within ROUNDING_SHARE (roundedAlike). */
  readonly money: boolean
  readonly unit: number
  /** The unit is a guess from trailing zeros, not a written digit. */
  readonly round: boolean
  readonly hedge: Hedge
  readonly phrase: string
}

function readingOf(fact: NumberFact): Reading {
  return { value: fact.value, money: fact.kind === 'amount', ...precisionOf(fact), ...readHedge(fact) }
}

function interval({ value, unit, round, hedge }: Reading): [number, number] {
  const v = Math.abs(value)
  switch (hedge) {
    case 'about': {
      // "around 1.5292": a hedge on a figure written to its fourth decimal covers a few units of
      // that decimal, not 4 % of the rate; "about 10 percent" keeps its share.
      const width = round ? v * ABOUT_SHARE : Math.min(v * ABOUT_SHARE, unit * ABOUT_UNITS)
      return [v - width, v + width]
    }
    // A bound is where the writer put it: "over $2 billion" excludes 1.8 however round 2 is.
    case 'nearly':
      return [v * (1 - NEARLY_SHARE), v]
    case 'over':
      return [v, v * (1 + OVER_SHARE)]
    case 'under':
      return [v * (1 - UNDER_SHARE), v]
    default:
      return [v - unit / 2, v + unit / 2]
  }
}

function roundedAlike(x: Reading, y: Reading): boolean {
  const [coarse, fine] = x.unit >= y.unit ? [x, y] : [y, x]
  if (coarse.unit === fine.unit) return false
  const rounded = Math.round(fine.value / coarse.unit) * coarse.unit
  const close = Math.abs(rounded - coarse.value) <= coarse.unit * 1e-6
  const gap = Math.abs(x.value - y.value)
  const larger = Math.max(Math.abs(x.value), Math.abs(y.value))
  // rounding to the coarse figure's last digit cannot hide a third of the value: 1 percent is not
  // 0.5 percent rounded, nor 1 phần trăm 0,5 (news gives such small figures to the decimal). A sum
  // of money is named to the digit its writer meant: "$1 trillion" is not "$1.2 trillion" rounded
  // (a fifth of it), while "$6.3 billion" is "$6.32 billion"; shares round to a whole point (2.7 / 3 %).
  const tight = coarse.round || x.money || y.money
  return close && gap <= ROUNDING_GAP * larger && (!tight || gap <= ROUNDING_SHARE * larger)
}

/**
 * Why two facts of one slot with different values are compatible
 * (`rounding`, `approximation`, `unit`, `time-zone`), or undefined when they contradict.
 */
export function compatibleReason(a: Fact, b: Fact): string | undefined {
  const years = hedgedYears(a, b)
  if (years !== undefined) return years || undefined
  if (a.type === 'number' && b.type === 'number') return compatibleNumbers(a, b)
  if (a.type === 'date' && b.type === 'date') return compatibleTimes(a, b) ?? hedgedClocks(a, b)
  return undefined
}

/** A bare year, as a number ("in 1904") or a date ("năm 1904"), with its hedge; undefined for anything else. */
function bareYear(f: Fact): { year: number; hedge: { hedge: Hedge; phrase: string } } | undefined {
  if (f.type === 'number') return f.kind === 'year' && !f.range ? { year: f.value, hedge: readHedge(f) } : undefined
  if (f.year === undefined || f.month !== undefined || f.day !== undefined || f.minutes !== undefined) return undefined
  return { year: f.year, hedge: hedgeAt(f.before ?? []) }
}

/**
 * Years either side of a hedged year it covers: the precision its round figure shows. A year round
 * to its century ("around 1900": the turn of the century) half a decade, one round to its decade
 * ("around 1990") two, any other ("around 2021") one. Half a decade of every decade year made a
 * mid-decade year (1955, 2015) "about" both neighbours, and two of a plain year took the usual
 * misreported start date for one (review-n 4-5).
 */
const yearReach = (year: number): number => (year % 100 === 0 ? 5 : year % 10 === 0 ? 2 : 1)

/**
 * Two bare years, one or both hedged as an approximation ("around 1900", "khoảng năm 1900" /
 * "in 1904"): 'approximation' when the hedge covers the other year, '' when it does not;
 * undefined when these are not two years with an 'about' hedge, left to the other rules (two
 * exact years never round: 2019 is no rounding of 2020). Two hedges in the same words are two
 * claims, as for any figure.
 */
function hedgedYears(a: Fact, b: Fact): string | undefined {
  const x = bareYear(a)
  const y = bareYear(b)
  if (x === undefined || y === undefined || x.year === y.year) return undefined
  const [hx, hy] = [x.hedge.hedge === 'about', y.hedge.hedge === 'about']
  if (!hx && !hy) return undefined
  if (hx && hy && x.hedge.phrase === y.hedge.phrase) return ''
  const reach = (hx ? yearReach(x.year) : 0) + (hy ? yearReach(y.year) : 0)
  return Math.abs(x.year - y.year) <= reach ? 'approximation' : ''
}

/** Units one system steps by exact factors: metric and Vietnamese market weights (*tạ*, *yến*), feet and inches. */
const METRIC_SYSTEM: ReadonlySet<string> = new Set(['tạ', 'yến'].map((u) => u.normalize('NFC')))
const IMPERIAL = new Set(['ft', 'feet', 'foot', 'inch', 'inche', 'mile', 'pound', 'lb', 'oz', 'ounce', 'stone'])
const imperial = (f: NumberFact): boolean => IMPERIAL.has(f.unit)

/**
 * A pair no conversion rounding can excuse (review rmeasures54 bug 1): a compound (*3 kg 200 g* is
 * exact to the gram, *5 ft 9 in* to the inch) or a market weight (*5 tạ* is 500 kg). Other pairs of
 * one unit each keep the conversion share.
 */
function exactConversion(a: NumberFact, b: NumberFact): boolean {
  return writtenInTwoUnits(a) || writtenInTwoUnits(b) || METRIC_SYSTEM.has(a.unit) || METRIC_SYSTEM.has(b.unit)
}

/**
 * Two figures of one measure, `x` and `y` in its base unit, compared at their written precision: equal
 * is one value converted ('unit'), the coarser one rounding the finer within one system a 'rounding'
 * (*2 m* / *2 m 6 cm*), anything else two values. Across systems (*5 ft 9 in* / *1.75 m*) a
 * converter rounds to the coarser figure's digit, so half of each figure's last step is allowed.
 */
function convertedExactly(a: NumberFact, b: NumberFact, x: number, y: number): string | undefined {
  const stepA = roundingUnit(a) * CONVERSIONS.get(a.unit)!.factor
  const stepB = roundingUnit(b) * CONVERSIONS.get(b.unit)!.factor
  const gap = Math.abs(x - y)
  const tiny = 1e-9 * Math.max(Math.abs(x), Math.abs(y))
  if (gap <= tiny) return 'unit'
  if (imperial(a) !== imperial(b)) return gap <= (stepA + stepB) / 2 + tiny ? 'unit' : undefined
  const [coarse, fine] = stepA >= stepB ? [{ v: x, step: stepA }, { v: y, step: stepB }] : [{ v: y, step: stepB }, { v: x, step: stepA }]
  if (coarse.step <= fine.step * (1 + 1e-9) || METRIC_SYSTEM.has(a.unit) || METRIC_SYSTEM.has(b.unit) || roundedUpCompound(a, b, x, y)) return undefined
  const rounded = Math.round(fine.v / coarse.step) * coarse.step
  return Math.abs(rounded - coarse.v) <= coarse.step * 1e-6 && gap / Math.max(Math.abs(x), Math.abs(y)) <= ROUNDING_GAP ? 'rounding' : undefined
}

/**
 * A compound rounded up (*2 năm 6 tháng* / *3 năm*, *1 hour 20 minutes* / *2 hours*): a writer drops a
 * compound's smaller part (*2 m* for *2 m 6 cm*) but does not carry it into the larger one.
 */
function roundedUpCompound(a: NumberFact, b: NumberFact, x: number, y: number): boolean {
  const [one, two] = [writtenInTwoUnits(a), writtenInTwoUnits(b)]
  return one !== two && (one ? y > x : x > y)
}

/** One figure is the other, a compound in its larger unit (*2 hours 15 minutes*), without its smaller part (*2 hours*). */
function droppedPart(a: NumberFact, b: NumberFact): boolean {
  const [one, two] = [writtenInTwoUnits(a), writtenInTwoUnits(b)]
  if (one === two) return false
  const [compound, whole] = one ? [a, b] : [b, a]
  return whole.value > 0 && Math.trunc(compound.value) === whole.value
}

/** Identifiers: equal or not, never rounded, hedged or converted. */
const EXACT: ReadonlySet<string> = new Set(['score', 'version', 'document', 'phone', 'plate', 'code'])

function compatibleNumbers(a: NumberFact, b: NumberFact): string | undefined {
  // identifiers are exact: no rounding turns 4.2.2 into 4.3 or 2-1 into 2-0
  if (EXACT.has(a.kind) || EXACT.has(b.kind)) return undefined
  // "hundreds" / "724", "scores" / "hundreds": an order against a figure or another order (vague-magnitudes.ts)
  const vague = vagueMagnitudeReason(a, b, (f) => interval(readingOf(f)))
  if (vague !== undefined) return vague || undefined
  const dimA = dimensionOf(a)
  const dimB = dimensionOf(b)
  if (dimA && dimA === dimB && a.unit !== b.unit) {
    // "80 km southwest" / "50 miles northwest" of one place: a converted distance, two places (bearings.ts)
    if (bearingsApart(a, b)) return undefined
    const x = a.value * CONVERSIONS.get(a.unit)!.factor
    const y = b.value * CONVERSIONS.get(b.unit)!.factor
    const hedged = hedgeOf(a) !== 'none' || hedgeOf(b) !== 'none'
    if (!hedged && exactConversion(a, b)) return convertedExactly(a, b, x, y)
    const share = CONVERSION_SHARE + (hedged ? ABOUT_SHARE : 0)
    return Math.abs(x - y) <= share * Math.max(x, y) ? 'unit' : undefined
  }
  const x = readingOf(a)
  const y = readingOf(b)
  if ((a.range || b.range) && compatibleRanges(a, b)) return 'range'
  // A year is a name of its own: 2019 does not round to 2020 (a hedged year: hedgedYears).
  if (a.kind === 'year' && b.kind === 'year') return undefined
  // Two ranges compare end by end: "từ 400 đến 900" / "từ 500 đến 900" disagree on where they start.
  if (a.range && b.range) return undefined
  // "At least 27" / "at least 26": two bounds of one kind are two different claims. So are two
  // approximations in the same words ("khoảng 35" / "khoảng 38" in one copied sentence); two
  // reporters who each round in their own words ("some 55" / "about 57") may both be right.
  if (x.hedge === 'none' && y.hedge === 'none' && roundedUpCompound(a, b, a.value, b.value)) return undefined
  // "about two hours and 15 minutes" / "about two hours": the larger part alone is the compound with its smaller part dropped
  if (a.unit === b.unit && droppedPart(a, b)) return x.hedge === y.hedge ? 'rounding' : 'approximation'
  if (x.hedge === y.hedge && !(x.hedge === 'about' && x.phrase !== y.phrase)) return roundedAlike(x, y) ? 'rounding' : undefined
  if (roundedAlike(x, y) && (x.hedge === 'about' || y.hedge === 'about')) return 'approximation'
  const [x0, x1] = interval(x)
  const [y0, y1] = interval(y)
  return x0 <= y1 && y0 <= x1 ? 'approximation' : undefined
}

/** Two values both hedged as approximations ("khoảng", "about") whose allowed intervals meet. */
export function approximationsMeet(a: Fact, b: Fact): boolean {
  if (a.type !== 'number' || b.type !== 'number' || a.range || b.range) return false
  const x = readingOf(a)
  const y = readingOf(b)
  if (x.hedge !== 'about' || y.hedge !== 'about') return false
  // "about 200m" / "around 200ft": hedges meet in one unit only; across units compatibleNumbers converts
  if (a.unit !== b.unit && dimensionOf(a) !== undefined && dimensionOf(b) !== undefined) return false
  const [x0, x1] = interval(x)
  const [y0, y1] = interval(y)
  return x0 <= y1 && y0 <= x1
}

/**
 * A value inside a range: "16 to 17 weeks" holds "16.5 weeks". A range end that fails this
 * is still compared as a value of its own, hedge included ("from less than $1 billion to
 * $2.8 billion" holds "$952 million").
 */
function compatibleRanges(a: NumberFact, b: NumberFact): boolean {
  if (a.range && b.range) return false
  const [lo, hi] = (a.range ?? b.range)!
  const value = a.range ? b.value : a.value
  return lo <= value && value <= hi
}
