/**
 * A day within its month's length (fixdays47, review rdays47 bug 9): 30 and 31 February, 31 April
 * are no days, 29 February only in a leap year when the year is known. The extractor still reads
 * any day up to 31 (validDay): a report's 30/2 is a wrong date to compare, not no date.
 */
import { describe, expect, it } from 'vitest'
import { dayInMonth, validDay } from '../../../../src/diverge/extract/dates/date-words'

describe('dayInMonth', () => {
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
    expect(dayInMonth(day, month, year)).toBe(want)
  })
})

describe('validDay', () => {
  it.each([
    [30, 2, true],
    [31, 4, true],
    [32, 1, false],
    [1, 13, false],
  ])('day %i of month %i: %s', (day, month, want) => {
    expect(validDay(day, month)).toBe(want)
  })
})
