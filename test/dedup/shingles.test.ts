import { describe, expect, it } from 'vitest'
import { murmur3Utf8 } from '../../src/dedup/hash'
import { SHINGLE_SIZE, shingleHashes, shingleStrings } from '../../src/dedup/shingles'
import { tokens } from '../../src/normalize/tokens'

describe('shingles', () => {
  it('uses three-word shingles', () => {
    expect(SHINGLE_SIZE).toBe(3)
  })

  it.each([
    ['', []],
    ['Hà Nội', ['hà nội']],
    ['Thủ tướng Phạm Minh', ['thủ tướng phạm', 'tướng phạm minh']],
    ['HOÀ bình, hòa   BÌNH', ['hòa bình hòa', 'bình hòa bình']],
  ])('shingles %j over folded tokens', (text, expected) => {
    expect(shingleStrings(tokens(text))).toEqual(expected)
  })

  it('hashes each shingle with murmur3 of its UTF-8 text', () => {
    const text = 'Thủ tướng Phạm Minh Chính'
    expect(Array.from(shingleHashes(text))).toEqual(shingleStrings(tokens(text)).map((s) => murmur3Utf8(s)))
  })

  it('ignores case, tone placement and punctuation', () => {
    expect(Array.from(shingleHashes('Hoà Bình: thuỷ điện!'))).toEqual(Array.from(shingleHashes('hòa bình thủy điện')))
  })
})
