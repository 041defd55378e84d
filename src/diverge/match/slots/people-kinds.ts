/**
 * A count of people in general against a count of a kind of people (counted-synonyms.ts), each
 * said with one outcome of the lexicon (outcome-words.ts): "42 people, mostly men, were
 * apprehended" / "69 immigrants were detained Sunday" (fresh38-1) count the arrested of one
 * event, one slot though their nouns differ. Only arrests: of the dead or the hurt a kind of
 * people is a part ("three suspects were killed" among "five people", review rcounts38). A kind
 * of people with no outcome ("69 immigrants gathered"), another outcome ("were released",
 * "deported"), two kinds, a part word, another event or place stay apart: the nouns alone say
 * nothing of one group.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { kindOfPeople } from '../../extract/numbers/counted-synonyms'
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'
import { apartOrPartNear } from './part-of-count'

/** People in general, English and Vietnamese (the extractor's counted nouns). */
const PEOPLE: ReadonlySet<string> = new Set(['people', 'người'])
const ARRESTED: Outcome = 'arrested'
/** Added to a pair's score: as much as one specific noun on both sides (same unit and counted noun, counted-slot.ts). */
export const PEOPLE_OF_ONE_OUTCOME = 0.2
/** Where the words after a figure turn to another statement or deny the outcome. */
const STOPS = keys('and but while và nhưng not never no không chưa')
const DIGIT = /\d/u
/** Words after the figure read for its outcome: "42 people, mostly men, were apprehended". */
const AFTER = 6
/** Words before it: "officials arrested 42 people". */
const BEFORE = 2

/** Before "held" after the count, a passive: "42 people were held"; "5,000 people held a rally" holds an event, no one. */
const PASSIVE = keys('were was been being be are is')
const HELD = keys('held')

/**
 * "three others", "three other people": people besides those named before them. The extractor
 * gives "others" as the counted noun "other" ("others" kept for safety); VI "3 người khác" is
 * counted as "người", people in general already, so "khác" never stands here as a noun.
 */
const OTHERS: ReadonlySet<string> = new Set(['other', 'others'])
/** "2 injured", "1 dead": the outcome itself is the counted noun, people in general. */
const outcomeNoun = (unit: string): Outcome | undefined => (unit.includes(' ') ? undefined : outcomeAt([unit], 0))
/** People in general however named: people, others, or the outcome as the noun. */
const generalPeople = (unit: string): boolean => PEOPLE.has(unit) || OTHERS.has(unit) || outcomeNoun(unit) !== undefined

/** The outcome a count of people is told with in its own words, if one. */
function outcomeOfCount(f: NumberFact): Outcome | undefined {
  const own = outcomeNoun(f.unit)
  if (own) return own
  const after = f.clause ?? f.after
  for (let k = 0; k < Math.min(AFTER, after.length); k++) {
    if (STOPS.has(after[k]!) || DIGIT.test(after[k]!)) break
    if (HELD.has(after[k]!) && (k === 0 || !PASSIVE.has(after[k - 1]!))) return undefined
    const o = outcomeAt(after, k)
    if (o) return o
  }
  for (let k = f.before.length - 1; k >= Math.max(0, f.before.length - BEFORE); k--) {
    const o = outcomeAt(f.before, k)
    if (o) return o
  }
  return undefined
}

const peopleCount = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'count' && f.value > 0 && (generalPeople(f.unit) || kindOfPeople(f.unit))

/** "detained at the border last month", "a year ago": a count of another time, no longer this event's (the nouns tie nothing). */
const OTHER_TIME = keys('last ago previous ngoái')
/** "earlier this month" is another time, "earlier on Sunday" / "earlier today" this very day. */
const EARLIER = keys('earlier')
const SAME_DAY = keys('on today tonight')
/** VI "trước" alone is "in front of" or "before" anything; only "trước đó", "hôm trước", "tuần trước" date a count earlier. */
const VI_BEFORE = keys('trước')
const VI_BEFORE_NEXT = keys('đó')
const VI_BEFORE_PREV = keys('hôm tuần tháng năm')

// the clause skips a short aside ("12 migrants, including children, were detained"): the aside is read too
const contextOf = (f: NumberFact): readonly string[] => [...f.before, ...f.after, ...(f.clause ?? [])]

function ofAnotherTime(f: NumberFact): boolean {
  const words = contextOf(f)
  return words.some((w, k) => {
    if (OTHER_TIME.has(w)) return true
    if (EARLIER.has(w)) return !SAME_DAY.has(words[k + 1] ?? '')
    if (VI_BEFORE.has(w)) return VI_BEFORE_NEXT.has(words[k + 1] ?? '') || VI_BEFORE_PREV.has(words[k - 1] ?? '')
    return false
  })
}

/** Another event, or a part of the whole ("the rest were citizens", "including 40 officers"): no one group counted twice. */
const apartOrPart = (f: NumberFact): boolean => apartOrPartNear(contextOf(f))

/** Where a count happened: the word after at/in/from/near (past "the"/"a"), VI "tại"/"ở"; "on Sunday" is a time, no place. */
const PLACE_WORDS = keys('at in from near tại ở')
const ARTICLES = keys('the a an')
/** A region named on one side only ("in the north" against no place) is another place too. */
const REGIONS = keys('north south east west northern southern eastern western bắc nam đông tây')
function placesOf(f: NumberFact): Set<string> {
  const words = f.clause ?? f.after
  const places = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    if (!PLACE_WORDS.has(words[k]!)) continue
    const next = ARTICLES.has(words[k + 1] ?? '') ? words[k + 2] : words[k + 1]
    if (next) places.add(next)
  }
  return places
}

/** Two places named and none shared ("at the camp" / "in the town"), or a region on one side only: another place. */
function otherPlaces(x: NumberFact, y: NumberFact): boolean {
  const [p, q] = [placesOf(x), placesOf(y)]
  if (p.size > 0 && q.size > 0 && ![...p].some((w) => q.has(w))) return true
  const regions = (s: Set<string>): string => [...s].filter((w) => REGIONS.has(w)).sort().join(' ')
  return regions(p) !== regions(q)
}

/**
 * Two counts of people that tell another time, another event, a part of the whole or another place:
 * the toll rules read the arrested as one incident's toll (toll-pairs.ts) and must keep these apart
 * as this rule does ("Trong số đó có 12 đối tượng", "in a separate raid").
 */
export function peopleCountsApart(x: NumberFact, y: NumberFact): boolean {
  return ofAnotherTime(x) || ofAnotherTime(y) || apartOrPart(x) || apartOrPart(y) || otherPlaces(x, y)
}

/** The key both sides of such a pair share (the leftover pairing's index): people of one outcome. */
export function peopleOutcomeKey(f: Fact): string | undefined {
  if (!peopleCount(f)) return undefined
  const o = outcomeOfCount(f)
  // people in general meet under every outcome, a kind of people only under arrests (peopleMeetKind)
  return o === ARRESTED || (o !== undefined && generalPeople(f.unit)) ? `people:${o}` : undefined
}

/**
 * Are two counts people in general and a kind of people, told with one outcome? Or people in
 * general named two ways ("2 injured" / "three others wounded" / "3 people hurt"), told with one
 * outcome: whether "others" are a part is the clauses' to say (slot-qualifiers.ts, rest-beside-outcome.ts).
 */
export function peopleMeetKind(x: Fact, y: Fact): boolean {
  if (!peopleCount(x) || !peopleCount(y) || x.unit === y.unit) return false
  const general = generalPeople(x.unit) && generalPeople(y.unit)
  if (!general && !PEOPLE.has(x.unit) && !PEOPLE.has(y.unit)) return false
  if (ofAnotherTime(x) || ofAnotherTime(y) || apartOrPart(x) || apartOrPart(y) || otherPlaces(x, y)) return false
  const o = outcomeOfCount(x)
  if (o === undefined || o !== outcomeOfCount(y)) return false
  // a kind of people is a part of the dead or the hurt (suspects of the killed, protesters of the injured): only arrests count one group
  return general || o === ARRESTED
}
