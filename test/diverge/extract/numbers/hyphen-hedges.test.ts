import { describe, expect, it } from 'vitest'
import { hyphenHedge } from '../../../../src/diverge/extract/numbers/hyphen-hedges'

describe('hyphenHedge: a hedge hyphened after a figure (review-revO 7-9)', () => {
  it.each([
    ['plus is a lower bound', 'plus', '100', { word: 'over' }],
    ['ish is an approximation', 'ish', '40', { word: 'about' }],
    ['something opens the last place', 'something', '16', { range: [16, 16 + 0.99] }],
    ['something after a round figure opens its decade', 'something', '30', { range: [30, 30 + 9.9] }],
    ['odd opens the decade', 'odd', '40', { range: [40, 40 + 9.9] }],
    ['a thousands comma is read', 'odd', '1,000', { range: [1000, 1000 + 990] }],
  ])('%s: %s %s', (_why, key, digits, want) => {
    expect(hyphenHedge(key, digits)).toEqual(want)
  })

  it.each([
    // traps: a compound that hedges nothing, a decimal whose open place is unclear
    ['a rate', 'a-year', '119'],
    ['per share', 'per-share', '35'],
    ['a decimal before something', 'something', '1.5'],
  ])('%s: %s %s', (_why, key, digits) => {
    expect(hyphenHedge(key, digits)).toBeUndefined()
  })
})
