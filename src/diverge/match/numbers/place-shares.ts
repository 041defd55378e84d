/**
 * One place's toll told with more elsewhere: "killed 170,000 people in the province and tens of
 * thousands more in countries around the Indian Ocean" (ECB+ 37_1) counts Aceh's dead, a part of
 * "killed 230,000 people in 13 countries" (37_2), not another figure of the whole. The share is
 * read from the figure's clause: a place lead after the figure ("in", "ở", "tại"), then "and"/"và"
 * and right after it a count of PEOPLE — only quantity words and people nouns ("tens of thousands",
 * "hàng chục nghìn người") — ending in "more"/"others"/"khác"/"nữa", the clause's own outcome carried
 * over: nothing after it but a place ("in countries around…", "elsewhere", "ở các nước…"). Anything
 * else is no share of the toll (review rpeople40): "left hundreds more homeless", "destroyed 300 more
 * houses", "forced 200 more to flee", "more are trapped", "ngôi nhà khác bị tốc mái", "khiến nhiều
 * người khác mất nhà cửa", "and injured 20 more", "20 người khác bị thương".
 */
import { keys } from '../../extract/fact-tokens'
import { outcomeAt } from '../../extract/numbers/outcome-words'
import type { Clause } from '../clauses/clauses'
import { PLACE_LEADS } from './toll-scope'

const AND = keys('and và')
const MORE = keys('more others other khác nữa')
/** Words a count of people is made of between "and" and "more": "tens of thousands", "hàng chục nghìn người". */
const PEOPLE_COUNT = keys('a few many several some dozens scores tens hundreds thousands millions of people persons vài nhiều hàng chục trăm nghìn ngàn vạn triệu người')
const isDigits = (w: string): boolean => w.length > 0 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57
/** What may follow "more": a place ("in countries around…", "ở các nước") or a word for elsewhere. */
const AFTER_MORE = keys('in at across ở tại trên elsewhere abroad nationwide worldwide')
/** How far past "and" the "more" may stand: "tens of thousands more", "hàng chục nghìn người khác". */
const MORE_REACH = 6

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
    const w = words[k]!
    if (MORE.has(w)) return k + 1 === words.length || AFTER_MORE.has(words[k + 1]!)
    if (!PEOPLE_COUNT.has(w) && !isDigits(w)) return false
  }
  return false
}
