/**
 * A toll's sentence that names nobody but its source: "Ao menos 33 pessoas morreram …, segundo o
 * presidente da instituição, Charles Steger", "at least 30 people were killed, according to police
 * chief John Smith", "Fauzi said". The slot rules set two sentences apart when each names people or
 * places the other does not (slot-qualifiers.ts' strangers), but a source is who tells the toll, not
 * who or where it happened to: a report quoting its university's president and another naming the
 * campus tell one incident. The place guard and every other guard of the toll step still apply.
 */
import { SAYING_WORDS } from '../../../normalize/saying-verbs'
import { keys } from '../../extract/fact-tokens'
import type { Clause } from '../clauses/clauses'

/** Words that lead to a source; "according" stands for "according to". */
const SOURCE_LEADS = keys('according segundo conforme theo selon según menurut')
/** From a source lead to a name of its source: "segundo o presidente da instituição, Charles Steger". */
const SOURCE_REACH = 6
/** From a name to its saying verb after it ("Fauzi said", "ông Hoàng Văn Số cho biết") or right before it ("said Fauzi"). */
const SPEAKER_REACH = 3

function isSource(words: readonly string[], k: number): boolean {
  for (let j = Math.max(0, k - SOURCE_REACH); j < k; j++) if (SOURCE_LEADS.has(words[j]!)) return true
  if (k > 0 && SAYING_WORDS.has(words[k - 1]!)) return true
  for (let j = k + 1; j <= Math.min(words.length - 1, k + SPEAKER_REACH); j++) if (SAYING_WORDS.has(words[j]!)) return true
  return false
}

/** Whether every name of a clause's sentence stands, where first written, as the source of what it tells (none does when it names none). */
export function namesOnlySources(c: Clause): boolean {
  if (c.sentenceNames.length === 0) return false
  const names = new Set(c.sentenceNames)
  const seen = new Set<string>()
  // one pass over the sentence's words, each name judged at its first word
  for (let k = 0; k < c.words.length && seen.size < names.size; k++) {
    const w = c.words[k]!
    if (!names.has(w) || seen.has(w)) continue
    if (!isSource(c.words, k)) return false
    seen.add(w)
  }
  return seen.size === names.size
}
