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
 * Words between a move's verb and its figure: "declined by 4.39", "rose around 0.6 percent", "climbed more than 1 percent", "reculé de 1,20";
 * "of" after a move written as a noun, "a gain of $6.21", "a fall of 12 points", as "une hausse de" reads.
 */
export const HEDGES = keys('by about around nearly almost roughly some more less than just de of')

/** The verb of a move right before a figure (over up to two hedge words): its sign, or undefined. */
export function moveSign(before: readonly string[]): 1 | -1 | undefined {
  let at = before.length - 1
  while (at > 0 && before.length - at <= 2 && HEDGES.has(before[at]!)) at--
  const verb = before[at]
  if (verb && UP.has(verb)) return 1
  if (verb && DOWN.has(verb)) return -1
  return undefined
}
