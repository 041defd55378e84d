import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { murmur3Bytes, mulberry32 } from '../../src/dedup/hash'
import { BANDS, ROWS, bandKeys } from '../../src/dedup/lsh'
import { MINHASH_SEED, PERMUTATIONS, estimateJaccard, isEmptySignature, minhash, minhashInto } from '../../src/dedup/minhash'
import { signature } from '../../src'
import { tokens } from '../../src/normalize/tokens'

// The test vectors of docs/dedup.md: first four signature values and band keys.
const VECTORS: Array<[string, number[], number[]]> = [
  ['', [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xe519346e, 0x8331e551, 0x20a503d8, 0x7f05929a]],
  ['Hà Nội', [0x89a53062, 0x555460f8, 0x4c4550a4, 0x2e450515], [0x565513fc, 0x92e5452e, 0x1d29f96b, 0x59a18864]],
  ['Thủ tướng Phạm Minh Chính thăm Hà Nội ngày 13/8.', [0x1133aabb, 0x21d5b386, 0x191c25b2, 0x04cd6002], [0x53a91053, 0xc7187f24, 0x3305a264, 0x41421de3]],
  ['The quick brown fox jumps over the lazy dog', [0x2d82b2e3, 0x1725ded9, 0x1d2e8b45, 0x1766d9a5], [0x84d9dab4, 0xfa6f8bd2, 0x47e78422, 0xbf9986bf]],
]

/** docs/dedup.md's definition, written again from the text with BigInt arithmetic. */
function fromTheSpec(text: string): { minhash: number[]; bands: number[] } {
  const keys = tokens(text)
  const shingles = keys.length === 0 ? [] : keys.length < 3 ? [keys.join(' ')] : keys.slice(2).map((_, i) => keys.slice(i, i + 3).join(' '))
  const hashes = shingles.map((s) => {
    const bytes = new TextEncoder().encode(s)
    return BigInt(murmur3Bytes(bytes, bytes.length, 0))
  })
  const next = mulberry32(0x5eed)
  const sig: number[] = []
  for (let i = 0; i < 128; i++) {
    const a = BigInt((next() | 1) >>> 0)
    const b = BigInt(next())
    let min = 0xffffffffn
    for (const x of hashes) {
      const v = (a * x + b) % 2n ** 32n
      if (v < min) min = v
    }
    sig.push(Number(min))
  }
  const bands: number[] = []
  for (let j = 0; j < 32; j++) {
    const bytes = new Uint8Array(16)
    const view = new DataView(bytes.buffer)
    for (let r = 0; r < 4; r++) view.setUint32(r * 4, sig[j * 4 + r]!, true)
    bands.push(murmur3Bytes(bytes, 16, j))
  }
  return { minhash: sig, bands }
}

describe('signature', () => {
  it('has 128 permutations in 32 bands of 4 rows, seeded with 0x5eed', () => {
    expect([PERMUTATIONS, BANDS, ROWS, MINHASH_SEED]).toEqual([128, 32, 4, 0x5eed])
  })

  it.each(VECTORS)('matches the documented test vector for %j', (text, first, bands) => {
    const s = signature(text)
    expect(s.minhash.slice(0, 4)).toEqual(first)
    expect(s.bands.slice(0, 4)).toEqual(bands)
  })

  it.each(VECTORS.map(([text]) => [text]))('is what docs/dedup.md defines, computed independently, for %j', (text) => {
    expect(signature(text)).toEqual(fromTheSpec(text))
  })

  it('is plain JSON-safe data', () => {
    const s = signature('Một bài báo ngắn về kinh tế Việt Nam.')
    expect(JSON.parse(JSON.stringify(s))).toEqual(s)
    expect(s.minhash).toHaveLength(128)
    expect(s.bands).toHaveLength(32)
  })

  it('marks an empty text', () => {
    expect(isEmptySignature(minhash(' … '))).toBe(true)
  })

  it('is deterministic (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(signature(text)).toEqual(signature(text))
      }),
      { numRuns: 200 },
    )
  })

  it('agrees with the independent implementation on random text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('hà', 'nội', 'Tin', 'mới', '13/8', 'ĐÀ', 'nẵng', '😀', 'x'), { maxLength: 30 }), (words) => {
        const text = words.join(' ')
        expect(signature(text)).toEqual(fromTheSpec(text))
      }),
      { numRuns: 50 },
    )
  })
})

describe('estimateJaccard', () => {
  const sigOf = (hashes: number[]): Uint32Array => {
    const out = new Uint32Array(PERMUTATIONS)
    minhashInto(Uint32Array.from(hashes), out)
    return out
  }

  it.each([
    ['identical sets', 1],
    ['an empty set', 0],
  ])('gives the exact value for %s', (name, expected) => {
    const a = sigOf([1, 2, 3])
    const b = name === 'an empty set' ? sigOf([]) : sigOf([3, 2, 1])
    expect(estimateJaccard(a, b)).toBe(expected)
  })

  it('stays within 0.2 of the true Jaccard similarity (property)', () => {
    // the standard error at 128 permutations is at most 0.044; 0.2 is over 4.5 standard errors
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 2 ** 30 }), (onlyA, shared, onlyB, seed) => {
        const next = mulberry32(seed)
        const pool = new Set<number>()
        while (pool.size < onlyA + shared + onlyB) pool.add(next())
        const all = [...pool]
        const a = all.slice(0, onlyA + shared)
        const b = all.slice(onlyA)
        const truth = shared / (onlyA + shared + onlyB)
        expect(Math.abs(estimateJaccard(sigOf(a), sigOf(b)) - truth)).toBeLessThan(0.2)
      }),
      { numRuns: 200 },
    )
  })

  it('is unbiased on average over many sets', () => {
    const next = mulberry32(42)
    let error = 0
    const runs = 200
    for (let r = 0; r < runs; r++) {
      const shared = Array.from({ length: 300 }, () => next())
      const a = [...shared, ...Array.from({ length: 150 }, () => next())]
      const b = [...shared, ...Array.from({ length: 150 }, () => next())]
      error += estimateJaccard(sigOf(a), sigOf(b)) - 0.5
    }
    expect(Math.abs(error / runs)).toBeLessThan(0.01)
  })
})

describe('bandKeys', () => {
  it('changes only the band whose rows change', () => {
    const sig = minhash('Thủ tướng Phạm Minh Chính thăm Hà Nội ngày 13/8.')
    const other = sig.slice()
    other[5] = other[5]! ^ 1
    const [x, y] = [bandKeys(sig), bandKeys(other)]
    expect(x.map((k, j) => k === y[j])).toEqual(Array.from({ length: BANDS }, (_, j) => j !== 1))
  })
})
