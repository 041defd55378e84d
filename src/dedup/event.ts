/**
 * Same-event index: reports written independently about one event share names,
 * places, numbers and rare words, not sentences. Each article becomes a bag of
 * weighted features:
 *
 * - `w:` every folded word (numbers are rare, so idf weighs them up),
 * - `b:` every pair of adjacent words inside a sentence (Vietnamese words are mostly
 *   two syllables, so pairs are words and fixed phrases),
 * - `e:` every run of capitalised words (names, places, organisations), counting double,
 *
 * with the title counting twice. An article keeps its maxTerms strongest features,
 * ranked with document frequency floored at SELECTION_MIN_DF (below). A feature weighs (1 + ln(1 + count)) · idf^1.5,
 * idf = ln((N + 1) / (df + 0.5)) from the index itself, so rare names and numbers
 * dominate and common words fade. Two articles score the cosine of their vectors
 * relative to their neighbourhoods (hubScore): cos / ((r_a + r_b) / 2) − 1, where r
 * is the mean cosine of an article's HUB_K nearest neighbours. Generic articles that
 * resemble everything pay for it; a tight cluster stands out from its neighbourhood.
 *
 * Candidates come from an inverted index of each article's top features; features
 * in more than a fraction of the articles are not looked up (they carry no weight).
 */
import { tokenize } from '../normalize/tokens'
import { murmur3Utf8 } from './hash'

export const HUB_K = 5
/**
 * Which features an article keeps (and looks up) is decided with its document
 * frequency floored at this: a feature seen in one or two articles so far may be a
 * name the next report shares or a one-off word nobody will, and unfloored idf ranks
 * every such one-off above the names and numbers already shared. With the floor, the
 * rare features an article repeats win, and shared ones are not crowded out.
 * The kept features are still weighted with the true idf. (Tuned on VMDS 1–100: 2–4
 * are all better than none; 3 best.)
 */
export const SELECTION_MIN_DF = 3

/**
 * The hub-corrected event score of two articles: their cosine as a share of the mean
 * of their neighbourhoods (hubA, hubB: mean of each one's HUB_K best cosines), minus 1.
 * 0 means "as alike as each is to its usual nearest neighbours"; a generic article
 * (high r) must resemble a report much more to match it.
 *
 * A ratio, not the difference cos − r of CSLS: the difference is in cosine units, so
 * its best threshold moves with whatever sets the cosine scale (features kept, text
 * length, language). The ratio is scale-free. On VietnameseMDS 1–100 it ranks pairs better:
 * average precision of all article pairs 93.4 → 95.7, best pair F1 90.3 → 90.7.
 */
export function hubScore(cosine: number, hubA: number, hubB: number): number {
  const hub = (hubA + hubB) / 2
  // hub is 0 only when neither has a neighbour; the ratio is at most HUB_K − 1 when the pair is among them
  if (hub <= 0) return cosine > 0 ? HUB_K - 1 : -1
  return cosine / hub - 1
}

export interface EventFeatures {
  /** Feature hashes (MurmurHash3 of `w:word`, `b:word word`, `e:name`), distinct. */
  readonly ids: Uint32Array
  /** Weighted counts, parallel to `ids`. */
  readonly counts: Float32Array
}

const CAPITAL = /^\p{Lu}/u
const SENTENCE_BREAK = /[.!?]/

function addFeatures(text: string, weight: number, into: Map<string, number>): void {
  const nfc = text.normalize('NFC')
  const add = (key: string, w: number): void => {
    into.set(key, (into.get(key) ?? 0) + w)
  }
  const toks = tokenize(nfc)
  let prev: string | undefined
  let prevEnd = 0
  let entity: string[] = []
  const flush = (): void => {
    if (entity.length > 0) add('e:' + entity.join(' '), 2 * weight)
    entity = []
  }
  for (const token of toks) {
    const gap = nfc.slice(prevEnd, token.start)
    if (SENTENCE_BREAK.test(gap)) {
      prev = undefined
      flush()
    }
    const key = token.key
    add('w:' + key, weight)
    if (prev !== undefined) add('b:' + prev + ' ' + key, weight)
    if (CAPITAL.test(nfc.slice(token.start, token.end))) entity.push(key)
    else flush()
    prev = key
    prevEnd = token.end
  }
  flush()
}

/** The event features of an article (title counts twice). */
export function eventFeatures(text: string, title?: string): EventFeatures {
  const bag = new Map<string, number>()
  if (title) addFeatures(title, 2, bag)
  addFeatures(text, 1, bag)
  // Distinct strings can share a hash; merge them (harmless, and rare).
  const merged = new Map<number, number>()
  for (const [key, count] of bag) {
    const h = murmur3Utf8(key)
    merged.set(h, (merged.get(h) ?? 0) + count)
  }
  const ids = new Uint32Array(merged.size)
  const counts = new Float32Array(merged.size)
  let i = 0
  for (const [h, c] of merged) {
    ids[i] = h
    counts[i++] = c
  }
  return { ids, counts }
}

export interface EventIndexOptions {
  /** Features kept per article (the highest weighted when it is added). */
  readonly maxTerms: number
  /** Strongest features of a query looked up in the inverted index. */
  readonly lookupTerms: number
  /** Candidates scored exactly per query. */
  readonly maxCandidates: number
  /** Features found in more than this share of the articles are not looked up. */
  readonly maxDocFrequency: number
  /** Distinct features whose document frequency is tracked before the rarest are forgotten. */
  readonly dfLimit: number
}

export interface EventCandidate {
  readonly doc: number
  /** Cosine of the two feature vectors. */
  readonly cosine: number
}

export interface EventState {
  readonly articles: number
  readonly df: Array<[number, number]>
  readonly docs: Array<{ ids: number[]; counts: number[]; neighbours: number[] }>
}


/**
 * What idf is computed from: the number of articles and each feature's document
 * frequency, both before the article at hand. The in-memory index reads them from its
 * maps; the shared PostgreSQL index (pg-event.ts) from the rows it fetched.
 */
export interface EventStatistics {
  readonly articles: number
  df(id: number): number
}

/**
 * idf with these counts; `extra` is 1 when the query counts as one more document (it is
 * being added, or treated as if it were: every feature's count then goes up by one, as
 * the index has always done), `minDf` floors the document frequency (feature selection).
 */
export function eventIdf(stats: EventStatistics, id: number, extra: number, minDf = 0): number {
  const n = stats.articles + extra
  const df = Math.max(minDf, stats.df(id) + extra)
  return Math.log((n + 1) / (df + 0.5))
}

export function eventWeight(count: number, idf: number): number {
  return idf <= 0 ? 0 : (1 + Math.log(1 + count)) * idf * Math.sqrt(idf)
}

/**
 * An article's weight vector: its `maxTerms` strongest features (ranked with the df floor,
 * weighted with the true idf), L2-normalised, strongest first.
 */
export function eventVector(f: EventFeatures, stats: EventStatistics, extra: number, maxTerms: number): Map<number, number> {
  const weighted: Array<[number, number, number]> = []
  for (let i = 0; i < f.ids.length; i++) {
    const w = eventWeight(f.counts[i]!, eventIdf(stats, f.ids[i]!, extra))
    if (w > 0) weighted.push([f.ids[i]!, w, eventWeight(f.counts[i]!, eventIdf(stats, f.ids[i]!, extra, SELECTION_MIN_DF))])
  }
  weighted.sort((x, y) => y[2] - x[2] || y[1] - x[1] || x[0] - y[0])
  const kept = weighted.slice(0, maxTerms)
  let norm = 0
  for (const [, w] of kept) norm += w * w
  norm = Math.sqrt(norm) || 1
  return new Map(kept.map(([id, w]) => [id, w / norm]))
}

/** Cosine of a (normalised) query vector with a stored article's kept features, weighted with these counts. */
export function eventCosine(vector: ReadonlyMap<number, number>, stored: EventFeatures, stats: EventStatistics, extra: number): number {
  const { ids, counts } = stored
  let dot = 0
  let norm = 0
  for (let i = 0; i < ids.length; i++) {
    const w = eventWeight(counts[i]!, eventIdf(stats, ids[i]!, extra))
    norm += w * w
    const q = vector.get(ids[i]!)
    if (q !== undefined) dot += q * w
  }
  return norm > 0 ? Math.min(1, dot / Math.sqrt(norm)) : 0
}

/** The in-memory index's tuning, shared with the PostgreSQL one so that both decide alike. */
export function eventIndexOptions(maxTerms: number): EventIndexOptions {
  return { maxTerms, lookupTerms: 40, maxCandidates: 30, maxDocFrequency: 0.05, dfLimit: 4_000_000 }
}

/** Posting lists longer than this are not looked up (features in more than maxDocFrequency of the articles). */
export function postingLimit(options: EventIndexOptions, articles: number): number {
  return Math.max(32, options.maxDocFrequency * articles)
}

/**
 * The candidates to score exactly: the `max` documents with the largest sums of the query's
 * weights over the looked-up features they share (`ranked`: [doc, sum]; ties: older first),
 * scored by `cosineOf` and ordered best first.
 */
export function bestCandidates(ranked: Array<[number, number]>, max: number, cosineOf: (doc: number) => number): EventCandidate[] {
  ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0])
  const candidates = ranked.slice(0, max).map(([doc]) => ({ doc, cosine: cosineOf(doc) }))
  candidates.sort((x, y) => y.cosine - x.cosine || x.doc - y.doc)
  return candidates
}

/** The incremental same-event index. Documents are dense integers 0, 1, 2, … */
export class EventIndex {
  private readonly df = new Map<number, number>()
  private readonly postings = new Map<number, number[]>()
  private readonly ids: Uint32Array[] = []
  private readonly counts: Float32Array[] = []
  /** Best HUB_K cosines of each article with any other, descending. */
  private readonly neighbours: number[][] = []
  private articles = 0
  private acc = new Float64Array(1024)
  private readonly stats: EventStatistics

  constructor(private readonly options: EventIndexOptions) {
    const index = this
    this.stats = {
      get articles(): number {
        return index.articles
      },
      df: (id) => index.df.get(id) ?? 0,
    }
  }

  get size(): number {
    return this.articles
  }

  /**
   * The query's weight vector (pruned to maxTerms, L2-normalised). `extra` is 1 when the
   * query counts as one more document (it is being added, or treated as if it were).
   */
  private vector(f: EventFeatures, extra: number): Map<number, number> {
    return eventVector(f, this.stats, extra, this.options.maxTerms)
  }

  /** Cosine of a (normalised) query vector with a stored article, weighted with today's idf. */
  private cosineWith(vector: Map<number, number>, doc: number, extra: number): number {
    return eventCosine(vector, { ids: this.ids[doc]!, counts: this.counts[doc]! }, this.stats, extra)
  }

  /** Candidates for an article with features `f`, best first; `accept` filters documents (time window). */
  candidates(f: EventFeatures, extra: number, accept: (doc: number) => boolean): { vector: Map<number, number>; candidates: EventCandidate[] } {
    const vector = this.vector(f, extra)
    const limit = postingLimit(this.options, this.articles + extra)
    if (this.acc.length < this.articles) {
      const bigger = new Float64Array(Math.max(1024, this.articles * 2))
      this.acc = bigger
    }
    const acc = this.acc
    const touched: number[] = []
    // look up the strongest features only (the vector is sorted by weight): names, numbers, rare words
    let looked = 0
    for (const [id, w] of vector) {
      if (looked++ >= this.options.lookupTerms) break
      const list = this.postings.get(id)
      if (!list || list.length > limit) continue
      for (const doc of list) {
        if (acc[doc] === 0) touched.push(doc)
        acc[doc] = acc[doc]! + w
      }
    }
    const ranked: Array<[number, number]> = []
    for (const doc of touched) {
      if (accept(doc)) ranked.push([doc, acc[doc]!])
      acc[doc] = 0
    }
    return { vector, candidates: bestCandidates(ranked, this.options.maxCandidates, (doc) => this.cosineWith(vector, doc, extra)) }
  }

  /** An indexed article's stored (pruned) features. */
  storedFeatures(doc: number): EventFeatures {
    return { ids: this.ids[doc]!, counts: this.counts[doc]! }
  }

  /** Cosine of two indexed articles with today's idf. */
  pairCosine(a: number, b: number): number {
    return this.cosineWith(this.vector({ ids: this.ids[a]!, counts: this.counts[a]! }, 0), b, 0)
  }

  /** Mean of an indexed article's best HUB_K cosines (0 for missing neighbours). */
  hubness(doc: number): number {
    return meanTop(this.neighbours[doc]!)
  }

  /** An indexed article's best HUB_K cosines with any other, descending. */
  neighboursOf(doc: number): readonly number[] {
    return this.neighbours[doc]!
  }

  /** Add an article; `vector` is its query vector, `scored` its scored candidates. Returns its number. */
  add(f: EventFeatures, vector: Map<number, number>, scored: readonly EventCandidate[]): number {
    const doc = this.articles++
    for (const id of f.ids) this.df.set(id, (this.df.get(id) ?? 0) + 1)
    if (this.df.size > this.options.dfLimit) this.forgetRarest()
    // keep the article's strongest features (its query vector is already pruned and sorted)
    const kept = [...vector.keys()]
    const ids = new Uint32Array(kept.length)
    const counts = new Float32Array(kept.length)
    const countOf = new Map<number, number>()
    for (let i = 0; i < f.ids.length; i++) countOf.set(f.ids[i]!, f.counts[i]!)
    kept.forEach((id, i) => {
      ids[i] = id
      counts[i] = countOf.get(id) ?? 0
      let list = this.postings.get(id)
      if (!list) this.postings.set(id, (list = []))
      list.push(doc)
    })
    this.ids.push(ids)
    this.counts.push(counts)
    const own: number[] = []
    for (const { doc: other, cosine } of scored) {
      pushTop(this.neighbours[other]!, cosine)
      pushTop(own, cosine)
    }
    this.neighbours.push(own)
    return doc
  }

  /** Lossy counting: drop features seen in one article only, when the table is full. */
  private forgetRarest(): void {
    for (const [id, df] of this.df) if (df <= 1 && !this.postings.has(id)) this.df.delete(id)
    if (this.df.size > this.options.dfLimit) for (const [id, df] of this.df) if (df <= 1) this.df.delete(id)
  }

  /** Neighbour means an unadded query would have, from its scored candidates. */
  static queryHubness(scored: readonly EventCandidate[]): number {
    const top: number[] = []
    for (const { cosine } of scored) pushTop(top, cosine)
    return meanTop(top)
  }

  toState(): EventState {
    return {
      articles: this.articles,
      df: [...this.df],
      docs: this.ids.map((ids, i) => ({ ids: Array.from(ids), counts: Array.from(this.counts[i]!), neighbours: this.neighbours[i]!.slice() })),
    }
  }

  /** The document frequencies, for a snapshot written record by record. */
  dfEntries(): IterableIterator<[number, number]> {
    return this.df.entries()
  }

  /** One article's part of toState(). */
  docState(doc: number): EventState['docs'][number] {
    return { ids: Array.from(this.ids[doc]!), counts: Array.from(this.counts[doc]!), neighbours: this.neighbours[doc]!.slice() }
  }

  static fromState(state: EventState, options: EventIndexOptions): EventIndex {
    const index = new EventIndex(options)
    for (const [id, df] of state.df) index.df.set(id, df)
    state.docs.forEach((d, doc) => {
      index.ids.push(Uint32Array.from(d.ids))
      index.counts.push(Float32Array.from(d.counts))
      index.neighbours.push(d.neighbours.slice())
      for (const id of d.ids) {
        let list = index.postings.get(id)
        if (!list) index.postings.set(id, (list = []))
        list.push(doc)
      }
    })
    index.articles = state.articles
    return index
  }

  bytes(): number {
    let total = 0
    for (const ids of this.ids) total += ids.byteLength * 2 + 64
    return total + this.df.size * 24 + this.postings.size * 40
  }
}

/** Keep `top` the best HUB_K values, descending, with `value` offered. */
export function pushTop(top: number[], value: number): void {
  if (top.length < HUB_K) top.push(value)
  else if (value > top[top.length - 1]!) top[top.length - 1] = value
  else return
  top.sort((x, y) => y - x)
}

/** Mean of the best HUB_K values (missing ones count 0): an article's hubness. */
export function meanTop(top: readonly number[]): number {
  let s = 0
  for (const v of top) s += v
  return s / HUB_K
}

/** The hubness an article with best cosines `top` would have with one more neighbour at `cosine`. */
export function hubWithNeighbour(top: readonly number[], cosine: number): number {
  const mean = meanTop(top)
  // the mean of the best HUB_K; adding `cosine` can only replace the weakest
  const weakest = top.length < HUB_K ? 0 : top[top.length - 1]!
  return Math.max(mean, mean + (cosine - weakest) / HUB_K)
}

