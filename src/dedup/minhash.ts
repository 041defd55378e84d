/**
 * MinHash signatures over shingle hashes.
 *
 * Permutation i maps a shingle hash x to (a_i · x + b_i) mod 2^32, with a_i odd
 * (so each map is a bijection of the 32-bit integers); the signature holds, for
 * each i, the least image over the text's shingles. a_i and b_i come from
 * mulberry32 seeded with MINHASH_SEED: a_0 = next() | 1, b_0 = next(), a_1, b_1, …
 * An empty text's signature is all 0xffffffff. See docs/dedup.md.
 */
import { mulberry32 } from './hash'
import { SHINGLE_SIZE, shingleHashes } from './shingles'

export const PERMUTATIONS = 128
export const MINHASH_SEED = 0x5eed

const A = new Uint32Array(PERMUTATIONS)
const B = new Uint32Array(PERMUTATIONS)
{
  const next = mulberry32(MINHASH_SEED)
  for (let i = 0; i < PERMUTATIONS; i++) {
    A[i] = next() | 1
    B[i] = next()
  }
}

/** The MinHash signature of a set of shingle hashes, written into `out` (length PERMUTATIONS). */
export function minhashInto(hashes: Uint32Array, out: Uint32Array, offset = 0): void {
  const n = hashes.length
  for (let i = 0; i < PERMUTATIONS; i++) {
    const a = A[i]!
    const b = B[i]!
    let min = 0xffffffff
    for (let j = 0; j < n; j++) {
      const v = (Math.imul(a, hashes[j]!) + b) >>> 0
      if (v < min) min = v
    }
    out[offset + i] = min
  }
}

/** The MinHash signature (PERMUTATIONS unsigned 32-bit integers) of a text's shingles. */
export function minhash(text: string, k = SHINGLE_SIZE): Uint32Array {
  const out = new Uint32Array(PERMUTATIONS)
  minhashInto(shingleHashes(text, k), out)
  return out
}

/** True when the signature is that of a text with no shingles. */
export function isEmptySignature(sig: ArrayLike<number>, offset = 0): boolean {
  for (let i = 0; i < PERMUTATIONS; i++) if (sig[offset + i] !== 0xffffffff) return false
  return true
}

/**
 * Estimated Jaccard similarity of the two shingle sets: the share of equal positions.
 * 0 when either text had no shingles.
 */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>, aOffset = 0, bOffset = 0): number {
  let equal = 0
  let emptyA = true
  let emptyB = true
  for (let i = 0; i < PERMUTATIONS; i++) {
    const x = a[aOffset + i]!
    const y = b[bOffset + i]!
    if (x !== 0xffffffff) emptyA = false
    if (y !== 0xffffffff) emptyB = false
    if (x === y) equal++
  }
  return emptyA || emptyB ? 0 : equal / PERMUTATIONS
}
