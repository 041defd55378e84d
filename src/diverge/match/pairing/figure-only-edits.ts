/**
 * Two linked sentences that say the same words but for the two figures paired: "Eight were hurt."
 * / "Eighty were hurt.", "8 people were hurt." / "80 people were hurt." (issue 11). The figures'
 * own words weigh in the sentences' shared-word `copy` measure, so a short sentence never read as
 * a near copy, and an order of magnitude between the values was doubted as two slots. With nothing
 * else changed there is one statement, and its figure was misreported. Counts only: a share or a
 * measure ten times apart in one wording (0.1 percent / 1 percent) may be a slip of its unit, and
 * stays a candidate (review-revl F2, fraction-words tests).
 */
import type { PreparedDocument } from '../../../document'
import { foldWord } from '../../../normalize/fold'
import type { Fact } from '../../extract/fact'
import { sentenceWordsOf } from '../dates/moment-slots'
import { joinedWord } from './shared-words'

/** The folded words of a fact's text, as sentence words are keyed. */
function factWords(fact: Fact): Set<string> {
  const out = new Set<string>()
  for (const word of fact.text.split(/[^\p{L}\p{M}\p{N}]+/u)) if (word) out.add(joinedWord(foldWord(word)))
  return out
}

/** The sentence's content words without the fact's own, as a set. */
function wordsBeside(doc: PreparedDocument, sentence: number, fact: Fact): Set<string> {
  const own = factWords(fact)
  return new Set(sentenceWordsOf(doc, sentence).filter((w) => !own.has(w)))
}

/** True when two counts are paired and, their words set aside, both sentences hold the same content words (at least one). */
export function onlyFiguresDiffer(docA: PreparedDocument, sentenceA: number, x: Fact, docB: PreparedDocument, sentenceB: number, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  const a = wordsBeside(docA, sentenceA, x)
  const b = wordsBeside(docB, sentenceB, y)
  if (a.size === 0 || a.size !== b.size) return false
  for (const w of a) if (!b.has(w)) return false
  return true
}
