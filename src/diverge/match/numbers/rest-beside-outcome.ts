/**
 * "Aspiring rapper dead, three others wounded" / "1 dead, 2 injured": "others" there sets the
 * wounded beside the dead, people of another outcome, so the count is every wounded person, the
 * same slot as a plain count of the injured (fresh34-1, GVC 738749). "Other" marks a part beside a
 * whole only when what it is set beside is of the figure's own outcome ("two officers wounded and
 * three others hurt") or of none named: those stay a part (slot-qualifiers.ts).
 */
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'
import { keys } from '../../extract/fact-tokens'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import { outcomeOf } from './life-outcomes'

const OTHER = keys('other others khác')
/** Words around the figure read for "others": "three others", "3 người khác", "three other people". */
const NEAR_BEFORE = 2
const NEAR_AFTER = 3

/** "three others": the word is the figure's counted noun, not a word of its clause. */
export const othersNoun = (f: Fact): boolean => f.type === 'number' && OTHER.has(f.unit)
const saysOthers = (f: Fact, c: Clause): boolean => othersNoun(f) || c.before.slice(-NEAR_BEFORE).some((w) => OTHER.has(w)) || c.after.slice(0, NEAR_AFTER).some((w) => OTHER.has(w))

/** "2 injured": the outcome written as the counted noun. */
const ownOutcome = (f: Fact): Outcome | undefined => (f.type === 'number' && f.unit !== '' && !f.unit.includes(' ') ? outcomeAt([f.unit], 0) : undefined)

/** Words right before the figure that may name its own outcome ("wounded three others"). */
const OWN_BEFORE = 3

/**
 * Is the figure of `c` an "others" count of one outcome set beside people of another outcome named
 * before it, and none of its own ("one dead, three others wounded"; not "two wounded, three others hurt")?
 */
function restBesideOtherOutcome(c: Clause, outcome: Outcome): boolean {
  // the figure's own outcome word right before it ("wounded three others") is what it counts, not
  // what it is set beside
  let stop = c.lead.length
  for (let k = c.lead.length - 1; k >= Math.max(0, c.lead.length - OWN_BEFORE); k--) if (outcomeAt(c.lead, k) === outcome) stop = k
  const seen = new Set<Outcome>()
  for (let k = 0; k < stop; k++) {
    const o = outcomeAt(c.lead, k)
    if (o) seen.add(o)
  }
  // "casualties" count the dead and the hurt together: beside them "others" are no rest of one outcome
  return seen.size > 0 && !seen.has(outcome) && !seen.has('casualties')
}

/**
 * Two counts of one outcome, one of them "others" set beside another outcome's people and the
 * other a plain count of that outcome: one slot, not a part against a whole.
 */
export function restOfOneOutcome(fx: Fact, fy: Fact, cx: Clause, cy: Clause): boolean {
  const x = ownOutcome(fx) ?? outcomeOf(cx)
  const y = ownOutcome(fy) ?? outcomeOf(cy)
  if (x === undefined || x !== y) return false
  const rx = saysOthers(fx, cx)
  const ry = saysOthers(fy, cy)
  if (rx === ry) return false
  return rx ? restBesideOtherOutcome(cx, x) : restBesideOtherOutcome(cy, y)
}
