/**
 * An index move whose points go unnamed: "The Dow fell 98.30, or 1.1 percent" is the
 * "98.32 points" of another report, and "eased 0.37 of a point" is "slipped 0.26 point".
 * Market reports drop "points" when the move is restated at once as a percentage, the
 * absolute figure beside its share; without the unit the figure is a bare number and never
 * meets the other report's points.
 *
 * English phrasing: Vietnamese reports write the unit ("tăng 13,70 điểm, tương đương 0,8%").
 * A price move carries its currency ("$1.45, or 4.5 percent"), so a bare figure here is points.
 *
 * The same holds for a move followed by the level it reached, both bare: "up 19.96 to 9,092.91",
 * "shed 0.39 to 981.25" (the "17 points to 9,090" of another report). A count moves by whole
 * units ("rose 12 to 345"), so one of the two must carry decimals; a level read as a share or
 * in millions ("rose 0.3 to 6.1 percent") is no index level.
 */
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'

const MOVES = keys(
  'rose rise rises gained gains added adds climbed jumped advanced surged soared rallied increased up higher ' +
    'fell falls lost loses shed dropped declined slipped eased slid dipped sank tumbled plunged decreased down lower off',
)
const PERCENT = keys('percent pct %')
/** Words after a level that make it something other than an index level. */
const NOT_A_LEVEL = keys('percent pct per million billion trillion thousand hundred')
const DECIMAL = /\d\.\d/

/** The last token of "of a point" after the number at `i`, or of the number itself before ", or 1.1 percent"; -1 when neither. */
export function unnamedPoints(tokens: readonly Token[], i: number): number {
  const key = (k: number): string => tokens[k]?.key ?? ''
  if (key(i + 1) === 'of' && key(i + 2) === 'a' && (key(i + 3) === 'point' || key(i + 3) === 'points')) return i + 3
  const moved = tokens[i - 1]?.kind === 'word' && MOVES.has(key(i - 1))
  const restated = tokens[i + 1]?.raw === ',' && key(i + 2) === 'or' && tokens[i + 3]?.kind === 'num'
  const share = PERCENT.has(key(i + 4)) || tokens[i + 4]?.raw === '%' || (key(i + 4) === 'per' && key(i + 5) === 'cent')
  if (moved && restated && share) return i
  return moved && reachedLevel(tokens, i) ? i : -1
}

/** "up 19.96 to 9,092.91": a bare move, then "to" and a bare level, one of them with decimals. */
function reachedLevel(tokens: readonly Token[], i: number): boolean {
  const level = tokens[i + 2]
  if (tokens[i + 1]?.key !== 'to' || level?.kind !== 'num') return false
  const after = tokens[i + 3]
  if (after && (NOT_A_LEVEL.has(after.key) || after.raw === '%')) return false
  return DECIMAL.test(tokens[i]!.raw) || DECIMAL.test(level.raw)
}
