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
import { foldWord } from '../../normalize/fold'

/** A lower-case word of two letters or more, nothing after it: not a chain ("5-inch-wide") nor a code. */
const UNIT_WORD = /^-(\p{Ll}[\p{Ll}\p{M}]+)$/u

/** The kind and unit of a figure's hyphenated word (`rest` is what follows the digits, hyphen included), if it is one. */
export function hyphenUnit(rest: string): { kind: 'count'; unit: string } | undefined {
  const m = UNIT_WORD.exec(rest)
  if (!m) return undefined
  const word = m[1]!
  const key = foldWord(word)
  if (DURATIONS.has(key)) return undefined
  if (MEASURES.has(word)) return { kind: 'count', unit: key }
  return { kind: 'count', unit: countedAs(singular(key)) }
}
