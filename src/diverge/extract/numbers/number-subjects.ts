/**
 * A number word standing as the subject of a verb, with no counted noun after it: "Eight were
 * hurt.", "Three died.", "Two of them were taken to hospital." (issue 11). The one-word reader
 * (spelled-numbers.ts) wants a plural noun after the word, so these figures were never read and
 * "Eight were hurt" / "Eighty were hurt" linked without a flag. Only where a clause opens (after
 * punctuation, or after "and" / "but" closing the clause before: "…, and eight were hurt"), so a
 * word inside a noun phrase ("the team of eight were praised") stays unread.
 *
 * Zero is written in words too: "None were hurt", "No one was injured", "Không ai bị thương" say a
 * toll of 0 that "Two people were hurt" contradicts. Only before a verb of what befell them (a
 * participle of what befalls people, or died / survived), so "None of the money", "No one knows
 * why", "No one was available", "No one was expected to be hurt", "Không ai biết" stay unread; it
 * meets only a count of its own outcome (match/numbers/zero-outcomes.ts).
 */
import type { NumberFact } from '../fact'
import { keys, type Token } from '../fact-tokens'
import { NUMERAL_WORDS } from './number-words'
import { ACTIVE_TOLL_VERBS, PEOPLE_PARTICIPLES, viTollAt } from './outcome-words'
import { CLAUSE_REPORTING_EN } from '../../../normalize/saying-verbs'

/** Verbs, auxiliaries first, that a counted subject takes; past forms in -ed are read by shape. */
const SUBJECT_VERBS = keys('were was are is have had has remain remained remain died die dies hurt drowned fled survived sank sunk fell burned burnt')
/** "Two of them", "three of whom": a part of people already named. */
const OF_PRONOUNS = keys('them whom those these us')
/** Tokens after which a clause opens. */
const CLAUSE_BREAKS = new Set(['.', '!', '?', ';', ':', ',', '"', '“', '(', '\u2014', '\u2013'])
/** Conjunctions that open a second clause: "the bus crashed and eight were hurt". */
const CLAUSE_CONJUNCTIONS = keys('and but while whereas')

/** Does a clause open right before token `first`? Not after "and" joining two numbers ("between six and eight"). */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]
  if (!before || CLAUSE_BREAKS.has(before.raw)) return true
  if (before.kind !== 'word' || !CLAUSE_CONJUNCTIONS.has(before.key)) return false
  const earlier = tokens[first - 2]
  return earlier !== undefined && earlier.kind !== 'num' && !NUMERAL_WORDS.has(earlier.key)
}

/** A past form by its shape: lowercase, longer than three letters, in -ed ("injured", "killed"). */
const pastByShape = (t: Token | undefined): boolean => t?.kind === 'word' && t.raw === t.key && t.key.length > 3 && t.key.endsWith('ed')

/** True when the number word at `first` (through `last`) opens a clause and a verb or "of them" follows it. */
export function numberAsSubject(tokens: readonly Token[], first: number, last: number): boolean {
  if (!opensClause(tokens, first)) return false
  const next = tokens[last + 1]
  if (next?.kind !== 'word') return false
  if (next.key === 'of') return OF_PRONOUNS.has(tokens[last + 2]?.key ?? '')
  return SUBJECT_VERBS.has(next.key) || pastByShape(next)
}

/** The passive's auxiliaries: "was injured", "were taken", "has been killed" (not "has claimed"). */
const EN_PASSIVE = keys('was were is are been')
const EN_PERFECT = keys('has have had')

/** The verb a subject count at `last` takes, past its auxiliaries: "eight were hurt" → hurt. */
function verbAfter(tokens: readonly Token[], last: number): string {
  let k = last + 1
  while (k <= last + 3 && (EN_PASSIVE.has(tokens[k]?.key ?? '') || EN_PERFECT.has(tokens[k]?.key ?? ''))) k++
  return tokens[k]?.kind === 'word' ? tokens[k]!.key : ''
}

/**
 * The noun a subject count takes from the counted subject of the clause before it, in the same
 * sentence: "Five boats were caught in the storm, and three capsized" counts boats. Only a count
 * with a noun that is itself a subject (a verb follows it), at most 12 tokens back; an object
 * ("carried 12 tonnes, and eight were hurt") names no one hurt. Never before a verb of what befalls
 * people (PEOPLE_PARTICIPLES), and never across sentences: a noun from an unrelated sentence ("Forty
 * houses were destroyed. Three died.") would hide a conflict with the other report's people.
 * Else undefined, and the caller keeps its generic noun.
 */
export function subjectNoun(tokens: readonly Token[], first: number, last: number, before: readonly NumberFact[]): string | undefined {
  if (PEOPLE_PARTICIPLES.has(verbAfter(tokens, last))) return undefined
  const prev = before[before.length - 1]
  if (!prev || prev.kind !== 'count' || prev.unit === '' || prev.end > tokens[first]!.start) return undefined
  let k = first - 1
  for (; k >= 0 && tokens[k]!.start >= prev.end; k--) if (first - k > 12 || /^[.!?]$/.test(tokens[k]!.raw)) return undefined
  const verb = tokens[k + 1]
  return verb?.kind === 'word' && (SUBJECT_VERBS.has(verb.key) || pastByShape(verb)) ? prev.unit : undefined
}

/** The noun a subject count takes when no clause names one: people, as the news counts them. */
export const GENERIC_NOUN = 'people'

/**
 * Is a verb of what befell a subject at `k` ("was injured", "were hurt", "has been killed",
 * "died")? A bare -ed verb is an act, not what befell: "No one has claimed responsibility",
 * "Nobody noticed". A passive counts only with a participle of what befalls people
 * (PEOPLE_PARTICIPLES): "No one was expected to be hurt", "No one was believed to be inside", "No
 * one was allowed to enter", "No one was surprised" state no toll (rnum32 7).
 */
function tollVerbAt(tokens: readonly Token[], k: number): boolean {
  let at = k
  if (EN_PERFECT.has(tokens[at]?.key ?? '')) at++
  const passive = EN_PASSIVE.has(tokens[at]?.key ?? '')
  if (!passive && at > k && !ACTIVE_TOLL_VERBS.has(tokens[at]?.key ?? '')) return false
  while (at < k + 3 && EN_PASSIVE.has(tokens[at]?.key ?? '')) at++
  const verb = tokens[at]
  return verb?.kind === 'word' && (ACTIVE_TOLL_VERBS.has(verb.key) || (passive && PEOPLE_PARTICIPLES.has(verb.key)))
}

const [NO, ONE, NONE, NOBODY, NO_ONE] = [...keys('no one none nobody no-one')] as [string, string, string, string, string]
const [KHONG, CO, AI, NGUOI, NAO] = [...keys('không có ai người nào')] as [string, string, string, string, string]
/** The words at which zeroSubjectAt may read: every other word passes with one lookup. */
export const ZERO_OPENERS: ReadonlySet<string> = new Set([NO, NONE, NOBODY, NO_ONE, KHONG])

/** A zero count in words at token `i`: its last token and the noun it counts, else undefined. */
export function zeroSubjectAt(tokens: readonly Token[], i: number): { last: number; unit: string } | undefined {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const w = key(i)
  if (w === KHONG) {
    // "không ai", "không có ai", "không (có) người nào" before "bị", "thiệt mạng", "tử vong"
    let k = i + 1
    if (key(k) === CO) k++
    if (key(k) === NGUOI && key(k + 1) === NAO) k++
    else if (key(k) !== AI) return undefined
    // a toll word of the lexicon, or "bị" before one: "không ai bị bỏ lại phía sau" (left behind) is a slogan
    return viTollAt([key(k + 1), key(k + 2), key(k + 3)], 0) ? { last: k, unit: NGUOI } : undefined
  }
  let last = i
  if (w === NO && key(i + 1) === ONE) last = i + 1
  else if (w !== NONE && w !== NOBODY && w !== NO_ONE) return undefined
  // "Police said no one was arrested": a zero opens the clause a speech verb reports
  if (!opensClause(tokens, i) && !CLAUSE_REPORTING_EN.has(key(i - 1))) return undefined
  let verb = last + 1
  if (w === NONE && key(verb) === 'of') {
    if (!OF_PRONOUNS.has(key(verb + 1))) return undefined // "none of the money"
    verb += 2
  }
  return tollVerbAt(tokens, verb) ? { last, unit: GENERIC_NOUN } : undefined
}
