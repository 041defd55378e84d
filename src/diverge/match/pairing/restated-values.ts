/**
 * A report tells its main sums and counts more than once (the headline's "$1 trillion
 * infrastructure plan", the lead's "a $1 trillion bipartisan plan"; "232 sporcu" in the lead and
 * again in the official's quote). A contradiction is found at one place of each report, and an
 * editor reading the lead sees no flag beside the same figure there, which also stayed `missing`
 * although it is half of a conflict (issue 11: 5 of the fresh golds' missed figures). So a number
 * contradiction carries every place each side states its own figure again, as a toll's and a
 * name's divergence do (toll-pairs.ts, names/variants.ts).
 *
 * A restatement is the same figure told of the same thing: same kind, same value, same unit or
 * counted noun, same rate basis, neither a range nor an order of magnitude; and the other report
 * never states that figure itself, or the repeats may be the places the two agree on. Only sums of money and
 * counts of a named thing qualify: a bare number, a percent, a duration or an age repeats across
 * slots too often (a "10%" rise and a "10%" share, "two days" of talks and of mourning), and a
 * year, an ordinal or an identifier is no figure told again.
 */
import type { Span } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import type { FactPair } from './fact-pair'

/** A figure another sentence of its report may tell again: a sum, or a count of a named thing. */
function restatable(f: NumberFact): boolean {
  if (f.range !== undefined || f.magnitude !== undefined) return false
  return f.kind === 'amount' || (f.kind === 'count' && f.unit !== '')
}

/** Whether `other` tells `own`'s figure again. */
function restates(own: NumberFact, other: Fact): boolean {
  return other.type === 'number' && other.kind === own.kind && other.value === own.value && other.unit === own.unit && other.per === own.per && restatable(other)
}

/**
 * Every stating place of a report holding `own`'s figure, in document order (`own`'s own span among
 * them). None when the other report states that figure too: then its other places may be the ones
 * the two reports agree on ("2 nước" told of two slots, one of them changed), not this conflict.
 */
function placesOf(own: Located<Fact>, facts: DocumentFacts, other: DocumentFacts): Span[] {
  const f = own.fact
  if (f.type !== 'number' || !restatable(f) || other.facts.some((l) => restates(f, l.fact))) return [own.span]
  const places: Span[] = []
  for (const l of facts.facts) if (l.fact === f || restates(f, l.fact)) places.push(l.span)
  // A caption's figure is in no stating list: the pair's own span is kept wherever it sits.
  if (!places.includes(own.span)) places.push(own.span)
  return places.sort((x, y) => x.start - y.start)
}

/**
 * The pair with every place each report restates its figure, when either side tells it more
 * than once; the pair itself when it already lists them (a toll's) or is a date's.
 */
export function withRestatements(pair: FactPair, factsA: DocumentFacts, factsB: DocumentFacts): FactPair {
  if (pair.occurrences !== undefined || pair.a.fact.type !== 'number' || pair.b.fact.type !== 'number') return pair
  const a = placesOf(pair.a, factsA, factsB)
  const b = placesOf(pair.b, factsB, factsA)
  return a.length > 1 || b.length > 1 ? { ...pair, occurrences: { a, b } } : pair
}
