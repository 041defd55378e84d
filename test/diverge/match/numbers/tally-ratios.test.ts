import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { ratioRounds } from '../../../../src/diverge/match/numbers/tally-ratios'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['number'])
const roundings = (a: string, b: string): string[] =>
  compare(a, b)
    .equivalences.filter((e) => e.reason === 'rounding')
    .map((e) => `${e.a.text} | ${e.b.text}`)
const missing = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

describe('ratioRounds: a ratio rounds a tally when no fraction as coarse lies nearer', () => {
  it.each([
    [1821 / 1199, 3, 2, true], // 1.52: 3 to 2
    [1821 / 1199, 2, 1, true], // the nearest whole ratio
    [1821 / 1199, 4, 3, false], // 1.33: 3 to 2 lies nearer
    [60 / 40, 3, 2, true],
    [75 / 25, 2, 1, false], // 3 to 1
    [320 / 80, 4, 1, true],
    [1.28, 5, 4, true], // within 8 % though 4 to 3 lies nearer
    [2100 / 1100, 3, 2, false], // 1.91: 2 to 1
  ])('%f against %i:%i → %s', (r, p, q, expected) => {
    expect(ratioRounds(r, p, q)).toBe(expected)
  })
})

describe('a tally against the ratio another report gives of it', () => {
  it.each([
    [
      // After MSRP train 3242382 / 3242517 (round enfresh-1).
      'en: NYSE advancers and decliners, counted vs a ratio they cannot round to',
      'Advancers outnumbered decliners 1,821 to 1,199 on the New York Stock Exchange.',
      'Advancing issues outnumbered decliners by a 4-to-3 ratio on the New York Stock Exchange.',
      ['1,821 to 1,199 | 4-to-3 ratio'],
    ],
    [
      'en: a vote, tally vs margin',
      'The Senate passed the bill 75-25 on Tuesday.',
      'The Senate passed the bill by a 2-to-1 margin on Tuesday.',
      ['75-25 | 2-to-1 margin'],
    ],
    [
      'en: "by about 3 to 2" named by "by"',
      'Advancers outnumbered decliners by about 3 to 2 on the New York Stock Exchange.',
      'Advancers outnumbered decliners 2,100 to 1,100 on the New York Stock Exchange.',
      ['3 to 2 | 2,100 to 1,100'],
    ],
    [
      'vi: votes for and against vs tỷ lệ',
      'Quốc hội thông qua nghị quyết với 320 phiếu thuận, 80 phiếu chống.',
      'Quốc hội thông qua nghị quyết với tỷ lệ 2/1.',
      ['320 phiếu thuận, 80 phiếu | 2/1'],
    ],
    // traps: a ratio that rounds the tally, and what is no tally or no ratio
    ['en trap: 3 to 2 rounds 1,821 to 1,199', 'Advancers outnumbered decliners 1,821 to 1,199 on the New York Stock Exchange.', 'Advancing issues outnumbered decliners by a 3-to-2 ratio on the New York Stock Exchange.', []],
    ['en trap: 60-40 is 3 to 2', 'The Senate passed the bill 60-40 on Tuesday.', 'The Senate passed the bill by a 3-to-2 margin on Tuesday.', []],
    ['vi trap: 320 / 80 is 4 to 1', 'Quốc hội thông qua nghị quyết với 320 phiếu thuận, 80 phiếu chống.', 'Quốc hội thông qua nghị quyết với tỷ lệ 4/1.', []],
    [
      'en trap: a range goes low to high and is no tally',
      'Between 400,000 and 750,000 Iraqis are employed by state firms, outnumbering managers by a 3-to-2 ratio.',
      'Between 400,000 and 750,000 Iraqis are employed by state firms.',
      [],
    ],
    [
      'en trap: two tallies in one report, no telling which the ratio rounds',
      'Advancers beat decliners 1,821 to 1,199 on the NYSE and 1,500 to 1,400 on the Nasdaq.',
      'Advancers beat decliners by a 4-to-3 ratio on the NYSE and the Nasdaq.',
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it('a rounding ratio is an equivalence, and neither side is missing any more', () => {
    const a = 'Advancers outnumbered decliners 1,821 to 1,199 on the New York Stock Exchange.'
    const b = 'Advancing issues outnumbered decliners by a 3-to-2 ratio on the New York Stock Exchange.'
    expect(roundings(a, b)).toEqual(['1,821 to 1,199 | 3-to-2 ratio'])
    expect(missing(a, b)).toEqual([])
  })

  it.each([
    [
      'en: another figure of the same sentences still conflicts beside a rounding ratio',
      'Advancers outnumbered decliners 1,821 to 1,199, with 480 issues unchanged.',
      'Advancing issues outnumbered decliners by a 3-to-2 ratio, with 520 issues unchanged.',
      ['480 issues | 520 issues'],
    ],
    [
      'en: two tallies with no ratio are compared as before',
      'Advancers outnumbered decliners 1,821 to 1,199 on the New York Stock Exchange.',
      'Advancers outnumbered decliners 1,812 to 1,199 on the New York Stock Exchange.',
      ['1,821 | 1,812'],
    ],
  ])('real conflicts still flag: %s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })
})
