/**
 * The words a number word may look past to the plural noun it counts ("two non-emergency days",
 * "three armed guards", "four American soldiers"), and the shapes where it may not (review-revO
 * 10-13): "the two visited hospitals" has "the two" for its subject and a verb after it; "ten
 * year-old children" states an age.
 */
import type { Token } from '../fact-tokens'
import { NUMERAL_WORDS } from './number-words'

/**
 * An English word shaped as an adjective before a noun: a hyphened compound of letters
 * ("non-emergency", "long-range") or a word of a common adjective ending ("national", "historic",
 * "dangerous", "armed"), in lower case. An age compound ("year-old") is none: see `ageWordAfter`.
 */
const ADJECTIVE_ENDING = /^[a-z]{2,}(?:al|ic|ous|ive|ful|less|able|ible|ary|ern|ed)$/u
const HYPHENED_WORDS = /^[a-z]{2,}(?:-[a-z]{2,})+$/u
const AGE_COMPOUND = /^(?:year|years|month|months|week|weeks|day|days)-old$/u
/**
 * A capitalised word of a nationality's shape ("American", "Iraqi", "Chinese", "British", "Afghan"):
 * the commonest word between a number and the soldiers, tourists or workers it counts. Other
 * capitalised adjectives may open a name ("nine major Democratic presidential candidates" stays
 * unread, MSRP train 1861053, where "Seven of the nine" is the part of a whole).
 */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch)$/u

export function looksAdjective(t: Token): boolean {
  if (t.raw !== t.key) return DEMONYM.test(t.raw)
  return (ADJECTIVE_ENDING.test(t.key) || HYPHENED_WORDS.test(t.key)) && !AGE_COMPOUND.test(t.key) && !NUMERAL_WORDS.has(t.key.split('-')[0]!)
}

/** "ten year-old children", "two month-old babies": the age compound right after a number word, if one is. */
export function ageWordAfter(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j + 1]
  return t?.kind === 'word' && /^(?:year|years)-old$/u.test(t.key)
}

/** Words after which "the two" opens a clause as its subject. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'when', 'while', 'as', 'after', 'before', 'since', 'until', 'so', 'that', 'where', 'because'])

/**
 * "After the talks, the two visited hospitals": a number word after "the" (or "these", "those")
 * opening a clause stands for people named before, and a past verb after it ("visited", "signed")
 * is their verb, not an adjective of the noun after it. Object position ("killed the two armed
 * guards") still reads the count.
 */
export function pronounSubject(tokens: readonly Token[], i: number, k: number): boolean {
  const det = tokens[i - 1]
  if (det?.kind !== 'word' || !(det.key === 'the' || det.key === 'these' || det.key === 'those')) return false
  const t = tokens[k]
  if (!t || t.raw !== t.key || !t.key.endsWith('ed')) return false
  const before = tokens[i - 2]
  return !before || before.kind === 'punct' || CLAUSE_OPENERS.has(before.key)
}
