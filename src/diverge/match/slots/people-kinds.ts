/**
 * A count of people in general against a count of a kind of people (counted-synonyms.ts), each
 * said with one outcome of the lexicon (outcome-words.ts): "42 people, mostly men, were
 * apprehended" / "69 immigrants were detained Sunday" (fresh38-1) count the arrested of one
 * event, one slot though their nouns differ. A kind of people with no outcome ("69 immigrants
 * gathered"), another outcome ("were released", "deported", "questioned") or two kinds
 * ("protesters" / "immigrants") stay apart: the nouns alone say nothing of one group.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { kindOfPeople } from '../../extract/numbers/counted-synonyms'
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'

const PEOPLE = 'people'
/** Added to a pair's score: as much as one specific noun on both sides (same unit and counted noun, counted-slot.ts). */
export const PEOPLE_OF_ONE_OUTCOME = 0.2
/** Where the words after a figure turn to another statement or deny the outcome. */
const STOPS = keys('and but while và nhưng not never no không chưa')
const DIGIT = /\d/u
/** Words after the figure read for its outcome: "42 people, mostly men, were apprehended". */
const AFTER = 6
/** Words before it: "officials arrested 42 people". */
const BEFORE = 2

/** The outcome a count of people is told with in its own words, if one. */
function outcomeOfCount(f: NumberFact): Outcome | undefined {
  const after = f.clause ?? f.after
  for (let k = 0; k < Math.min(AFTER, after.length); k++) {
    if (STOPS.has(after[k]!) || DIGIT.test(after[k]!)) break
    const o = outcomeAt(after, k)
    if (o) return o
  }
  for (let k = f.before.length - 1; k >= Math.max(0, f.before.length - BEFORE); k--) {
    const o = outcomeAt(f.before, k)
    if (o) return o
  }
  return undefined
}

const peopleCount = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'count' && f.value > 0 && (f.unit === PEOPLE || kindOfPeople(f.unit))

/** "detained at the border last month", "a year ago": a count of another time, no longer this event's (the nouns tie nothing). */
const OTHER_TIME = keys('last ago earlier previous ngoái trước')
const ofAnotherTime = (f: NumberFact): boolean => [...f.before, ...(f.clause ?? f.after)].some((w) => OTHER_TIME.has(w))

/** The key both sides of such a pair share (the leftover pairing's index): people of one outcome. */
export function peopleOutcomeKey(f: Fact): string | undefined {
  if (!peopleCount(f)) return undefined
  const o = outcomeOfCount(f)
  return o === undefined ? undefined : `people:${o}`
}

/** Are two counts people in general and a kind of people, told with one outcome? */
export function peopleMeetKind(x: Fact, y: Fact): boolean {
  if (!peopleCount(x) || !peopleCount(y) || x.unit === y.unit || (x.unit !== PEOPLE && y.unit !== PEOPLE)) return false
  if (ofAnotherTime(x) || ofAnotherTime(y)) return false
  const o = outcomeOfCount(x)
  return o !== undefined && o === outcomeOfCount(y)
}
