/**
 * A query's weights by feature slot, for the exact cosines: a few hundred entries in a small
 * open-addressing table that stays in the processor's cache while thousands of stored features
 * are looked up in it (an array over all slots would be megabytes, read at random).
 */
/** Bits of the membership filter: 64 K bits (8 KB) stay in the first-level cache with the table. */
const FILTER_BITS = 1 << 16
const FILTER_MASK = FILTER_BITS - 1

export class SlotWeights {
  /** slot + 1, 0: free. */
  private keys = new Int32Array(1024)
  private weights = new Float64Array(1024)
  /** 32 − log2 of the table's size: multiplicative hashing keeps the top bits. */
  private shift = 22
  private readonly used: number[] = []
  /**
   * One bit per slot (slot & FILTER_MASK) for each weight held: most stored features of a
   * candidate are not in the query, and a clear bit answers for them without hashing or probing.
   */
  private readonly filter = new Int32Array(FILTER_BITS >>> 5)

  /** Hold these weights (slots < 0 are features the index does not know: no stored article has them). */
  set(slots: Int32Array, weights: Float64Array): void {
    this.clear()
    if (slots.length * 4 > this.keys.length) {
      let size = this.keys.length
      while (slots.length * 4 > size) size *= 2
      this.keys = new Int32Array(size)
      this.weights = new Float64Array(size)
      this.shift = 32 - Math.log2(size)
    }
    const mask = this.keys.length - 1
    for (let k = 0; k < slots.length; k++) {
      if (slots[k]! < 0) continue
      let at = Math.imul(slots[k]!, 0x9e3779b1) >>> this.shift
      while (this.keys[at] !== 0) at = (at + 1) & mask
      this.keys[at] = slots[k]! + 1
      this.weights[at] = weights[k]!
      this.used.push(at)
      const bit = slots[k]! & FILTER_MASK
      this.filter[bit >>> 5]! |= 1 << (bit & 31)
    }
  }

  /** The weight of a slot; 0 when the query lacks it (a query weight is never 0). */
  get(slot: number): number {
    const bit = slot & FILTER_MASK
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0
    const keys = this.keys
    const mask = keys.length - 1
    const key = slot + 1
    for (let at = Math.imul(slot, 0x9e3779b1) >>> this.shift; ; at = (at + 1) & mask) {
      const k = keys[at]!
      if (k === key) return this.weights[at]!
      if (k === 0) return 0
    }
  }

  clear(): void {
    for (const at of this.used) {
      const bit = (this.keys[at]! - 1) & FILTER_MASK
      this.filter[bit >>> 5] = 0
      this.keys[at] = 0
    }
    this.used.length = 0
  }
}
