import { describe, expect, it } from 'vitest'
import { memo } from '../../src/normalize/text-memo'

describe('memo', () => {
  it('reads a text once when the answer is a value', () => {
    let reads = 0
    const length = memo((text: string) => { reads++; return text.length })
    length('Busan')
    length('Busan')
    expect(reads).toBe(1)
  })

  it('reads a text once when the answer is undefined', () => {
    let reads = 0
    const nothing = memo((_text: string): string | undefined => { reads++; return undefined })
    nothing('Thành phố Hồ Chí Minh')
    nothing('Thành phố Hồ Chí Minh')
    expect(reads).toBe(1)
  })

  it('gives the same answer from the cache as from the reading', () => {
    const upper = memo((text: string) => text.toUpperCase())
    expect(upper('park')).toBe('PARK')
    expect(upper('park')).toBe('PARK')
  })

  it('is cleared when full, so it never holds more than its limit', () => {
    let reads = 0
    const read = memo((text: string) => { reads++; return text }, 2)
    read('a'); read('b'); read('c'); read('a')
    expect(reads).toBe(4)
  })
})
