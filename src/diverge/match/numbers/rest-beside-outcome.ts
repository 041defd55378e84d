/**
 * "Aspiring rapper dead, three others wounded" / "1 dead, 2 injured": "others" there sets the
 * wounded beside the dead, people of another outcome, so the count is every wounded person, the
 * same slot as a plain count of the injured (fresh34-1, GVC 738749). "Other" marks a part beside a
 * whole only when what it is set beside is of the figure's own outcome ("two officers wounded and
 * three others hurt") or of none named: those stay a part (slot-qualifiers.ts).
 *
 * Beside dead named by a kind of people ("one police officer was killed and three others were
 * wounded", "một chiến sĩ hy sinh, 3 người khác bị thương") "others" are more of that kind: a part,
 * not every wounded person (review rpeople40 4). A clause cannot see whether its report counts other
 * wounded elsewhere, so the kind alone decides: a false "rest against whole" flag costs more than a
 * pairing left unmade. People in general ("a man", "one person", "một người") are no kind.
 */
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
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

/** Kinds of people whose "others" are more of the kind ("one officer killed and three others wounded"), folded. */
const KINDS = keys(
  'officer officers policeman policemen soldier soldiers trooper troopers guard guards firefighter firefighters rescuer rescuers miner miners worker workers student students child children boy boys girl girls bystander bystanders passenger passengers civilian civilians agent agents deputy deputies marine marines tourist tourists pilgrim pilgrims sĩ lính',
)
/** Vietnamese kinds written in two syllables ("cảnh sát", "học sinh"), folded. */
const VI_KINDS: ReadonlySet<string> = new Set('cảnh_sát công_an học_sinh công_nhân trẻ_em hành_khách du_khách thợ_mỏ'.split(' ').map((pair) => pair.split('_').map(foldWord).join('_')))
/** How many words before the other outcome's word its subject may stand: "one police officer was killed". */
const SUBJECT_BEFORE = 3
const kindAt = (words: readonly string[], k: number): boolean => KINDS.has(words[k]!) || (k + 1 < words.length && VI_KINDS.has(`${words[k]}_${words[k + 1]}`))
const kindBefore = (words: readonly string[], k: number): boolean => {
  for (let j = Math.max(0, k - SUBJECT_BEFORE); j < k; j++) if (kindAt(words, j)) return true
  return false
}

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
    if (o === undefined) continue
    if (o !== outcome && kindBefore(c.lead, k)) return false
    seen.add(o)
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
