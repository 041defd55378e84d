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
import { anyPhraseAt, phraseIndex } from '../../../normalize/word-lists'
import { sayingList } from '../../../normalize/saying-verbs'
import type { Outcome } from '../../extract/numbers/outcome-words'

export interface TollCandidate {
  readonly sentence: number
  readonly outcome: Outcome
  readonly value: number
  /** The count is told as a part of the toll ("at the scene", "seriously"): no tally of its own. */
  readonly part: boolean
  /** Its sentence names a source or a time of its figures ("said", "theo", "later", "ban đầu"). */
  readonly attributed: boolean
}


/** A source or a time a sentence gives its figures: a verb of saying (normalize/saying-verbs.ts, and plurals), "according to", "theo", "later", "ban đầu". */
const ATTRIBUTION = phraseIndex(
  `${sayingList()}, according to, initially, earlier, at first, later, previously, ` +
    'theo, ban đầu, trước đó, sau đó, ' +
    'informaram, disseram, segundo, anteriormente, inicialmente, depois, posteriormente, ' +
    'dijeron, según, más tarde, ' +
    'selon, auparavant, initialement, plus tard, ' +
    'laut, teilte, zunächst, später, ursprünglich',
)

/** Whether a sentence (its folded words) names a source or a time of its figures. */
export const attributedIn = (words: readonly string[]): boolean => anyPhraseAt(words, 0, words.length, ATTRIBUTION)

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
