/**
 * Word shingles: k consecutive comparison tokens (corroborate's `tokens()`, folded
 * keys of the NFC text), joined by one space and hashed with MurmurHash3_x86_32
 * (seed 0) of their UTF-8 bytes. A text with fewer than k tokens (but at least one)
 * has one shingle, all its tokens; an empty text has none. See docs/dedup.md.
 */
import { tokens } from '../normalize/tokens'
import { Murmur3Stream } from './hash'
import { SPACE, keyHashes } from './key-hashes'

/** Words per shingle. */
export const SHINGLE_SIZE = 3

/** The shingles of a token list, as strings (for tests and documentation). */
export function shingleStrings(keys: readonly string[], k = SHINGLE_SIZE): string[] {
  if (keys.length === 0) return []
  if (keys.length < k) return [keys.join(' ')]
  const out: string[] = []
  for (let i = 0; i + k <= keys.length; i++) out.push(keys.slice(i, i + k).join(' '))
  return out
}

const shingle = new Murmur3Stream()

/** Hashes of the shingles of a token list, one per shingle (repeats included). */
function hashShingles(keys: readonly string[], k = SHINGLE_SIZE): Uint32Array {
  const n = keys.length
  if (n === 0) return new Uint32Array(0)
  const width = Math.min(k, n)
  const count = n - width + 1
  const out = new Uint32Array(count)
  const encoded = keys.map((key) => keyHashes(key).bytes)
  for (let i = 0; i < count; i++) {
    shingle.reset()
    for (let j = 0; j < width; j++) {
      if (j > 0) shingle.byte(SPACE)
      shingle.bytes(encoded[i + j]!)
    }
    out[i] = shingle.digest()
  }
  return out
}

/** The 32-bit hashes of the shingles of `text` (a multiset; repeats do not change a MinHash). */
export function shingleHashes(text: string, k = SHINGLE_SIZE): Uint32Array {
  return hashShingles(tokens(text), k)
}
