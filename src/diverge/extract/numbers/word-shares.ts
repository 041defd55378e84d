/**
 * A share after a numeral word: "fell two percent", "five per cent", "ba phần trăm". A numeral
 * word is read as a number only before what it counts (a plural noun, a multiplier, a classifier),
 * and "percent" is none of these, so "two percent" was no fact at all: neither paired with
 * "1.3 percent" of the other report nor missing from it, while "2 percent" was both. The share
 * word itself is read by the suffix reader (numeral-suffix.ts), as after digits.
 */
import { keys, type Token } from '../fact-tokens'
import { EN_NUMBERS, VI_DIGITS, YEAR_TAKERS } from './number-words'

/** Does a share word start at token `k` ("percent", "pct", "per cent", "%", "phần trăm")? */
export function shareStartsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (t.raw === '%') return true
  if (t.kind !== 'word') return false
  if (t.key === 'percent' || t.key === 'pct') return true
  const next = tokens[k + 1]?.key
  return (t.key === 'per' && next === 'cent') || (t.key === 'phần' && next === 'trăm')
}

const POINT = keys('point phẩy')
/** Words a spelled number runs on through: "one hundred and five", "hai trăm linh năm". */
/** Words before "one percent" that make it a class or a none ("the one percent", "not one percent of"), not a measured share. */
const NOT_A_SHARE_BEFORE_ONE = keys('the not')
const CARRY = keys('hundred thousand million trăm nghìn ngàn mươi linh lẻ')

/** The value of one spelled digit word at token `k` ("two", "one", "hai", "không"), else undefined. */
function digitWord(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k]
  if (!t || t.kind !== 'word') return undefined
  if (t.key === 'zero' || t.key === 'không') return 0
  if (t.key === 'one') return 1
  const en = EN_NUMBERS.get(t.key)
  return en !== undefined && en < 10 ? en : VI_DIGITS.get(t.key)
}

/**
 * The spelled share whose last numeral word(s) start at token `first` worth `value`, read whole:
 * "two point five percent", "hai phẩy năm phần trăm" (2.5), where the last word alone was read as
 * five. Null when the word before is part of a longer spelled number not read here ("one hundred
 * and five percent", "two point two five"): no part of it is read as the whole.
 */
export function spelledShare(tokens: readonly Token[], first: number, value: number): { first: number; value: number } | null {
  const p = tokens[first - 1]
  if (!p) return { first, value }
  if (POINT.has(p.key)) {
    const whole = digitWord(tokens, first - 2)
    const b = tokens[first - 3]
    const runsOn = b !== undefined && (POINT.has(b.key) || CARRY.has(b.key) || b.raw === '-' || b.key === 'and' || digitWord(tokens, first - 3) !== undefined)
    if (whole === undefined || runsOn || !Number.isInteger(value) || value > 9) return null
    return { first: first - 2, value: whole + value / 10 }
  }
  // "đầu năm năm phần trăm": the first năm is the year a year-taking word names, not a digit of the share
  const yearBefore = p.key === 'năm' && YEAR_TAKERS.has(tokens[first - 2]?.key ?? '')
  if (!yearBefore && (CARRY.has(p.key) || p.raw === '-' || digitWord(tokens, first - 1) !== undefined || EN_NUMBERS.has(p.key))) return null // "twenty one percent"
  // "the one percent" (the richest), "not one percent of": a class or a none, not a measured share
  if (value === 1 && NOT_A_SHARE_BEFORE_ONE.has(p.key) && tokens[first]?.key === 'one') return null
  if (p.key === 'and' && (CARRY.has(tokens[first - 2]?.key ?? '') || digitWord(tokens, first - 2) !== undefined)) return null
  return { first, value }
}

/** A point noun, then the word that makes it a point of a percent, in the languages that write it after: "puntos porcentuales", "poin persentase". */
const POINT_THEN_PERCENT: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['punto puntos punti', 'porcentual porcentuales percentuale percentuali'],
      ['ponto pontos', 'percentual percentuais'],
      ['poin', 'persentase'],
    ] as const
  ).flatMap(([points, percents]) => points.split(' ').map((p) => [p, new Set(percents.split(' '))] as const)),
)
/** The German compound, one word: "Prozentpunkt", "Prozentpunkte", "Prozentpunkten". */
const ONE_WORD_POINTS: ReadonlySet<string> = new Set(['prozentpunkt', 'prozentpunkte', 'prozentpunkten'])

/**
 * "percentage point(s)", "điểm phần trăm", "point(s) de pourcentage", "puntos porcentuales",
 * "pontos percentuais", "Prozentpunkte", "poin persentase" at token `k`: a move in points of a
 * share (a 2-point rise is not 2 %), read whole so that "1.5 percentage points" spans its unit and
 * meets "one and a half percentage points"; the last token, else -1. Its unit is 'percentage', as
 * "a percentage point" reads. A bare "points" / "puntos" stays an index's or a match's points.
 */
export function percentagePointsAt(tokens: readonly Token[], k: number): number {
  const w = (n: number): string => (tokens[n]?.kind === 'word' ? tokens[n]!.key : '')
  const first = w(k)
  if (first === 'percentage' && (w(k + 1) === 'point' || w(k + 1) === 'points')) return k + 1
  if ((first === 'point' || first === 'points') && w(k + 1) === 'de' && w(k + 2) === 'pourcentage') return k + 2
  if (POINT_THEN_PERCENT.get(first)?.has(w(k + 1))) return k + 1
  if (ONE_WORD_POINTS.has(first)) return k
  return first === 'điểm' && w(k + 1) === 'phần' && w(k + 2) === 'trăm' ? k + 2 : -1
}

/** "two and a half percent": the token of "half" when "and a half" and a share word follow token `j`, else -1. */
export function halfShareAfter(tokens: readonly Token[], j: number): number {
  const w = (k: number): string => tokens[k]?.key ?? ''
  return w(j + 1) === 'and' && w(j + 2) === 'a' && w(j + 3) === 'half' && shareStartsAt(tokens, j + 4) ? j + 3 : -1
}
