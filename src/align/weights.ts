/**
 * The weights of one comparison's tokens. A token's weight is its inverse sentence frequency over
 * both documents, so rare words (names, places, numbers) decide a link and function words barely
 * count; each token also gets a loose-match class (its romanised key, see `looseKey`).
 *
 * Tokens are interned to small integers per comparison: the aligner compares
 * hundreds of bag pairs (./bags), and array lookups by id cost a fraction of the string
 * map lookups they replace.
 */
import { looseKey } from '../normalize/romanisation'
import type { SentenceFrequencies } from './bag-counts'

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
  const { weights, df: done } = buffers
  // An id of both bodies (most of them, in a story of near copies) is weighed once: marked in the
  // frequency buffer, zero between uses, and cleared again.
  for (const part of parts) {
    const { ids } = part
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!
      if (done[id] !== 0) continue
      done[id] = 1
      let df = 0
      for (const other of parts) if (id < other.dfById.length) df += other.dfById[id]!
      weights[id] = logs[df]!
    }
  }
  for (const part of parts) for (let k = 0; k < part.ids.length; k++) done[part.ids[k]!] = 0
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
