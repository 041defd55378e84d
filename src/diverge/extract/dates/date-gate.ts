/**
 * Whether a sentence's tokens can hold a date or a time of day at all, by a look at each token
 * alone: the date reader (dates.ts) makes its helpers and context for every sentence it reads,
 * and most sentences date nothing. Every date the reader finds opens at one of these tokens:
 * a numeral or a token mixing digits and letters, "tháng", a spelled hour before "giờ", an
 * English month's name, or a hyphened month part ("mid-August"). A word that closes a range of
 * clock times ("noon") follows a date already read, so it opens nothing. Any language: the test
 * is by token kind and a few keys, never by the sentence's language.
 */
import type { Token } from '../fact-tokens'
import { EN_MONTHS } from './date-words'
import { MONTH_WORDS } from './month-words'

export function mayHoldDate(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind === 'num' || t.kind === 'mixed') return true
    if (t.kind !== 'word') continue
    if (t.key === 'tháng' || t.key === 'giờ' || EN_MONTHS.has(t.key) || MONTH_WORDS.has(t.key) || t.raw.includes('-')) return true
  }
  return false
}
