/**
 * Word keys as UTF-8 bytes, and byte strings assembled from them: what the dedup hashes
 * (shingles, event features) are taken over. Each key is encoded once (news vocabulary is
 * small), and a feature such as `b:mưa gió` is hashed from its bytes without building the
 * string: MurmurHash3 of the bytes equals murmur3Utf8 of the string.
 */
import { murmur3Bytes } from './hash'

const encoder = new TextEncoder()
const CACHE_LIMIT = 200_000
const cache = new Map<string, Uint8Array>()

/** The UTF-8 bytes of a word key (cached; do not modify them). */
export function keyBytes(key: string): Uint8Array {
  let bytes = cache.get(key)
  if (bytes === undefined) {
    bytes = encoder.encode(key)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(key, bytes)
  }
  return bytes
}

/** The UTF-8 bytes of a short ASCII prefix such as `w:`. */
export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

/** A byte string built in a reused buffer, then hashed. */
export class ByteString {
  private bytes = new Uint8Array(1024)
  length = 0

  clear(): this {
    this.length = 0
    return this
  }

  push(bytes: Uint8Array): this {
    const end = this.length + bytes.length
    if (end > this.bytes.length) this.grow(end)
    // a loop: keys are a few bytes, shorter than TypedArray.set's own overhead
    const into = this.bytes
    let at = this.length
    for (let i = 0; i < bytes.length; i++) into[at++] = bytes[i]!
    this.length = end
    return this
  }

  pushByte(byte: number): this {
    if (this.length + 1 > this.bytes.length) this.grow(this.length + 1)
    this.bytes[this.length++] = byte
    return this
  }

  /** MurmurHash3_x86_32 (seed 0) of the bytes so far. */
  hash(): number {
    return murmur3Bytes(this.bytes, this.length)
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(needed * 2)
    bigger.set(this.bytes.subarray(0, this.length))
    this.bytes = bigger
  }
}
