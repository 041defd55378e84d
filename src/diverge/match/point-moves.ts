/**
 * Percentage points are not percent: a rate cut "by 1.5 percentage points" (from 5 % to 3.5 %) is
 * not one cut "by 1.5 percent" (from 5 % to 4.925 %), nor "hai điểm phần trăm" "2%". Two reports
 * giving the same value, one in points and one in percent, were an equivalence; they are two
 * readings of a move, so they are not one fact. A margin of error is the exception: "a plus or
 * minus 4.9 percent margin of error" / "plus or minus five percentage points" (MSRP train gold)
 * write one margin both ways, as polls are reported.
 */
import { foldWord } from '../../normalize/fold'
import type { NumberFact } from '../extract/fact'

/** Words around a figure that make it a margin of error: "plus or minus", "margin of error", "sai số", "cộng trừ". */
const MARGIN_WORDS = new Set(['minus', 'margin', 'error', 'sai', 'số', 'cộng', 'trừ', '±'].map(foldWord))

const isPoints = (f: NumberFact): boolean => f.kind === 'count' && f.unit === 'percentage'
const isMargin = (f: NumberFact): boolean => f.before.some((w) => MARGIN_WORDS.has(w)) || f.after.some((w) => MARGIN_WORDS.has(w))

/** Is one a move in percentage points and the other in percent, neither a margin of error? */
export function pointsAgainstPercent(a: NumberFact, b: NumberFact): boolean {
  const apart = (isPoints(a) && b.kind === 'percent') || (isPoints(b) && a.kind === 'percent')
  return apart && !isMargin(a) && !isMargin(b)
}
