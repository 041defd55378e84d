/**
 * LSH banding: the 128 signature rows cut into BANDS bands of ROWS rows; the key of
 * band j is MurmurHash3_x86_32 of its ROWS values (little-endian uint32) with seed j.
 * Two signatures that agree on all rows of any band become candidates.
 *
 * The in-memory table is open addressing over typed arrays (one per band), with
 * each document's entry chained to the previous document of the same key: about
 * 20 bytes per document and band, no per-entry objects.
 */
import { murmur3Words } from './hash'
import { PERMUTATIONS } from './minhash'

export const BANDS = 32
export const ROWS = PERMUTATIONS / BANDS

/** The BANDS band keys of a signature (unsigned 32-bit). */
export function bandKeys(sig: ArrayLike<number>, offset = 0): number[] {
  const out: number[] = []
  for (let j = 0; j < BANDS; j++) out.push(murmur3Words(sig, offset + j * ROWS, ROWS, j))
  return out
}

/** One band's table: key → most recent document, chained through `next`. */
class BandTable {
  private keys = new Uint32Array(1024)
  private heads = new Int32Array(1024).fill(-1)
  private used = 0
  next = new Int32Array(1024)

  private slot(key: number): number {
    const mask = this.keys.length - 1
    let i = key & mask
    while (this.heads[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask
    return i
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldHeads = this.heads
    this.keys = new Uint32Array(oldKeys.length * 2)
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1)
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === -1) continue
      const s = this.slot(oldKeys[i]!)
      this.keys[s] = oldKeys[i]!
      this.heads[s] = oldHeads[i]!
    }
  }

  add(key: number, doc: number): void {
    if (doc >= this.next.length) {
      const next = new Int32Array(Math.max(doc + 1, this.next.length * 2))
      next.set(this.next)
      this.next = next
    }
    if ((this.used + 1) * 2 > this.keys.length) this.grow()
    const s = this.slot(key)
    if (this.heads[s] === -1) {
      this.used++
      this.keys[s] = key
      this.next[doc] = -1
    } else this.next[doc] = this.heads[s]!
    this.heads[s] = doc
  }

  /** Documents with this key, most recent first. */
  forEach(key: number, fn: (doc: number) => void): void {
    let doc = this.heads[this.slot(key)]!
    while (doc !== -1) {
      fn(doc)
      doc = this.next[doc]!
    }
  }

  bytes(): number {
    return this.keys.byteLength + this.heads.byteLength + this.next.byteLength
  }
}

/** Candidate lookup by band keys. Documents are dense integers 0, 1, 2, … */
export class LshIndex {
  private readonly tables = Array.from({ length: BANDS }, () => new BandTable())

  add(doc: number, keys: readonly number[]): void {
    for (let j = 0; j < BANDS; j++) this.tables[j]!.add(keys[j]!, doc)
  }

  /** Distinct documents sharing at least one band key, most recent first per band. */
  candidates(keys: readonly number[]): number[] {
    const seen = new Set<number>()
    for (let j = 0; j < BANDS; j++) this.tables[j]!.forEach(keys[j]!, (doc) => seen.add(doc))
    return [...seen]
  }

  bytes(): number {
    return this.tables.reduce((sum, t) => sum + t.bytes(), 0)
  }
}
