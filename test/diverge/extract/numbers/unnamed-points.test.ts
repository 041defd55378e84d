/**
 * An index move whose points go unnamed ("fell 98.30, or 1.1 percent", "eased 0.37 of a point")
 * counts points, so it meets the other report's "98.32 points" (issue 11: a fact's slot names
 * its unit). Sentences after MSRP train pairs of the shared corpora.
 */
import { describe, expect, it } from 'vitest'
import type { NumberFact } from '../../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const first = (text: string): Pick<NumberFact, 'text' | 'kind' | 'unit'> => {
  const f = extractNumbers(text)[0]!
  return { text: f.text, kind: f.kind, unit: f.unit }
}

describe('points a market report leaves unnamed', () => {
  it.each([
    ['en: a move restated as a share', 'The Dow Jones industrial average fell 98.30, or 1.1 percent, while bonds fell too.', { text: '98.30', kind: 'count', unit: 'point' }],
    ['en: per cent in two words', 'The Nasdaq composite index rose 13.70, or 0.8 per cent, to 1700.34.', { text: '13.70', kind: 'count', unit: 'point' }],
    ['en: a fraction of a point', 'The broad index eased 0.37 of a point, or 0.03 percent, at 1,121.', { text: '0.37 of a point', kind: 'count', unit: 'point' }],
    ['en: a price move keeps its currency', 'Gillette shares rose $1.45, or 4.5 percent, to $33.95.', { text: '$1.45', kind: 'amount', unit: 'usd' }],
    ['en: no move, no points', 'Sales were 12, or 3 percent of the total.', { text: '12', kind: 'plain', unit: '' }],
    ['en: a move to the level it reached', 'The Dow Jones Industrial Average held on to small gains, up 19.96 to 9,092.91.', { text: '19.96', kind: 'count', unit: 'point' }],
    ['en: a whole move to a level with decimals', 'The broad index shed 4 to 981.25.', { text: '4', kind: 'count', unit: 'point' }],
    ['en: a count rising by whole units stays bare', 'The death toll rose 12 to 345.', { text: '12', kind: 'plain', unit: '' }],
    ['en: a rate reaching a percent is no index level', 'The jobless rate rose 0.3 to 6.1 percent.', { text: '0.3', kind: 'percent', unit: '' }],
    ['en: a price move keeps its currency before a level', 'LendingTree shares rose $6.21 to $20.90.', { text: '$6.21', kind: 'amount', unit: 'usd' }],
    ['en: a level in millions is no index level', 'Sales rose 1.5 to 12 million.', { text: '1.5', kind: 'plain', unit: '' }],
    ['vi: the unit is written', 'Chỉ số VN-Index tăng 13,70 điểm, tương đương 0,8%, lên 517,2 điểm.', { text: '13,70 điểm', kind: 'count', unit: 'điểm' }],
    ['vi: a bare figure stays bare', 'Chỉ số VN-Index tăng 13,70, tương đương 0,8%, lên 517,2 điểm.', { text: '13,70', kind: 'plain', unit: '' }],
  ])('%s', (_why, text, expected) => {
    expect(first(text)).toEqual(expected)
  })
})

describe('a move in unnamed points meets the same move in points', () => {
  it.each([
    ['en: the same close, two sizes of the rise', 'The Nasdaq composite index rose 13.70, or 0.8 per cent, to 1700.34.', 'The technology-laced Nasdaq Composite Index .IXIC gained 13.73 points, or 0.81 percent, to finish at 1,700.34.', ['13.70', '13.73 points']],
    ['en: a fraction of a point', "The broad Standard & Poor's 500 <.SPX> eased 0.37 of a point, or 0.03 percent, at 1,121.", "The Standard & Poor's 500 Index <.SPX> slipped 0.26 point, or 0.02 percent, to 1,121.96.", ['0.37 of a point', '0.26 point']],
    ['en: a bare move to a level meets a move in points', 'The Dow Jones Industrial Average held on to small gains, up 19.96 to 9,092.91, while the S&P 500 index shed 0.39 to 981.25.', 'The Dow Jones industrial average was up 17 points to 9,090, while the Nasdaq composite index fell 10 points to 1,601.', ['19.96', '17 points']],
  ])('%s', (_why, a, b, pair) => {
    // Paired either way: the fraction of a point is a quote read at no moment the sentences share
    // (1,121 and 1,121.96 are two ends, from two starts), so it is a candidate, not a flag.
    const report = compare(a, b)
    const paired = [...report.divergences, ...report.candidates].filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
    expect(paired).toContainEqual(pair)
  })
})

describe('a bare move to a level does not meet another index', () => {
  it.each([
    ['en: the S&P move is not the Nasdaq move', 'The Dow Jones Industrial Average held on to small gains, up 19.96 to 9,092.91, while the S&P 500 index shed 0.39 to 981.25.', 'The Dow Jones industrial average was up 17 points to 9,090, while the Nasdaq composite index fell 10 points to 1,601.', ['0.39', '10 points']],
  ])('%s', (_why, a, b, pair) => {
    const report = compare(a, b)
    const flagged = report.divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
    expect(flagged).not.toContainEqual(pair)
  })
})
