/**
 * A day the other report gives only for other events: "Obama nói chuyện điện thoại với … Hollande
 * ngày 22/10" against a report that writes 22/10 only for the Fabius meeting and Clapper's
 * statement, and dates the call 21/10. That report states the day, but not as the call's: the
 * call's day is free to meet its own day there. Read only when the date names a known kind of
 * event (date-occasions.ts), the other report dates that kind of event on another day, and none
 * of the other report's dates of the same day names that kind.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { sameFact } from './slots'

/**
 * Whether `own` (a date of a known kind of event) is stated in the other report only for other
 * events: the other report dates that kind on another day and never on this one. `sameDay`: the
 * other report's dates of this day; `otherFacts`: all its facts. Kinds are read as asked (kindOf
 * keeps them), the day's own dates first: most dates end there, before the other report's other
 * dates are read at all.
 */
export function statedOnlyForOtherOccasion(
  own: Located<Fact>,
  ownKind: string | undefined,
  sameDay: readonly Located<Fact>[],
  otherFacts: readonly Located<Fact>[],
  kindOf: (l: Located<Fact>) => string | undefined,
): boolean {
  if (ownKind === undefined || own.fact.type !== 'date' || own.fact.day === undefined || sameDay.length === 0) return false
  if (!sameDay.every((o) => kindOf(o) !== ownKind)) return false
  return otherFacts.some((o) => o.fact.type === 'date' && o.fact.day !== undefined && !sameFact(own.fact, o.fact) && kindOf(o) === ownKind)
}
