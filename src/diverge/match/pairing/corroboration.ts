/**
 * "PeopleSoft gained 94 cents, or 5.5 percent, to $18.09" / "gained $1.09, or 6.3 percent, to
 * $18.24": once two sentences are known to disagree on one figure of a statement, their other
 * figures that pair up in conflict are no longer a guess about two readings of the day or two
 * slots worded alike — the sentences were already shown to report one thing, differently.
 * The mirror of the sibling rounding in pair-facts.ts ("5.91 points, or 0.29 percent" /
 * "6 points, or 0.30 percent"), where one figure rounded makes its neighbour's gap a rounding.
 *
 * Only the number conflicts of one sentence pair lift each other, and only those the judge did not
 * doubt as two moments (`apart`): a conflict across two days stays a candidate whatever its
 * neighbours say.
 */
import type { Span } from '../../../types'
import type { Fact } from '../../extract/fact'
import { LINKED_SENTENCES } from './fact-pair'

/**
 * What a confident conflict of the same two sentences adds to a weak one's confidence: as much as
 * a sentence link (pair-facts.ts), which says the same thing, that the two sentences report one
 * statement. A conflict whose sentences are linked already counts that evidence and gains nothing.
 */
export const CORROBORATION = 0.35
/**
 * A conflict this sure corroborates its neighbours: the default threshold, fixed here rather than
 * read from the caller's `minConfidence`, so that a pair's confidence is one number whatever
 * threshold a pipeline then applies to it.
 */
const CONFIDENT = 0.5

export interface Conflict<D> {
  readonly divergence: D
  readonly kind: 'number' | 'date'
  /** Doubted as two moments by the judge (other days, sessions, clock times). */
  readonly apart: boolean
  /** The two facts in conflict, A's first. */
  readonly facts: readonly [Fact, Fact]
}

interface Weighed {
  readonly a: Span | null
  readonly b: Span | null
  readonly confidence: number
  readonly evidence: readonly string[]
}

/** The conflicts of `conflicts` lifted by a confident number conflict of their own two sentences, as replacements. */
export function corroborated<D extends Weighed>(conflicts: readonly Conflict<D>[]): Map<D, D> {
  const confident = new Set<string>()
  const sentences = (d: D): string => `${d.a!.sentence}:${d.b!.sentence}`
  for (const c of conflicts) if (c.kind === 'number' && c.divergence.a && c.divergence.b && c.divergence.confidence >= CONFIDENT) confident.add(sentences(c.divergence))
  const out = new Map<D, D>()
  if (confident.size === 0) return out
  for (const { divergence: d, kind, apart } of conflicts) {
    if (kind !== 'number' || apart || !d.a || !d.b || d.confidence >= CONFIDENT || d.evidence.includes(LINKED_SENTENCES) || !confident.has(sentences(d))) continue
    const confidence = Math.round(Math.min(1, d.confidence + CORROBORATION) * 100) / 100
    out.set(d, { ...d, confidence, evidence: [...d.evidence, 'another figure of the two sentences conflicts'] })
  }
  return out
}
