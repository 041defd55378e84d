/**
 * The dedup index's public types: what goes in, what comes out, the options and the saved
 * form. Apart from index.ts so that the modules index.ts wires (options, snapshots, the
 * PostgreSQL index) can name them without importing it.
 */
import type { EventState } from './event'

export type DedupMode = 'near' | 'event' | 'both'
export type DedupLevel = 'near' | 'event'

/** An article to deduplicate. */
export interface DedupArticle {
  /** Unique within the index. */
  readonly id: string
  readonly text: string
  readonly title?: string
  readonly source?: string
  /** Publication time, ISO 8601 (anything `Date.parse` reads). */
  readonly published?: string
  /** A precomputed `signature(text).minhash` (e.g. from a worker thread); computed when absent. */
  readonly signature?: readonly number[] | Uint32Array
}

export interface DedupMatch {
  readonly id: string
  /** Near: estimated Jaccard similarity of the shingle sets. Event: cosine of the weighted feature vectors. */
  readonly similarity: number
  readonly level: DedupLevel
}

export interface DedupResult {
  readonly id: string
  /** Id of the oldest article of the cluster the article is in (its own id when alone). */
  readonly cluster: string
  /** `near` when any near-duplicate matched, else `event` when any same-event report did, else null. */
  readonly level: DedupLevel | null
  /** Matching earlier articles, near-duplicates first, best first within each level. */
  readonly matches: readonly DedupMatch[]
}

/** A cluster of two or more articles, as `clusters()` gives it and `corroborate dedup --clusters` writes it (one a line). */
export interface DedupCluster {
  /** Id of its oldest article. */
  readonly id: string
  /** Ids of its articles, in the order they were added. */
  readonly members: readonly string[]
}

export interface DedupOptions {
  /** Which levels to detect. @default 'both' */
  readonly mode?: DedupMode
  /** Estimated Jaccard similarity of shingle sets at or above which two articles are near-duplicates. @default 0.5 */
  readonly nearThreshold?: number
  /** Hub-corrected event score (cosine ÷ the mean cosine of the two articles' nearest neighbours, − 1) at or above which two articles report one event. @default -0.1 (tuned on VietnameseMDS clusters 1–100) */
  readonly eventThreshold?: number
  /** Cosine below which two articles never report one event, whatever their neighbourhoods. @default 0.04 */
  readonly eventMinCosine?: number
  /** Only match articles published at most this far apart: milliseconds, or `'48h'`, `'90m'`, `'2d'`. Articles without `published` match any. */
  readonly window?: number | string
  /** Confirm same-event matches with compare(): keep one only if `overlap.lexical` (term-frequency cosine of the bodies) reaches the threshold (default 0.15). Keeps every text in memory. @default false */
  readonly verify?: boolean | { readonly threshold?: number }
  /** Matches reported per article. @default 10 */
  readonly maxMatches?: number
  /** Share of a cluster's members an article must match to join it (the anti-chaining guard). @default 0.5 */
  readonly minLinkRatio?: number
  /** Features kept per article in the event index. @default 200 */
  readonly eventTerms?: number
}

export interface DedupIndexJSON {
  readonly format: 'corroborate-dedup-index'
  readonly version: 1
  readonly options: ResolvedDedupOptions
  readonly ids: readonly string[]
  readonly published: ReadonlyArray<number | null>
  /** All signatures, PERMUTATIONS little-endian uint32 each, base64. Empty in event mode. */
  readonly signatures: string
  readonly event: EventState | null
  readonly clusters: readonly number[]
  readonly texts: readonly string[] | null
}

export interface DedupIndex {
  /** Add an article; returns its matches among the articles added before it and its cluster. */
  add(article: DedupArticle): DedupResult
  /** The matches an article would get, without adding it; `cluster` is its best match's cluster, or null. */
  query(article: Omit<DedupArticle, 'id'> & { readonly id?: string }): Omit<DedupResult, 'cluster' | 'id'> & { readonly id: string | null; readonly cluster: string | null }
  /**
   * Every cluster of two or more articles: `{ id, members }`, members in the order they were added.
   * With same-event matching on (mode 'event' or 'both') the default is the consolidated, batch answer
   * (every article re-decided with today's idf and neighbourhoods; cached until the next add());
   * `{ consolidate: false }` gives the streaming clusters add() reported.
   */
  clusters(options?: { consolidate?: boolean }): DedupCluster[]
  /** Number of articles. */
  readonly size: number
  /** The options in force, defaults filled in (a loaded index keeps the ones it was saved with). */
  readonly options: ResolvedDedupOptions
  /**
   * A JSON-safe snapshot (version 1: one document, so limited by V8's longest string to
   * indexes of a few hundred thousand articles); `loadDedupIndex(snapshot)` restores it.
   */
  toJSON(): DedupIndexJSON
  /**
   * The snapshot as JSON Lines (version 2), one string per line, produced as they are
   * consumed: write them to a file one after another, for an index of any size.
   * `loadDedupIndex(lines)` restores it (any iterable of the lines, or their joined text).
   */
  snapshotLines(): Iterable<string>
}

export interface ResolvedDedupOptions {
  readonly mode: DedupMode
  readonly nearThreshold: number
  readonly eventThreshold: number
  readonly eventMinCosine: number
  readonly window: number | null
  readonly verify: number | null
  readonly maxMatches: number
  readonly minLinkRatio: number
  readonly eventTerms: number
}
