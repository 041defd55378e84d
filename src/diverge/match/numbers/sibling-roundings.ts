/**
 * A figure one unit of its last digit away from the other report's, in sentences where another
 * figure is the same one rounded: the rounding carried through, not another reading.
 */
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { compatibleReason } from '../../reasons/compatible'
import { lastDigitPlace } from '../markets/move-measures'
import { sameFact } from '../slots/slots'

/** Sentences with more figures than this are not searched for a sibling rounding (the search is quadratic in them). */
const MAX_SIBLINGS = 12

/** Two figures one unit of the last digit either states apart: 0.29 / 0.30, $1.49 / $1.50. */
function oneUnitApart(a: Fact & { type: 'number' }, b: Fact & { type: 'number' }): boolean {
  const unit = Math.max(lastDigitPlace(a), lastDigitPlace(b))
  const gap = Math.abs(a.value - b.value)
  return a.kind === b.kind && a.unit === b.unit && gap > 0 && gap <= unit * (1 + 1e-9)
}

/**
 * "fell $1.49, to $50.01" / "fell $1.50 … to close at $50", "5.91 points, or 0.29 percent" / "6 points,
 * or 0.30 percent": when another figure of the two sentences is the same one rounded, a figure one unit
 * of its last digit away is that rounding carried through, not another reading.
 */
export function roundsItsSiblings(
  x: Located<Fact>,
  y: Located<Fact>,
  factsA: DocumentFacts | undefined,
  factsB: DocumentFacts | undefined,
  // a sibling "rounding" that is a difference carried from the changes (carried-changes.ts) rounds nothing
  carried: (u: Fact, v: Fact) => boolean = () => false,
): boolean {
  if (x.fact.type !== 'number' || y.fact.type !== 'number' || !oneUnitApart(x.fact, y.fact)) return false
  const siblingsA = factsA?.factsBySentence.get(x.sentence) ?? []
  const siblingsB = factsB?.factsBySentence.get(y.sentence) ?? []
  if (siblingsA.length > MAX_SIBLINGS || siblingsB.length > MAX_SIBLINGS) return false
  return siblingsA.some(
    (u) =>
      u !== x &&
      siblingsB.some(
        (v) =>
          v !== y &&
          !sameFact(u.fact, v.fact) &&
          compatibleReason(u.fact, v.fact) === 'rounding' &&
          !carried(u.fact, v.fact) &&
          nearestOf(v.fact, siblingsA) === u.fact &&
          nearestOf(u.fact, siblingsB) === v.fact,
      ),
  )
}

/**
 * The figure of `siblings` of f's kind and unit nearest to it in value. "to $20.90 after hitting
 * $21.36 earlier" / "to $21": $21 rounds $20.90, the nearer, not the day's high, which rounds nothing.
 */
function nearestOf(f: Fact, siblings: readonly Located<Fact>[]): Fact | undefined {
  if (f.type !== 'number') return undefined
  let best: Fact | undefined
  let gap = Infinity
  for (const { fact: g } of siblings) {
    if (g.type !== 'number' || g.kind !== f.kind || g.unit !== f.unit) continue
    const d = Math.abs(g.value - f.value)
    if (d < gap) [best, gap] = [g, d]
  }
  return best
}
