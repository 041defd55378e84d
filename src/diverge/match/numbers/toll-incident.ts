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
import { PLACE_LEADS, PLACE_NOUNS, regionIn } from './toll-scope'
import { calendarWord } from './toll-leads'

/** Words that place the name after them: "in Aleppo", "on the town of Jayrud", "vào Jayrud", "em Duma". */
const PLACE_MARKS = keys('in at on of into near across throughout ở tại trên vào xuống em en na no di')
/** Nouns of a settlement in the languages PLACE_NOUNS leaves out: "a cidade de Jayrud", "la ciudad de Duma", "kota Aleppo". */
const SETTLEMENTS = keys('cidade vila aldeia ciudad pueblo aldea localidad ville village kota desa stadt dorf')
/** How many words before a name its place mark may stand ("on the town of Jayrud"). */
const MARK_REACH = 3
/** Nouns of an attack: a name right before one is who attacked ("in Israeli strikes", "in Hamas rocket attack"), not where. */
const ATTACKS = keys('strike strikes airstrike airstrikes air attack attacks raid raids shelling bombing bombings bombardment rocket rockets missile missiles drone drones offensive assault')
/**
 * People a headline's topic name may lead ("Gaza militants and children among 26 dead"): residents
 * of a place, not a state's forces ("Israeli soldiers" are the army's, wherever they fell).
 */
const TOPIC_PEOPLE = keys('people militants fighters civilians residents children families villagers victims người dân militantes civis crianças moradores civiles niños habitants civils enfants warga')
/** How many name words may open a headline as its topic ("Gaza City militants"). */
const TOPIC_WORDS = 3

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
    if (!names.has(w) || calendarWord(w) || ATTACKS.has(words[k + 1] ?? '') || viRegion(words, k)) continue
    // back to the mark, past no day or other name ("on July 2 2016 Thirty civilians" places no "Thirty")
    for (let j = k - 1; j >= Math.max(0, k - MARK_REACH); j--) {
      const v = words[j]!
      if (PLACE_MARKS.has(v) || PLACE_NOUNS.has(v) || SETTLEMENTS.has(v)) {
        out.add(w)
        break
      }
      if (calendarWord(v) || (names.has(v) && !viRegion(words, j))) break
    }
  }
  placedSeen.set(c.words, (placed = out))
  return placed
}

/**
 * A capitalised compass word after a Vietnamese region noun ("ở miền Bắc Syria") is the region,
 * which placesMeet reads, not a place name (review rtolls52 (3): "Bắc" blocked "Syria"). English
 * "North Korea" / "South Sudan" stay names: they lead with no region noun.
 */
function viRegion(words: readonly string[], k: number): boolean {
  const alone = (j: number): boolean => regionIn(words.slice(j, j + 1)) !== undefined
  return k > 0 && regionIn(words.slice(k - 1, k + 1)) !== undefined && !alone(k - 1) && !alone(k)
}

/**
 * The names a sentence opens with as its topic: its first capitalised words, then a clause break
 * ("Gaza: 26 dead") or people they lead ("Gaza militants and children among 26 dead"). Review
 * rtolls51 (2, 3): a name opening a headline as who acts ("Israel strikes: 26 dead", "Nga đáp trả")
 * or a state's forces ("Israeli soldiers among 26 dead") is no place.
 */
function topicNames(c: Clause): ReadonlySet<string> {
  const words = c.words
  let k = 0
  while (k < Math.min(words.length, TOPIC_WORDS) && c.capitals.has(words[k]!) && !calendarWord(words[k]!)) k++
  if (k === 0 || !(c.broken.has(words[k - 1]!) || TOPIC_PEOPLE.has(words[k] ?? ''))) return new Set()
  return new Set(words.slice(0, k))
}

/**
 * Whether two toll sentences tell one place and neither places a name the other lacks. A name one
 * sentence places and the other opens with as its topic is that place too ("28 die in Gaza" /
 * "Gaza: 26 militants and children among dead"): a headline names its place without a preposition.
 * A name merely written elsewhere in the other sentence is not ("Hamas rockets: 28 die in Israel" /
 * "Israel strikes: 26 dead": the dead of Israel's strikes are elsewhere).
 */
export function placedAlike(cx: Clause, cy: Clause): boolean {
  const [px, py] = [placedNames(cx), placedNames(cy)]
  const [tx, ty] = [topicNames(cx), topicNames(cy)]
  let shared = false
  for (const w of px) {
    if (py.has(w) || ty.has(w)) shared = true
    else if (!cy.sentence.has(w)) return false
  }
  for (const w of py) {
    if (px.has(w) || tx.has(w)) shared = true
    else if (!cx.sentence.has(w)) return false
  }
  return shared
}

const DETERMINERS = keys('the a an its their this that his her các những một')

/** The place a toll is told of in its own clause, after the figure ("in the town", "tại Hà Nội"), if one is. */
export function placeOf(c: Clause): string | undefined {
  const names = new Set(c.names)
  for (let k = 0; k < c.after.length - 1; k++) {
    if (!PLACE_LEADS.has(c.after[k]!)) continue
    // "in the north" / "in the south", "ở miền Bắc" / "ở miền Nam": two regions are two places
    const region = regionIn(c.after.slice(k + 1, k + 4))
    if (region !== undefined) return region
    // "in the town", "in Aleppo", "tại huyện": a second word only after a determiner ("in intensive Syrian air strikes" names no place)
    const reach = DETERMINERS.has(c.after[k + 1]!) ? k + 3 : k + 2
    for (const w of c.after.slice(k + 1, reach)) if (PLACE_NOUNS.has(w) || names.has(w)) return w
  }
  return undefined
}

/**
 * Whether two tolls are told of one place: the same place or none, or one place that the other's
 * sentence names without placing its figure there ("killed 43 people in the town of Jayrud" /
 * "Thirty civilians were killed … in air strikes on the town of Jayrud"). Read only of two leads
 * that tell one incident (placedAlike above); one town's toll against a whole quake's stays apart.
 */
export function placesMeet(cx: Clause, cy: Clause): boolean {
  const [px, py] = [placeOf(cx), placeOf(cy)]
  if (px === py) return true
  return (px === undefined && py !== undefined && writes(cx, py)) || (py === undefined && px !== undefined && writes(cy, px))
}

/** How many words a place word ("in", "ở") may stand before the region it places ("in the country's north"). */
const REGION_REACH = 3

/**
 * Whether a sentence writes the place a toll is placed in: its word, or the compass region that
 * place reads as ("in the country's north" is placed "north"; "in northern Syria" and "ở miền Bắc"
 * write it too, as "the town" is written by "a predominantly Kurdish town"). A region counts only
 * where the sentence places with it, and only when it places no other (review rtolls52 (1):
 * "Western officials", "advancing northward", "tiến về phía bắc" name no place; a toll "in southern
 * Syria … a day after rebels shelled northern villages" stays in the south).
 */
function writes(c: Clause, place: string): boolean {
  if (c.words.includes(place)) return true
  const regions = placedRegions(c.words)
  return regions.size === 1 && regions.has(place)
}

/** The compass regions a sentence places something in: "in northern Syria", "ở miền Bắc", not "Western officials". */
function placedRegions(words: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const region = regionIn(words.slice(k, k + 2))
    // a region starts at k ("northern", "miền Bắc"), not at the word before it
    if (region === undefined || (regionIn(words.slice(k, k + 1)) === undefined && regionIn(words.slice(k + 1, k + 2)) !== undefined)) continue
    if (words.slice(Math.max(0, k - REGION_REACH), k).some((w) => PLACE_LEADS.has(w))) out.add(region)
  }
  return out
}
