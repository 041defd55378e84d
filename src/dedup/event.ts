/**
 * The incremental same-event index in memory. Articles are bags of features
 * (event-features.ts), judged with the shared scoring (event-score.ts): each keeps its
 * maxTerms strongest features; candidates come from an inverted index of those, looked up
 * for a query's strongest features only (names, numbers, rare words), skipping features in
 * more than a fraction of the articles (they carry no weight); the best candidates by summed
 * weight are scored exactly.
 *
 * Statistics live in a FeatureTable by slot. Within one query the idf of a slot is computed
 * once (stamped with the statistics' version) and the query's weights are scattered by slot,
 * so an exact cosine is a pass over the stored article's arrays; the numbers are those of
 * eventVector() and eventCosine(), which the PostgreSQL index uses.
 */
import type { EventFeatures } from './event-features'
import {
  type EventCandidate,
  type EventIndexOptions,
  bestCandidates,
  meanTop,
  postingLimit,
  pushTop,
} from './event-score'
import { COUNT_FACTORS, FeatureWeights, rankFeatures } from './event-weights'
import { FeatureTable } from './feature-table'
import { SlotWeights } from './slot-weights'

export interface EventState {
  readonly articles: number
  readonly df: Array<[number, number]>
  readonly docs: Array<{ ids: number[]; counts: number[]; neighbours: number[] }>
}

/** A query's kept features, strongest first: what candidates() looked up and add() keeps. */
interface EventVector {
  /** The slot of each of the article's features (parallel to its EventFeatures), -1 where unknown. */
  readonly featureSlots: Int32Array
  /** Where each kept feature is in the article's EventFeatures. */
  readonly at: Int32Array
  readonly ids: Uint32Array
  /** Each feature's slot in the index's table, -1 for one the index does not know. */
  readonly slots: Int32Array
  /** L2-normalised weights. */
  readonly weights: Float64Array
  readonly counts: Float32Array
}

/** `counts` as bytes when they all are whole numbers below 256, else themselves. */
function compactCounts(counts: Float32Array): Uint8Array | Float32Array {
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!
    if (!(c >= 0 && c < 256 && c === Math.floor(c))) return counts
  }
  return Uint8Array.from(counts)
}

/** Vectors of stored articles kept for pairCosine() while the statistics stay the same. */
const STORED_VECTORS = 64

/** The incremental same-event index. Documents are dense integers 0, 1, 2, … */
export class EventIndex {
  private table = new FeatureTable()
  /**
   * By document: the slots of its kept features, strongest first, and their counts: as bytes when
   * they are all whole numbers below 256 (nearly always: sums of 1, 2 and 4), which the cosines
   * read as indexes of their weight factors, in a quarter of the memory.
   */
  private readonly slots: Int32Array[] = []
  private readonly counts: Array<Uint8Array | Float32Array> = []
  /** Best HUB_K cosines of each article with any other, descending. */
  private readonly neighbours: number[][] = []
  private articles = 0
  private acc = new Float64Array(1024)
  /** cosineWith()'s buffer of a stored article's document frequencies. */
  private dfs = new Int32Array(256)
  /** Bumped whenever articles or document frequencies change: stamps the idf cache. */
  private version = 0
  /** The weights of the query being scored, by slot. */
  private readonly query = new SlotWeights()
  private readonly weights = new FeatureWeights()
  private storedVectors = new Map<number, EventVector>()
  private storedVersion = -1

  constructor(private readonly options: EventIndexOptions) {}

  get size(): number {
    return this.articles
  }

  /** The kept features of `f` (extra: 1 when it counts as one more article, else 0), with their slots. */
  private vector(f: EventFeatures, slots: Int32Array, extra: number): EventVector {
    const df = this.table.df
    const dfs = new Int32Array(slots.length)
    for (let i = 0; i < slots.length; i++) dfs[i] = slots[i]! < 0 ? 0 : df[slots[i]!]!
    const { at, weights } = rankFeatures(f, dfs, this.weights.use(this.articles, extra), extra, this.options.maxTerms)
    const vector = { featureSlots: slots, at, ids: new Uint32Array(at.length), slots: new Int32Array(at.length), weights, counts: new Float32Array(at.length) }
    for (let k = 0; k < at.length; k++) {
      vector.ids[k] = f.ids[at[k]!]!
      vector.slots[k] = slots[at[k]!]!
      vector.counts[k] = f.counts[at[k]!]!
    }
    return vector
  }

  private storedVector(doc: number): EventVector {
    if (this.storedVersion !== this.version) {
      this.storedVectors.clear()
      this.storedVersion = this.version
    }
    let vector = this.storedVectors.get(doc)
    if (!vector) {
      vector = this.vector(this.storedFeatures(doc), this.slots[doc]!, 0)
      if (this.storedVectors.size >= STORED_VECTORS) this.storedVectors.clear()
      this.storedVectors.set(doc, vector)
    }
    return vector
  }

  /** eventCosine() of the query (its weights in `this.query`) with a stored article, by slot. */
  private cosineWith(doc: number, extra: number): number {
    const slots = this.slots[doc]!
    const counts = this.counts[doc]!
    const n = slots.length
    // the document frequencies first, in a loop of independent reads: they are scattered over
    // megabytes, and a loop that also weighs waits for each one in turn
    if (this.dfs.length < n) this.dfs = new Int32Array(n * 2)
    const dfs = this.dfs
    const { df } = this.table
    for (let i = 0; i < n; i++) dfs[i] = df[slots[i]!]!
    const query = this.query
    const weights = this.weights.use(this.articles, extra)
    let dot = 0
    let norm = 0
    if (counts instanceof Uint8Array) {
      for (let i = 0; i < n; i++) {
        const w = weights.weightWithFactor(COUNT_FACTORS[counts[i]!]!, dfs[i]!)
        norm += w * w
        const q = query.get(slots[i]!)
        if (q !== 0) dot += q * w
      }
    } else {
      for (let i = 0; i < n; i++) {
        const w = weights.weight(counts[i]!, dfs[i]!)
        norm += w * w
        const q = query.get(slots[i]!)
        if (q !== 0) dot += q * w
      }
    }
    return norm > 0 ? Math.min(1, dot / Math.sqrt(norm)) : 0
  }

  /** Run `score` with the query vector's weights in `this.query`. */
  private withQuery<T>(vector: EventVector, score: () => T): T {
    this.query.set(vector.slots, vector.weights)
    try {
      return score()
    } finally {
      this.query.clear()
    }
  }

  /** Candidates for an article with features `f`, best first; `accept` filters documents (time window). */
  candidates(f: EventFeatures, extra: number, accept: (doc: number) => boolean): { vector: EventVector; candidates: EventCandidate[] } {
    const slots = new Int32Array(f.ids.length)
    for (let i = 0; i < slots.length; i++) slots[i] = this.table.find(f.ids[i]!)
    const vector = this.vector(f, slots, extra)
    return { vector, candidates: this.candidatesOf(vector, extra, accept) }
  }

  /** candidates() of an indexed article, with today's statistics (extra 0). */
  storedCandidates(doc: number, accept: (other: number) => boolean): EventCandidate[] {
    return this.candidatesOf(this.storedVector(doc), 0, accept)
  }

  private candidatesOf(vector: EventVector, extra: number, accept: (doc: number) => boolean): EventCandidate[] {
    const limit = postingLimit(this.options, this.articles + extra)
    if (this.acc.length < this.articles) this.acc = new Float64Array(Math.max(1024, this.articles * 2))
    const acc = this.acc
    const touched: number[] = []
    const { postStart, postLength } = this.table
    // look up the strongest features only (the vector is sorted by weight): names, numbers, rare words
    const looked = Math.min(this.options.lookupTerms, vector.slots.length)
    for (let k = 0; k < looked; k++) {
      const s = vector.slots[k]!
      const length = s < 0 ? 0 : postLength[s]!
      if (length === 0 || length > limit) continue
      const w = vector.weights[k]!
      // the arena may not grow during the query: read it here
      const arena = this.table.arena
      for (let p = postStart[s]!, end = p + length; p < end; p++) {
        const doc = arena[p]!
        if (acc[doc] === 0) touched.push(doc)
        acc[doc] = acc[doc]! + w
      }
    }
    const docs: number[] = []
    const sums: number[] = []
    for (const doc of touched) {
      if (accept(doc)) {
        docs.push(doc)
        sums.push(acc[doc]!)
      }
      acc[doc] = 0
    }
    if (docs.length === 0) return []
    return this.withQuery(vector, () => bestCandidates(docs, sums, this.options.maxCandidates, (doc) => this.cosineWith(doc, extra)))
  }

  /** An indexed article's stored (pruned) features. */
  storedFeatures(doc: number): EventFeatures {
    const { hashes } = this.table
    const slots = this.slots[doc]!
    const ids = new Uint32Array(slots.length)
    for (let i = 0; i < slots.length; i++) ids[i] = hashes[slots[i]!]!
    const counts = this.counts[doc]!
    return { ids, counts: counts instanceof Float32Array ? counts : Float32Array.from(counts) }
  }

  /** Cosine of two indexed articles with today's idf. */
  pairCosine(a: number, b: number): number {
    return this.withQuery(this.storedVector(a), () => this.cosineWith(b, 0))
  }

  /** Mean of an indexed article's best HUB_K cosines (0 for missing neighbours). */
  hubness(doc: number): number {
    return meanTop(this.neighbours[doc]!)
  }

  /** An indexed article's best HUB_K cosines with any other, descending. */
  neighboursOf(doc: number): readonly number[] {
    return this.neighbours[doc]!
  }

  /** Add an article; `vector` is its query vector (from candidates()), `scored` its scored candidates. Returns its number. */
  add(f: EventFeatures, vector: EventVector, scored: readonly EventCandidate[]): number {
    const doc = this.articles++
    this.version++
    const table = this.table
    // the features the query found keep their slots (unless forgetRarest moves them); the new ones get theirs
    const featureSlots = Int32Array.from(vector.featureSlots)
    for (let i = 0; i < f.ids.length; i++) {
      if (featureSlots[i]! < 0) featureSlots[i] = table.insert(f.ids[i]!)
      table.count(featureSlots[i]!)
    }
    const forgot = table.known > this.options.dfLimit
    if (forgot) this.forgetRarest()
    // keep the article's strongest features (its query vector is already pruned and sorted)
    const slots = new Int32Array(vector.ids.length)
    for (let k = 0; k < slots.length; k++) {
      slots[k] = forgot ? table.intern(vector.ids[k]!) : featureSlots[vector.at[k]!]!
      table.post(slots[k]!, doc)
    }
    this.slots.push(slots)
    const counts = vector.counts.slice()
    this.counts.push(compactCounts(counts))
    // Its vector under the new statistics is its query vector: the query counted it as one more
    // article (N + 1, each feature's df + 1), which it now is. pairCosine() of the links assign()
    // checks next needs it; forgetRarest() may have reset some of its features' counts.
    if (!forgot) {
      this.storedVectors.clear()
      this.storedVersion = this.version
      this.storedVectors.set(doc, { featureSlots: slots, at: vector.at.map((_, k) => k), ids: vector.ids, slots, weights: vector.weights, counts })
    }
    const own: number[] = []
    for (const { doc: other, cosine } of scored) {
      pushTop(this.neighbours[other]!, cosine)
      pushTop(own, cosine)
    }
    this.neighbours.push(own)
    return doc
  }

  /** Lossy counting (FeatureTable.forgetRarest); the stored articles follow their features' new slots. */
  private forgetRarest(): void {
    const moved = this.table.forgetRarest(this.options.dfLimit)
    for (const slots of this.slots) for (let i = 0; i < slots.length; i++) slots[i] = moved[slots[i]!]!
    this.storedVectors.clear()
  }

  toState(): EventState {
    return {
      articles: this.articles,
      df: [...this.table.dfEntries()],
      docs: this.slots.map((_, doc) => this.docState(doc)),
    }
  }

  /** The document frequencies, for a snapshot written record by record. */
  dfEntries(): IterableIterator<[number, number]> {
    return this.table.dfEntries()
  }

  /** One article's part of toState(). */
  docState(doc: number): EventState['docs'][number] {
    return { ids: Array.from(this.storedFeatures(doc).ids), counts: Array.from(this.counts[doc]!), neighbours: this.neighbours[doc]!.slice() }
  }

  static fromState(state: EventState, options: EventIndexOptions): EventIndex {
    const index = new EventIndex(options)
    const table = index.table
    for (const [id, df] of state.df) table.setDf(table.intern(id >>> 0), df)
    state.docs.forEach((d, doc) => {
      const slots = Int32Array.from(d.ids, (id) => table.intern(id >>> 0))
      for (const s of slots) table.post(s, doc)
      index.slots.push(slots)
      index.counts.push(compactCounts(Float32Array.from(d.counts)))
      index.neighbours.push(d.neighbours.slice())
    })
    index.articles = state.articles
    return index
  }

  bytes(): number {
    let total = this.table.bytes()
    for (const slots of this.slots) total += slots.byteLength * 2 + 64
    return total
  }
}
