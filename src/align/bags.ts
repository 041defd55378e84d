/**
 * Sentences as weighted bags of tokens, and the similarity of two bags: the weight they share
 * (exactly, then loosely by class at a discount) and their weighted Dice coefficient. The
 * weights and loose classes come from ./weights; this file only reads them.
 */
import type { BagCounts, TokenIds } from './bag-counts'
import type { Weighting } from './weights'

export interface Bag {
  /** Distinct token ids, in order of first occurrence. */
  readonly ids: Int32Array
  /** How often each token occurs, parallel to `ids`. */
  readonly counts: Int32Array
  /** Sum of count × weight. */
  readonly weight: number
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
export const LOOSE_CREDIT = 0.8

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
