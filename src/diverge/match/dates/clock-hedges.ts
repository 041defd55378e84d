/**
 * How far a hedged clock time reaches (*around 3:30*, *about 4 a.m.*, *khoảng 3h30*): the writer
 * rounded, so the hedge covers half an hour either side of an hour (*about 4*: 3:30–4:30) and a
 * quarter hour either side of any other time (*around 3:30*, *around 5:40*). A time beyond the
 * reach of the other report's hedge is another time (*3:50 a.m.* / *around 3:30 a.m.*); within
 * it, one time at two precisions (*3:50* / *about 4 a.m.*), as hedged-times.ts reads for missing
 * facts.
 *
 * Two hedges are two roundings, and a mark on the hour is also a mark on the half and quarter
 * hour: when the other writer shows the finer grain (*khoảng 17h* / *khoảng 17 giờ 30*, *about 5
 * p.m.* / *about 5:30 p.m.*), both are read at it, so the narrower reach decides. Half an hour
 * between two hedged marks is then two times (ViMs 104_665~104_666, round fresh37-1); ten minutes
 * (*about 5* / *about 5:10*) stays one instant rounded twice.
 */
import type { Fact } from '../../extract/fact'
import { ABOUT } from '../../reasons/hedges'
import { clockOnly } from './fact-moments'
import { sameBound } from './bounded-times'

/**
 * Minutes either side that a hedge on a time of `minutes` past midnight covers: half an hour on
 * the hour, a quarter hour otherwise. Reports round loosely (*around 5:40* for 5:52, *about 2:20*
 * for 2:35), so a finer mark earns no narrower reach.
 */
export function hedgeReach(minutes: number): number {
  return minutes % 60 === 0 ? 30 : 15
}

const hedged = (f: Fact): boolean => ABOUT.has(f.before?.[f.before.length - 1] ?? '')
// Words right before a time that bound it one way or make it no moment: left to the other rules.
const BOUNDED = new Set(['before', 'after', 'by', 'since', 'until', 'from', 'to', 'between', 'nearly', 'almost', 'trước', 'sau', 'từ', 'đến', 'gần'])
// past the hedge: *by about 5:30 p.m.*, *đến khoảng 20g* are deadlines however hedged
const plainOrAbout = (f: Fact): boolean => {
  const before = f.before ?? []
  const k = before.length - (hedged(f) ? 2 : 1)
  return !BOUNDED.has(before[k] ?? '') && !before.includes('between')
}

/**
 * Two times of day, one or both hedged by an approximation word (about, around, khoảng …) and
 * nothing else bounding either, further apart than the hedges reach: two times, not one told at
 * two precisions. Twelve hours apart is a.m. against p.m. read from the clock alone: not judged.
 */
export function beyondHedge(x: Fact, y: Fact): boolean {
  if (!clockOnly(x) || !clockOnly(y) || (!(plainOrAbout(x) && plainOrAbout(y)) && !sameBound(x, y))) return false
  const [hx, hy] = [hedged(x), hedged(y)]
  if (!hx && !hy) return false
  const gap = Math.abs(x.minutes - y.minutes)
  // one hedge reaches its own grain; two are read at the finer grain both share
  const reach = hx && hy ? Math.min(hedgeReach(x.minutes), hedgeReach(y.minutes)) : hedgeReach(hx ? x.minutes : y.minutes)
  return gap > reach && gap !== 720
}
