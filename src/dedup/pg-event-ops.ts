/**
 * The shared index's operations with the same-event level (mode 'event' or 'both'):
 * add, query, clusters()'s batch answer and prune, each one transaction. The scoring
 * is pg-event.ts's; the locking is described in docs/scaling.md.
 */
import { type EventFeatures, eventFeatures } from './event-features'
import type { DedupResult } from './types'
import { bandKeys } from './lsh'
import { isEmptySignature } from './minhash'
import { inputError } from './options'
import { type EventContext, type EventRow, consolidateRows, eventRow, orderMatches, placeEvent, reported, scoreEvent, signed, updatedNeighbours } from './pg-event'
import type { PgClientLike, PgQueryable, Row } from './pg-pool'
import { BAND_NUMBERS, signedKeys } from './pg-sql'

/** An article checked and prepared outside the transaction (the CPU work needs no lock). */
interface PreparedArticle {
  readonly id: string
  readonly time: number
  readonly sig: Uint32Array
  readonly bytes: Buffer
  readonly features: EventFeatures
}

export function prepareEvent<Id extends string | null>(id: Id, a: { text: string; title?: string; time: number }, sig: Uint32Array, bytes: Buffer): Omit<PreparedArticle, 'id'> & { id: Id } {
  return { id, time: a.time, sig, bytes, features: eventFeatures(a.text, a.title) }
}

/** The decision an already stored article got, with its cluster's name now; another text under its id is E_INPUT. */
function storedDecision(row: Row, a: PreparedArticle): DedupResult {
  if (!a.bytes.equals(row.signature as Buffer)) throw inputError('article.id', 'an id not already in the index with another text', a.id)
  const decision = row.decision as Pick<DedupResult, 'level' | 'matches'> | null
  if (!decision) throw inputError('article.id', 'an id not added by a near-only worker', a.id)
  return { id: a.id, cluster: row.root_id as string, level: decision.level, matches: decision.matches }
}

/**
 * Add an article: under the event lock, so that it is decided with exactly the articles
 * committed before it (idf as of this moment, as the in-memory streaming index), then
 * written with its features, postings, document frequencies and neighbours at once.
 */
export async function addEvent(db: PgClientLike, ctx: EventContext, a: PreparedArticle): Promise<DedupResult> {
  await ctx.run(db, 'lock', [[ctx.lockKey]])
  const existing = (await ctx.run(db, 'eventExisting', [a.id])).rows[0]
  if (existing) return storedDecision(existing, a)
  const scoring = await scoreEvent(db, ctx, a.features, a.time)
  const near = await ctx.nearMatches(db, a.sig, a.time)
  const { ordered, level } = orderMatches(near, scoring.matches)
  const { others, own } = updatedNeighbours(scoring.candidates)
  const countOf = new Map<number, number>()
  a.features.ids.forEach((id, i) => countOf.set(id, a.features.counts[i]!))
  const kept = [...scoring.vector.keys()]
  const keptFeatures: EventFeatures = { ids: Uint32Array.from(kept), counts: Float32Array.from(kept, (id) => countOf.get(id) ?? 0) }
  const placed = ordered.length === 0 ? { root: null, absorbed: [], rootId: null } : await placeEvent(db, ctx, scoring, { time: a.time, sig: a.sig, features: keptFeatures, neighbours: own }, a.features, ordered, others)
  const keys = ctx.options.mode === 'both' && !isEmptySignature(a.sig) ? bandKeys(a.sig) : []
  const published = Number.isNaN(a.time) ? null : new Date(a.time).toISOString()
  const inserted = (await ctx.run(db, 'insert', [a.id, a.bytes, published, placed.root, keys.length > 0 ? BAND_NUMBERS : [], signedKeys(keys)])).rows
  // the id was free a moment ago under the lock every writer of this index takes
  if (inserted.length === 0) throw inputError('article.id', 'an id not being added by another worker at this moment', a.id)
  const seq = inserted[0]!.seq as number
  const matches = reported(ordered, ctx.options.maxMatches)
  const keptSet = new Set(kept)
  await ctx.run(db, 'eventInsert', [
    seq,
    signed(keptFeatures.ids),
    Array.from(keptFeatures.counts),
    signed(a.features.ids),
    own,
    JSON.stringify({ level, matches }),
    JSON.stringify([...others].map(([other, neighbours]) => ({ seq: other, neighbours }))),
    Array.from(a.features.ids, (id) => (keptSet.has(id) ? 1 : 0)),
  ])
  if (placed.absorbed.length > 0) await ctx.run(db, 'merge', [placed.root, placed.absorbed])
  return { id: a.id, cluster: placed.rootId ?? a.id, level, matches }
}

/** The matches an article would get now, without adding it (read from one snapshot, no lock). */
export async function queryEvent(db: PgQueryable, ctx: EventContext, a: Omit<PreparedArticle, 'id'> & { id: string | null }) {
  const scoring = await scoreEvent(db, ctx, a.features, a.time)
  const { ordered, level } = orderMatches(await ctx.nearMatches(db, a.sig, a.time), scoring.matches)
  return { id: a.id, cluster: ordered[0]?.rootId ?? null, level, matches: reported(ordered, ctx.options.maxMatches) }
}

/** clusters()'s batch answer: the whole index read in one snapshot and consolidated as in memory. */
export async function clustersFromSnapshot(db: PgQueryable, ctx: EventContext, sql: { eventAll: string; eventAllDf: string }) {
  const articles = (await ctx.run(db, 'eventArticles', [])).rows[0]!.n as number
  const df: Array<[number, number]> = (await db.query(sql.eventAllDf)).rows.map((r) => [(r.feature as number) >>> 0, r.df as number])
  const rows: EventRow[] = (await db.query(sql.eventAll)).rows.map((r) => eventRow(r, ctx.fromBytes))
  return consolidateRows(ctx.options, articles, df, rows, ctx.inWindow)
}

/** Retention: see PgDedupIndex.prune. Under the event lock, so no add reads a half-pruned index. */
export async function pruneEvent(db: PgClientLike, ctx: EventContext, sql: Record<'eventPrune' | 'eventPruneDf' | 'eventReroot' | 'eventNewest', string>, before: number | null): Promise<number> {
  await ctx.run(db, 'lock', [[ctx.lockKey]])
  let cutoff = before
  if (cutoff === null) {
    const newest = (await db.query(sql.eventNewest)).rows[0]!.newest as number | null
    if (newest === null) return 0
    cutoff = newest - ctx.options.window!
  }
  const gone = (await db.query(sql.eventPrune, [new Date(cutoff).toISOString()])).rows
  if (gone.length === 0) return 0
  await db.query(sql.eventPruneDf)
  await db.query(sql.eventReroot, [gone.map((r) => r.seq as number)])
  return gone.length
}
