import { describe, expect, it } from 'vitest'
import { editDistance } from '../../../src/diverge/reasons/edit-distance'

describe('editDistance', () => {
  it.each([
    ['kinsley', 'kinsely', 1],
    ['sundwell', 'sundwall', 1],
    ['favorit', 'favourite', 2],
    ['abc', 'abc', 0],
    ['abcdef', 'uvwxyz', 3], // beyond the limit: limit + 1
    ['ab', 'ba', 1], // a swap of neighbours is one edit
    ['recieve', 'receive', 1],
    ['', 'ab', 2],
    ['nguyễn', 'nguyên', 1], // a changed mark is one code unit (NFC)
    ['thanh', 'thàn', 2],
    ['hưng', 'hùng', 1],
    ['Phuong', 'Phượng', 2],
    ['Lê', 'Lê Văn Hưu', 3], // lengths too far apart: limit + 1 at once
  ])('%s / %s → %i', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d)
  })
})
