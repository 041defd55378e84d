/**
 * How an article's features are weighed and which of them it keeps: a feature weighs
 * (1 + ln(1 + count)) · idf^1.5, idf = ln((N + 1) / (df + 0.5)) from the index itself, so
 * rare names and numbers dominate and common words fade; an article keeps its maxTerms
 * strongest features, ranked with document frequency floored at SELECTION_MIN_DF.
 */
import type { EventFeatures } from './event-features'

/**
 * Which features an article keeps (and looks up) is decided with its document
 * frequency floored at this: a feature seen in one or two articles so far may be a
 * name the next report shares or a one-off word nobody will, and unfloored idf ranks
 * every such one-off above the names and numbers already shared. With the floor, the
 * rare features an article repeats win, and shared ones are not crowded out.
 * The kept features are still weighted with the true idf. (Tuned on VMDS 1–100: 2–4
 * are all better than none; 3 best.)
 */
const SELECTION_MIN_DF = 3

/**
 * What idf is computed from: the number of articles and each feature's document
 * frequency, both before the article at hand. The in-memory index reads them from its
 * tables; the shared PostgreSQL index (pg-event.ts) from the rows it fetched.
 */
export interface EventStatistics {
  readonly articles: number
  df(id: number): number
}

/**
 * idf of a feature in `df` of `articles` articles; `extra` is 1 when the query counts as one
 * more document (it is being added, or treated as if it were: every feature's count then goes
 * up by one, as the index has always done), `minDf` floors the document frequency (feature
 * selection).
 */
function idfOf(articles: number, df: number, extra: number, minDf = 0): number {
  const n = articles + extra
  return Math.log((n + 1) / (Math.max(minDf, df + extra) + 0.5))
}

function eventWeight(count: number, idf: number): number {
  return idf <= 0 ? 0 : (1 + Math.log(1 + count)) * idf * Math.sqrt(idf)
}

/** 1 + ln(1 + count) for the small whole counts features have (sums of 1, 2 and 4). */
export const COUNT_FACTORS = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(1 + c))

/**
 * eventWeight() under one set of statistics (the article count and `extra`), with each idf
 * computed once per document count: a query weighs thousands of features, and their counts
 * are mostly a few small numbers. The numbers are eventWeight()'s, bit for bit.
 *
 * idf depends on the statistics only through N + extra (and on the floored document count), so
 * the cache holds while that sum stays: a query (N articles, extra 1) and the cosines after its
 * article is added (N + 1, extra 0) share it. Entries are valid when stamped with the current
 * generation, so a new N costs no clearing: an index of many articles has features in thousands
 * of them (common words and their pairs), whose idf would otherwise be a logarithm each time.
 */
export class FeatureWeights {
  private n = -1
  private extra = 0
  private generation = 0
  /**
   * By document count d, three numbers: the generation that computed them, idf and its square
   * root. Side by side, one read brings all three: the exact cosines weigh thousands of stored
   * features per query, at document counts scattered over the table.
   */
  private cache = new Float64Array(3 * 256)

  /** Weigh with these statistics from now on. */
  use(articles: number, extra: number): this {
    this.extra = extra
    if (articles + extra !== this.n) {
      this.n = articles + extra
      if (++this.generation === 0x7fffffff) {
        this.cache.fill(0)
        this.generation = 1
      }
    }
    return this
  }

  /** eventWeight(count, idf) of a feature in `df` articles, the df floored at `minDf`. */
  weight(count: number, df: number, minDf = 0): number {
    return this.weightWithFactor(count >= 0 && count < 256 && count === Math.floor(count) ? COUNT_FACTORS[count]! : 1 + Math.log(1 + count), df, minDf)
  }

  /** weight() with its count given as its factor 1 + ln(1 + count). */
  weightWithFactor(factor: number, df: number, minDf = 0): number {
    const d = Math.max(minDf, df + this.extra)
    let idf: number
    let sqrtIdf: number
    if (3 * d < this.cache.length || (d <= this.n + 1 && this.grow(d))) {
      const cache = this.cache
      const at = 3 * d
      if (cache[at] !== this.generation) {
        const computed = idfOf(this.n - this.extra, df, this.extra, minDf)
        cache[at] = this.generation
        cache[at + 1] = computed
        cache[at + 2] = Math.sqrt(computed)
      }
      idf = cache[at + 1]!
      sqrtIdf = cache[at + 2]!
    } else {
      // a document count above the article count (statistics read from elsewhere): not cached
      idf = idfOf(this.n - this.extra, df, this.extra, minDf)
      sqrtIdf = Math.sqrt(idf)
    }
    if (idf <= 0) return 0
    return factor * idf * sqrtIdf
  }

  /** Room for document counts up to `d` (at most the article count + 1); true. */
  private grow(d: number): boolean {
    const cache = new Float64Array(3 * Math.max(d + 1, (this.cache.length / 3) * 2))
    cache.set(this.cache)
    this.cache = cache
    return true
  }
}


/** An article's kept features: positions in its EventFeatures, strongest first, with their L2-normalised weights. */
interface RankedFeatures {
  readonly at: Int32Array
  readonly weights: Float64Array
}

/**
 * An article's `maxTerms` strongest features (ranked with the df floor, weighted with the
 * true idf), L2-normalised, strongest first. `dfs` holds each feature's document frequency.
 */
export function rankFeatures(f: EventFeatures, dfs: ArrayLike<number>, weights: FeatureWeights, extra: number, maxTerms: number): RankedFeatures {
  const n = f.ids.length
  // every query ranks its thousand-odd features: weigh them in buffers that outlive the call
  if (scratch.w.length < n) scratch = buffers(n * 2)
  const { w, selection, values } = scratch
  let weighed = 0
  for (let i = 0; i < n; i++) {
    const df = dfs[i]!
    w[i] = weights.weight(f.counts[i]!, df)
    if (w[i]! <= 0) continue
    // the floor changes nothing once the feature is in SELECTION_MIN_DF articles
    selection[i] = df + extra >= SELECTION_MIN_DF ? w[i]! : weights.weight(f.counts[i]!, df, SELECTION_MIN_DF)
    weighed++
  }
  // only the features whose selection weight reaches the maxTerms-th largest can be kept: sort those
  let cut = -Infinity
  if (weighed > maxTerms && maxTerms > 0) {
    for (let i = 0, k = 0; i < n; i++) if (w[i]! > 0) values[k++] = selection[i]!
    cut = smallest(values, weighed, weighed - maxTerms)
  }
  let candidates = 0
  for (let i = 0; i < n; i++) if (w[i]! > 0 && selection[i]! >= cut) candidates++
  let order: Int32Array = new Int32Array(candidates)
  for (let i = 0, k = 0; i < n; i++) if (w[i]! > 0 && selection[i]! >= cut) order[k++] = i
  order = sortStrongestFirst(order, selection, w, f.ids)
  const at = order.length > maxTerms ? order.slice(0, Math.max(0, maxTerms)) : order
  const normalised = new Float64Array(at.length)
  let norm = 0
  for (let k = 0; k < at.length; k++) norm += w[at[k]!]! * w[at[k]!]!
  norm = Math.sqrt(norm) || 1
  for (let k = 0; k < at.length; k++) normalised[k] = w[at[k]!]! / norm
  return { at, weights: normalised }
}

interface Buffers {
  readonly w: Float64Array
  readonly selection: Float64Array
  readonly values: Float64Array
}

function buffers(size: number): Buffers {
  return { w: new Float64Array(size), selection: new Float64Array(size), values: new Float64Array(size) }
}

let scratch = buffers(2048)

/**
 * The (k + 1)-th smallest of `values[0, n)` (0 ≤ k < n), reordering them: quickselect, linear on
 * average where sorting them all to read one was n log n.
 */
function smallest(values: Float64Array, n: number, k: number): number {
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    // median of three as the pivot: the values often arrive sorted in long runs
    const mid = (lo + hi) >>> 1
    const a = values[lo]!
    const b = values[mid]!
    const c = values[hi]!
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const t = values[i]!
        values[i++] = values[j]!
        values[j--] = t
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return values[k]!
  }
  return values[k]!
}

/** Whether feature x ranks before y: higher selection weight, then higher weight, then the smaller hash (a total order). */
function ranksBefore(x: number, y: number, selection: Float64Array, w: Float64Array, ids: Uint32Array): boolean {
  if (selection[x] !== selection[y]) return selection[x]! > selection[y]!
  if (w[x] !== w[y]) return w[x]! > w[y]!
  return ids[x]! < ids[y]!
}

const RUN = 16

/**
 * `order` sorted by ranksBefore: insertion-sorted runs merged bottom-up. Array.prototype.sort
 * with a comparator calls back into JavaScript for every comparison, and ranking was most of
 * a query's own time. Returns the sorted array (`order` or a buffer of the same length).
 */
function sortStrongestFirst(order: Int32Array, selection: Float64Array, w: Float64Array, ids: Uint32Array): Int32Array {
  const n = order.length
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n)
    for (let i = lo + 1; i < hi; i++) {
      const x = order[i]!
      let j = i - 1
      while (j >= lo && ranksBefore(x, order[j]!, selection, w, ids)) {
        order[j + 1] = order[j]!
        j--
      }
      order[j + 1] = x
    }
  }
  let from: Int32Array = order
  let to: Int32Array = new Int32Array(n)
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) to[k++] = ranksBefore(from[j]!, from[i]!, selection, w, ids) ? from[j++]! : from[i++]!
      while (i < mid) to[k++] = from[i++]!
      while (j < hi) to[k++] = from[j++]!
    }
    ;[from, to] = [to, from]
  }
  return from
}
