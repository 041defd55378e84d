/**
 * A day the other report gives only for other events: "Obama nói chuyện điện thoại với … Hollande
 * ngày 22/10" against a report that writes 22/10 only for the Fabius meeting and Clapper's
 * statement, and dates the call 21/10. That report states the day, but not as the call's: the
 * call's day is free to meet its own day there. Read only when the date names a known kind of
 * event (date-occasions.ts), the other report dates that kind of event on another day, and none
 * of the other report's dates of the same day names that kind.
 */
import type { Located } from '../extract/collect'
import type { Fact } from '../extract/fact'
import { sameFact } from './slots'

/** The kinds of event the other report dates, with the dates of each; built once per report. */
export function occasionsOf(facts: readonly Located<Fact>[], kindOf: (l: Located<Fact>) => string | undefined): Map<string, Located<Fact>[]> {
  const out = new Map<string, Located<Fact>[]>()
  for (const l of facts) {
    if (l.fact.type !== 'date' || l.fact.day === undefined) continue
    const kind = kindOf(l)
    if (kind === undefined) continue
    const list = out.get(kind)
    if (list) list.push(l)
    else out.set(kind, [l])
  }
  return out
}

/**
 * Whether `own` (a date of a known kind of event) is stated in the other report only for other
 * events: the other report dates that kind on another day and never on this one. `sameDay`: the
 * other report's dates of this day.
 */
export function statedOnlyForOtherOccasion(
  own: Located<Fact>,
  ownKind: string | undefined,
  sameDay: readonly Located<Fact>[],
  otherOccasions: ReadonlyMap<string, readonly Located<Fact>[]>,
  kindOf: (l: Located<Fact>) => string | undefined,
): boolean {
  if (ownKind === undefined || own.fact.type !== 'date' || own.fact.day === undefined || sameDay.length === 0) return false
  const ofKind = otherOccasions.get(ownKind)
  if (!ofKind || !ofKind.some((o) => !sameFact(own.fact, o.fact))) return false
  return sameDay.every((o) => kindOf(o) !== ownKind)
}
