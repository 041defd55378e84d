/**
 * Whether two reports' lead tolls, in sentences the aligner did not link, tell one incident: the
 * test that lets a weak slot pairing be raised and name-only set-asides give way (toll-pairs.ts).
 *
 * Review rtolls49 (1, 5, 6): two leads sharing names is no sign of one incident when the names are
 * a nationality and a source ("Russian jets … the Syrian Observatory" tells every strike of one
 * war). The two toll sentences must place one name alike ("in the town of Jayrud" / "on the town
 * of Jayrud", "vào Jayrud"), place no name the other lacks ("in Aleppo" / "in Idlib"), be dated to
 * no two days, and each give one figure of the outcome (a lead quoting two sources' tolls has none
 * of its own).
 */
import { keys } from '../../extract/fact-tokens'
import type { Clause } from '../clauses/clauses'
import { PLACE_NOUNS } from './toll-scope'
import { calendarWord } from './toll-leads'

/** Words that place the name after them: "in Aleppo", "on the town of Jayrud", "vào Jayrud", "em Duma". */
const PLACE_MARKS = keys('in at on of into near across throughout ở tại trên vào xuống em en na no di')
/** Nouns of a settlement in the languages PLACE_NOUNS leaves out: "a cidade de Jayrud", "la ciudad de Duma", "kota Aleppo". */
const SETTLEMENTS = keys('cidade vila aldeia ciudad pueblo aldea localidad ville village kota desa stadt dorf')
/** How many words before a name its place mark may stand ("on the town of Jayrud"). */
const MARK_REACH = 3

// Read once per sentence: its clauses share one array of words.
const placedSeen = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The capitalised names a sentence places after a preposition of place or a place noun, days and months aside. */
function placedNames(c: Clause): ReadonlySet<string> {
  let placed = placedSeen.get(c.words)
  if (placed !== undefined) return placed
  const names = new Set(c.sentenceNames)
  const out = new Set<string>()
  const words = c.words
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (!names.has(w) || calendarWord(w)) continue
    // back to the mark, past no day or other name ("on July 2 2016 Thirty civilians" places no "Thirty")
    for (let j = k - 1; j >= Math.max(0, k - MARK_REACH); j--) {
      const v = words[j]!
      if (PLACE_MARKS.has(v) || PLACE_NOUNS.has(v) || SETTLEMENTS.has(v)) {
        out.add(w)
        break
      }
      if (calendarWord(v) || names.has(v)) break
    }
  }
  placedSeen.set(c.words, (placed = out))
  return placed
}

/**
 * Whether two toll sentences tell one place and neither places a name the other lacks. A name one
 * sentence places and the other only writes is that place too ("28 die in Gaza" / "Gaza: 26
 * militants and children among dead"): a headline names its place without a preposition.
 */
export function placedAlike(cx: Clause, cy: Clause): boolean {
  const [px, py] = [placedNames(cx), placedNames(cy)]
  let shared = false
  for (const w of px) {
    if (!py.has(w) && !cy.sentence.has(w)) return false
    shared = true
  }
  for (const w of py) if (!px.has(w) && !cx.sentence.has(w)) return false
  return shared || py.size > 0
}
