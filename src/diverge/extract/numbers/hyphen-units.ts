/**
 * A figure joined by a hyphen to the word it measures or counts: "a 6-inch screen", "a 300-seat
 * plane", "a 12-mile stretch", "màn hình 6-inch". The compound says what "6 inch" and "300 seats"
 * say; read apart, the figure was no fact at all (never missing, never
 * compared). The word must be written in lower case: "U23-VN", "5-Jan" are codes and dates, read
 * elsewhere; "35-year-old" is an age, read before this. A length of time is left unread: "the
 * 30-year bond", "the 10-year note" name an instrument by its term more often than they state a
 * figure (MSRP finance copy), so "20-day" stays as it was.
 */
import { singular } from './count-units'
import { countedAs } from './counted-synonyms'
import { DURATIONS, MEASURES } from './number-words'
import { foldWord } from '../../../normalize/fold'

/** A lower-case word of two letters or more, nothing after it: not a chain ("5-inch-wide") nor a code. */
const UNIT_WORD = /^-(\p{Ll}[\p{Ll}\p{M}]+)$/u

/**
 * Words hyphened to a figure that count nothing: a share ("5-percent rise" is 5 percent), a
 * multiple ("10-fold", as "tenfold"), a hedge ("40-odd", "30-plus", "20-something") and a force's
 * size ("5,000-strong"). Read as counts of "percent" or "fold", they would be facts of their own
 * kind that "5 percent" or "tenfold" never state.
 */
const SHARES = new Set(['percent', 'pct', 'percentage'])
const NOT_COUNTED = new Set(['fold', 'odd', 'plus', 'something', 'strong', 'ish', 'times', 'point', 'per'])

/** The kind and unit of a figure's hyphenated word (`rest` is what follows the digits, hyphen included), if it is one. */
export function hyphenUnit(rest: string): { kind: 'count' | 'percent'; unit: string } | undefined {
  const m = UNIT_WORD.exec(rest)
  if (!m) return undefined
  const word = m[1]!
  const key = foldWord(word)
  if (SHARES.has(key)) return { kind: 'percent', unit: '' }
  if (DURATIONS.has(key) || NOT_COUNTED.has(key)) return undefined
  if (MEASURES.has(word)) return { kind: 'count', unit: key }
  return { kind: 'count', unit: countedAs(singular(key)) }
}
