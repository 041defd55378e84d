/**
 * A small count of people of one outcome in digits on one side and in words on the other: *1 dead*
 * / *One person dead*, *2 injured* / *two people injured*, *1 người chết* / *một người tử vong*
 * (review rpeople40 7: the dead agreed, yet *1 dead* was listed missing). The spelled number must
 * stand right before the outcome or before a word for people and then the outcome, so that *one of
 * the dead* or *one day, two injured* count nothing. not-missing.ts asks it of a count nothing else found.
 *
 * The other report's spelled counts are read once into a set of value and outcome: a lookup a fact.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'
import type { NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'

const WORDS: ReadonlyMap<string, number> = new Map(
  ['one two three four five six seven eight nine', 'một hai ba bốn năm sáu bảy tám chín'].flatMap((list) => list.split(' ').map((w, k) => [foldWord(w), k + 1] as const)),
)
/** Words for people in general between the number and its outcome: "one person dead", "hai người bị thương". */
const PEOPLE = keys('person persons people người others other')
/** Words that may stand between people and their outcome: "three people were injured", "hai người bị thương". */
const LINKS = keys('were was are is bị đã')
/** A word of letters, split from the text with the punctuation round it left out. */
const WORD = /[\p{L}\p{M}]+/gu

/** The outcome the words from `k` on give a count before them: "dead", "person dead", "people were injured". */
function outcomeFrom(words: readonly string[], k: number): Outcome | undefined {
  let j = k
  if (PEOPLE.has(words[j] ?? '')) j++
  if (LINKS.has(words[j] ?? '')) j++
  if (LINKS.has(words[j] ?? '')) j++
  return outcomeAt(words, j)
}

/** Each spelled small count of people with an outcome in a report, as `value outcome`. */
function spelledOutcomes(doc: PreparedDocument): ReadonlySet<string> {
  const out = new Set<string>()
  for (const sentence of doc.sentences) {
    const words = (sentence.text.match(WORD) ?? []).map(foldWord)
    for (let k = 0; k < words.length - 1; k++) {
      const value = WORDS.get(words[k]!)
      if (value === undefined) continue
      const outcome = outcomeFrom(words, k + 1)
      if (outcome !== undefined) out.add(`${value} ${outcome}`)
    }
  }
  return out
}

/** Does the other report write this count of people ("1 dead", "2 người bị thương") in words with the same outcome? */
export function outcomeSpelledIn(other: PreparedDocument, fact: NumberFact): boolean {
  if (fact.kind !== 'count' || !Number.isInteger(fact.value) || fact.value < 1 || fact.value > 9) return false
  const own = fact.unit !== '' && !fact.unit.includes(' ') ? outcomeAt([fact.unit], 0) : undefined
  const outcome = own ?? (PEOPLE.has(fact.unit) ? outcomeFrom(['', ...fact.after], 1) : undefined)
  return outcome !== undefined && once(other, spelledOutcomes).has(`${fact.value} ${outcome}`)
}
