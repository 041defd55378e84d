/**
 * One shape for the slot pairers that run before the leftover pairing (minutes of a match, shoot-out
 * and set scores, dates against years alone, starts, tallies against ratios, shares against counts):
 * each reads the same pair of reports and the same facts left unstated, and returns pairs of them.
 * Named here once so a new pairer takes one object, not a long list of arguments in an order of its
 * own, and the caller (diverge/index.ts) runs them all from one list.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from './fact-pair'

/** What a slot pairer reads of one pair of reports. */
export interface PairerInput {
  readonly docA: PreparedDocument
  readonly docB: PreparedDocument
  readonly factsA: DocumentFacts
  readonly factsB: DocumentFacts
  /** The facts of A, then of B, that the other report does not state: the only ones a pairer pairs. */
  readonly leftA: readonly Located<Fact>[]
  readonly leftB: readonly Located<Fact>[]
  /** Whether sentence `i` of A and sentence `j` of B tell of one thing (linked, or sharing much of their rare words). */
  readonly related: (i: number, j: number) => boolean
  /** Why two facts fill different slots by their clauses (another rank of the office, another event), if they do. */
  readonly distinct: (x: Located<Fact>, y: Located<Fact>) => string | undefined
}

/** A pair that settles a whole group of facts on each side (a tally and its ratio, a share and its part and whole). */
export interface GroupPair extends FactPair {
  /** Every fact of both sides' groups: none of them is missing any more. */
  readonly ends: readonly Located<Fact>[]
}

/** A slot pairer: pairs of facts left in A and B, each fact in at most one pair. */
export type Pairer<P extends FactPair = FactPair> = (input: PairerInput) => P[]
