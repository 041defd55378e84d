/**
 * Sentences as weighted bags of tokens. A token's weight is its inverse
 * sentence frequency over both documents, so rare words (names, places,
 * numbers) decide a link and function words barely count.
 *
 * Tokens are interned to small integers per comparison: the aligner compares
 * hundreds of bag pairs, and array lookups by id cost a fraction of the string
 * map lookups they replace.
 */
import { looseKey } from '../normalize/romanisation'
import type { BagCounts, SentenceFrequencies, TokenIds } from './bag-counts'

/** The tokens of one comparison, each with an id, a weight and a loose-match class. */
export interface Vocabulary {
  readonly ids: Map<string, number>
  readonly keys: string[]
  /**
   * Loose-match class by id for the ids classed so far, and the classes by loose key: a vocabulary
   * weighed more than once (the role links, the pairs of a story) classes each token once.
   */
  readonly looseClasses: number[]
  readonly classes: Map<string, number>
  /** `looseClasses` as the typed array weightings read, rebuilt only when the vocabulary grew. */
  looseArray?: Int32Array
}

export interface Bag {
  /** Distinct token ids, in order of first occurrence. */
  readonly ids: Int32Array
  /** How often each token occurs, parallel to `ids`. */
  readonly counts: Int32Array
  /** Sum of count × weight. */
  readonly weight: number
}

/** Weights and loose-match classes by token id, with scratch space for the bag operations. */
export interface Weighting {
  readonly weights: Float64Array
  /** Id of the token's loose key (see `looseKey`), or -1 when the token only matches exactly. */
  readonly loose: Int32Array
  /** All zero between calls. */
  readonly scratch: Int32Array
}

export function createVocabulary(): Vocabulary {
  return { ids: new Map(), keys: [], looseClasses: [], classes: new Map() }
}

export function intern(vocabulary: Vocabulary, keys: readonly string[]): number[] {
  const out = new Array<number>(keys.length)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    let id = vocabulary.ids.get(key)
    if (id === undefined) {
      id = vocabulary.keys.push(key) - 1
      vocabulary.ids.set(key, id)
    }
    out[i] = id
  }
  return out
}

/** Words long or marked enough to match loosely: not digits, not one- or two-letter ASCII words. */
const LOOSE_MATCHABLE = /\P{ASCII}|[a-z]{3,}/u

/** Weights from a function of the token (a caller's IDF table, or none). */
export function weighting(vocabulary: Vocabulary, weigh: (key: string) => number): Weighting {
  const { keys } = vocabulary
  const weights = new Float64Array(keys.length)
  for (let id = 0; id < keys.length; id++) weights[id] = weigh(keys[id]!)
  return withLooseClasses(vocabulary, weights)
}

/** Inverse sentence frequency: log(1 + N / df). */
export function inverseFrequency(vocabulary: Vocabulary, sentences: ReadonlyArray<readonly number[]>): Weighting {
  const size = vocabulary.keys.length
  const df = new Int32Array(size)
  const lastSeen = new Int32Array(size).fill(-1)
  const repeated: number[] = []
  sentences.forEach((ids, s) => {
    for (const id of ids) {
      if (lastSeen[id] === s) continue
      lastSeen[id] = s
      if (++df[id]! === 2) repeated.push(id)
    }
  })
  const n = Math.max(1, sentences.length)
  // A token seen in one sentence, or in none of these (another pair's, in a story), weighs log(1 + n).
  const weights = new Float64Array(size).fill(Math.log(1 + n / 1))
  for (const id of repeated) weights[id] = Math.log(1 + n / df[id]!)
  return withLooseClasses(vocabulary, weights)
}

function withLooseClasses(vocabulary: Vocabulary, weights: Float64Array, scratch?: Int32Array): Weighting {
  const { keys, looseClasses, classes } = vocabulary
  for (let id = looseClasses.length; id < keys.length; id++) {
    const key = keys[id]!
    if (!LOOSE_MATCHABLE.test(key)) {
      looseClasses.push(-1)
      continue
    }
    const k = looseKey(key)
    let c = classes.get(k)
    if (c === undefined) classes.set(k, (c = classes.size))
    looseClasses.push(c)
  }
  if (vocabulary.looseArray?.length !== looseClasses.length) vocabulary.looseArray = Int32Array.from(looseClasses)
  return { weights, loose: vocabulary.looseArray, scratch: scratch ?? new Int32Array(keys.length) }
}

/**
 * Arrays a weighting may reuse from one pair to the next (one set per weighting alive at a time):
 * a story's vocabulary holds the words of all its reports, and arrays of that size, allocated and
 * filled for every pair, made each pair cost in proportion to the whole story.
 */
export interface WeightingBuffers {
  df: Int32Array
  weights: Float64Array
  scratch: Int32Array
}

export function createWeightingBuffers(): WeightingBuffers {
  return { df: new Int32Array(0), weights: new Float64Array(0), scratch: new Int32Array(0) }
}

/**
 * `inverseFrequency` over the sentences of several documents, from each one's frequencies:
 * a document's sentences are counted once, not once per pair it is in. The weights are the same,
 * since a frequency over the union is the sum of the documents' frequencies.
 *
 * With `buffers`, the weighting is written into them and is valid until their next use: only the
 * documents' own ids get a weight (the bags of a pair hold no other), so the work is the size of
 * the two documents, not of the vocabulary.
 */
// log(1 + n / d) for d = 1…n, by n: the pairs of a story have few distinct sentence totals.
const logTables = new Map<number, Float64Array>()
function logsOf(n: number): Float64Array {
  let logs = logTables.get(n)
  if (!logs) {
    logs = new Float64Array(n + 1)
    for (let d = 1; d <= n; d++) logs[d] = Math.log(1 + n / d)
    // Bounded (at most 512 tables of 1,025 numbers): a long-running process meets many totals.
    if (n <= 1024 && logTables.size < 512) logTables.set(n, logs)
  }
  return logs
}

export function inverseFrequencyOfDocuments(vocabulary: Vocabulary, documents: readonly SentenceFrequencies[], buffers?: WeightingBuffers): Weighting {
  const size = vocabulary.keys.length
  if (buffers && buffers.df.length < size) {
    const capacity = Math.max(size, 2 * buffers.df.length)
    buffers.df = new Int32Array(capacity)
    buffers.weights = new Float64Array(capacity)
    buffers.scratch = new Int32Array(capacity)
  }
  if (buffers && documents.length === 2) {
    // A pair (every caller's case): each id's frequency is its own document's plus the other's,
    // read by id. An id of either document stands in one sentence at least, so its weight is
    // logs[df] (logs[1] for a frequency of one), as below.
    const [x, y] = documents as [SentenceFrequencies, SentenceFrequencies]
    const logs = logsOf(Math.max(1, x.sentences + y.sentences))
    weighPair(x, y.dfById, logs, buffers.weights)
    weighPair(y, x.dfById, logs, buffers.weights)
    return withLooseClasses(vocabulary, buffers.weights, buffers.scratch)
  }
  const df = buffers ? buffers.df : new Int32Array(size)
  let sentences = 0
  for (const doc of documents) {
    sentences += doc.sentences
    for (let k = 0; k < doc.ids.length; k++) df[doc.ids[k]!]! += doc.df[k]!
  }
  const n = Math.max(1, sentences)
  const logs = logsOf(n)
  let weights: Float64Array
  if (buffers) {
    weights = buffers.weights
    for (const doc of documents) {
      for (let k = 0; k < doc.ids.length; k++) {
        const id = doc.ids[k]!
        weights[id] = df[id]! >= 2 ? logs[df[id]!]! : logs[1]!
      }
    }
    for (const doc of documents) for (let k = 0; k < doc.ids.length; k++) df[doc.ids[k]!] = 0
  } else {
    weights = new Float64Array(size).fill(logs[1]!)
    for (const doc of documents) {
      for (let k = 0; k < doc.ids.length; k++) {
        const id = doc.ids[k]!
        if (df[id]! >= 2) weights[id] = logs[df[id]!]!
      }
    }
  }
  return withLooseClasses(vocabulary, weights, buffers?.scratch)
}

/**
 * `inverseFrequencyOfDocuments` of a pair whose sides are each several sets of sentences (a body
 * and some captions): what the frequencies of each side's sentences as one list give, read from
 * the parts' own frequencies (a body's, counted once for every pair its document is in) instead
 * of counting each side's sentences again. The parts of a side are disjoint sets of sentences,
 * so an id's frequency is the sum of its frequencies in the parts.
 */
export function inverseFrequencyOfSides(
  vocabulary: Vocabulary,
  a: readonly SentenceFrequencies[],
  b: readonly SentenceFrequencies[],
  buffers: WeightingBuffers,
): Weighting {
  if (a.length === 1 && b.length === 1) return inverseFrequencyOfDocuments(vocabulary, [a[0]!, b[0]!], buffers)
  const size = vocabulary.keys.length
  if (buffers.df.length < size) {
    const capacity = Math.max(size, 2 * buffers.df.length)
    buffers.df = new Int32Array(capacity)
    buffers.weights = new Float64Array(capacity)
    buffers.scratch = new Int32Array(capacity)
  }
  const parts = [...a, ...b]
  let sentences = 0
  for (const part of parts) sentences += part.sentences
  const logs = logsOf(Math.max(1, sentences))
  const { weights } = buffers
  for (const part of parts) {
    const { ids } = part
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!
      let df = 0
      for (const other of parts) if (id < other.dfById.length) df += other.dfById[id]!
      weights[id] = logs[df]!
    }
  }
  return withLooseClasses(vocabulary, weights, buffers.scratch)
}

/** Writes the weight of each id of `doc` from its frequency there and in the other document (`otherDf`, by id). */
function weighPair(doc: SentenceFrequencies, otherDf: Int32Array, logs: Float64Array, weights: Float64Array): void {
  const { ids, df } = doc
  const known = otherDf.length
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!
    weights[id] = logs[df[k]! + (id < known ? otherDf[id]! : 0)]!
  }
}

/** The bag of counted ids under a weighting: what `bagOf` gives for the same sentence, sharing its id and count arrays. */
export function weighBag({ ids, counts }: BagCounts, w: Weighting): Bag {
  const { weights } = w
  let weight = 0
  for (let k = 0; k < ids.length; k++) weight += counts[k]! * weights[ids[k]!]!
  return { ids, counts, weight }
}

/** The bag of one sentence's token ids. */
export function bagOf(ids: TokenIds, w: Weighting): Bag {
  const { scratch } = w
  const distinct: number[] = []
  for (const id of ids) if (scratch[id]!++ === 0) distinct.push(id)
  return collect(distinct, w)
}

/** Merge bags (the side of a 1–n link). */
export function mergeBags(bags: readonly Bag[], w: Weighting): Bag {
  if (bags.length === 1) return bags[0]!
  const { scratch } = w
  const distinct: number[] = []
  for (const bag of bags) {
    for (let k = 0; k < bag.ids.length; k++) {
      const id = bag.ids[k]!
      if (scratch[id] === 0) distinct.push(id)
      scratch[id]! += bag.counts[k]!
    }
  }
  return collect(distinct, w)
}

/** A bag from the counts left in scratch for `distinct`, clearing them. */
function collect(distinct: readonly number[], w: Weighting): Bag {
  const { scratch, weights } = w
  const ids = Int32Array.from(distinct)
  const counts = new Int32Array(ids.length)
  let weight = 0
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!
    counts[k] = scratch[id]!
    scratch[id] = 0
    weight += counts[k]! * weights[id]!
  }
  return { ids, counts, weight }
}

/** Share of a word's weight that counts when it matches only loosely. */
const LOOSE_CREDIT = 0.8

/** Weight two bags share: min count × weight over common tokens, then loose matches of the rest. */
// The (id, count) pairs the exact pass of `sharedWeight` leaves to loose matching: one list for
// every call, its first `residualLength` entries in use (emptying it by its length would free its store).
let residual = new Int32Array(256)
let residualLength = 0

export function sharedWeight(a: Bag, b: Bag, w: Weighting): number {
  const small = a.ids.length <= b.ids.length ? a : b
  const large = small === a ? b : a
  const { scratch, weights, loose } = w
  for (let k = 0; k < large.ids.length; k++) scratch[large.ids[k]!] = large.counts[k]!
  let shared = 0
  residualLength = 0
  for (let k = 0; k < small.ids.length; k++) {
    const id = small.ids[k]!
    const count = small.counts[k]!
    const other = scratch[id]!
    shared += Math.min(count, other) * weights[id]!
    if (count > other && loose[id]! >= 0) {
      if (residualLength + 2 > residual.length) {
        const bigger = new Int32Array(residual.length * 2)
        bigger.set(residual)
        residual = bigger
      }
      residual[residualLength++] = id
      residual[residualLength++] = count - other
    }
  }
  if (residualLength > 0) shared += looseShared(small, large, residual, residualLength, w)
  for (let k = 0; k < large.ids.length; k++) scratch[large.ids[k]!] = 0
  return shared
}

/**
 * Loose matches of the residual (id, count) pairs of `small` among the words of
 * `large`, whose counts sit in scratch: what the exact pass and earlier loose
 * matches left of each.
 */
function looseShared(small: Bag, large: Bag, residual: Int32Array, length: number, w: Weighting): number {
  const { scratch, weights, loose } = w
  // What the exact pass left of large's words.
  for (let k = 0; k < small.ids.length; k++) {
    const id = small.ids[k]!
    if (scratch[id]! > 0) scratch[id] = Math.max(0, scratch[id]! - small.counts[k]!)
  }
  let shared = 0
  // large's words chained by loose class, in bag order (classStamps[c] === scan marks the classes
  // it holds, classHead[c] its first word of class c): each residual word reads only its class's
  // words, and a word whose class large lacks reads none. Chained anew for each pair, in arrays
  // kept for every call: a per-bag index (a map of lists) cost more to build and keep than this.
  const scan = nextStamp()
  if (large.ids.length > nextSame.length) nextSame = new Int32Array(Math.max(large.ids.length, 2 * nextSame.length))
  for (let k = large.ids.length - 1; k >= 0; k--) {
    const c = loose[large.ids[k]!]!
    if (c < 0) continue
    if (c >= classStamps.length) growClasses(c)
    if (classStamps[c] !== scan) {
      classStamps[c] = scan
      classHead[c] = -1
    }
    nextSame[k] = classHead[c]!
    classHead[c] = k
  }
  for (let r = 0; r < length; r += 2) {
    const id = residual[r]!
    const c = loose[id]!
    if (c >= classStamps.length || classStamps[c] !== scan) continue
    let need = residual[r + 1]!
    for (let k = classHead[c]!; k !== -1; k = nextSame[k]!) {
      const candidate = large.ids[k]!
      const take = Math.min(need, scratch[candidate]!)
      if (take <= 0) continue
      shared += take * LOOSE_CREDIT * Math.min(weights[id]!, weights[candidate]!)
      scratch[candidate]! -= take
      need -= take
    }
  }
  return shared
}

// By loose class: whether the bag being matched holds the class (`classStamps[c]` is the current
// scan's stamp; a stamp per scan rather than clearing) and the position of its first word of it.
let classStamps = new Int32Array(1024)
let classHead = new Int32Array(1024)
// By position in that bag: the next position of a word of the same class, or -1.
let nextSame = new Int32Array(256)
let stamp = 0

function nextStamp(): number {
  if (stamp === 0x7fffffff) {
    classStamps.fill(0)
    stamp = 0
  }
  return ++stamp
}

function growClasses(c: number): void {
  const size = Math.max(c + 1, 2 * classStamps.length)
  const stamps = new Int32Array(size)
  stamps.set(classStamps)
  classStamps = stamps
  const heads = new Int32Array(size)
  heads.set(classHead)
  classHead = heads
}

/** Weighted Dice coefficient: 2·shared / (|a| + |b|), in [0, 1]. */
export function dice(a: Bag, b: Bag, w: Weighting): number {
  const total = a.weight + b.weight
  return total === 0 ? 0 : (2 * sharedWeight(a, b, w)) / total
}
