/**
 * The in-memory event index's statistics: every distinct feature hash gets a dense slot
 * number, under which its document frequency and its posting list (the articles that keep
 * it) live in typed arrays. A query reads the slots of its candidates' features straight
 * from arrays, instead of looking hashes up in maps, and no posting list is a heap object:
 * an index of tens of thousands of articles holds millions of features, mostly kept by one
 * article, and a JS array each cost an allocation on every add and a garbage collector that
 * had to walk them all.
 *
 * Posting lists are blocks of an arena, doubled in place of the old block when full; freed
 * blocks are reused by size. A feature whose document frequency is 0 counts as unknown (as a
 * missing map entry did).
 */

const EMPTY = 0

export class FeatureTable {
  /** Open addressing over the hashes, two numbers an entry: the hash (as int32) and slot + 1 (EMPTY: free). */
  private lookup = new Int32Array(2 << 12)
  /** By slot: the feature's hash. */
  hashes = new Uint32Array(1 << 11)
  /** By slot: in how many articles the feature occurs. */
  df = new Int32Array(1 << 11)
  /** By slot: where its posting list starts in `arena`, its length and its block's capacity. */
  postStart = new Int32Array(1 << 11)
  postLength = new Int32Array(1 << 11)
  private postCapacity = new Int32Array(1 << 11)
  /** The posting lists: documents, oldest first. */
  arena = new Int32Array(1 << 16)
  private arenaUsed = 0
  /** Freed blocks by log2 of their capacity: the first one's offset (the next one's is stored in it), or -1. */
  private free: number[] = []
  /** Slots in use. */
  size = 0
  /** Features with a document frequency (what is counted against dfLimit). */
  known = 0

  /** The feature's slot, or -1. */
  find(id: number): number {
    const lookup = this.lookup
    const mask = (lookup.length >> 1) - 1
    const key = id | 0
    for (let s = key & mask; ; s = (s + 1) & mask) {
      const slot = lookup[2 * s + 1]!
      if (slot === EMPTY) return -1
      if (lookup[2 * s] === key) return slot - 1
    }
  }

  /** The feature's slot, made if new. */
  intern(id: number): number {
    const found = this.find(id)
    return found >= 0 ? found : this.insert(id)
  }

  /** A slot for a feature find() does not know. */
  insert(id: number): number {
    const slot = this.size++
    if (slot === this.hashes.length) this.growSlots()
    this.hashes[slot] = id
    this.df[slot] = 0
    this.postStart[slot] = 0
    this.postLength[slot] = 0
    this.postCapacity[slot] = 0
    this.place(slot)
    if (this.size * 2 > this.lookup.length >> 1) this.rehash(this.lookup.length * 2)
    return slot
  }

  /** One more article has the feature. */
  count(slot: number): void {
    if (this.df[slot]!++ === 0) this.known++
  }

  /** Set a feature's document frequency (restoring a snapshot). */
  setDf(slot: number, df: number): void {
    if (this.df[slot]! > 0) this.known--
    this.df[slot] = Math.max(0, df)
    if (df > 0) this.known++
  }

  /** Append a document to the feature's posting list. */
  post(slot: number, doc: number): void {
    const length = this.postLength[slot]!
    const capacity = this.postCapacity[slot]!
    if (length === capacity) {
      const bigger = capacity === 0 ? 1 : capacity * 2
      const start = this.allocate(bigger)
      const old = this.postStart[slot]!
      this.arena.copyWithin(start, old, old + length)
      if (capacity > 0) this.release(old, capacity)
      this.postStart[slot] = start
      this.postCapacity[slot] = bigger
    }
    this.arena[this.postStart[slot]! + length] = doc
    this.postLength[slot] = length + 1
  }

  /**
   * Lossy counting, when more than `limit` features are known: forget the features seen in one
   * article only that no article keeps, then, if still too many, every feature seen once. Slots
   * no longer needed are reclaimed; returns the new slot of each old one (-1: gone).
   */
  forgetRarest(limit: number): Int32Array {
    for (let s = 0; s < this.size; s++) if (this.df[s] === 1 && this.postLength[s] === 0) this.setDf(s, 0)
    if (this.known > limit) for (let s = 0; s < this.size; s++) if (this.df[s] === 1) this.setDf(s, 0)
    const moved = new Int32Array(this.size).fill(-1)
    let next = 0
    for (let s = 0; s < this.size; s++) {
      if (this.df[s] === 0 && this.postLength[s] === 0) continue
      moved[s] = next
      this.hashes[next] = this.hashes[s]!
      this.df[next] = this.df[s]!
      this.postStart[next] = this.postStart[s]!
      this.postLength[next] = this.postLength[s]!
      this.postCapacity[next] = this.postCapacity[s]!
      next++
    }
    this.size = next
    this.rehash(this.lookup.length)
    return moved
  }

  /** [hash, df] of every known feature, in slot order. */
  *dfEntries(): IterableIterator<[number, number]> {
    for (let s = 0; s < this.size; s++) if (this.df[s]! > 0) yield [this.hashes[s]!, this.df[s]!]
  }

  bytes(): number {
    return this.lookup.byteLength + this.hashes.byteLength * 5 + this.arena.byteLength
  }

  private place(slot: number): void {
    const lookup = this.lookup
    const mask = (lookup.length >> 1) - 1
    const key = this.hashes[slot]! | 0
    let s = key & mask
    while (lookup[2 * s + 1] !== EMPTY) s = (s + 1) & mask
    lookup[2 * s] = key
    lookup[2 * s + 1] = slot + 1
  }

  private rehash(length: number): void {
    this.lookup = new Int32Array(length)
    for (let slot = 0; slot < this.size; slot++) this.place(slot)
  }

  private growSlots(): void {
    const grow = <T extends Uint32Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const bigger = make(old.length * 2)
      bigger.set(old)
      return bigger
    }
    this.hashes = grow(this.hashes, (n) => new Uint32Array(n))
    this.df = grow(this.df, (n) => new Int32Array(n))
    this.postStart = grow(this.postStart, (n) => new Int32Array(n))
    this.postLength = grow(this.postLength, (n) => new Int32Array(n))
    this.postCapacity = grow(this.postCapacity, (n) => new Int32Array(n))
  }

  /** A block of `capacity` (a power of 2) numbers in the arena. */
  private allocate(capacity: number): number {
    const size = Math.log2(capacity)
    const head = this.free[size] ?? -1
    if (head >= 0) {
      this.free[size] = this.arena[head]!
      return head
    }
    const start = this.arenaUsed
    if (start + capacity > this.arena.length) {
      const bigger = new Int32Array(Math.max(this.arena.length * 2, start + capacity))
      bigger.set(this.arena.subarray(0, start))
      this.arena = bigger
    }
    this.arenaUsed += capacity
    return start
  }

  private release(start: number, capacity: number): void {
    const size = Math.log2(capacity)
    this.arena[start] = this.free[size] ?? -1
    this.free[size] = start
  }
}
