/**
 * A toll of zero in words ("No one was evacuated", "Không ai bị bắt") contradicts a count only of
 * the same outcome: "Two people were injured" says nothing against it (rnum32 8). A count in
 * words or digits of one outcome against another was paired before zeros were read, and stays so
 * (a different report's wording); a zero, though, is read in many more sentences, and
 * most that name a zero name it for one outcome beside a toll of another ("No one was killed;
 * two were hurt").
 */
import type { Fact, NumberFact } from '../extract/fact'
import { foldWord } from '../../normalize/fold'

/** Words between a count and its verb: auxiliaries, and Vietnamese "bị" / "đã" before the harm itself. */
const AUXILIARIES = new Set('was were is are be been being has have had đã bị được vẫn'.split(' ').map(foldWord))

/** Outcomes worded two ways: killed and died, hurt and injured, thiệt mạng, tử vong and chết, detained and arrested. */
const OUTCOME_OF: ReadonlyMap<string, string> = new Map(
  (
    [
      ['die', 'died dies die dead killed drowned thiệt tử chết'],
      ['hurt', 'hurt injured wounded thương'],
      // "bị tạm giữ" / "bị bắt", "detained" / "arrested": one arrest (rtoll32 9)
      ['arrest', 'arrested detained held jailed bắt giữ tạm'],
    ] as const
  ).flatMap(([outcome, words]) => words.split(' ').map((w) => [foldWord(w), outcome] as [string, string])),
)

/** The outcome a count's verb names, from the words after it, or '' when none of them is a verb word. */
function outcomeOf(fact: NumberFact): string {
  for (const w of fact.after) {
    if (AUXILIARIES.has(w)) continue
    return /^\p{L}/u.test(w) ? (OUTCOME_OF.get(w) ?? w) : ''
  }
  return ''
}

/** Do two counts, one of them a zero, name two different outcomes? Either outcome unknown: not apart. */
export function zeroOutcomesApart(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  if (x.value !== 0 && y.value !== 0) return false
  const a = outcomeOf(x)
  const b = outcomeOf(y)
  return a !== '' && b !== '' && a !== b
}
