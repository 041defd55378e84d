import { describe, expect, it } from 'vitest'
import { parseNumeral } from '../../../src/diverge/extract/numerals'

describe('parseNumeral: the dot/comma decision', () => {
  it.each([
    ['1.000.000', 'vi', false, 1_000_000],
    ['1.000.000', 'en', false, 1_000_000],
    ['1,000,000', 'vi', false, 1_000_000],
    ['1,000,000', 'en', false, 1_000_000],
    ['3,5', 'vi', false, 3.5],
    ['3,5', 'en', false, 3.5],
    ['3.5', 'vi', false, 3.5],
    ['3.5', 'en', false, 3.5],
    ['2.709', 'vi', false, 2709],
    ['2.709', 'en', false, 2.709],
    ['2,709', 'en', false, 2709],
    ['2,709', 'vi', false, 2709],
    ['2,125', 'vi', true, 2.125],
    ['0.709', 'vi', false, 0.709],
    ['1.778,4', 'vi', false, 1778.4],
    ['1,234.5', 'en', false, 1234.5],
    ['2709', 'vi', false, 2709],
    ['1.2.3', 'vi', false, null],
  ] as const)('%s (%s, before multiplier: %s) → %s', (s, notation, mult, want) => {
    expect(parseNumeral(s, notation, mult)).toBe(want)
  })
})
