/**
 * A total that both sentences state, one as a bound the other's figure meets, anchors the two
 * sentences as one account (clause-anchors.ts counts only facts stated alike). Two outlets
 * copying one wire story round its total their own way and keep what follows it:
 * "71 vụ cháy rừng … 29 vụ trong số đó vẫn chưa được kiểm soát" / "ít nhất 65 vụ cháy … với 18
 * đám cháy vẫn nằm ngoài tầm kiểm soát"; "71 fires, 29 of them uncontrolled" / "at least 65
 * fires, 18 out of control". The bound (at least, more than, under, hơn, ít nhất) is what makes
 * the two totals one claim: two bare different totals ("71 vụ" / "65 vụ") disagree, and two
 * roundings ("khoảng 450" / "khoảng 440") say less about one sentence than a bound met does.
 *
 * Only counts with a unit (what the total counts), both distinctive enough to anchor (a unit or a
 * value of 100 and more), on two different values: a value stated alike is clause-anchors' own.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { compatibleReason } from '../../reasons/compatible'
import { hedgeOf } from '../../reasons/hedges'
import { oneSlot, sameFact } from '../slots/slots'

/** A bounded count (at least, more than, under) with a unit, or undefined. */
function boundedCount(fact: Fact): NumberFact | undefined {
  if (fact.type !== 'number' || !fact.unit || fact.range || fact.kind !== 'count') return undefined
  const hedge = hedgeOf(fact)
  return hedge === 'over' || hedge === 'under' ? fact : undefined
}

function plainCount(fact: Fact): NumberFact | undefined {
  return fact.type === 'number' && fact.unit && !fact.range && fact.kind === 'count' ? fact : undefined
}

/** One bound of a sentence met by a count of the other: the pair of facts, A side first. */
export interface BoundAnchor {
  readonly a: Located<Fact>
  readonly b: Located<Fact>
}

/**
 * The bound anchors of two sentences' facts: a bounded count on one side and a different count
 * of the same unit on the other that it allows. Only bounded facts are tried against the other
 * side, so a sentence of many figures costs its bounded ones times the other's, not its square.
 */
export function boundAnchors(factsA: readonly Located<Fact>[], factsB: readonly Located<Fact>[]): BoundAnchor[] {
  const out: BoundAnchor[] = []
  const meet = (bounded: readonly Located<Fact>[], others: readonly Located<Fact>[], boundOnA: boolean): void => {
    for (const x of bounded) {
      const bx = boundedCount(x.fact)
      if (!bx) continue
      for (const y of others) {
        const py = plainCount(y.fact)
        if (!py || py.unit !== bx.unit || py.value === bx.value || boundedCount(y.fact)) continue
        if (!oneSlot(x.fact, y.fact) || sameFact(x.fact, y.fact)) continue
        if (compatibleReason(bx, py) === undefined) continue
        out.push(boundOnA ? { a: x, b: y } : { a: y, b: x })
      }
    }
  }
  meet(factsA, factsB, true)
  meet(factsB, factsA, false)
  return out
}
