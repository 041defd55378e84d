/**
 * Verbs of a move up or down ("rose", "fell", "tăng", "giảm"), shared by the number extractor
 * (a change then a level, "fell $1.17 to $42.51", is no range) and the session reader (the
 * sign of a change, the level a move reached).
 */
import { keys } from '../fact-tokens'

export const UP = keys(
  'rose rise rises risen rising up gained gain gains gaining added adds adding climbed climbs climbing jumped jumps jumping leapt leaped firmed firming advanced advances advancing surged soared rallied increased increasing higher grew tăng ' +
    // French: "a progressé de 6,21 dollars à 20,90 dollars", "en hausse de 2 %"
    'progressé gagné augmenté grimpé avancé monté bondi hausse',
)
export const DOWN = keys(
  'fell fall falls fallen falling down lost lose loses losing shed sheds shedding dropped drops dropping declined declines declining slipped slips slipping eased eases easing slid slides sliding dipped sank tumbled plunged plummeted slumped decreased decreasing lower off giảm ' +
    'reculé perdu baissé chuté cédé diminué baisse',
)

/**
 * Words between a move's verb and its figure: "declined by 4.39", "rose around 0.6 percent", "climbed more than 1 percent", "reculé de 1,20".
 * "of" is not among them: it joins only a move written as a noun (MOVE_NOUNS) to its figure.
 */
export const HEDGES = keys('by about around nearly almost roughly some more less than just de')

/**
 * Moves written as nouns, joined to their figure by "of" ("a drop of $6.11", "an increase of 2
 * percent"), as "une hausse de" reads. After a verb or particle "of" joins no move: "made up of 9
 * to 12 experts".
 */
const UP_NOUNS = keys('gain gains rise rises increase increases jump jumps climb climbs advance advances')
const DOWN_NOUNS = keys('fall falls drop drops decline declines loss losses decrease decreases slide slides')

/** The verb of a move right before a figure (over up to two hedge words), or its noun before "of": its sign, or undefined. */
export function moveSign(before: readonly string[]): 1 | -1 | undefined {
  let at = before.length - 1
  let joinedByOf = false
  while (at > 0 && before.length - at <= 2 && (HEDGES.has(before[at]!) || (before[at] === 'of' && !joinedByOf))) {
    if (before[at] === 'of') joinedByOf = true
    at--
  }
  const word = before[at]
  if (!word) return undefined
  if (joinedByOf) return UP_NOUNS.has(word) ? 1 : DOWN_NOUNS.has(word) ? -1 : undefined
  if (UP.has(word)) return 1
  if (DOWN.has(word)) return -1
  return undefined
}

/** A figure right after "of" following a move noun: "a fall of 10 to 15 percent" starts a range, not a change then its level. */
export const afterOf = (before: readonly string[]): boolean => before[before.length - 1] === 'of'
