/**
 * Which counts written in words are facts a reader checks, as their digits are: "twelve homes",
 * "fifteen people", "mười hai ngôi nhà", "zwölf Häuser". Asked by every judge that reads counts
 * (missing-facts.ts lists one the other report never states; count-outcomes.ts sets two fates
 * apart), so a count in words and its digits are one kind of fact for all of them (issue 11).
 *
 * Most number words are phrasing, not counts: "one of the victims", "the two leaders", "hai nước",
 * "both sides", an article ("a", "một", "ein"). A count in words stands as a fact only from three
 * up and only with the noun it counts read (a count with no noun, "the three", says what the
 * sentence before named); one and two stay phrasing, as "two sides" and "hai bên" mostly are.
 * A vague order ("hundreds of", "hàng trăm") is no such count: it is a magnitude, judged as one.
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../../normalize/word-lists'
import { EN_NUMBERS, VI_DIGITS } from '../../../normalize/number-words'

/** The least count in words read as a fact: one and two are phrasing more often than counts. */
const LEAST = 3
const DIGIT = /\d/
/** Nouns a number word does not count things by: how often, a courtesy and the sides of an idiom ("a thousand times", "a thousand thanks", "ba lần", "ba bề bốn bên"). */
const NOT_THINGS = keys('time times thank thanks lần razy krát mal fois veces vezes kali bên bề phương phía')

/** A count written in words only (no digit in its text), exact (no vague order). */
export const countInWords = (fact: Fact): boolean => fact.type === 'number' && fact.kind === 'count' && fact.magnitude === undefined && !DIGIT.test(fact.text)

/** Whether a count in words is a fact to check, as the same count in digits is. */
export const spelledCountIsFact = (fact: Fact): boolean =>
  countInWords(fact) && fact.type === 'number' && Number.isInteger(fact.value) && fact.value >= LEAST && fact.unit !== '' && !NOT_THINGS.has(fact.unit)

/** Vietnamese "năm" is five and year: "trong năm người dân", "mười năm người mẹ" (ten years), so no count holding it is read as a fact. */
const YEAR_OR_FIVE = /(?:^|\s)năm(?:\s|$)/iu
/** A bare Polish or Czech thousand may open an ordinal ("po raz tysiąc pierwszy", the 1001st time): read, never listed. */
const BARE_THOUSAND = /(?:^|\s)(?:tysiąc|tisíc)(?:\s|$)/iu
/** The words joining a ratio's terms: "nine in ten voters", "four out of five doctors", "one of every ten", "9 trên 10 người". */
const RATIO_LINKS = new Set(['in', 'trên', 'out of', 'of every'])
/** "cứ mười người … có chín người": a proportion, no count of people. */
const PROPORTION_FRAME = /(?:^|\s)cứ\s/iu
/** What may stand right before a sentence's first word, so that its capital is no name's. */
const OPENING = /(?:^|[.!?:;"“”'‘’«»(\[—–-])\s*$/u

/**
 * Whether a count in words checkable by its kind (spelledCountIsFact) stands as a missing fact where it
 * is written: not in a ratio ("nine in ten voters", "cứ mười người … chín người"), not capitalised inside a
 * sentence as a name's word ("the Group of Seven nations"), never with Vietnamese "năm" (five or year),
 * and not when the other report states the same count with another noun ("three planes" / "three
 * aircraft", "ba nghi phạm" / "ba người": `otherCounts`, the values of its counts, or `otherInWords`, the values it
 * writes in words (written-forms.ts' `inWords`), hold the number: a noun a language reads no count with, "nghi phạm", leaves no count). Precision first: a
 * count these let by is read as phrasing, as all counts in words were before.
 */
export function spelledCountStands(fact: Fact, span: { readonly start: number; readonly text: string }, sentence: { readonly start: number; readonly text: string }, otherCounts: ReadonlySet<number>, otherInWords: ReadonlySet<string>): boolean {
  if (fact.type !== 'number' || otherCounts.has(fact.value) || otherInWords.has(String(fact.value)) || YEAR_OR_FIVE.test(span.text) || BARE_THOUSAND.test(span.text) || PROPORTION_FRAME.test(sentence.text)) return false
  const before = sentence.text.slice(0, span.start - sentence.start)
  const last = before.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(-3) ?? []
  const term = last.length === 3 && RATIO_LINKS.has(last.slice(1).join(' ')) ? last[0] : RATIO_LINKS.has(last.at(-1) ?? '') ? last.at(-2) : undefined
  if (term !== undefined && (DIGIT.test(term) || term === 'one' || EN_NUMBERS.has(term) || VI_DIGITS.has(term))) return false
  return !/^\p{Lu}/u.test(span.text) || OPENING.test(before)
}

/** The values of a report's counts, in digits or words: a count in words stated by value is stated. */
export const countValues = (facts: { readonly facts: readonly { readonly fact: Fact }[] }): ReadonlySet<number> =>
  new Set(facts.facts.flatMap(({ fact }) => (fact.type === 'number' && fact.kind === 'count' ? [fact.value] : [])))
