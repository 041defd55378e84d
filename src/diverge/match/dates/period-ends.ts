/**
 * A day inside a period the other report ends on a stated day ("due Aug. 15" / "from Friday
 * through Aug. 22"): as likely the period's start and end as one day misreported.
 */
import type { Fact } from '../../extract/fact'

// Words that make a day the last of a period: "due from Friday through Aug. 22", "nộp đến hết ngày 22/8".
const PERIOD_END = new Set(['through', 'until', 'till', 'thru', 'hết'])
/** Days a period ending on a stated day may reach back without naming its start. */
const PERIOD_REACH = 7

const periodEnd = (fact: Fact): boolean => fact.type === 'date' && (fact.before ?? []).some((w) => PERIOD_END.has(w))

/**
 * "payments due Aug. 15" / "payments due from Friday through Aug. 22": a day in the week before the
 * last day of a period the other side gives may lie inside that period, so the two are as likely
 * the period's start and its end as one day misreported.
 */
export function insidePeriod(x: Fact, y: Fact): boolean {
  if (x.type !== 'date' || y.type !== 'date' || periodEnd(x) === periodEnd(y)) return false
  const [end, day] = periodEnd(x) ? [x, y] : [y, x]
  if (end.day === undefined || day.day === undefined || end.month === undefined || end.month !== day.month) return false
  if (end.year !== undefined && day.year !== undefined && end.year !== day.year) return false
  return day.day < end.day && end.day - day.day <= PERIOD_REACH
}
