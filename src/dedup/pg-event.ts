/**
 * The same-event level of the shared PostgreSQL index (mode 'event' or 'both').
 *
 * Every number that decides a match is the in-memory index's: features from
 * eventFeatures(), weights, kept features, cosines and hub scores from event.ts's
 * exported functions, the guarded union-find from clusters.ts and clusters()'s batch
 * answer from consolidate.ts. What this file adds is where the statistics come from:
 * the rows of the tables (docs/scaling.md) read under the index's event lock, so that
 * each add sees exactly the articles committed before it, as an add in memory does.
 */
import { Clusters } from './clusters'
import { consolidate } from './consolidate'
import { EventIndex } from './event'
import type { EventFeatures } from './event-features'
import {
  type EventCandidate,
  bestCandidates,
  eventCosine,
  eventIndexOptions,
  eventVector,
  hubScore,
  hubWithNeighbour,
  meanTop,
  postingLimit,
  pushTop,
  queryHubness,
} from './event-score'
import type { EventStatistics } from './event-weights'
import type { DedupLevel, DedupMatch, ResolvedDedupOptions } from './types'
import { LshIndex, bandKeys } from './lsh'
import { estimateJaccard, isEmptySignature } from './minhash'
import { round } from './options'
import type { PgQueryable, Row } from './pg-pool'

/** An article as the event level reads it back. */
export interface EventRow {
  readonly seq: number
  readonly id: string
  readonly time: number
  readonly root: number
  readonly rootId: string
  readonly sig: Uint32Array
  readonly features: EventFeatures
  readonly neighbours: readonly number[]
}

export type EventStatement = 'lock' | 'insert' | 'merge' | 'eventExisting' | 'eventArticles' | 'eventDf' | 'eventPostings' | 'eventDocs' | 'eventNeighbourhood' | 'eventInsert'

/** What the event level needs of pg-index.ts: its options, statements and near-level reads. */
export interface EventContext {
  readonly options: ResolvedDedupOptions
  /** The index's event lock: every add and prune takes it first (docs/scaling.md). */
  readonly lockKey: string
  run(db: PgQueryable, statement: EventStatement, values: unknown[]): Promise<{ rows: Row[] }>
  /** The near level's matches (mode 'both'), best first, or none. */
  nearMatches(db: PgQueryable, sig: Uint32Array, time: number): Promise<ReadonlyArray<{ seq: number; id: string; similarity: number; rootId: string }>>
  inWindow(a: number, b: number): boolean
  fromBytes(bytes: Buffer): Uint32Array
}

const unsigned = (ids: readonly number[]): Uint32Array => Uint32Array.from(ids, (x) => x >>> 0)
/** Feature hashes as PostgreSQL `integer`s (signed 32-bit). */
export const signed = (ids: ArrayLike<number>): number[] => Array.from(ids, (x) => x | 0)

export function eventRow(row: Row, fromBytes: (bytes: Buffer) => Uint32Array): EventRow {
  return {
    seq: row.seq as number,
    id: row.id as string,
    time: row.published === null ? Number.NaN : (row.published as number),
    root: row.root as number,
    rootId: row.root_id as string,
    sig: fromBytes(row.signature as Buffer),
    features: { ids: unsigned(row.kept as number[]), counts: Float32Array.from(row.counts as number[]) },
    neighbours: row.neighbours as number[],
  }
}

/** Document frequencies read from the df table as they are needed, with the article count. */
class Frequencies implements EventStatistics {
  private readonly known = new Map<number, { df: number; kept: number }>()

  constructor(readonly articles: number) {}

  df(id: number): number {
    return this.known.get(id)?.df ?? 0
  }

  /** How many articles keep the feature: the length of its posting list. */
  kept(id: number): number {
    return this.known.get(id)?.kept ?? 0
  }

  async fetch(db: PgQueryable, ctx: EventContext, ids: Iterable<number>): Promise<void> {
    const missing = new Set<number>()
    for (const id of ids) if (!this.known.has(id)) missing.add(id)
    if (missing.size === 0) return
    for (const row of (await ctx.run(db, 'eventDf', [signed([...missing])])).rows) this.known.set((row.feature as number) >>> 0, { df: row.df as number, kept: row.kept as number })
    for (const id of missing) if (!this.known.has(id)) this.known.set(id, { df: 0, kept: 0 })
  }
}

interface EventScoring {
  readonly frequencies: Frequencies
  readonly vector: Map<number, number>
  /** Every candidate scored, best first (their cosines become neighbours). */
  readonly candidates: ReadonlyArray<EventCandidate & { row: EventRow }>
  /** The candidates that match, best first. */
  readonly matches: ReadonlyArray<{ row: EventRow; similarity: number }>
}

/**
 * The in-memory index's eventMatches() on the tables: candidates from the posting lists
 * of the query's strongest features, scored with idf counting the query as one more
 * article, kept when their hub-corrected score reaches the threshold.
 */
export async function scoreEvent(db: PgQueryable, ctx: EventContext, features: EventFeatures, time: number): Promise<EventScoring> {
  const { options } = ctx
  const tuning = eventIndexOptions(options.eventTerms)
  const articles = (await ctx.run(db, 'eventArticles', [])).rows[0]!.n as number
  const frequencies = new Frequencies(articles)
  await frequencies.fetch(db, ctx, features.ids)
  const vector = eventVector(features, frequencies, 1, tuning.maxTerms)
  const limit = postingLimit(tuning, articles + 1)
  const lookup: Array<[number, number]> = []
  for (const [id, w] of vector) {
    if (lookup.length >= tuning.lookupTerms) break
    lookup.push([id, w])
  }
  const looked = lookup.filter(([id]) => frequencies.kept(id) > 0 && frequencies.kept(id) <= limit)
  const lists = new Map<number, Array<{ seq: number; time: number }>>()
  if (looked.length > 0) {
    for (const row of (await ctx.run(db, 'eventPostings', [signed(looked.map(([id]) => id))])).rows) {
      const id = (row.feature as number) >>> 0
      let list = lists.get(id)
      if (!list) lists.set(id, (list = []))
      list.push({ seq: row.seq as number, time: row.published === null ? Number.NaN : (row.published as number) })
    }
  }
  // sums in the order the in-memory index adds them: features strongest first, each list oldest first
  const sums = new Map<number, number>()
  const times = new Map<number, number>()
  for (const [id, w] of looked) {
    for (const { seq, time: t } of lists.get(id) ?? []) {
      sums.set(seq, (sums.get(seq) ?? 0) + w)
      times.set(seq, t)
    }
  }
  const seqs: number[] = []
  const ranked: number[] = []
  for (const [seq, sum] of sums) {
    if (!ctx.inWindow(time, times.get(seq)!)) continue
    seqs.push(seq)
    ranked.push(sum)
  }
  // which candidates are scored depends on the sums only: read those, then score them
  const chosen = bestCandidates(seqs, ranked, tuning.maxCandidates, () => 0).map((c) => c.doc)
  const rows = new Map<number, EventRow>()
  if (chosen.length > 0) for (const row of (await ctx.run(db, 'eventDocs', [chosen])).rows) rows.set(row.seq as number, eventRow(row, ctx.fromBytes))
  await frequencies.fetch(db, ctx, (function* () {
    for (const row of rows.values()) yield* row.features.ids
  })())
  const scored = bestCandidates(seqs, ranked, tuning.maxCandidates, (seq) => eventCosine(vector, rows.get(seq)!.features, frequencies, 1))
  const candidates = scored.map((c) => ({ ...c, row: rows.get(c.doc)! }))
  const hubQ = queryHubness(scored)
  const matches: Array<{ row: EventRow; similarity: number }> = []
  for (const { row, cosine } of candidates) {
    if (cosine < options.eventMinCosine) continue
    if (hubScore(cosine, hubQ, hubWithNeighbour(row.neighbours, cosine)) < options.eventThreshold) continue
    matches.push({ row, similarity: cosine })
  }
  return { frequencies, vector, candidates, matches }
}

interface Ordered {
  readonly seq: number
  readonly id: string
  readonly rootId: string
  readonly similarity: number
  readonly level: DedupLevel
}

/** Near matches first, then the event matches that are not near ones (as in memory). */
export function orderMatches(near: ReadonlyArray<{ seq: number; id: string; similarity: number; rootId: string }>, event: EventScoring['matches']): { ordered: Ordered[]; level: DedupLevel | null } {
  const seen = new Set(near.map((m) => m.seq))
  const eventOnly = event.filter((m) => !seen.has(m.row.seq))
  const ordered = [...near.map((m) => ({ seq: m.seq, id: m.id, rootId: m.rootId, similarity: m.similarity, level: 'near' as const })), ...eventOnly.map((m) => ({ seq: m.row.seq, id: m.row.id, rootId: m.row.rootId, similarity: m.similarity, level: 'event' as const }))]
  return { ordered, level: near.length > 0 ? 'near' : eventOnly.length > 0 ? 'event' : null }
}

export function reported(ordered: readonly Ordered[], maxMatches: number): DedupMatch[] {
  return ordered.slice(0, maxMatches).map((m) => ({ id: m.id, similarity: round(m.similarity), level: m.level }))
}

/**
 * The guarded union-find of the in-memory index on the neighbourhood read from the tables
 * (the matched articles, their clusters' roots and most recent members): `rows` sorted by
 * seq, the new article last and not among them. Returns the root seq of the cluster it
 * joins (null: none) and the roots that cluster absorbs.
 */
export function placeAmong<T extends { seq: number; root: number }, S>(rows: readonly T[], self: S, matched: readonly number[], linked: (x: T | S, y: T | S) => boolean, minLinkRatio: number): { root: number | null; absorbed: number[] } {
  const local = new Map(rows.map((row, doc) => [row.seq, doc]))
  const groups = new Clusters()
  const firstOfRoot = new Map<number, number>()
  for (const row of rows) {
    const doc = groups.add()
    const first = firstOfRoot.get(row.root)
    if (first === undefined) firstOfRoot.set(row.root, doc)
    else groups.union(first, doc)
  }
  const doc = groups.add()
  const at = (d: number): T | S => (d === doc ? self : rows[d]!)
  const mine = groups.assign(doc, matched.map((seq) => local.get(seq)!), (x, y) => linked(at(x), at(y)), minLinkRatio)
  const joined = [...firstOfRoot].filter(([, first]) => groups.find(first) === mine).map(([root]) => root)
  if (joined.length === 0) return { root: null, absorbed: [] }
  const root = Math.min(...joined)
  return { root, absorbed: joined.filter((r) => r !== root) }
}

/** The new article as the guard sees it (its row is not written yet). */
interface Pending {
  readonly time: number
  readonly sig: Uint32Array
  readonly features: EventFeatures
  readonly neighbours: readonly number[]
}

/**
 * Where an article being added goes: the in-memory add()'s linked() (near-duplicate, or
 * an event match with today's idf and neighbourhoods, the article itself counted) on the
 * neighbourhood of its matches. `neighbours` are the scored articles' updated ones.
 */
export async function placeEvent(db: PgQueryable, ctx: EventContext, scoring: EventScoring, self: Pending, allFeatures: EventFeatures, ordered: readonly Ordered[], neighbours: ReadonlyMap<number, readonly number[]>) {
  const { options } = ctx
  const rows = (await ctx.run(db, 'eventNeighbourhood', [ordered.map((m) => m.seq)])).rows.map((row) => eventRow(row, ctx.fromBytes)).sort((x, y) => x.seq - y.seq)
  const { frequencies } = scoring
  await frequencies.fetch(db, ctx, (function* () {
    for (const row of rows) yield* row.features.ids
  })())
  const own = new Set(allFeatures.ids)
  // the statistics once the article is in: one more article, one more for each of its features
  const after: EventStatistics = { articles: frequencies.articles + 1, df: (id) => frequencies.df(id) + (own.has(id) ? 1 : 0) }
  const near = options.mode === 'both'
  const maxTerms = eventIndexOptions(options.eventTerms).maxTerms
  const hub = (x: EventRow | Pending): number => meanTop('seq' in x ? (neighbours.get(x.seq) ?? x.neighbours) : x.neighbours)
  const linked = (x: EventRow | Pending, y: EventRow | Pending): boolean => {
    if (!ctx.inWindow(x.time, y.time)) return false
    if (near && estimateJaccard(x.sig, y.sig) >= options.nearThreshold) return true
    const cosine = eventCosine(eventVector(x.features, after, 0, maxTerms), y.features, after, 0)
    if (cosine < options.eventMinCosine) return false
    return hubScore(cosine, hub(x), hub(y)) >= options.eventThreshold
  }
  const placed = placeAmong<EventRow, Pending>(rows, self, ordered.map((m) => m.seq), linked, options.minLinkRatio)
  return { ...placed, rootId: placed.root === null ? null : rows.find((r) => r.seq === placed.root)!.id }
}

/** The scored articles' neighbours with the new cosine offered, and the new article's own. */
export function updatedNeighbours(candidates: EventScoring['candidates']): { others: Map<number, number[]>; own: number[] } {
  const others = new Map<number, number[]>()
  const own: number[] = []
  for (const { row, cosine } of candidates) {
    const top = row.neighbours.slice()
    pushTop(top, cosine)
    others.set(row.seq, top)
    pushTop(own, cosine)
  }
  return { others, own }
}

/** clusters()'s batch answer from a consistent read of the tables: the in-memory consolidate() on them. */
export function consolidateRows(options: ResolvedDedupOptions, articles: number, df: ReadonlyArray<[number, number]>, rows: readonly EventRow[], inWindow: (a: number, b: number) => boolean): Array<{ id: string; members: string[] }> {
  const event = EventIndex.fromState(
    { articles, df: df as Array<[number, number]>, docs: rows.map((r) => ({ ids: Array.from(r.features.ids), counts: Array.from(r.features.counts), neighbours: r.neighbours.slice() })) },
    eventIndexOptions(options.eventTerms),
  )
  const near = options.mode === 'both'
  const lsh = new LshIndex()
  if (near) rows.forEach((row, doc) => isEmptySignature(row.sig) || lsh.add(doc, bandKeys(row.sig)))
  const isNear = (x: number, y: number): boolean => near && estimateJaccard(rows[x]!.sig, rows[y]!.sig) >= options.nearThreshold
  const nearDuplicates = (doc: number): number[] => {
    const sig = rows[doc]!.sig
    if (!near || isEmptySignature(sig)) return []
    // as the in-memory index's nearMatches(): in the window, at the threshold, best first
    const found: Array<[number, number]> = []
    for (const d of lsh.candidates(bandKeys(sig))) {
      if (d === doc || !inWindow(rows[doc]!.time, rows[d]!.time)) continue
      const j = estimateJaccard(sig, rows[d]!.sig)
      if (j >= options.nearThreshold) found.push([d, j])
    }
    return found.sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([d]) => d)
  }
  const groups = consolidate({
    n: rows.length,
    event,
    eventThreshold: options.eventThreshold,
    eventMinCosine: options.eventMinCosine,
    minLinkRatio: options.minLinkRatio,
    inWindow: (x, y) => inWindow(rows[x]!.time, rows[y]!.time),
    nearDuplicates,
    isNear,
    verify: null,
  })
  return groups
    .groups()
    .sort((x, y) => x[0]! - y[0]!)
    .map((members) => ({ id: rows[members[0]!]!.id, members: members.map((m) => rows[m]!.id) }))
}
