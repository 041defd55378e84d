/**
 * English fractions written in words, read as the values their digit forms would give:
 * - a move in points: "a tenth of a percentage point" (0.1, like "0.1 percentage point"), "a
 *   percentage point", "a full percentage point" (1), "half a point" (0.5), "a quarter of a point";
 * - a share of a whole: "a quarter of all foreign visitors", "one-third of those taking it",
 *   "half of the women" (25, 33.3, 50 percent, like "25 percent of …").
 * Read as nothing, "a tenth of a percentage point" / "a percentage point" for one rise can never
 * meet, nor "more than a quarter" / "more than 40 percent" of one group. Only these shapes are
 * read: "a point" alone (a point of contention), "a quarter" alone (of a year) and "a third"
 * stay words unless a determiner or a counted whole follows: "of" and a plural-looking noun (a
 * word of more than three letters ending in -s but not -ss / -us, so a name like "Paris" or "Texas"
 * passes as one: "half of Texas" reads 50 %), or a collective noun (`countedWhole`); "this" / "that"
 * open a span ("the first half of this year"), not a whole. Vietnamese shares too ("một nửa số", see
 * `vietnameseAt`).
 */
import type { Token } from '../../../document/fact-tokens'
import { keys } from '../fact-tokens'

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2],
  ['third', 1 / 3],
  ['quarter', 1 / 4],
  ['fourth', 1 / 4],
  ['fifth', 1 / 5],
  ['tenth', 1 / 10],
])
/** Hyphenated fractions: "one-third", "two-thirds", "three-quarters", "one-tenth". */
const NUMERATORS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
])
const PLURAL_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['halves', 1 / 2],
  ['thirds', 1 / 3],
  ['quarters', 1 / 4],
  ['fourths', 1 / 4],
  ['fifths', 1 / 5],
  ['tenths', 1 / 10],
])
const ONE = keys('a an one')
/** Words after "of" that make the fraction a share of a group or amount ("of total sales" as "of all sales"). */
const DETERMINERS = keys('the all its their those these his her our total')

interface FractionWords {
  /** First and last token of the phrase. */
  readonly first: number
  readonly last: number
  readonly value: number
  readonly kind: 'count' | 'percent'
  /** The folded noun a point move is counted in ('percentage' or 'point', as "2 percentage points" and "0.5 point" read), '' for a share. */
  readonly noun: string
}

/** The fraction a hyphenated word writes ("two-thirds" → 2/3), or undefined. */
function hyphenated(key: string): number | undefined {
  const dash = key.indexOf('-')
  if (dash < 0) return undefined
  const num = NUMERATORS.get(key.slice(0, dash))
  const rest = key.slice(dash + 1)
  const den = num === 1 ? FRACTIONS.get(rest) : PLURAL_FRACTIONS.get(rest)
  return num !== undefined && den !== undefined ? num * den : undefined
}

/**
 * A fraction phrase starting at token `i`, or undefined. `i` is the article or numeral ("a",
 * "one"), "half", a hyphenated fraction ("one-third") or a numerator before a plural one ("three quarters").
 */
export function fractionWordsAt(tokens: readonly Token[], i: number): FractionWords | undefined {
  // Asked at every word: most open no fraction, and leave before the closures of phraseAt (and their context) are made.
  const first = tokens[i]!
  if (first.kind !== 'word') return undefined
  if (VI_NUMERATORS.has(first.key)) return vietnameseAt(tokens, i)
  if (first.key === 'nửa') return halfPointAt(tokens, i)
  const plural = NUMERATORS.has(first.key) && tokens[i + 1]?.kind === 'word' && PLURAL_FRACTIONS.has(tokens[i + 1]!.key) // "three quarters of"
  if (first.key !== 'half' && !ONE.has(first.key) && !first.key.includes('-') && !plural) return undefined
  return phraseAt(tokens, i)
}

/**
 * Vietnamese shares in words: "một nửa số cử tri" (half), "một phần tư số phiếu" (a quarter),
 * "hai phần ba tổng số" (two thirds), read as 50, 25 and 66.7 percent like "50% số cử tri". Only
 * before a word naming a counted or measured whole: "số", "tổng" (the number, the total of),
 * "lượng" (the amount of: "một phần tư lượng khách"), "dân số", "diện tích". "Một phần tư thế kỷ"
 * is a quarter of a century, "hai phần ba chặng đường" two thirds of a way, "hai phần" alone two parts.
 */
const VI_NUMERATORS: ReadonlyMap<string, number> = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
])
const VI_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['hai', 2],
  ['ba', 3],
  ['tư', 4],
  ['bốn', 4],
  ['năm', 5],
  ['mười', 10],
])
const VI_WHOLE = keys('số tổng lượng')
/** Two-syllable wholes whose first syllable alone names none: "dân số" (not "dân làng"), "diện tích". */
const VI_WHOLE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['dân', 'số'],
  ['diện', 'tích'],
])

function vietnameseAt(tokens: readonly Token[], i: number): FractionWords | undefined {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const num = VI_NUMERATORS.get(key(i))!
  let value: number | undefined
  let last: number
  if (num === 1 && key(i + 1) === 'nửa') {
    value = 1 / 2
    last = i + 1
  } else if (key(i + 1) === 'phần') {
    const den = VI_DENOMINATORS.get(key(i + 2))
    value = den !== undefined && num < den ? num / den : undefined
    last = i + 2
  } else return undefined
  if (value === undefined) return undefined
  // "một phần mười điểm phần trăm" (0.1 point, as "0,1 điểm phần trăm"), "một phần mười phần trăm" (0.1 %)
  const point = viPointAt(tokens, last + 1)
  if (point) return { first: i, last: point.last, value, kind: point.noun ? 'count' : 'percent', noun: point.noun }
  const whole = VI_WHOLE.has(key(last + 1)) || (VI_WHOLE_PAIRS.has(key(last + 1)) && VI_WHOLE_PAIRS.get(key(last + 1)) === key(last + 2))
  return whole ? { first: i, last, value: value * 100, kind: 'percent', noun: '' } : undefined
}

/** "nửa điểm phần trăm" (half a point, 0.5), "nửa phần trăm" (0.5 %); "nửa" alone is any half. */
function halfPointAt(tokens: readonly Token[], i: number): FractionWords | undefined {
  const point = viPointAt(tokens, i + 1)
  return point ? { first: i, last: point.last, value: 0.5, kind: point.noun ? 'count' : 'percent', noun: point.noun } : undefined
}

/**
 * A point or a percent in Vietnamese words at token `k`: "điểm phần trăm" (a percentage point,
 * noun 'percentage' as "0,3 điểm phần trăm" reads), "phần trăm" (a percent, noun ''). Read, "một
 * phần mười điểm phần trăm" is 0.1 point, not "mười điểm phần trăm" (10 points) with its numerator lost.
 */
function viPointAt(tokens: readonly Token[], k: number): { noun: string; last: number } | undefined {
  const key = (n: number): string => (tokens[n]?.kind === 'word' ? tokens[n]!.key : '')
  if (key(k) === 'điểm' && key(k + 1) === 'phần' && key(k + 2) === 'trăm') return { noun: 'percentage', last: k + 2 }
  if (key(k) === 'phần' && key(k + 1) === 'trăm') return { noun: '', last: k + 1 }
  return undefined
}

function phraseAt(tokens: readonly Token[], i: number): FractionWords | undefined {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  /** A point unit at `k` ("percentage point(s)", "point(s)", after an optional "full"): its noun and last token. */
  const pointAt = (k: number, bare: boolean): { noun: string; last: number } | undefined => {
    if (key(k) === 'full') k++
    if (key(k) === 'percentage' && (key(k + 1) === 'point' || key(k + 1) === 'points')) return { noun: 'percentage', last: k + 1 }
    // "a point" alone is a point of anything; after a fraction or "full" it is a move
    if (!bare && (key(k) === 'point' || key(k) === 'points')) return { noun: 'point', last: k }
    return undefined
  }
  const w = key(i)
  let value: number | undefined
  let next: number
  /** A fraction of one point or one percent at `k`, after its "a" or "one": "(a tenth of a) percentage point", "(half of one) percent". */
  const ofOne = (value: number, k: number): FractionWords | undefined => {
    const unit = pointAt(k, false)
    if (unit) return { first: i, last: unit.last, value, kind: 'count', noun: unit.noun }
    const percent = percentAt(tokens, k)
    return percent !== undefined ? { first: i, last: percent, value, kind: 'percent', noun: '' } : undefined
  }
  if (w === 'half') {
    // "half a point", "half a percentage point", "half a percent", "half of one percent" (review-revl
    // F1: read as "one percent", 1 %); "half of the women", "half the women"
    value = 1 / 2
    if (ONE.has(key(i + 1))) return ofOne(value, i + 2)
    if (key(i + 1) === 'of' && ONE.has(key(i + 2))) return ofOne(value, i + 3)
    next = key(i + 1) === 'of' ? i + 2 : i + 1
    return DETERMINERS.has(key(next)) || (next === i + 2 && countedWhole(tokens, next)) ? { first: i, last: i, value: 50, kind: 'percent', noun: '' } : undefined
  }
  const written = hyphenated(w)
  let last = i
  if (written !== undefined) value = written
  else if (ONE.has(w)) {
    // "a percentage point", "a full point": one whole point
    const whole = pointAt(i + 1, key(i + 1) !== 'full')
    if (whole) return { first: i, last: whole.last, value: 1, kind: 'count', noun: whole.noun }
    value = FRACTIONS.get(key(i + 1))
    last = i + 1
  } else if (NUMERATORS.has(w) && PLURAL_FRACTIONS.has(key(i + 1))) {
    // "three quarters of a percentage point", "two thirds of the voters": as "three-quarters" reads
    value = NUMERATORS.get(w)! * PLURAL_FRACTIONS.get(key(i + 1))!
    last = i + 1
    if (key(last + 1) === 'of' && !ONE.has(key(last + 2))) return countedWhole(tokens, last + 2) ? { first: i, last, value: value * 100, kind: 'percent', noun: '' } : undefined
  }
  if (value === undefined || key(last + 1) !== 'of') return undefined
  // "a tenth of a percentage point", "a quarter of a point"; "a tenth of a percent", "a quarter of one percent": 0.1 and 0.25 percent
  if (ONE.has(key(last + 2))) return ofOne(value, last + 3)
  // "a quarter of all foreign visitors", "one-third of those taking the drug"; "one third of respondents", "a quarter of voters"
  return DETERMINERS.has(key(last + 2)) || countedWhole(tokens, last + 2) ? { first: i, last, value: value * 100, kind: 'percent', noun: '' } : undefined
}

/** The last token of "percent" or "per cent" at `k`, if it is there. */
function percentAt(tokens: readonly Token[], k: number): number | undefined {
  const key = (n: number): string => (tokens[n]?.kind === 'word' ? tokens[n]!.key : '')
  if (key(k) === 'percent') return k
  return key(k) === 'per' && key(k + 1) === 'cent' ? k + 1 : undefined
}

/** "the first half of this year", "of that period": a singular noun follows, a span, not a counted whole. */
const SINGULAR_DETERMINERS = keys('this that')
/** Words ending in -s that are no plural noun ("this", "thus", "was"): the -s test would take them for one. */
const NOT_PLURAL = keys('this thus was has his whereas perhaps always across')
/** Nouns of a counted whole written in the singular: "two thirds of the vote", "of the population". */
const COLLECTIVE = keys('vote electorate population public people membership workforce staff')
/**
 * Un-hyphenated "two thirds of" (review K) reads as a share only of a counted whole: a plural noun
 * after "of" and an optional determiner or adjective ("of respondents", "of the registered voters",
 * "of its games"), or a collective noun ("of the vote"). Not a span: "two thirds of the way",
 * "of the season", "of the time". Nor a whole stated in digits ("two thirds of the 300 victims"):
 * the other report gives the count ("200 of the 300 victims"), which a share cannot meet.
 */
function countedWhole(tokens: readonly Token[], k: number): boolean {
  const key = (n: number): string => (tokens[n]?.kind === 'word' ? tokens[n]!.key : '')
  if (SINGULAR_DETERMINERS.has(key(k))) return false
  if (DETERMINERS.has(key(k))) k++
  for (let n = k; n < k + 2; n++) {
    const t = tokens[n]
    if (!t || t.kind !== 'word') return false
    if (/\d/.test(t.key) || NOT_PLURAL.has(t.key)) return false
    if (COLLECTIVE.has(t.key) || (/[^su]s$/.test(t.key) && t.key.length > 3)) return true
  }
  return false
}

/**
 * The words without a hyphen at which fractionWordsAt may find a fraction: numbers.ts passes every
 * other word over with one lookup. "nửa" too ("nửa điểm phần trăm"): the gate and halfPointAt were
 * merged apart (713d67c, 14bcaf8), and it was passed over.
 */
export const FRACTION_OPENERS: ReadonlySet<string> = new Set([...VI_NUMERATORS.keys(), ...NUMERATORS.keys(), 'half', 'nửa', ...ONE])
