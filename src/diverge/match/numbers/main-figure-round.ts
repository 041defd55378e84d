/**
 * What every main-figure rule (tolls, things, measures, other counted nouns) reads of one pair of
 * reports: the facts left unpaired on each side, each side's clauses and language, and the pair's
 * relations between two facts. One object instead of the same six to eight arguments on every rule;
 * the rules run in order in pairing/main-figure-stages.ts, each among what the one before left.
 */
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import type { Sentence } from '../../../types'

/** What a report's clauses, facts and text give the main-figure rules. */
export interface TollSide {
  readonly facts: DocumentFacts
  readonly text: string
  readonly clauseOf: (l: Located<Fact>) => Clause
  /** The report's sentences with their roles (headline, byline, body …): a report's lead is read in its body, after its headline. */
  readonly sentences: readonly Sentence[]
  /** Positions of the body sentences, in order. */
  readonly body: readonly number[]
}

/** A report as the noun counts read it: a Vietnamese noun is keyed by two syllables. */
export interface CountSide extends TollSide {
  readonly language?: string
}

type Relation<T> = (x: Located<Fact>, y: Located<Fact>) => T

export interface MainFigureRound {
  readonly leftA: readonly Located<Fact>[]
  readonly leftB: readonly Located<Fact>[]
  readonly sideA: CountSide
  readonly sideB: CountSide
  /** The clause rules' verdict (slots-apart.ts): why two facts are two slots, if they are. */
  readonly apart: Relation<string | undefined>
  /** Whether the aligner linked the two facts' sentences. */
  readonly linked: Relation<boolean>
  /** The share of content words the two facts' sentences hold in common. */
  readonly overlap: Relation<number>
  /** Whether the two facts' sentences are dated to different days. */
  readonly datedApart: Relation<boolean>
}
