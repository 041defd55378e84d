/**
 * One calendar day at two parts of it: *khởi hành … tối 24/8* / *một chuyến bay khác … vào sáng
 * 24/8*, *took off on the evening of Aug. 23* / *a replacement flight on the morning of Aug. 23*
 * (AbMuSu 1-1~1-2, round fresh40-1). A follow-up is often told on the morning after an event of
 * the evening, and a report that gives the event's day at night and the follow-up's in the morning
 * of one date states two moments. Read as one statement, the evening's date had its partner in
 * the other report's morning and was neither compared with the other report's own day of the
 * event nor reported missing. A day is stated at another moment only when every mention of it in
 * the other report names a part of the day (or a clock time) that cannot overlap its own: a
 * mention without one may be either moment, and *chiều* / *tối* (afternoon / evening) touch.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'

/** Hours of the day a part names, [from, to), a night running past midnight (to > 24). */
const PARTS: ReadonlyArray<readonly [string, number, number]> = [
  ['rạng sáng', 0, 6],
  ['sáng sớm', 4, 9],
  ['sáng', 4, 12],
  ['sáng nay', 4, 12],
  ['sáng qua', 4, 12],
  ['sáng mai', 4, 12],
  ['this morning', 4, 12],
  ['morning', 4, 12],
  ['trưa', 10, 14],
  ['trưa nay', 10, 14],
  ['trưa qua', 10, 14],
  ['chiều', 12, 19],
  ['chiều nay', 12, 19],
  ['chiều qua', 12, 19],
  ['chiều mai', 12, 19],
  ['afternoon', 12, 19],
  ['tối', 17, 24],
  ['tối nay', 17, 24],
  ['tối qua', 17, 24],
  ['tối mai', 17, 24],
  ['evening', 17, 24],
  ['tonight', 17, 29],
  ['đêm', 19, 30],
  ['đêm nay', 19, 30],
  ['đêm qua', 19, 30],
  ['khuya', 21, 30],
  ['night', 19, 30],
  ['last night', 19, 30],
  ['matin', 4, 12],
  ['matinée', 4, 12],
  ['soir', 17, 24],
  ['soirée', 17, 24],
  ['nuit', 19, 30],
]
const HOURS: ReadonlyMap<string, readonly [number, number]> = new Map(PARTS.map(([cue, from, to]) => [cue.split(' ').map(foldWord).join(' '), [from, to] as const]))

/** The hours a date's own words place it in: its clock time's hour, else its part of day; undefined for a day alone. */
export function dayPartHours(fact: Fact): readonly [number, number] | undefined {
  if (fact.type !== 'date') return undefined
  if (fact.minutes !== undefined) {
    const hour = Math.floor(fact.minutes / 60)
    return [hour, hour + 1]
  }
  return fact.cue === undefined ? undefined : HOURS.get(fact.cue)
}

/** Whether two mentions of one day name parts of it that cannot meet (a morning and an evening). */
export function dayPartsApart(x: Fact, y: Fact): boolean {
  const hx = dayPartHours(x)
  const hy = dayPartHours(y)
  if (!hx || !hy) return false
  return hx[1] <= hy[0] || hy[1] <= hx[0]
}

/**
 * Whether `own` (a day at a part of it) is stated in the other report only at other moments: it
 * mentions the day (`sameDay`, its dates of this day) and every mention names a part of the day
 * apart from own's. A day alone, or a mention without a part, is one statement as before.
 */
export function statedOnlyAtOtherDayPart(own: Located<Fact>, sameDay: readonly Located<Fact>[]): boolean {
  const fact = own.fact
  if (fact.type !== 'date' || fact.day === undefined || sameDay.length === 0 || dayPartHours(fact) === undefined) return false
  return sameDay.every((o) => dayPartsApart(fact, o.fact))
}
