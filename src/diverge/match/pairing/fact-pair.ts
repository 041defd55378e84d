/**
 * Two facts, one of each report, taken as one slot, with how sure that is and why. A type of its
 * own, below both the judge that weighs one pair (pair-facts.ts) and the choice among judged pairs
 * (leftover-pairs.ts), so the two read one definition without importing each other.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { Span } from '../../../types'

/** The evidence line of a pair whose two sentences the aligner linked: read back by rules that weigh that link once. */
export const LINKED_SENTENCES = 'linked sentences'

export interface FactPair {
  readonly a: Located<Fact>
  readonly b: Located<Fact>
  readonly confidence: number
  readonly evidence: readonly string[]
  /** Set when the two values are compatible (`rounding`, `approximation`, `unit`): no contradiction. */
  readonly reason?: string
  /** The evidence before the cap at 1: among pairs all certain, the one with more evidence wins its facts. */
  readonly weight?: number
  /** Doubted as two moments (other days, sessions, clock times): a weak pairing of this kind is as likely two slots. */
  readonly apart?: boolean
  /** What the two values are, when their facts alone do not say it ("minute of the match" for "4 phút sau" / "phút 86"). */
  readonly noun?: string
  /** Every place each report states its value, when it states it more than once (one toll in a headline, a lead and a body sentence). */
  readonly occurrences?: { readonly a: readonly Span[]; readonly b: readonly Span[] }
}

/** The facts the pairs hold, of both reports. */
export const factsOf = (pairs: Iterable<FactPair>): Set<Fact> => {
  const facts = new Set<Fact>()
  for (const p of pairs) facts.add(p.a.fact).add(p.b.fact)
  return facts
}

/** The pairs so far with a rule's new pairs in place of any that held one of their facts: each main-figure rule's last step. */
export function replacedBy(taken: readonly FactPair[], made: readonly FactPair[]): FactPair[] {
  if (made.length === 0) return [...taken]
  const remade = factsOf(made)
  return [...taken.filter((p) => !remade.has(p.a.fact) && !remade.has(p.b.fact)), ...made]
}
