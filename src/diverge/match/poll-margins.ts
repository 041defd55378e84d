/**
 * Two margins of error of a poll given differently are two polls, not one misreported: a poll's
 * margin follows from its sample, and an outlet quoting a poll copies it, while a story on an
 * election cites several polls ("The poll had a margin of error of plus or minus 2 percentage
 * points" / "It had a margin of sampling error of plus or minus four percentage points and was
 * conducted Thursday through Saturday"; "… sai số 3%" / "… sai số 4,5%"). In the English gold every
 * such pair is two polls (4 / 3.7, 1.8 to 4.4 / three to four, 2 / four percentage points), none
 * a disagreement; one margin rounded ("4.9 percent" / "five percentage points") stays one.
 */
import { foldWord } from '../../normalize/fold'
import type { Fact } from '../extract/fact'
import { compatibleReason } from '../reasons/compatible'
import type { Clause } from './clauses'

const phrases = (list: string): readonly (readonly string[])[] => list.split('|').map((p) => p.split(' ').map(foldWord))
/** "margin of error", "margin of sampling error", "error margin", "sampling error", "sai số". */
const MARGIN = phrases('margin of error|margin of sampling error|error margin|sampling error|sai số')

/** Does the clause of a figure, up to it, state a margin of error? */
function statesMargin(c: Clause): boolean {
  const w = c.before
  for (let k = 0; k < w.length; k++) if (MARGIN.some((p) => p.every((x, n) => w[k + n] === x))) return true
  return false
}

/** Why two figures are margins of error of two polls, if they are (values apart beyond a rounding). */
export function differentPolls(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.value === y.value) return undefined
  if (!statesMargin(cx) || !statesMargin(cy) || compatibleReason(x, y) !== undefined) return undefined
  return 'margins of error of two polls'
}
