/**
 * Percentage points against percent (review K). A rate cut "by 1.5 percentage points" (5 % to
 * 3.5 %) is strictly not one "by 1.5 percent" (5 % to 4.925 %), but outlets write "percent"
 * loosely for points ("rose 0.2 percent to 6.8 percent", "tăng 0,3% lên 2,5%"), and a margin of
 * error is written both ways ("plus or minus 4.9 percent" / "five percentage points", MSRP train
 * gold). So the same value in points and in percent stays one fact (`sameFact`, reason
 * `number-format`, as before review I), never two `missing` on one sentence pair; and a move in
 * points fills the slot of a move in percent, so different values there ("by 0.25 percent" / "by
 * 0.5 percentage point", "tăng 0,3 điểm phần trăm" / "tăng 0,5%") are a number contradiction.
 * Except a figure that is itself a margin of error, which fills a slot of its own (`isMarginInPointsOrPercent`): margins given differently are judged by
 * poll-margins.ts, and "4.9 percent" / "five percentage points" (MSRP train gold) is one margin.
 */
import { foldWord } from '../../../normalize/fold'
import { keys as words } from '../../../normalize/word-lists'
import type { NumberFact } from '../../extract/fact'
import { MARGIN, VI_MARGIN, bridgeStart } from './margin-words'

/** A move counted in percentage points ("2 percentage points", "0,3 điểm phần trăm"). */
export const isPoints = (f: NumberFact): boolean => f.kind === 'count' && f.unit === 'percentage'

/** Last words of a margin phrase right before its figure (margin-words.ts): "margin of error", "error margin", "sampling error", "sai số". */
const MARGIN_ENDS: ReadonlySet<string> = new Set([...MARGIN, ...VI_MARGIN].map((p) => p[p.length - 1]!))
/** Words that make a margin one of error: "error margin", "sampling margin", "a 3 percent margin of sampling error". */
const ERROR_WORDS = words('error sampling')
/**
 * A figure that IS a margin of error: the phrase ends right before it, bridge words between, or
 * opens right after it ("a 3 percent margin of error"), or "plus or minus" right before it (the
 * three words a fact keeps before it may hold nothing else). A margin alone is a lead or a victory
 * ("won by a margin of 4.5 percentage points", "a 5 percent margin"), a move in points like any
 * other (review-revl P2: it was read as a poll's margin, and 4.5 points / 5 percent rounded).
 */
export function isMarginFigure(f: NumberFact): boolean {
  if (f.after[0] === 'error' || (f.after[0] === 'margin' && f.after[1] === 'of' && ERROR_WORDS.has(f.after[2] ?? ''))) return true
  const n = f.before.length
  if (f.before[n - 1] === '±' || (f.before[n - 1] === 'minus' && f.before[n - 2] === 'or' && f.before[n - 3] === 'plus')) return true
  const end = bridgeStart(f.before)
  const last = f.before[end - 1]
  if (last === undefined || !MARGIN_ENDS.has(last)) return false
  // "sai số", not any "số"; "error margin", "sampling margin", not "won by a margin of"
  if (last === 'số') return f.before[end - 2] === foldWord('sai')
  return last !== 'margin' || ERROR_WORDS.has(f.before[end - 2] ?? '')
}

/**
 * A margin of error in points or in percent ("a margin of error of 3.1 percentage points" / "of 4
 * percent", "sai số 3%"): one slot, whichever word the outlet wrote, and no share's or move's.
 * Before, a margin in points filled the slot of a count in points and one in percent that of any
 * percent, so one poll's margin given as 3.1 points and as 4 percent was two `missing` facts.
 * Whether two margins are of one poll is poll-margins.ts' to judge.
 */
export const isMarginInPointsOrPercent = (f: NumberFact): boolean =>
  (isPoints(f) || (f.kind === 'percent' && !f.unit)) && isMarginFigure(f)

/**
 * Two margins of error, one a whole number the other rounds to ("a plus or minus 4.9 percent margin
 * of error" / "plus or minus five percentage points", MSRP train gold): one margin rounded to the
 * whole point. A spelled "five" reads as exact elsewhere (compatible.ts), and must: "1.9 percent"
 * is no "two percent" beside a "2.3 percent" of another figure; a margin is given to the point.
 * Rounded as a reporter rounds, a half up: 2.5 is 3, 3.5 is 4, not 3 (review-revl P1: a window of
 * half a point either way took 3.5 / 3 for one margin).
 */
export function marginRounded(x: NumberFact, y: NumberFact): boolean {
  if (x.value === y.value || !isMarginInPointsOrPercent(x) || !isMarginInPointsOrPercent(y)) return false
  const [whole, other] = Number.isInteger(x.value) ? [x.value, y.value] : [y.value, x.value]
  return Number.isInteger(whole) && !Number.isInteger(other) && Math.round(other) === whole
}
