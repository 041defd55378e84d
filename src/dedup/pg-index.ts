/**
 * createPgDedupIndex(): the dedup index kept in PostgreSQL so that many workers on
 * many machines add to and query one index: the near-duplicate level here, the
 * same-event level (mode 'event' or 'both') in pg-event.ts and pg-event-ops.ts.
 * Same signature, band keys, threshold and guarded union-find as the in-memory
 * index (the functions are shared, not re-implemented); the tables and the
 * locking are described in docs/scaling.md. Loaded through `corroborate/postgres`
 * only, so the main bundle never imports pg.
 */
import { CorroborateError, describe } from '../errors'
import { murmur3Utf8 } from './hash'
import type { DedupArticle, DedupCluster, DedupMatch, DedupResult, ResolvedDedupOptions } from './types'
import { checkArticle, inputError, resolveDedupOptions, round } from './options'
import { bandKeys } from './lsh'
import { PERMUTATIONS, estimateJaccard, isEmptySignature, minhash } from './minhash'
import { type EventContext, type EventStatement, placeAmong } from './pg-event'
import { addEvent, clustersFromSnapshot, prepareEvent, pruneEvent, queryEvent } from './pg-event-ops'
import { type PgClientLike, type PgPoolLike, type PgQueryable, type Row, openPool, readSnapshot, storeError, transaction } from './pg-pool'
import { BAND_NUMBERS, SCHEMA_NAME, STORE_FORMAT, bandLockKeys, clusterLockKey, eventLockKey, eventSchemaStatements, initLockKey, quoted, schemaStatements, signedKeys, statements } from './pg-sql'

export type { PgClientLike, PgPoolLike } from './pg-pool'

export interface PgDedupOptions {
  /** A PostgreSQL URL (`postgres://user@host:5432/db`); pg is then loaded and a pool of 10 connections opened. Give this or `pool`. */
  readonly connectionString?: string
  /** A `pg.Pool` (or anything with its `query`/`connect`/`end`); the caller owns it, so close() leaves it open. */
  readonly pool?: PgPoolLike
  /** Schema holding the index's tables; one index per schema. @default 'corroborate' */
  readonly schema?: string
  /**
   * `'near'`: near-duplicates only; `'event'` or `'both'` add the same-event level (document
   * frequencies, kept features and posting lists in tables; adds serialize on one lock, see
   * docs/scaling.md). Fixed when the index is created. @default 'near'
   */
  readonly mode?: 'near' | 'event' | 'both'
  /** Estimated Jaccard similarity for a near-duplicate. Fixed when the index is created. @default 0.5 */
  readonly nearThreshold?: number
  /** Only match articles published this close: ms or `'48h'`. Fixed when the index is created. */
  readonly window?: number | string
  /** Matches reported per article. @default 10 */
  readonly maxMatches?: number
  /** The anti-chaining guard (docs/dedup.md). Fixed when the index is created. @default 0.5 */
  readonly minLinkRatio?: number
  /** Same-event decision threshold (hub-corrected score), as in createDedupIndex. Fixed when the index is created. @default -0.1 */
  readonly eventThreshold?: number
  /** Minimum cosine of a same-event match. Fixed when the index is created. @default 0.04 */
  readonly eventMinCosine?: number
  /** Features kept per article by the same-event level. Fixed when the index is created. @default 200 */
  readonly eventTerms?: number
}

export type PgQueryResult = Omit<DedupResult, 'cluster' | 'id'> & { readonly id: string | null; readonly cluster: string | null }

export interface PgDedupIndex {
  /** The schema the tables live in. */
  readonly schema: string
  /** Create the tables if they are missing (safe when many workers call it at once) and check the options against the stored ones. Called by every other method the first time. */
  init(): Promise<void>
  /**
   * Add an article: its near-duplicates among the articles committed before it, and its cluster.
   * An id already stored with the same signature (the same text) is not added again: its
   * stored decision comes back (its matches among the articles before it, its cluster now),
   * so a restarted worker, or workers given overlapping inputs, go on. The same id with a
   * different text is `E_INPUT`.
   */
  add(article: DedupArticle): Promise<DedupResult>
  /** The matches an article would get, without adding it. */
  query(article: Omit<DedupArticle, 'id'> & { readonly id?: string }): Promise<PgQueryResult>
  /**
   * Every cluster of two or more articles, `{ id, members }`, members in the order they were added.
   * With the same-event level (mode 'event' or 'both') the default is the batch answer, as in
   * memory: every article re-decided with today's idf and neighbourhoods, read from one
   * consistent snapshot of the tables; `{ consolidate: false }` gives the clusters add() reported.
   */
  clusters(options?: { consolidate?: boolean }): Promise<DedupCluster[]>
  /**
   * Retention: the articles published before `before` (default: the newest article's date
   * minus the window) leave every table, and the document frequencies lose their features,
   * so the index stays the size of the window. Returns how many left. Undated articles stay.
   */
  prune(options?: { before?: Date | string | number }): Promise<number>
  /** Number of articles. */
  size(): Promise<number>
  /** Delete the index: drops its schema and everything in it. */
  drop(): Promise<void>
  /** Close the pool if this index opened it (connectionString); a caller's pool stays open. */
  close(): Promise<void>
}

interface ResolvedPgOptions {
  readonly schema: string
  readonly dedup: ResolvedDedupOptions
}

const KEYS = ['connectionString', 'pool', 'schema', 'mode', 'nearThreshold', 'window', 'maxMatches', 'minLinkRatio', 'eventThreshold', 'eventMinCosine', 'eventTerms']

function optionError(path: string, expected: string, value: unknown): CorroborateError {
  return new CorroborateError('E_OPTION', [{ path: `options.${path}`, expected, received: describe(value) }])
}

function resolvePgOptions(options: unknown): ResolvedPgOptions & { connectionString: string | null; pool: PgPoolLike | null } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw optionError('', 'an object { connectionString } or { pool }', options)
  const o = options as Record<string, unknown>
  for (const key of Object.keys(o)) if (!KEYS.includes(key)) throw optionError(key, `one of ${KEYS.join(', ')}`, key)
  const { connectionString, pool, schema = 'corroborate', mode = 'near', ...rest } = o
  if (mode !== 'near' && mode !== 'event' && mode !== 'both') throw optionError('mode', "'near', 'event' or 'both'", mode)
  if ((connectionString === undefined) === (pool === undefined)) throw optionError('connectionString', 'exactly one of connectionString and pool', connectionString ?? pool)
  if (connectionString !== undefined && (typeof connectionString !== 'string' || !connectionString)) throw optionError('connectionString', 'a PostgreSQL URL', connectionString)
  const isPool = (p: unknown): p is PgPoolLike => p !== null && typeof p === 'object' && ['query', 'connect', 'end'].every((f) => typeof (p as Record<string, unknown>)[f] === 'function')
  if (pool !== undefined && !isPool(pool)) throw optionError('pool', 'a pg.Pool (query, connect, end)', pool)
  if (typeof schema !== 'string' || !SCHEMA_NAME.test(schema)) throw optionError('schema', 'a lower-case identifier (a–z, 0–9, _; at most 63)', schema)
  return { schema, dedup: resolveDedupOptions({ ...rest, mode }), connectionString: (connectionString as string | undefined) ?? null, pool: (pool as PgPoolLike | undefined) ?? null }
}

/** What must agree between every worker of one index (they decide the clusters). */
function storedOptions(o: ResolvedDedupOptions): Record<string, unknown> {
  const near = { format: STORE_FORMAT, nearThreshold: o.nearThreshold, window: o.window, minLinkRatio: o.minLinkRatio }
  // a near index stores no mode (indexes made before the event level have none either)
  return o.mode === 'near' ? near : { ...near, mode: o.mode, eventThreshold: o.eventThreshold, eventMinCosine: o.eventMinCosine, eventTerms: o.eventTerms }
}

function toBytes(sig: Uint32Array): Buffer {
  const bytes = Buffer.alloc(PERMUTATIONS * 4)
  for (let i = 0; i < PERMUTATIONS; i++) bytes.writeUInt32LE(sig[i]!, i * 4)
  return bytes
}

function fromBytes(bytes: Buffer): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS)
  for (let i = 0; i < PERMUTATIONS; i++) sig[i] = bytes.readUInt32LE(i * 4)
  return sig
}

interface Stored {
  seq: number
  id: string
  sig: Uint32Array
  time: number
  root: number
}

function stored(row: Row): Stored {
  return { seq: row.seq as number, id: row.id as string, sig: fromBytes(row.signature as Buffer), time: row.published === null ? Number.NaN : (row.published as number), root: row.root as number }
}

class PgIndex implements PgDedupIndex {
  private readonly sql: ReturnType<typeof statements>
  /** Prefix of the prepared statements' names: one set per schema, short whatever the schema's length. */
  private readonly prepared: string
  private readying: Promise<void> | null = null
  /** Opened by the first init() when the caller gave a connectionString. */
  private opened: PgPoolLike | null = null

  constructor(private readonly options: ResolvedPgOptions & { connectionString: string | null; pool: PgPoolLike | null }) {
    this.sql = statements(quoted(options.schema))
    this.prepared = `corroborate_${murmur3Utf8(options.schema).toString(36)}_`
  }

  /** The statements every add runs, prepared once per connection (parsed and planned once). */
  run(db: PgQueryable, statement: 'lock' | 'candidates' | 'neighbourhood' | 'insert' | 'stored' | 'merge' | 'eventExisting' | EventStatement, values: unknown[]) {
    return db.query({ name: this.prepared + statement, text: this.sql[statement], values })
  }

  private get pool(): PgPoolLike {
    return this.options.pool ?? this.opened!
  }

  get schema(): string {
    return this.options.schema
  }

  init(): Promise<void> {
    this.readying ??= this.create().catch((error: unknown) => {
      this.readying = null
      throw error
    })
    return this.readying
  }

  private async create(): Promise<void> {
    if (!this.options.pool) this.opened ??= await openPool(this.options.connectionString!)
    const want = storedOptions(this.options.dedup)
    const have = await transaction(this.pool, 'creating the tables', async (db) => {
      // concurrent `create … if not exists` can still collide in the catalogs: one at a time
      await db.query(this.sql.lock, [[initLockKey(this.schema)]])
      for (const statement of schemaStatements(quoted(this.schema))) await db.query(statement)
      if (this.event) for (const statement of eventSchemaStatements(quoted(this.schema))) await db.query(statement)
      await db.query(this.sql.putMeta, ['options', JSON.stringify(want)])
      return (await db.query(this.sql.getMeta, ['options'])).rows[0]!.value as Record<string, unknown>
    })
    const mode = (have.mode as string | undefined) ?? 'near'
    if (mode !== this.options.dedup.mode) throw optionError('mode', `${JSON.stringify(mode)}, the value index "${this.schema}" was created with`, this.options.dedup.mode)
    for (const [key, value] of Object.entries(want)) {
      if (have[key] !== value) throw optionError(key, `${JSON.stringify(have[key])}, the value index "${this.schema}" was created with`, value)
    }
  }

  /** With the same-event level (mode 'event' or 'both'): what pg-event.ts needs of this index. */
  private get event(): EventContext | null {
    if (this.options.dedup.mode === 'near') return null
    return { options: this.options.dedup, lockKey: eventLockKey(this.schema), run: (db, statement, values) => this.run(db, statement, values), nearMatches: (db, sig, time) => this.nearOf(db, sig, time), inWindow: (a, b) => this.inWindow(a, b), fromBytes }
  }

  /** Near matches for the event level: none in mode 'event' or for an empty text. */
  private nearOf(db: PgQueryable, sig: Uint32Array, time: number) {
    if (this.options.dedup.mode !== 'both' || isEmptySignature(sig)) return Promise.resolve([])
    return this.nearMatches(db, sig, time, bandKeys(sig))
  }

  inWindow(a: number, b: number): boolean {
    const w = this.options.dedup.window
    return w === null || Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) <= w
  }

  private linked(x: { sig: Uint32Array; time: number }, y: { sig: Uint32Array; time: number }): boolean {
    return this.inWindow(x.time, y.time) && estimateJaccard(x.sig, y.sig) >= this.options.dedup.nearThreshold
  }

  /** Candidates sharing a band key, kept when near enough; best first, then oldest first (as in memory). */
  private async nearMatches(db: PgQueryable, sig: Uint32Array, time: number, keys: number[]) {
    const rows = (await this.run(db, 'candidates', [BAND_NUMBERS, signedKeys(keys)])).rows
    const out: Array<Stored & { similarity: number; rootId: string }> = []
    for (const row of rows) {
      const s = stored(row)
      if (!this.inWindow(time, s.time)) continue
      const similarity = estimateJaccard(sig, s.sig)
      if (similarity >= this.options.dedup.nearThreshold) out.push({ ...s, similarity, rootId: row.root_id as string })
    }
    return out.sort((x, y) => y.similarity - x.similarity || x.seq - y.seq)
  }

  private reported(matches: ReadonlyArray<{ id: string; similarity: number }>): DedupMatch[] {
    return matches.slice(0, this.options.dedup.maxMatches).map((m) => ({ id: m.id, similarity: round(m.similarity), level: 'near' as const }))
  }

  /**
   * The guarded union-find of the in-memory index, run on the neighbourhood read from
   * the tables (matched articles, their clusters' roots and most recent members) under
   * the cluster lock. Returns the new article's root and the roots its cluster absorbs.
   */
  private async place(db: PgClientLike, sig: Uint32Array, time: number, matches: readonly Stored[]): Promise<{ root: Stored | null; absorbed: number[] }> {
    const seen = new Map<number, Stored>()
    for (const row of (await this.run(db, 'neighbourhood', [matches.map((m) => m.seq)])).rows) seen.set(row.seq as number, stored(row))
    const rows = [...seen.values()].sort((x, y) => x.seq - y.seq)
    const placed = placeAmong(rows, { sig, time }, matches.map((m) => m.seq), (x, y) => this.linked(x, y), this.options.dedup.minLinkRatio)
    return { root: placed.root === null ? null : seen.get(placed.root)!, absorbed: placed.absorbed }
  }

  async add(article: DedupArticle): Promise<DedupResult> {
    const a = checkArticle(article, true)
    const id = a.id!
    await this.init()
    const sig = a.signature ?? minhash(a.text)
    const event = this.event
    if (event) {
      const prepared = prepareEvent(id, a, sig, toBytes(sig))
      return transaction(this.pool, 'adding an article', (db) => addEvent(db, event, prepared))
    }
    const empty = isEmptySignature(sig)
    const keys = empty ? [] : bandKeys(sig)
    return transaction(this.pool, 'adding an article', async (db) => {
      // adds that could be candidates of each other share a band key, hence a lock: they run one after the other
      if (!empty) await this.run(db, 'lock', [bandLockKeys(this.schema, keys)])
      const matches = empty ? [] : await this.nearMatches(db, sig, a.time, keys)
      let placed: Awaited<ReturnType<PgIndex['place']>> = { root: null, absorbed: [] }
      if (matches.length > 0) {
        // joining and merging clusters rewrites other articles' rows: one writer at a time per index
        await this.run(db, 'lock', [[clusterLockKey(this.schema)]])
        placed = await this.place(db, sig, a.time, matches)
      }
      const published = Number.isNaN(a.time) ? null : new Date(a.time).toISOString()
      const bytes = toBytes(sig)
      const inserted = (await this.run(db, 'insert', [id, bytes, published, placed.root?.seq ?? null, empty ? [] : BAND_NUMBERS, signedKeys(keys)])).rows
      // the id is taken (found here rather than up front: one round trip less for every add)
      if (inserted.length === 0) return this.storedDecision(db, id, bytes, keys)
      if (placed.absorbed.length > 0) await this.run(db, 'merge', [placed.root!.seq, placed.absorbed])
      return { id, cluster: placed.root?.id ?? id, level: matches.length > 0 ? ('near' as const) : null, matches: this.reported(matches) }
    })
  }

  /**
   * The decision an already stored article got: its matches among the articles stored
   * before it (rows never change their signature or time, so these are the matches it
   * was given) and its cluster's name now. Only for the same text: another one is E_INPUT.
   */
  private async storedDecision(db: PgQueryable, id: string, bytes: Buffer, keys: number[]): Promise<DedupResult> {
    const row = (await this.run(db, 'stored', [id])).rows[0]
    if (!row) throw inputError('article.id', 'an id not being added by another worker at this moment', id)
    if (!bytes.equals(row.signature as Buffer)) throw inputError('article.id', 'an id not already in the index with another text', id)
    const seq = row.seq as number
    const time = row.published === null ? Number.NaN : (row.published as number)
    const matches = keys.length === 0 ? [] : (await this.nearMatches(db, fromBytes(bytes), time, keys)).filter((m) => m.seq < seq)
    return { id, cluster: row.root_id as string, level: matches.length > 0 ? 'near' : null, matches: this.reported(matches) }
  }

  async query(article: Omit<DedupArticle, 'id'> & { readonly id?: string }): Promise<PgQueryResult> {
    const a = checkArticle(article, false)
    await this.init()
    const sig = a.signature ?? minhash(a.text)
    const event = this.event
    if (event) {
      const prepared = prepareEvent(a.id, a, sig, toBytes(sig))
      return readSnapshot(this.pool, 'querying', (db) => queryEvent(db, event, prepared))
    }
    const matches = isEmptySignature(sig) ? [] : await this.read('querying', (db) => this.nearMatches(db, sig, a.time, bandKeys(sig)))
    return { id: a.id, cluster: matches[0]?.rootId ?? null, level: matches.length > 0 ? 'near' : null, matches: this.reported(matches) }
  }

  async clusters(options: { consolidate?: boolean } = {}): Promise<DedupCluster[]> {
    await this.init()
    const event = this.event
    if (event && (options.consolidate ?? true)) return readSnapshot(this.pool, 'listing clusters', (db) => clustersFromSnapshot(db, event, this.sql))
    const rows = await this.read('listing clusters', async (db) => (await db.query(this.sql.clusters)).rows)
    const out: Array<{ id: string; members: string[] }> = []
    for (const row of rows) {
      const last = out.at(-1)
      if (last && last.id === row.cluster) last.members.push(row.id as string)
      else out.push({ id: row.cluster as string, members: [row.id as string] })
    }
    return out
  }

  async prune(options: { before?: Date | string | number } = {}): Promise<number> {
    const event = this.event
    if (!event) throw optionError('mode', "'event' or 'both' (prune keeps the same-event level's tables the size of the window)", this.options.dedup.mode)
    const before = options.before === undefined ? null : options.before instanceof Date ? options.before.getTime() : typeof options.before === 'string' ? Date.parse(options.before) : options.before
    if (before !== null && !Number.isFinite(before)) throw inputError('before', 'a Date, an ISO 8601 date or milliseconds since 1970', options.before)
    if (before === null && this.options.dedup.window === null) throw optionError('window', 'a window (or prune({ before }))', null)
    await this.init()
    return transaction(this.pool, 'pruning', (db) => pruneEvent(db, event, this.sql, before))
  }

  async size(): Promise<number> {
    await this.init()
    return this.read('counting', async (db) => (await db.query(this.sql.size)).rows[0]!.n as number)
  }

  async drop(): Promise<void> {
    if (!this.options.pool) this.opened ??= await openPool(this.options.connectionString!)
    await this.read('dropping the index', (db) => db.query(this.sql.drop))
    this.readying = null
  }

  async close(): Promise<void> {
    const opened = this.opened
    this.opened = null
    this.readying = null
    if (opened) await opened.end()
  }

  private async read<T>(doing: string, work: (db: PgPoolLike) => Promise<T>): Promise<T> {
    try {
      return await work(this.pool)
    } catch (error) {
      throw storeError(error, doing)
    }
  }
}

/**
 * A dedup index shared through PostgreSQL (near-duplicates; with mode 'event' or 'both'
 * the same-event level too). Throws CorroborateError `E_OPTION` on a bad option. Nothing is connected until the
 * first call; then database failures reject with `E_STORE` (a missing pg package or an
 * unreachable server included), bad articles and duplicate ids with `E_INPUT`, and
 * options that differ from the ones the index was created with with `E_OPTION`.
 */
export function createPgDedupIndex(options: PgDedupOptions): PgDedupIndex {
  return new PgIndex(resolvePgOptions(options))
}
