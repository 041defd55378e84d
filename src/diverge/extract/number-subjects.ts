/**
 * A number word standing as the subject of a verb, with no counted noun after it: "Eight were
 * hurt.", "Three died.", "Two of them were taken to hospital." (issue 11). The one-word reader
 * (spelled-numbers.ts) wants a plural noun after the word, so these figures were never read and
 * "Eight were hurt" / "Eighty were hurt" linked without a flag. Only at a clause's opening, so a
 * word inside a noun phrase ("the team of eight were praised") stays unread.
 */
import { keys, type Token } from './fact-tokens'

/** Verbs, auxiliaries first, that a counted subject takes; past forms in -ed are read by shape. */
const SUBJECT_VERBS = keys('were was are is have had has remain remained remain died die dies hurt drowned fled survived')
/** "Two of them", "three of whom": a part of people already named. */
const OF_PRONOUNS = keys('them whom those these us')
/** Tokens after which a clause opens. */
const CLAUSE_BREAKS = new Set(['.', '!', '?', ';', ':', ',', '"', '“', '(', '\u2014', '\u2013'])

/** True when the number word at `first` (through `last`) opens a clause and a verb or "of them" follows it. */
export function numberAsSubject(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]
  if (before && !CLAUSE_BREAKS.has(before.raw)) return false
  const next = tokens[last + 1]
  if (next?.kind !== 'word') return false
  if (next.key === 'of') return OF_PRONOUNS.has(tokens[last + 2]?.key ?? '')
  return SUBJECT_VERBS.has(next.key) || (next.raw === next.key && next.key.length > 3 && next.key.endsWith('ed'))
}
