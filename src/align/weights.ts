/**
 * Sentences as weighted bags of tokens. A token's weight is its inverse
 * sentence frequency over both documents, so rare words (names, places,
 * numbers) decide a link and function words barely count.
 */
import { collapseRepeats, stripDiacritics } from '../normalize/fold'

export interface Bag {
  /** Folded token → count. */
  readonly counts: ReadonlyMap<string, number>
  /** Sum of count × weight. */
  readonly weight: number
}

export type Weigh = (token: string) => number

export function bagOf(keys: readonly string[], weigh: Weigh): Bag {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  let weight = 0
  for (const [key, count] of counts) weight += count * weigh(key)
  return { counts, weight }
}

/** Inverse sentence frequency: log(1 + N / df). Unknown tokens weigh as the rarest. */
export function inverseFrequency(sentences: ReadonlyArray<readonly string[]>): Weigh {
  const df = new Map<string, number>()
  for (const keys of sentences) {
    for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1)
  }
  const n = Math.max(1, sentences.length)
  const cache = new Map<string, number>()
  return (token) => {
    let weight = cache.get(token)
    if (weight === undefined) {
      weight = Math.log(1 + n / (df.get(token) ?? 1))
      cache.set(token, weight)
    }
    return weight
  }
}

/**
 * A looser key for words that did not match exactly: diacritics dropped and the
 * usual romanisation alternations collapsed (Hà Nội ~ Ha Noi, Heong ~ Hyeong, joon ~ jun).
 */
const looseCache = new Map<string, string>()
export function looseKey(key: string): string {
  let loose = looseCache.get(key)
  if (loose === undefined) {
    // collapseRepeats, not /(.)\1+/g: that regex overflows the stack on a token of ~10M equal letters
    loose = collapseRepeats(stripDiacritics(key))
      .replace(/yeo|yo|eo|eu/g, 'o')
      .replace(/oo|ou/g, 'u')
    if (looseCache.size > 100_000) looseCache.clear()
    looseCache.set(key, loose)
  }
  return loose
}

/** Words long or marked enough to match loosely: not digits, not one- or two-letter ASCII words. */
const LOOSE_MATCHABLE = /\P{ASCII}|[a-z]{3,}/u

// A bag's loosely matchable words by loose key, built once per bag: every candidate pair
// would otherwise rebuild it.
const looseIndexes = new WeakMap<Bag, Map<string, string[]>>()
function looseIndex(bag: Bag): Map<string, string[]> {
  let index = looseIndexes.get(bag)
  if (!index) {
    index = new Map()
    for (const key of bag.counts.keys()) {
      // The same test on both sides: with it on the smaller bag only, which bag was
      // smaller (A's or B's, on a tie A's) decided whether "ab" could match "aab".
      if (!LOOSE_MATCHABLE.test(key)) continue
      const loose = looseKey(key)
      const list = index.get(loose)
      if (list) list.push(key)
      else index.set(loose, [key])
    }
    looseIndexes.set(bag, index)
  }
  return index
}

/** Share of a word's weight that counts when it matches only loosely. */
const LOOSE_CREDIT = 0.8

/** Weight two bags share: min count × weight over common tokens, then loose matches of the rest. */
export function sharedWeight(a: Bag, b: Bag, weigh: Weigh): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let shared = 0
  let residual: Map<string, number> | undefined
  for (const [key, count] of small.counts) {
    const other = large.counts.get(key) ?? 0
    shared += Math.min(count, other) * weigh(key)
    if (count > other && LOOSE_MATCHABLE.test(key)) (residual ??= new Map()).set(key, count - other)
  }
  if (residual) {
    const index = looseIndex(large)
    let taken: Map<string, number> | undefined
    for (const [key, count] of residual) {
      const candidates = index.get(looseKey(key))
      if (!candidates) continue
      let need = count
      for (const candidate of candidates) {
        // What the exact pass and earlier loose matches left of this word.
        const left = large.counts.get(candidate)! - (small.counts.get(candidate) ?? 0) - (taken?.get(candidate) ?? 0)
        const take = Math.min(need, left)
        if (take <= 0) continue
        shared += take * LOOSE_CREDIT * Math.min(weigh(key), weigh(candidate))
        ;(taken ??= new Map()).set(candidate, (taken.get(candidate) ?? 0) + take)
        need -= take
      }
    }
  }
  return shared
}

/** Merge bags (the side of a 1–n link). */
export function mergeBags(bags: readonly Bag[], weigh: Weigh): Bag {
  if (bags.length === 1) return bags[0]!
  const counts = new Map<string, number>()
  for (const bag of bags) for (const [key, count] of bag.counts) counts.set(key, (counts.get(key) ?? 0) + count)
  let weight = 0
  for (const [key, count] of counts) weight += count * weigh(key)
  return { counts, weight }
}

/** Weighted Dice coefficient: 2·shared / (|a| + |b|), in [0, 1]. */
export function dice(a: Bag, b: Bag, weigh: Weigh): number {
  const total = a.weight + b.weight
  return total === 0 ? 0 : (2 * sharedWeight(a, b, weigh)) / total
}
