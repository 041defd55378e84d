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
import { outcomeAt } from '../extract/outcome-words'

/** Words between a count and its verb: auxiliaries, and Vietnamese "bị" / "đã" before the harm itself. */
const AUXILIARIES = new Set('was were is are be been being has have had đã bị được vẫn'.split(' ').map(foldWord))

/**
 * The outcome a count's verb names, from the words after it, or '' when none of them is a verb
 * word: an outcome of the lexicon (extract/outcome-words.ts), so words of one outcome meet
 * ("killed" / "died", "bị tạm giữ" / "bị bắt", "detained" / "arrested"), else the verb itself.
 */
function outcomeOf(fact: NumberFact): string {
  const words = fact.after
  for (let k = 0; k < words.length; k++) {
    const outcome = outcomeAt(words, k)
    if (outcome) return outcome
    if (AUXILIARIES.has(words[k]!)) continue
    return /^\p{L}/u.test(words[k]!) ? words[k]! : ''
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
