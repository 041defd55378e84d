import { describe, expect, it } from 'vitest'
import { parseNumeral } from '../../../../src/diverge/extract/numbers/numerals'

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
    // thousands, then two digits: the decimal mark typed as the separator
    ['1,506,76', 'en', false, 1506.76],
    ['1.506.76', 'vi', false, 1506.76],
    ['12,345,678,90', 'en', false, 12345678.9],
    // traps: a group of another length, or a first group too long, is no number
    ['1,506,7', 'en', false, null],
    ['1,50,76', 'en', false, null],
    ['1506,000,76', 'en', false, null],
    // continental ('eu'): a comma is the decimal mark even before three digits, a dot groups thousands
    ['1,234', 'eu', false, 1.234],
    ['1.234', 'eu', false, 1234],
    ['3,5', 'eu', false, 3.5],
    ['1.778,4', 'eu', false, 1778.4],
    ['80.000', 'eu', false, 80000],
    // traps: ",000" (no one writes twelve so) and repeated commas still group thousands
    ['12,000', 'eu', false, 12000],
    ['1,000,000', 'eu', false, 1_000_000],
  ] as const)('%s (%s, before multiplier: %s) → %s', (s, notation, mult, want) => {
    expect(parseNumeral(s, notation, mult)).toBe(want)
  })
})
