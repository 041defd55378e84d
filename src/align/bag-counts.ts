/**
 * Counting a sentence's token ids: its distinct ids in order of first occurrence with their counts
 * (a bag before weighting), and in how many of a document's sentences each id stands. Apart from
 * weights.ts because it is a document's own (the same in every pair a story puts it in) while the
 * weights are a pair's, and because it is integer bookkeeping around one scratch array, `places`.
 */

/**
 * A sentence's distinct token ids with their counts: a bag before weighting. It is the same in
 * every comparison a document takes part in (a story's pairs), while the weights are the pair's.
 */
export interface BagCounts {
  readonly ids: Int32Array
  readonly counts: Int32Array
}

// Where each id stands among the distinct ids of the bag being counted, plus one (0: not yet seen);
// cleared after each bag. One scratch array for every sentence rather than a map for each.
let places = new Int32Array(1024)

function growPlaces(id: number): void {
  const bigger = new Int32Array(Math.max(id + 1, places.length * 2))
  bigger.set(places)
  places = bigger
}

/**
 * Count `id` once more in the parallel arrays `distinct` / `counts` (first occurrence order),
 * finding its place through the scratch array `places` (its place plus one; the caller clears it).
 */
function tally(id: number, distinct: number[], counts: number[]): void {
  if (id >= places.length) growPlaces(id)
  const k = places[id]! - 1
  if (k < 0) {
    places[id] = distinct.push(id)
    counts.push(1)
  } else counts[k]!++
}

/** A sentence's token ids in order: an array, or a view of a document's one column of ids. */
export type TokenIds = ArrayLike<number> & Iterable<number>

/** The distinct ids of one sentence, in order of first occurrence, with their counts. */
export function countsOf(ids: TokenIds): BagCounts {
  const distinct: number[] = []
  const counts: number[] = []
  for (const id of ids) tally(id, distinct, counts)
  for (const id of distinct) places[id] = 0
  return { ids: Int32Array.from(distinct), counts: Int32Array.from(counts) }
}

/**
 * `countsOf` for several sentences at once, their ids and counts written into one pair of columns
 * with a view per sentence: an array pair per sentence held a buffer and a backing store each
 * (some 300 bytes apiece besides the numbers) for the thousands of sentences of a long report.
 */
export function countsOfAll(sentences: readonly TokenIds[]): BagCounts[] {
  let size = 0
  for (const ids of sentences) size += ids.length
  const allIds = new Int32Array(size)
  const allCounts = new Int32Array(size)
  const out = new Array<BagCounts>(sentences.length)
  let at = 0
  for (let s = 0; s < sentences.length; s++) {
    const from = at
    for (const id of sentences[s]!) {
      if (id >= places.length) growPlaces(id)
      const k = places[id]! - 1
      if (k < 0) {
        allIds[at] = id
        allCounts[at] = 1
        places[id] = ++at - from
      } else allCounts[from + k]!++
    }
    for (let k = from; k < at; k++) places[allIds[k]!] = 0
    out[s] = { ids: allIds.subarray(from, at), counts: allCounts.subarray(from, at) }
  }
  return out
}

/** In how many of a document's counted sentences each id stands: the share of a weighting one document brings to every pair it is in. */
export interface SentenceFrequencies {
  /** Distinct ids, each with the number of sentences that hold it (parallel arrays). */
  readonly ids: Int32Array
  readonly df: Int32Array
  readonly sentences: number
  /**
   * `df` by id (0 for an id the document lacks, and past the end): a pair's weighting reads the
   * other document's count of each id here, in one pass over each document's ids, instead of
   * summing both into a scratch array, reading it and clearing it again (three passes a pair).
   */
  readonly dfById: Int32Array
}

// The distinct ids and their counts while a document's frequencies are counted, copied out at
// their length: two lists of numbers grown by push, then copied into typed arrays, were most of
// what counting allocated.
let distinctScratch = new Int32Array(1024)
let dfScratch = new Int32Array(1024)
// Past this many entries the two are let go after the count: they are sized by a document's
// tokens, so a 1 MB report's (some 150,000 each) stayed allocated through the divergence stage,
// where the heap peaks, and after the call, for no later count that needs them.
const KEPT_SCRATCH = 1 << 16

export function sentenceFrequencies(sentences: readonly BagCounts[]): SentenceFrequencies {
  let most = 0
  for (const bag of sentences) most += bag.ids.length
  if (distinctScratch.length < most) {
    distinctScratch = new Int32Array(Math.max(most, 2 * distinctScratch.length))
    dfScratch = new Int32Array(distinctScratch.length)
  }
  const distinct = distinctScratch
  const df = dfScratch
  let count = 0
  for (const bag of sentences) {
    for (let k = 0; k < bag.ids.length; k++) {
      const id = bag.ids[k]!
      if (id >= places.length) growPlaces(id)
      const at = places[id]! - 1
      if (at < 0) {
        distinct[count] = id
        df[count] = 1
        places[id] = ++count
      } else df[at]!++
    }
  }
  let size = 0
  for (let k = 0; k < count; k++) {
    const id = distinct[k]!
    places[id] = 0
    if (id >= size) size = id + 1
  }
  const dfById = new Int32Array(size)
  for (let k = 0; k < count; k++) dfById[distinct[k]!] = df[k]!
  const counted = { ids: distinct.slice(0, count), df: df.slice(0, count), sentences: sentences.length, dfById }
  if (distinctScratch.length > KEPT_SCRATCH) {
    distinctScratch = new Int32Array(1024)
    dfScratch = new Int32Array(1024)
  }
  return counted
}
