/**
 * "was first elected in 1995", "were first reported in January": an ordinal word straight before a
 * verb's past participle tells when something happened, not a rank or a count a reader could miss
 * (issue 11, point 5; BASIL round missing50-1); the date beside it is the fact. After a determiner
 * the participle is an adjective and the ordinal counts (the first reported case), and an ordinal
 * before any other word (finished first in the race, the first quarter) is a rank.
 */
import type { PreparedDocument } from '../../../document'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'

// A lower-case word in -ed after one space: a past participle (elected, reported).
const PARTICIPLE = /^ (\p{Ll}{2,}ed)(?![\p{L}\p{M}-])/u
// A determiner or possessive before the ordinal makes the participle an adjective of a noun.
const DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\s+$/iu

/** Is the fact an ordinal word used as an adverb of time before a participle (first elected)? */
export function ordinalAdverb(doc: PreparedDocument, located: Located<Fact>): boolean {
  const { fact, span } = located
  if (fact.type !== 'number' || fact.kind !== 'ordinal' || /\p{N}/u.test(span.text)) return false
  const text = doc.original
  if (!PARTICIPLE.test(text.slice(span.end, span.end + 30))) return false
  return !DETERMINER.test(text.slice(Math.max(0, span.start - 12), span.start))
}
