import { describe, expect, it } from 'vitest'
import { firstAfter, firstAtOrAfter, rangeHolding } from '../../src/normalize/sorted-offsets'

const id = (n: number): number => n

describe('firstAtOrAfter / firstAfter', () => {
  it.each([
    ['empty list', [], 5, 0, 0],
    ['before the first', [3, 7, 9], 1, 0, 0],
    ['after the last', [3, 7, 9], 12, 3, 3],
    ['exact hit', [3, 7, 9], 7, 1, 2],
    ['between two', [3, 7, 9], 8, 2, 2],
    ['equal starts: the first of them, or past them all', [3, 7, 7, 7, 9], 7, 1, 4],
    ['on the last', [3, 7, 9], 9, 2, 3],
    ['on the first', [3, 7, 9], 3, 0, 1],
  ])('%s', (_, keys, offset, atOrAfter, after) => {
    expect(firstAtOrAfter(keys, offset, id)).toBe(atOrAfter)
    expect(firstAfter(keys, offset, id)).toBe(after)
  })

  it('reads each item through its key', () => {
    const tokens = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 12 }]
    expect(firstAtOrAfter(tokens, 5, (t) => t.start)).toBe(1)
    expect(firstAfter(tokens, 9, (t) => t.end)).toBe(2)
  })
})

describe('rangeHolding', () => {
  // "Hà Nội mưa. It rained." as two sentences with a gap of one space between them
  const sentences = [{ start: 0, end: 11 }, { start: 12, end: 23 }]
  it.each([
    ['empty list', [], 3, undefined],
    ['before the first', [{ start: 2, end: 5 }], 1, undefined],
    ['inside the first', sentences, 0, 0],
    ['at the end of the first (exclusive)', sentences, 11, undefined],
    ['inside the second', sentences, 20, 1],
    ['after the last', sentences, 23, undefined],
    ['an empty range holds nothing', [{ start: 4, end: 4 }], 4, undefined],
  ])('%s', (_, ranges, offset, expected) => {
    expect(rangeHolding(ranges, offset)).toBe(expected)
  })
})
