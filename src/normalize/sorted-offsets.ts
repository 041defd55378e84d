/**
 * Binary searches over items in text order (tokens, facts, sentences, hits of a pattern): the rules
 * look up the item at or after an offset for every figure of a long document, so a walk from the
 * start would make them quadratic in its length. One helper, so each rule states which bound it
 * asks for (the first start at or after, the first end after) rather than writing the loop again.
 */

/**
 * The first index whose key is at least `offset`, `items.length` when none: `keyOf` must not
 * decrease along `items` (a start, or an end, of items in text order). Among equal keys, the first.
 */
export function firstAtOrAfter<T>(items: ArrayLike<T>, offset: number, keyOf: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keyOf(items[mid]!) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index whose key is greater than `offset`, `items.length` when none (keys not decreasing): past every item keyed at `offset`. */
export function firstAfter<T>(items: ArrayLike<T>, offset: number, keyOf: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keyOf(items[mid]!) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The index of the range holding `offset` (start ≤ offset < end), undefined when none: the ranges
 * (sentences, clauses) in text order, none overlapping another.
 */
export function rangeHolding(ranges: ArrayLike<{ readonly start: number; readonly end: number }>, offset: number): number | undefined {
  const k = firstAfter(ranges, offset, (range) => range.start) - 1
  return k >= 0 && offset < ranges[k]!.end ? k : undefined
}
