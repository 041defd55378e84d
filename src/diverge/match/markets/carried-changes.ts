/**
 * Two levels reached from one starting level differ by exactly as much as the changes that led to
 * them: "rose $6.21 … to $20.90" / "rose $6.31 … to $21" (both from $14.69) disagree by ten cents on
 * the level because they do on the change. So when the two changes differ by more than their last
 * written digits allow, one level written round ("$21", "9,090") is no rounding of the other: the
 * difference is carried, not rounded. Changes one digit apart ("fell $1.49, to $50.01" / "fell $1.50
 * … to close at $50") are the rounding carried through, and stay an equivalence.
 *
 * Both changes must run from one start: over one period and from one named reading, or neither
 * naming any (move-periods.ts); when unsure, the rounding stands.
 *
 * Only changes stated in the level's own measure count: a change in percent of the level ("rose 0.4
 * per cent to 1,986.97") leaves the start as uncertain as its rounding, and says nothing exact.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { halfUnit } from './move-measures'
import type { Located } from '../../extract/collect'
import { type Session, type SentenceSessions, roleIn } from './sessions'

const near = (x: number, y: number, slack: number): boolean => Math.abs(x - y) <= slack + 1e-9

/** x and y end moves of one measure from one start whose own changes differ beyond rounding: two levels, whatever their precision. */
export function levelsCarryChanges(a: Session, b: Session, x: Fact, y: Fact): boolean {
  const rx = roleIn(a, x)
  const ry = roleIn(b, y)
  if (!rx || !ry || rx.role !== 'end' || ry.role !== 'end' || rx.move.measure !== ry.move.measure) return false
  const [m, n] = [rx.move, ry.move]
  if (m.stated || n.stated || m.percent !== undefined || n.percent !== undefined) return false
  // "up 45 cents on the day" / "up $1 for the week", "from their opening price" / "from Friday's close": two starts
  if (a.periods.get(m) !== b.periods.get(n)) return false
  // Worked out as if the round level were exact, a start is as sure as the change's last digits (and the
  // finer level's): the sum of both levels' slack would let a round "$1" change carry no start to the cent.
  const changeSlack = halfUnit(m.figures.change as NumberFact) + halfUnit(n.figures.change as NumberFact)
  const levelSlack = Math.min(halfUnit(m.figures.end as NumberFact), halfUnit(n.figures.end as NumberFact))
  if (!near(m.start, n.start, changeSlack + levelSlack)) return false
  return !near(m.change, n.change, changeSlack)
}

/**
 * levelsCarryChanges over two reports' sentences, by located figures: of x and y themselves, or of
 * u and v in their sentences (the siblings a rounding is carried through, sibling-roundings.ts).
 */
export const carriedBetween =
  (sessionsA: SentenceSessions, sessionsB: SentenceSessions) =>
  (x: Located<Fact>, y: Located<Fact>, u: Fact = x.fact, v: Fact = y.fact): boolean =>
    levelsCarryChanges(sessionsA.get(x.sentence), sessionsB.get(y.sentence), u, v)
