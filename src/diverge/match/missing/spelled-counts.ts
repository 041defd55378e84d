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

/** The least count in words read as a fact: one and two are phrasing more often than counts. */
const LEAST = 3
const DIGIT = /\d/
/** Nouns a number word does not count things by: how often and a courtesy ("a thousand times", "a thousand thanks", "ba lần"). */
const NOT_THINGS = keys('time times thank thanks lần razy krát mal fois veces vezes kali')

/** A count written in words only (no digit in its text), exact (no vague order). */
export const countInWords = (fact: Fact): boolean => fact.type === 'number' && fact.kind === 'count' && fact.magnitude === undefined && !DIGIT.test(fact.text)

/** Whether a count in words is a fact to check, as the same count in digits is. */
export const spelledCountIsFact = (fact: Fact): boolean =>
  countInWords(fact) && fact.type === 'number' && Number.isInteger(fact.value) && fact.value >= LEAST && fact.unit !== '' && !NOT_THINGS.has(fact.unit)
