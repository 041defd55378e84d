/**
 * "was first elected in 1995", "were first reported in January": an ordinal word straight before a
 * verb's past participle tells when something happened, not a rank or a count a reader could miss
 * (issue 11, point 5; BASIL round missing50-1); the date beside it is the fact. After a determiner
 * or a possessive the participle is an adjective and the ordinal counts (the first reported case,
 * China's first manned flight), and an ordinal before any other word (finished first in the race,
 * Trump's first hundred days) is a rank. Only verbs that report or record something are read: a
 * word merely ending in -ed (hundred, sacred) is no participle, and an adjective participle
 * (confirmed, licensed) too often names a thing counted.
 */
import type { PreparedDocument } from '../../../document'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'

// After one space, a past participle of a verb that says when a thing first became known or began.
const PARTICIPLE =
  /^ (?:elected|reported|appeared|published|announced|proposed|introduced|discovered|identified|detected|disclosed|revealed|surfaced|emerged|described|noticed|raised|suggested)(?![\p{L}\p{M}-])/u
// A determiner or possessive (the world's, China's, the states') before the ordinal makes the participle an adjective of a noun.
const DETERMINER =
  /(?:(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)|[\p{L}\p{M}](?:['’]s?))\s+$/iu

/** Is the fact an ordinal word used as an adverb of time before a participle (first elected)? */
export function ordinalAdverb(doc: PreparedDocument, located: Located<Fact>): boolean {
  const { fact, span } = located
  if (fact.type !== 'number' || fact.kind !== 'ordinal' || /\p{N}/u.test(span.text)) return false
  const text = doc.original
  if (!PARTICIPLE.test(text.slice(span.end, span.end + 30))) return false
  return !DETERMINER.test(text.slice(Math.max(0, span.start - 30), span.start))
}
