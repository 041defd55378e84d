/**
 * A day within its month's length (fixdays47, review rdays47 bug 9): 30 and 31 February, 31 April
 * are no days, 29 February only in a leap year when the year is known.
 */
import { describe, expect, it } from 'vitest'
import { validDay } from '../../../../src/diverge/extract/dates/date-words'

describe('validDay', () => {
  it.each([
    [31, 1, undefined, true],
    [29, 2, undefined, true],
    [30, 2, undefined, false],
    [31, 4, undefined, false],
    [30, 4, undefined, true],
    [29, 2, 2023, false],
    [29, 2, 2024, true],
    [29, 2, 1900, false],
    [29, 2, 2000, true],
    [0, 5, undefined, false],
    [12, 13, undefined, false],
  ])('day %i of month %i (year %s): %s', (day, month, year, want) => {
    expect(validDay(day, month, year)).toBe(want)
  })
})
