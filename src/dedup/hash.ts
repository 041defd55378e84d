/**
 * The portable hash functions behind dedup signatures. Every function here is
 * specified in docs/dedup.md precisely enough to be re-implemented in another
 * language with bit-identical results: MurmurHash3 x86 32-bit (Austin Appleby's
 * reference `MurmurHash3_x86_32`) and the mulberry32 PRNG.
 */

const C1 = 0xcc9e2d51
const C2 = 0x1b873593

function mixK(k: number): number {
  k = Math.imul(k, C1)
  k = (k << 15) | (k >>> 17)
  return Math.imul(k, C2)
}

function mixH(h: number, k: number): number {
  h ^= mixK(k)
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

function fmix(h: number, length: number): number {
  h ^= length
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * MurmurHash3_x86_32 of the UTF-8 encoding of `text`, without materialising the
 * bytes. Lone surrogates are encoded as U+FFFD, as `TextEncoder` does.
 */
export function murmur3Utf8(text: string, seed = 0): number {
  let h = seed | 0
  let block = 0 // little-endian accumulation of up to 4 bytes
  let filled = 0
  let length = 0
  const push = (byte: number): void => {
    block |= byte << (filled * 8)
    filled++
    length++
    if (filled === 4) {
      h = mixH(h, block)
      block = 0
      filled = 0
    }
  }
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      // ASCII fast path, inlined
      block |= c << (filled * 8)
      filled++
      length++
      if (filled === 4) {
        h = mixH(h, block)
        block = 0
        filled = 0
      }
      continue
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else c = 0xfffd
    }
    if (c < 0x800) {
      push(0xc0 | (c >> 6))
      push(0x80 | (c & 0x3f))
    } else if (c < 0x10000) {
      push(0xe0 | (c >> 12))
      push(0x80 | ((c >> 6) & 0x3f))
      push(0x80 | (c & 0x3f))
    } else {
      push(0xf0 | (c >> 18))
      push(0x80 | ((c >> 12) & 0x3f))
      push(0x80 | ((c >> 6) & 0x3f))
      push(0x80 | (c & 0x3f))
    }
  }
  if (filled > 0) h ^= mixK(block)
  return fmix(h, length)
}

/** MurmurHash3_x86_32 of `bytes[0, length)`. */
export function murmur3Bytes(bytes: Uint8Array, length: number, seed = 0): number {
  let h = seed | 0
  const blocks = length & ~3
  let i = 0
  for (; i < blocks; i += 4) h = mixH(h, bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))
  const rest = length & 3
  if (rest > 0) {
    let k = 0
    if (rest === 3) k ^= bytes[i + 2]! << 16
    if (rest >= 2) k ^= bytes[i + 1]! << 8
    k ^= bytes[i]!
    h ^= mixK(k)
  }
  return fmix(h, length)
}

/** MurmurHash3_x86_32 of `count` unsigned 32-bit words, each as 4 little-endian bytes. */
export function murmur3Words(words: ArrayLike<number>, from: number, count: number, seed: number): number {
  let h = seed | 0
  for (let i = from; i < from + count; i++) h = mixH(h, words[i]! | 0)
  return fmix(h, count * 4)
}

/** mulberry32: a seeded 32-bit PRNG. Returns the next unsigned 32-bit integer each call. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

/**
 * MurmurHash3_x86_32 fed a few bytes at a time: `digest()` equals murmur3Bytes of everything
 * fed since `reset()`. A state can be saved (`h`, `block`, `filled`, `length`) and resumed, so
 * that a common prefix is hashed once.
 */
export class Murmur3Stream {
  h = 0
  /** Up to 3 bytes not yet mixed in, little-endian. */
  block = 0
  filled = 0
  length = 0

  reset(seed = 0): this {
    this.h = seed | 0
    this.block = 0
    this.filled = 0
    this.length = 0
    return this
  }

  resume(h: number, block: number, filled: number, length: number): this {
    this.h = h
    this.block = block
    this.filled = filled
    this.length = length
    return this
  }

  byte(byte: number): this {
    this.block |= byte << (this.filled << 3)
    if (++this.filled === 4) {
      this.h = mixH(this.h, this.block)
      this.block = 0
      this.filled = 0
    }
    this.length++
    return this
  }

  bytes(bytes: Uint8Array): this {
    let { h, block, filled } = this
    const n = bytes.length
    let i = 0
    // complete the pending block, then mix whole blocks at once (every word pair of every article comes here)
    for (; filled !== 0 && i < n; i++) {
      block |= bytes[i]! << (filled << 3)
      if (++filled === 4) {
        h = mixH(h, block)
        block = 0
        filled = 0
      }
    }
    for (; i + 4 <= n; i += 4) h = mixH(h, bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))
    for (; i < n; i++) block |= bytes[i]! << (filled++ << 3)
    this.h = h
    this.block = block
    this.filled = filled
    this.length += bytes.length
    return this
  }

  digest(): number {
    return fmix(this.filled > 0 ? this.h ^ mixK(this.block) : this.h, this.length)
  }
}
