/**
 * The KeyHashes of a word found by its spelling in the text, without cutting it out: the event
 * features read every word of every article, and slicing each one into a string, folding it
 * through a map by that string and finding its hashes through a second map cost more than the
 * rest of the reading. Here a word is hashed from the text's characters and found in an
 * open-addressing table of the spellings seen; only a spelling not seen before is sliced and
 * folded (foldWord: the keys every stage compares) and hashed (keyHashes).
 */
import { foldWord } from '../normalize/fold'
import { type KeyHashes, keyHashes } from './key-hashes'

/** Spellings kept before the table starts again (news vocabulary is small; this bounds memory). */
const LIMIT = 200_000

export class SpanKeys {
  constructor(private readonly limit = LIMIT) {}


  /** Open addressing: entry + 1 (0: free). */
  private table = new Int32Array(1 << 14)
  /** By entry: its spelling's hash, where its characters start in `chars` and how many. */
  private hashes = new Int32Array(1 << 13)
  private starts = new Int32Array(1 << 13)
  private lengths = new Int32Array(1 << 13)
  private chars = new Uint16Array(1 << 16)
  private charsUsed = 0
  private keys: KeyHashes[] = []

  /** The KeyHashes of foldWord(text.slice(start, end)). */
  get(text: string, start: number, end: number): KeyHashes {
    let h = 0x811c9dc5
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    const length = end - start
    const table = this.table
    const mask = table.length - 1
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const e = table[s]! - 1
      if (e < 0) return this.insert(s, h, text, start, end)
      if (this.hashes[e] === h && this.lengths[e] === length && this.spells(e, text, start, length)) return this.keys[e]!
    }
  }

  /** Whether entry `e` is spelt as text[start, start + length). */
  private spells(e: number, text: string, start: number, length: number): boolean {
    const chars = this.chars
    const from = this.starts[e]!
    for (let i = 0; i < length; i++) if (chars[from + i] !== text.charCodeAt(start + i)) return false
    return true
  }

  private insert(s: number, h: number, text: string, start: number, end: number): KeyHashes {
    const key = keyHashes(foldWord(text.slice(start, end)))
    if (this.keys.length >= this.limit) {
      this.clear()
      return key
    }
    const e = this.keys.length
    if (e === this.hashes.length) this.growEntries()
    const length = end - start
    if (this.charsUsed + length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length))
      bigger.set(this.chars.subarray(0, this.charsUsed))
      this.chars = bigger
    }
    for (let i = 0; i < length; i++) this.chars[this.charsUsed + i] = text.charCodeAt(start + i)
    this.hashes[e] = h
    this.starts[e] = this.charsUsed
    this.lengths[e] = length
    this.charsUsed += length
    this.keys.push(key)
    this.table[s] = e + 1
    if (this.keys.length * 2 > this.table.length) this.rehash(this.table.length * 2)
    return key
  }

  private clear(): void {
    this.table = new Int32Array(1 << 14)
    this.charsUsed = 0
    this.keys = []
  }

  private growEntries(): void {
    const grow = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const bigger = new Int32Array(old.length * 2)
      bigger.set(old)
      return bigger
    }
    this.hashes = grow(this.hashes)
    this.starts = grow(this.starts)
    this.lengths = grow(this.lengths)
  }

  private rehash(size: number): void {
    const table = new Int32Array(size)
    const mask = size - 1
    for (let e = 0; e < this.keys.length; e++) {
      const h = this.hashes[e]!
      let s = (h ^ (h >>> 15)) & mask
      while (table[s] !== 0) s = (s + 1) & mask
      table[s] = e + 1
    }
    this.table = table
  }
}
