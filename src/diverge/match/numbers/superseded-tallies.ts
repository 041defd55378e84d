/**
 * A superseded tally (fresh42-1, review rtolls43): "The minister said 57 people died and 128 were
 * injured" in a report whose police toll is 80 dead tells another source's or an earlier moment's
 * tally, and its injured count is of that tally too, no main toll of the report. A lower count of an
 * outcome is read as such a tally only when nothing makes it a part of the toll ("12 died at the
 * scene", "seriously injuring 20", "tại chỗ", "bị thương nặng", "including") and both its sentence and
 * the sentence of the outcome's largest count are attributed or timed ("said", "cho biết", "informou",
 * "later", "anteriormente"): a report telling two tallies says whose or when each is. Only the other
 * outcomes' counts of that sentence are set aside; each outcome's own largest count is read as before.
 */
import { keys, phrases } from '../../../normalize/word-lists'
import { sayingList } from '../../../normalize/saying-verbs'
import type { Outcome } from '../../extract/numbers/outcome-words'
import type { Clause } from '../clauses/clauses'

export interface TollCandidate {
  readonly sentence: number
  readonly outcome: Outcome
  readonly value: number
  /** The count is told as a part of the toll ("at the scene", "seriously"): no tally of its own. */
  readonly part: boolean
  /** Its sentence names a source or a time of its figures ("said", "theo", "later", "ban đầu"). */
  readonly attributed: boolean
}

/** Phrases of folded words by their first word: a sentence's words are each looked up once, not tried against every phrase. */
type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>
const byFirstWord = (list: string): Phrases => {
  const byFirst = new Map<string, (readonly string[])[]>()
  for (const words of phrases(list)) {
    const known = byFirst.get(words[0]!)
    if (known) known.push(words)
    else byFirst.set(words[0]!, [words])
  }
  return byFirst
}
const startsAt = (words: readonly string[], k: number, p: readonly string[]): boolean => p.every((w, i) => words[k + i] === w)
const anyAt = (words: readonly string[], from: number, to: number, list: Phrases): boolean => {
  for (let k = Math.max(0, from); k < Math.min(words.length, to); k++) if (list.get(words[k]!)?.some((p) => startsAt(words, k, p))) return true
  return false
}

/** Words right before a count that make it a part: "seriously injuring 20", "including 4", "trong đó 12", "dont 12", "darunter". */
const PART_BEFORE = byFirstWord(
  'seriously, critically, badly, gravely, severely, including, of whom, among them, trong đó, trong số đó, bao gồm, kể cả, incluindo, entre eles, dos quais, das quais, incluyendo, entre ellos, de los cuales, dont, parmi eux, darunter, davon, schwer',
)
/** Words that lead a total's clause to its listed part ("43 people …, including 13 fighters", "entre ellas 13 combatientes", "trong đó 13"). */
const COMPLEMENT_LEADS = byFirstWord(
  'including, of whom, among them, trong đó, trong số đó, bao gồm, kể cả, incluindo, entre eles, entre elas, dos quais, das quais, incluyendo, entre ellos, entre ellas, de los cuales, de las cuales, dont, parmi eux, parmi elles, darunter, davon, termasuk, di antaranya',
)
/** Whether a sentence (its folded words) lists a part of a total it tells: the total counts more than one kind of people. */
export const listsAPart = (words: readonly string[]): boolean => anyAt(words, 0, words.length, COMPLEMENT_LEADS)

/** Words after a count in its clause that make it a part: "died at the scene", "were seriously injured", "chết tại chỗ", "bị thương nặng", "morreram no local", "luka berat". */
const PART_AFTER = byFirstWord(
  'at the scene, on the spot, on site, seriously, critically, badly, severely, gravely, tại chỗ, tại hiện trường, nặng, nguy kịch, no local, na hora, gravemente, en el lugar, en el acto, sur place, sur le coup, grièvement, vor ort, schwer, berat, kritis',
)
/** How many words after a count its part marker may stand ("12 people died at the scene"). */
const PART_REACH = 6

/** Where the words after a count turn to another count: "30 people died and 20 were seriously injured". */
const JOINS = keys('and và e y et und')
const DIGIT = /^\d/u

/** Whether a count is told as a part of its outcome's toll. */
export function toldAsPart(c: Clause): boolean {
  const before = c.before.slice(-3)
  if (anyAt(before, 0, before.length, PART_BEFORE)) return true
  let reach = Math.min(c.after.length, PART_REACH)
  // from the first word: "killing 30 people and seriously injuring 20" keeps "people" out of `after`, so its clause ends at once
  for (let k = 0; k < reach; k++) if (JOINS.has(c.after[k]!) || DIGIT.test(c.after[k]!)) reach = k
  return anyAt(c.after, 0, reach, PART_AFTER)
}

/** A source or a time a sentence gives its figures: a verb of saying (normalize/saying-verbs.ts, and plurals), "according to", "theo", "later", "ban đầu". */
const ATTRIBUTION = byFirstWord(
  `${sayingList()}, according to, initially, earlier, at first, later, previously, ` +
    'theo, ban đầu, trước đó, sau đó, ' +
    'informaram, disseram, segundo, anteriormente, inicialmente, depois, posteriormente, ' +
    'dijeron, según, más tarde, ' +
    'selon, auparavant, initialement, plus tard, ' +
    'laut, teilte, zunächst, später, ursprünglich',
)

/** Whether a sentence (its folded words) names a source or a time of its figures. */
export const attributedIn = (words: readonly string[]): boolean => anyAt(words, 0, words.length, ATTRIBUTION)

/** The candidates left once a superseded tally's other outcomes are set aside (linear in the candidates). */
export function withoutSupersededTallies(candidates: readonly TollCandidate[]): TollCandidate[] {
  const largest = new Map<Outcome, number>()
  for (const c of candidates) largest.set(c.outcome, Math.max(largest.get(c.outcome) ?? 0, c.value))
  // whether a sentence holding an outcome's largest count names its source or time
  const largestAttributed = new Set<Outcome>()
  for (const c of candidates) if (c.value === largest.get(c.outcome) && c.attributed) largestAttributed.add(c.outcome)
  // each sentence's outcomes told as another tally's (a sentence holds at most MAX_TOLLS_A_SENTENCE)
  const tallies = new Map<number, Set<Outcome>>()
  for (const c of candidates) {
    if (c.value >= largest.get(c.outcome)! || c.part || !c.attributed || !largestAttributed.has(c.outcome)) continue
    let set = tallies.get(c.sentence)
    if (!set) tallies.set(c.sentence, (set = new Set()))
    set.add(c.outcome)
  }
  if (tallies.size === 0) return [...candidates]
  return candidates.filter((c) => ![...(tallies.get(c.sentence) ?? [])].some((o) => o !== c.outcome))
}
