/**
 * Word shingles: k consecutive comparison tokens (corroborate's `tokens()`, folded
 * keys of the NFC text), joined by one space and hashed with MurmurHash3_x86_32
 * (seed 0) of their UTF-8 bytes. A text with fewer than k tokens (but at least one)
 * has one shingle, all its tokens; an empty text has none. See docs/dedup.md.
 */
import { tokens } from '../normalize/tokens'
import { murmur3Bytes } from './hash'

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

// UTF-8 bytes of each token, encoded once: news vocabulary is small.
const encoder = new TextEncoder()
const UTF8_CACHE_LIMIT = 200_000
const utf8Cache = new Map<string, Uint8Array>()
function utf8(token: string): Uint8Array {
  let bytes = utf8Cache.get(token)
  if (bytes === undefined) {
    bytes = encoder.encode(token)
    if (utf8Cache.size >= UTF8_CACHE_LIMIT) utf8Cache.clear()
    utf8Cache.set(token, bytes)
  }
  return bytes
}

let scratch = new Uint8Array(1024)

/** Hashes of the shingles of a token list, one per shingle (repeats included). */
export function hashShingles(keys: readonly string[], k = SHINGLE_SIZE): Uint32Array {
  const n = keys.length
  if (n === 0) return new Uint32Array(0)
  const width = Math.min(k, n)
  const count = n - width + 1
  const out = new Uint32Array(count)
  const encoded = keys.map(utf8)
  for (let i = 0; i < count; i++) {
    let length = 0
    for (let j = 0; j < width; j++) {
      const bytes = encoded[i + j]!
      if (length + bytes.length + 1 > scratch.length) {
        const bigger = new Uint8Array((length + bytes.length + 1) * 2)
        bigger.set(scratch.subarray(0, length))
        scratch = bigger
      }
      if (j > 0) scratch[length++] = 0x20
      for (let b = 0; b < bytes.length; b++) scratch[length++] = bytes[b]!
    }
    out[i] = murmur3Bytes(scratch, length)
  }
  return out
}

/** The 32-bit hashes of the shingles of `text` (a multiset; repeats do not change a MinHash). */
export function shingleHashes(text: string, k = SHINGLE_SIZE): Uint32Array {
  return hashShingles(tokens(text), k)
}
