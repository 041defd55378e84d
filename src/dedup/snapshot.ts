/**
 * Saved dedup indexes. Version 2 is JSON Lines — a header, then records of bounded
 * size — so that an index of any size saves and loads without one giant string (V8
 * caps a string near 512 M characters; version 1, one JSON document, hit it past
 * ~800k near-mode articles). Version 1 still loads. Every field is checked before
 * anything is allocated from it: a snapshot is untrusted input, and a wrong one is
 * E_INPUT, never an internal error or a huge allocation. Format: docs/dedup.md.
 */
import type { EventState } from './event'
import type { DedupIndexJSON, ResolvedDedupOptions } from './types'
import { PERMUTATIONS } from './minhash'
import { fromBase64, inputError, toBase64 } from './options'

const SNAPSHOT_FORMAT = 'corroborate-dedup-index' as const
/** Pairs of the event index's document frequencies per record. */
const DF_PER_RECORD = 4096
/** Base64 characters of one signature (PERMUTATIONS little-endian uint32). */
const SIGNATURE_CHARS = Math.ceil((PERMUTATIONS * 4) / 3) * 4

/** What a snapshot holds, whichever version it came from: the input of Index.restore. */
export interface SnapshotState {
  readonly options: ResolvedDedupOptions
  readonly ids: readonly string[]
  readonly published: ReadonlyArray<number | null>
  /** Every signature, PERMUTATIONS words each; empty when the index has no near level. */
  readonly signatures: Uint32Array
  readonly event: EventState | null
  readonly clusters: readonly number[]
  readonly texts: readonly string[] | null
}

/** What the index exposes to be saved, one article at a time. */
interface SnapshotSource {
  readonly options: ResolvedDedupOptions
  readonly size: number
  readonly near: boolean
  readonly roots: readonly number[]
  id(doc: number): string
  published(doc: number): number | null
  signature(doc: number): Uint32Array
  /** Whether the index keeps texts (it verifies matches with compare()). */
  readonly texts: boolean
  text(doc: number): string | null
  readonly event: { readonly articles: number; df(): Iterable<[number, number]>; doc(doc: number): EventState['docs'][number] } | null
}

/** The first line of a saved index (version 2): what follows it, and the options it was built with. */
export interface DedupSnapshotHeader {
  readonly format: 'corroborate-dedup-index'
  readonly version: 2
  readonly options: ResolvedDedupOptions
  /** Article records after the df records. @asType integer @minimum 0 */
  readonly articles: number
  /** Whether the records carry near-duplicate signatures (every mode but `event`). */
  readonly near: boolean
  /** The same-event index: how many articles it counted, and how many df records follow the header. Null in `near` mode. */
  readonly event: { readonly articles: number; readonly dfRecords: number } | null
  /** Whether the records carry their texts (the index verifies matches). */
  readonly texts: boolean
}

/** Document frequencies of the same-event index, up to 4096 `[feature, count]` pairs a line. */
export interface DedupSnapshotDf {
  readonly df: ReadonlyArray<readonly [number, number]>
}

/** One article of a saved index, in the order they were added. */
export interface DedupSnapshotArticle {
  readonly id: string
  /** Publication time in milliseconds since 1970, or null. */
  readonly published: number | null
  /** Number (position) of the article its cluster is rooted at. @asType integer @minimum 0 */
  readonly root: number
  /** MinHash signature: 128 little-endian uint32, base64 (near-duplicate levels only). */
  readonly signature?: string
  /** Its same-event features and nearest-neighbour cosines (event levels only). */
  readonly event?: { readonly ids: readonly number[]; readonly counts: readonly number[]; readonly neighbours: readonly number[] }
  /** Its text, when the index keeps texts. */
  readonly text?: string
}

/** A line of `snapshotLines()`: the header, then the df records, then one record per article. */
export type DedupSnapshotLine = DedupSnapshotHeader | DedupSnapshotDf | DedupSnapshotArticle

/** The snapshot as JSON Lines, one string per line (each ending in a line feed), header first. */
export function* snapshotLines(source: SnapshotSource): Generator<string> {
  const dfPairs = source.event ? [...source.event.df()] : []
  const dfRecords = Math.ceil(dfPairs.length / DF_PER_RECORD)
  // typed as the schema's line types (schema/snapshot.json), so that the two cannot part ways
  const header: DedupSnapshotHeader = { format: SNAPSHOT_FORMAT, version: 2, options: source.options, articles: source.size, near: source.near, event: source.event ? { articles: source.event.articles, dfRecords } : null, texts: source.texts }
  yield JSON.stringify(header) + '\n'
  for (let r = 0; r < dfRecords; r++) {
    const record: DedupSnapshotDf = { df: dfPairs.slice(r * DF_PER_RECORD, (r + 1) * DF_PER_RECORD) }
    yield JSON.stringify(record) + '\n'
  }
  for (let doc = 0; doc < source.size; doc++) {
    const text = source.text(doc)
    const record: DedupSnapshotArticle = {
      id: source.id(doc),
      published: source.published(doc),
      root: source.roots[doc]!,
      ...(source.near ? { signature: toBase64(source.signature(doc)) } : {}),
      ...(source.event ? { event: source.event.doc(doc) } : {}),
      ...(text !== null ? { text } : {}),
    }
    yield JSON.stringify(record) + '\n'
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max
const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x))
const describeLine = (where: string, field: string) => (where ? `${where}: ${field}` : field)

function checkPublished(v: unknown, where: string): number | null {
  if (v === null || (typeof v === 'number' && Number.isFinite(v))) return v
  throw inputError(describeLine(where, 'published'), 'a time in milliseconds or null', v)
}

function checkEventDoc(v: unknown, where: string): EventState['docs'][number] {
  if (!isObject(v) || !isNumberArray(v.ids) || !isNumberArray(v.counts) || v.ids.length !== v.counts.length || !isNumberArray(v.neighbours)) {
    throw inputError(describeLine(where, 'event'), '{ ids, counts, neighbours }: arrays of numbers, ids and counts of one length', v)
  }
  return { ids: v.ids, counts: v.counts, neighbours: v.neighbours }
}

function checkDf(v: unknown, where: string): Array<[number, number]> {
  if (!Array.isArray(v) || !v.every((pair) => Array.isArray(pair) && pair.length === 2 && isNumberArray(pair))) throw inputError(describeLine(where, 'df'), 'an array of [feature, count] pairs', v)
  return v as Array<[number, number]>
}

function checkOptions(v: unknown): ResolvedDedupOptions {
  if (!isObject(v) || typeof v.mode !== 'string') throw inputError('snapshot.options', 'the resolved options of the saved index', v)
  return v as unknown as ResolvedDedupOptions
}

/** Version 1: one JSON document (what toJSON() returns), every field checked before use. */
export function stateFromJSON(v: unknown): SnapshotState {
  if (!isObject(v) || v.format !== SNAPSHOT_FORMAT || v.version !== 1) throw inputError('json', `a snapshot from toJSON() (format '${SNAPSHOT_FORMAT}', version 1 or 2)`, v)
  const options = checkOptions(v.options)
  const n = Array.isArray(v.ids) ? v.ids.length : -1
  if (!Array.isArray(v.ids) || !v.ids.every((id) => typeof id === 'string' && id !== '')) throw inputError('json.ids', 'an array of non-empty strings', v.ids)
  if (!Array.isArray(v.published) || v.published.length !== n) throw inputError('json.published', `an array of ${n} times or nulls`, v.published)
  const published = v.published.map((p) => checkPublished(p, 'json'))
  if (!Array.isArray(v.clusters) || v.clusters.length !== n || !v.clusters.every((root) => isCount(root, n - 1))) throw inputError('json.clusters', `an array of ${n} article numbers`, v.clusters)
  const near = options.mode !== 'event'
  // the length is checked on the text itself, before a byte is decoded
  if (typeof v.signatures !== 'string' || (near && v.signatures.length !== Math.ceil((n * PERMUTATIONS * 4) / 3) * 4)) throw inputError('json.signatures', `base64 of ${n * PERMUTATIONS} words`, v.signatures)
  let event: EventState | null = null
  if (options.mode !== 'near') {
    const e = v.event
    if (!isObject(e) || !isCount(e.articles, n) || !Array.isArray(e.docs) || e.docs.length !== n) throw inputError('json.event', `the event index of ${n} articles`, e)
    event = { articles: e.articles, df: checkDf(e.df, 'json.event'), docs: e.docs.map((d) => checkEventDoc(d, 'json.event.docs')) }
  }
  if (v.texts !== null && v.texts !== undefined && (!Array.isArray(v.texts) || !v.texts.every((t) => typeof t === 'string'))) throw inputError('json.texts', 'an array of strings or null', v.texts)
  const texts = Array.isArray(v.texts) ? (v.texts as string[]) : null
  return { options, ids: v.ids as string[], published, signatures: near ? fromBase64(v.signatures) : new Uint32Array(0), event, clusters: v.clusters as number[], texts }
}

/** Version 2 from its lines, checked one record at a time (nothing is sized from the header). */
export function stateFromLines(lines: Iterable<string>): SnapshotState {
  const iterator = lines[Symbol.iterator]()
  let lineNumber = 0
  const next = (): string | undefined => {
    for (let r = iterator.next(); !r.done; r = iterator.next()) {
      lineNumber++
      if (r.value.trim()) return r.value
    }
    return undefined
  }
  const parse = (line: string, where: string): Record<string, unknown> => {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw inputError(where, 'one JSON object per line of a saved index', line)
    }
    if (!isObject(value)) throw inputError(where, 'a JSON object', value)
    return value
  }
  const first = next()
  const header = first === undefined ? undefined : parse(first, 'snapshot line 1')
  if (!header || header.format !== SNAPSHOT_FORMAT || header.version !== 2) throw inputError('snapshot line 1', `the header of a saved index (format '${SNAPSHOT_FORMAT}', version 2)`, header ?? 'nothing')
  const options = checkOptions(header.options)
  const near = options.mode !== 'event'
  const e = header.event
  if (!isCount(header.articles, Number.MAX_SAFE_INTEGER) || header.near !== near || (options.mode === 'near') !== (e === null) || (e !== null && (!isObject(e) || !isCount(e.articles, header.articles) || !isCount(e.dfRecords, Number.MAX_SAFE_INTEGER)))) {
    throw inputError('snapshot line 1', 'a header with articles, near and event counts matching its mode', header)
  }
  const df: Array<[number, number]> = []
  for (let r = 0; e !== null && r < (e.dfRecords as number); r++) {
    const line = next()
    if (line === undefined) throw inputError('snapshot', `${e.dfRecords as number} df records`, `${r}`)
    const where = `snapshot line ${lineNumber}`
    for (const pair of checkDf(parse(line, where).df, where)) df.push(pair)
  }
  const ids: string[] = []
  const published: Array<number | null> = []
  const clusters: number[] = []
  const docs: Array<EventState['docs'][number]> = []
  const texts: string[] | null = header.texts === true ? [] : null
  let signatures = new Uint32Array(near ? PERMUTATIONS * 64 : 0)
  for (let line = next(); line !== undefined; line = next()) {
    const where = `snapshot line ${lineNumber}`
    const record = parse(line, where)
    const doc = ids.length
    if (typeof record.id !== 'string' || record.id === '') throw inputError(`${where}: id`, 'a non-empty string', record.id)
    if (!isCount(record.root, Number.MAX_SAFE_INTEGER)) throw inputError(`${where}: root`, 'an article number', record.root)
    published.push(checkPublished(record.published, where))
    if (near) {
      if (typeof record.signature !== 'string' || record.signature.length !== SIGNATURE_CHARS) throw inputError(`${where}: signature`, `base64 of ${PERMUTATIONS} words`, record.signature)
      if ((doc + 1) * PERMUTATIONS > signatures.length) {
        const bigger = new Uint32Array(signatures.length * 2)
        bigger.set(signatures)
        signatures = bigger
      }
      signatures.set(fromBase64(record.signature), doc * PERMUTATIONS)
    }
    if (e !== null) docs.push(checkEventDoc(record.event, where))
    if (texts) {
      if (typeof record.text !== 'string') throw inputError(`${where}: text`, 'a string (the index verifies matches)', record.text)
      texts.push(record.text)
    }
    ids.push(record.id)
    clusters.push(record.root)
  }
  if (ids.length !== header.articles) throw inputError('snapshot', `${header.articles as number} article records, as its header says`, `${ids.length}`)
  if (!clusters.every((root) => root < ids.length)) throw inputError('snapshot: root', `article numbers below ${ids.length}`, clusters.find((root) => root >= ids.length))
  return { options, ids, published, signatures: signatures.subarray(0, ids.length * PERMUTATIONS), event: e === null ? null : { articles: e.articles as number, df, docs }, clusters, texts }
}

export type { DedupIndexJSON }
