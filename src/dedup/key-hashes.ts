/**
 * Word keys as the dedup hashes read them. Shingles and event features are MurmurHash3 of
 * strings built from the comparison keys of normalize/ (`mưa gió bão`, `w:mưa`, `b:mưa gió`);
 * each key is encoded to UTF-8 once (news vocabulary is small), with the hash of its `w:`
 * feature and the hash state after `b:key `, so that a word pair is hashed by feeding only
 * the second word's bytes. The hashes equal murmur3Utf8 of the strings.
 */
import { Murmur3Stream } from './hash'

export interface KeyHashes {
  /** The key's UTF-8 bytes (shared: do not modify them). */
  readonly bytes: Uint8Array
  /** MurmurHash3 of `w:key`. */
  readonly word: number
  /** Murmur3Stream state after `b:key ` (h, block, filled, length). */
  readonly pairH: number
  readonly pairBlock: number
  readonly pairFilled: number
  readonly pairLength: number
}

const encoder = new TextEncoder()
const CACHE_LIMIT = 200_000
const cache = new Map<string, KeyHashes>()
const stream = new Murmur3Stream()

/** The UTF-8 bytes of a short ASCII text such as `w:`. */
export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

const WORD = asciiBytes('w:')
const PAIR = asciiBytes('b:')
export const SPACE = 0x20

/** A word key's bytes and hashes (cached). */
export function keyHashes(key: string): KeyHashes {
  let entry = cache.get(key)
  if (entry === undefined) {
    const bytes = encoder.encode(key)
    const word = stream.reset().bytes(WORD).bytes(bytes).digest()
    stream.reset().bytes(PAIR).bytes(bytes).byte(SPACE)
    entry = { bytes, word, pairH: stream.h, pairBlock: stream.block, pairFilled: stream.filled, pairLength: stream.length }
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(key, entry)
  }
  return entry
}

/** MurmurHash3 of `b:first second`. */
export function pairHash(first: KeyHashes, second: KeyHashes): number {
  return stream.resume(first.pairH, first.pairBlock, first.pairFilled, first.pairLength).bytes(second.bytes).digest()
}
