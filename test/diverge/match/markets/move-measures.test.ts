import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { fits, halfUnit, lastDigitPlace, measureOf } from '../../../../src/diverge/match/markets/move-measures'

const figure = (text: string) => extractNumbers(text)[0]!

describe('lastDigitPlace', () => {
  it.each([
    ['9,543 people', 1],
    ['$1.1857', 0.0001],
    ['$1.8 billion', 100_000_000],
    ['36,5 triệu đồng', 100_000],
  ])('%s → %s', (text, place) => {
    expect(lastDigitPlace(figure(text))).toBeCloseTo(place, 8)
  })
})

describe('measureOf and fits', () => {
  it.each([
    ['$18.09', 'amount:usd', 1],
    ['4.20 percent', 'percent', 1],
    ['66 cents', 'amount:cent', 0.01],
    ['17.48 points', 'plain', 1],
  ])('%s measures %s, factor %s', (text, measure, factor) => {
    expect(measureOf(figure(text))).toEqual({ measure, factor })
  })

  it('cents move a level in any currency; a percent does not move an amount (trap)', () => {
    expect(fits(figure('94 cents'), 'amount:usd')).toBe(true)
    expect(fits(figure('1.9 percent'), 'amount:usd')).toBe(false)
    expect(fits(undefined, 'percent')).toBe(false)
  })

  it('a figure of no measure (an age) has none (trap)', () => {
    expect(measureOf(figure('aged 35'))).toBeUndefined()
  })

  it('half a unit of the last digit, in the base unit', () => {
    expect(halfUnit(figure('94 cents'))).toBeCloseTo(0.005, 8)
  })
})
