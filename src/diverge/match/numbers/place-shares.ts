/**
 * One place's toll told with more elsewhere: "killed 170,000 people in the province and tens of
 * thousands more in countries around the Indian Ocean" (ECB+ 37_1) counts Aceh's dead, a part of
 * "killed 230,000 people in 13 countries" (37_2), not another figure of the whole. The share is
 * read from the figure's clause: a place lead after the figure ("in", "ở", "tại"), then "and"/"và"
 * and, a few words on, "more"/"others"/"khác"/"nữa" with no outcome word between or right after
 * ("and injured 20 more", "và 20 người khác bị thương" are another outcome's count, no share).
 */
import { keys } from '../../extract/fact-tokens'
import { outcomeAt } from '../../extract/numbers/outcome-words'
import type { Clause } from '../clauses/clauses'

const PLACE_LEADS = keys('in at across ở tại trên')
const AND = keys('and và')
const MORE = keys('more others other khác nữa')
/** How far past "and" the "more" may stand: "tens of thousands more", "hàng chục nghìn người khác". */
const MORE_REACH = 6
/** Words after "more" read for an outcome of its own ("20 người khác bị thương"). */
const OUTCOME_AFTER = 3

/** Is the clause's figure one place's share with more counted elsewhere after it? */
export function shareWithMoreElsewhere(c: Clause): boolean {
  const words = c.words.slice(c.afterStart, Math.max(c.afterStart, c.end))
  let placed = false
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (outcomeAt(words, k) !== undefined && placed) return false
    if (PLACE_LEADS.has(w)) placed = true
    else if (placed && AND.has(w)) return moreAfter(words, k + 1)
  }
  return false
}

function moreAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + MORE_REACH); k++) {
    if (outcomeAt(words, k) !== undefined) return false
    if (!MORE.has(words[k]!)) continue
    for (let j = k + 1; j < Math.min(words.length, k + 1 + OUTCOME_AFTER); j++) if (outcomeAt(words, j) !== undefined) return false
    return true
  }
  return false
}
