/**
 * Items filed under string keys, each key's items in the order they were filed, held as two
 * integer columns rather than an array per key.
 *
 * A report's every name spelling indexed by its words' deletion neighbourhoods is tens of thousands
 * of keys on a long report, nearly all holding one spelling: an array per key cost some 56 bytes
 * for one 8-byte slot, and the two reports' indexes were 5.5 MB of the 1 MB bench pair's live heap
 * at its peak (docs/eval.md, mem54). Here a key costs its map entry (a small integer value) and
 * four bytes of offset, an item four bytes.
 */
export class KeyBuckets {
  private constructor(
    private readonly idOf: ReadonlyMap<string, number>,
    /** Bucket `id` is `members[starts[id]]` up to `members[starts[id + 1]]`. */
    private readonly starts: Int32Array,
    private readonly members: Int32Array,
  ) {}

  /**
   * Items 0 … count − 1 filed under each of their keys, a key repeated by one item filed once.
   * `keysOf` is called twice per item (counting, then filing) and must answer the same both times.
   */
  static build(count: number, keysOf: (item: number) => readonly string[]): KeyBuckets {
    const idOf = new Map<string, number>()
    const sizes: number[] = []
    // The last item filed under each key: a key an item repeats is filed once, with no set per item.
    const lastItem: number[] = []
    for (let item = 0; item < count; item++) {
      for (const key of keysOf(item)) {
        let id = idOf.get(key)
        if (id === undefined) {
          id = sizes.length
          idOf.set(key, id)
          sizes.push(0)
          lastItem.push(-1)
        }
        if (lastItem[id] === item) continue
        lastItem[id] = item
        sizes[id]!++
      }
    }
    const starts = new Int32Array(sizes.length + 1)
    for (let id = 0; id < sizes.length; id++) starts[id + 1] = starts[id]! + sizes[id]!
    const members = new Int32Array(starts[sizes.length]!)
    const filled = starts.slice(0, sizes.length)
    lastItem.fill(-1)
    for (let item = 0; item < count; item++) {
      for (const key of keysOf(item)) {
        const id = idOf.get(key)!
        if (lastItem[id] === item) continue
        lastItem[id] = item
        members[filled[id]!++] = item
      }
    }
    return new KeyBuckets(idOf, starts, members)
  }

  /** The items filed under `key`, in order, each handed to `visit` until it returns false. */
  each(key: string, visit: (item: number) => boolean): void {
    const id = this.idOf.get(key)
    if (id === undefined) return
    for (let at = this.starts[id]!, end = this.starts[id + 1]!; at < end; at++) if (!visit(this.members[at]!)) return
  }
}
