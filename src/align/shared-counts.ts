/**
 * One counted bag for every copy of a sentence among the documents of one call: a story's
 * reports share most of their sentences (wire copy), and a pair then tells two copies apart
 * from two sentences by identity instead of reading both bags token by token.
 */
import type { BagCounts } from './bag-counts'

/** Counted bags by a hash of their ids and counts; a bucket lists the distinct ones. */
export type SharedCounts = Map<number, BagCounts[]>

/** A hash of the ids and counts in first-occurrence order: equal for sentences with the same words in the same order. */
export function countsHash(bag: BagCounts): number {
  let hash = 0x811c9dc5
  for (let k = 0; k < bag.ids.length; k++) {
    hash = Math.imul(hash ^ bag.ids[k]!, 0x01000193)
    hash = Math.imul(hash ^ bag.counts[k]!, 0x01000193)
  }
  return hash
}

/** The same ids with the same counts in the same order: a copy of the sentence as the aligner reads it. */
export function sameCounts(x: BagCounts, y: BagCounts): boolean {
  if (x.ids === y.ids && x.counts === y.counts) return true
  if (x.ids.length !== y.ids.length) return false
  for (let k = 0; k < x.ids.length; k++) if (x.ids[k] !== y.ids[k] || x.counts[k] !== y.counts[k]) return false
  return true
}

/** The bag already counted with exactly these ids and counts, else `bag` itself, kept for the next copy. */
export function sharedCounts(table: SharedCounts, bag: BagCounts): BagCounts {
  const key = countsHash(bag)
  const bucket = table.get(key)
  if (!bucket) {
    table.set(key, [bag])
    return bag
  }
  for (const known of bucket) if (sameCounts(known, bag)) return known
  bucket.push(bag)
  return bag
}
