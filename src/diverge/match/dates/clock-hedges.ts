/**
 * How far a hedged clock time reaches (*around 3:30*, *about 4 a.m.*, *khoảng 3h30*): the writer
 * rounded, so the hedge covers half an hour either side of an hour (*about 4*: 3:30–4:30) and a
 * quarter hour either side of any other time (*around 3:30*, *around 5:40*). A time beyond the
 * reach of the other report's hedge is another time (*3:50 a.m.* / *around 3:30 a.m.*); within
 * it, one time at two precisions (*3:50* / *about 4 a.m.*), as hedged-times.ts reads for missing
 * facts.
 *
 * Two hedges are two roundings of one instant when their reaches overlap (review rdates40: *about
 * 5* / *about 5:20* is one time, 5:05–5:15 fits both). Against a finer mark of the other writer a
 * round hour is read at the quarter hour, since quarter hours were there to be written, and a mark
 * off the hour (5:20, 17h30) reaches ten minutes. Reaches that meet without overlapping are two
 * times. The two golds fix the figures: ViMs 104_665~104_666 (round fresh37-1) *khoảng 17h* /
 * *khoảng 17 giờ 30* are two times (15 + 10 < 30), AbMuSu *khoảng 8 giờ* / *khoảng 8 giờ 20
 * phút* one (15 + 10 > 20); *around 3:30* / *around 3:50* meet at 3:40 and stay two.
 */
import type { Fact } from '../../extract/fact'
import { ABOUT } from '../../reasons/hedges'
import { keys } from '../../extract/fact-tokens'
import { clockOnly } from './fact-moments'
import { sameBound } from './bounded-times'
import { SLAVIC_HOUR_NOUNS, SLAVIC_TIME_HEDGES, hedgeReach, twoHedgeReach } from '../../reasons/clock-rounding'

// The reaches live with the reason that reads two times as one rounded (reasons/clock-rounding.ts).
export { hedgeReach, twoHedgeReach }

// A time of day's own hedges besides the shared ones: *vers 20h*, *environ 17 heures*. Before a bare
// number *vers* is as often a direction (*vers 2030*), so the list stays with clock times. The Slavic ones
// too, as the approximation reads them (reasons/clock-rounding.ts), past an hour noun (*około godziny 21:30*).
export const CLOCK_ABOUT: ReadonlySet<string> = new Set([...ABOUT, ...keys('vers environ'), ...SLAVIC_TIME_HEDGES])
/** How many words before the time its hedge stands (1, or 2 past an hour noun), or 0 if it has none. */
function hedgeDepth(f: Fact): number {
  const before = f.before ?? []
  const last = before[before.length - 1] ?? ''
  if (CLOCK_ABOUT.has(last)) return 1
  return SLAVIC_HOUR_NOUNS.has(last) && CLOCK_ABOUT.has(before[before.length - 2] ?? '') ? 2 : 0
}
const hedged = (f: Fact): boolean => hedgeDepth(f) > 0
// Words right before a time that bound it one way or make it no moment: left to the other rules.
const BOUNDED = new Set(['before', 'after', 'by', 'since', 'until', 'from', 'to', 'between', 'till', 'nearly', 'almost', 'trước', 'sau', 'từ', 'đến', 'gần'])
// Closing bounds two reports set on one span's end alike: *until about 5:30* / *until about 7* disagree on it.
const CLOSING = new Set(['until', 'till'])
// The bound word past the hedge, if any: *by about 5:30 p.m.*, *đến khoảng 20g* are deadlines however hedged.
const boundWord = (f: Fact): string | undefined => {
  const before = f.before ?? []
  const word = before[before.length - hedgeDepth(f) - 1] ?? ''
  return BOUNDED.has(word) ? word : undefined
}
const plainOrAbout = (f: Fact): boolean => boundWord(f) === undefined && !(f.before ?? []).includes('between')
// both ends of one closure, neither the end of a from-to span: compared with each other as before the hedge was skipped
const sameClosing = (x: Fact, y: Fact): boolean => {
  const word = boundWord(x)
  return word !== undefined && CLOSING.has(word) && word === boundWord(y) && ![x, y].some((f) => (f.before ?? []).some((w) => w === 'from' || w === 'between'))
}

/**
 * Two times of day, one or both hedged by an approximation word (about, around, khoảng …) and
 * nothing else bounding either, further apart than the hedges reach: two times, not one told at
 * two precisions. Twelve hours apart is a.m. against p.m. read from the clock alone: not judged.
 */
export function beyondHedge(x: Fact, y: Fact): boolean {
  if (!clockOnly(x) || !clockOnly(y) || (!(plainOrAbout(x) && plainOrAbout(y)) && !sameBound(x, y) && !sameClosing(x, y))) return false
  const [hx, hy] = [hedged(x), hedged(y)]
  if (!hx && !hy) return false
  const gap = Math.abs(x.minutes - y.minutes)
  if (gap === 720) return false
  // one hedge reaches its own grain; two are one instant when their reaches overlap
  if (hx && hy) return gap >= twoHedgeReach(x.minutes) + twoHedgeReach(y.minutes)
  const reach = hedgeReach(hx ? x.minutes : y.minutes)
  return gap > reach
}
