/**
 * Public types of the story report: many reports of one event (compareMany). Outlets are
 * referred to by their index in `Story.outlets`; per-outlet arrays follow that order.
 *
 * Apart from types.ts (which re-exports all of them, so they are public exactly as before)
 * because they describe one result, compareMany's, built on the pairwise types there.
 */
import type { DocumentResult, FactType, ReportWarning, Span } from './types'

/** A place in one outlet's text. */
export interface OutletSpan extends Span {
  /** Index into `Story.outlets`. */
  readonly outlet: number
}

/** Sentences of several outlets that report the same thing (joined through the pairwise alignments). */
export interface Statement {
  /** Per outlet (in `outlets` order), that outlet's sentence indexes; empty when it does not carry the statement. */
  readonly sentences: readonly (readonly number[])[]
  /** Outlets that carry it, ascending. */
  readonly outlets: readonly number[]
}

/** One way a fact slot or a name is given, and who gives it that way. */
export interface Reading {
  /** The surface as written (the first outlet's spelling when format differs). */
  readonly text: string
  /** Every distinct form the outlets write it in (13.8, 13/8), first as `text`. */
  readonly forms: readonly string[]
  /** Outlets giving this reading, ascending. */
  readonly outlets: readonly number[]
}

/** A contradiction or a name variant exactly as `compare()` reports it for one pair. */
export interface PairFinding {
  /** The two outlets, `[i, j]` with `i < j` (A and B of `compare(articles[i], articles[j])`). */
  readonly outlets: readonly [number, number]
  readonly a: Span
  readonly b: Span
  readonly confidence: number
}

/** Whether the outlets stating a slot agree, a majority holds, or they split evenly. */
export type StoryStatus = 'agree' | 'majority' | 'split'

/** A row of the fact table: one fact slot (a number or a date) stated by two or more outlets. */
export interface StoryFact {
  readonly type: 'number' | 'date'
  /** Index into `Story.statements` of the statement it is stated in, or `null` when outside any shared statement. */
  readonly statement: number | null
  /** Per outlet, where it states the slot; empty = silent on it. */
  readonly cells: readonly (readonly Span[])[]
  /** Readings, most outlets first; format-only differences (13.8 / 13/8) are one reading. */
  readonly readings: readonly Reading[]
  readonly status: StoryStatus
  /** Index into `readings` of the majority reading (the one reading when all agree), or `null` on a split. */
  readonly majority: number | null
  /** Outlets whose reading disagrees with every other outlet's, while the others share one. */
  readonly outliers: readonly number[]
  /** Outlets with nothing in this row. */
  readonly silent: readonly number[]
  /** The pairwise contradictions behind the row, exactly as `compare()` gives them. */
  readonly contradictions: readonly PairFinding[]
}

/** An entity whose name the outlets spell in more than one way. */
export interface StoryName {
  /** Per outlet, every occurrence of its spelling(s); empty = the outlet does not name it in a compared sentence. */
  readonly cells: readonly (readonly Span[])[]
  /** Spellings, most outlets first. */
  readonly spellings: readonly Reading[]
  readonly status: StoryStatus
  /** Index into `spellings` of the majority spelling, or `null` on a split. */
  readonly majority: number | null
  readonly outliers: readonly number[]
  readonly silent: readonly number[]
  /** The pairwise name variants behind the row, exactly as `compare()` gives them. */
  readonly variants: readonly PairFinding[]
}

/** A fact (number, date or name) that one outlet states and every other outlet never mentions. */
export interface UniqueFact extends OutletSpan {
  readonly type: FactType
}

export interface StoryUnique {
  readonly facts: readonly UniqueFact[]
  /** Per outlet, its body sentences no other outlet reports. */
  readonly sentences: readonly (readonly number[])[]
}

export interface StoryOverlap {
  /** `score[i][j]` = `compare(i, j).overlap.score`; 1 on the diagonal. */
  readonly score: readonly (readonly number[])[]
  /** `lexical[i][j]` = `compare(i, j).overlap.lexical`; 1 on the diagonal. */
  readonly lexical: readonly (readonly number[])[]
}

export interface StoryCoverage {
  /** How many of the story's statements the outlet carries. */
  readonly statements: number
  /** `statements / Story.statements.length`, in [0, 1] (0 when there are none). */
  readonly share: number
  /** Share of its own body sentences that at least one other outlet also reports, in [0, 1]. */
  readonly shared: number
}

export interface StoryWarning extends ReportWarning {
  readonly outlets: readonly [number, number]
}

/** The story report of `compareMany()`. */
export interface Story {
  readonly schemaVersion: 1
  /** Labels in input order: each article's `source`, or `Report 1`…`Report N`. */
  readonly outlets: readonly string[]
  readonly documents: readonly DocumentResult[]
  /** Statements carried by two or more outlets, in story order (median relative position). */
  readonly statements: readonly Statement[]
  readonly facts: readonly StoryFact[]
  readonly names: readonly StoryName[]
  readonly unique: StoryUnique
  readonly overlap: StoryOverlap
  /** Per outlet. */
  readonly coverage: readonly StoryCoverage[]
  /** The pairwise warnings, with the pair they concern. */
  readonly warnings: readonly StoryWarning[]
}
