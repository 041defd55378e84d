/**
 * An index move whose points go unnamed: "The Dow fell 98.30, or 1.1 percent" is the
 * "98.32 points" of another report, and "eased 0.37 of a point" is "slipped 0.26 point".
 * Market reports drop "points" when the move is restated at once as a percentage, the
 * absolute figure beside its share; without the unit the figure is a bare number and never
 * meets the other report's points.
 *
 * English phrasing: Vietnamese reports write the unit ("tăng 13,70 điểm, tương đương 0,8%").
 * A price move carries its currency ("$1.45, or 4.5 percent"), so a bare figure here is points.
 */
import type { Token } from './fact-tokens'
import { keys } from './fact-tokens'

const MOVES = keys(
  'rose rise rises gained gains added adds climbed jumped advanced surged soared rallied increased up higher ' +
    'fell falls lost loses shed dropped declined slipped eased slid dipped sank tumbled plunged decreased down lower off',
)
const PERCENT = keys('percent pct %')

/** The last token of "of a point" after the number at `i`, or of the number itself before ", or 1.1 percent"; -1 when neither. */
export function unnamedPoints(tokens: readonly Token[], i: number): number {
  const key = (k: number): string => tokens[k]?.key ?? ''
  if (key(i + 1) === 'of' && key(i + 2) === 'a' && (key(i + 3) === 'point' || key(i + 3) === 'points')) return i + 3
  const moved = tokens[i - 1]?.kind === 'word' && MOVES.has(key(i - 1))
  const restated = tokens[i + 1]?.raw === ',' && key(i + 2) === 'or' && tokens[i + 3]?.kind === 'num'
  const share = PERCENT.has(key(i + 4)) || tokens[i + 4]?.raw === '%' || (key(i + 4) === 'per' && key(i + 5) === 'cent')
  return moved && restated && share ? i : -1
}
