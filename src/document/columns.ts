/**
 * A column of numbers written row by row whose length is known only at the end (a long document's
 * token offsets and keys). Rows go into chunks of at most CHUNK rows, copied once into an array of
 * the exact length: doubling one array and slicing it to size left some three times the column
 * in dropped buffers (on a 1 MB pair some 25 MiB outside the JS heap during alignment, which the
 * allocator kept resident to the end of the comparison).
 */
const FIRST = 1 << 10
const CHUNK = 1 << 14

type Numbers = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>

export class GrowingColumn<T extends Numbers> {
  private readonly full: T[] = []
  private current: T
  private at = 0
  private filled = 0

  constructor(private readonly make: (length: number) => T) {
    this.current = make(FIRST)
  }

  push(value: number): void {
    if (this.at === this.current.length) {
      this.full.push(this.current)
      this.filled += this.at
      this.current = this.make(Math.min(CHUNK, this.current.length * 2))
      this.at = 0
    }
    this.current[this.at++] = value
  }

  /** The values written, in one array of their exact length. */
  finish(): T {
    const out = this.make(this.filled + this.at)
    let offset = 0
    for (const chunk of this.full) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    out.set(this.current.subarray(0, this.at), offset)
    return out
  }
}

export const int32Column = (): GrowingColumn<Int32Array<ArrayBuffer>> => new GrowingColumn((n) => new Int32Array(n))
export const uint8Column = (): GrowingColumn<Uint8Array<ArrayBuffer>> => new GrowingColumn((n) => new Uint8Array(n))

/** A column of non-negative integers in two bytes a row when every one fits, else four. */
export type NarrowColumn = Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>

const NARROW_MAX = 0xffff

/**
 * A column of non-negative integers (offsets inside a sentence, ids of a document's distinct
 * words) written in two bytes a row until a value needs more, then in four: a long report's token
 * offsets and ids nearly always fit, and its two token tables are kept to the end of a comparison.
 */
export class GrowingNarrowColumn {
  private narrow: GrowingColumn<Uint16Array<ArrayBuffer>> | undefined = new GrowingColumn((n) => new Uint16Array(n))
  private wide: GrowingColumn<Int32Array<ArrayBuffer>> | undefined

  push(value: number): void {
    if (this.narrow !== undefined) {
      if (value >= 0 && value <= NARROW_MAX) {
        this.narrow.push(value)
        return
      }
      // The first value past two bytes: the rows so far are written again in four.
      const rows = this.narrow.finish()
      this.narrow = undefined
      this.wide = int32Column()
      for (let i = 0; i < rows.length; i++) this.wide.push(rows[i]!)
    }
    this.wide!.push(value)
  }

  finish(): NarrowColumn {
    return this.narrow !== undefined ? this.narrow.finish() : this.wide!.finish()
  }
}

export const narrowColumn = (): GrowingNarrowColumn => new GrowingNarrowColumn()
