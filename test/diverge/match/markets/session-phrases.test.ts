import { describe, expect, it } from 'vitest'
import { oppositeMoves, phraseParts } from '../../../../src/diverge/match/markets/session-phrases'
import { figureFlags } from '../../../helpers'

describe('moments of the trading day and moves that part them', () => {
  it.each([
    ['In the first hour of trading, the Dow was up 34 points', ['early']],
    ['in the first 30 minutes of trade', ['early']],
    ['the first half-hour', ['early']],
    ['its first hour-long speech', []],
    ['the first minutes of the match', ['early']],
    ['The Dow was up 17 points to 9,090.', []],
  ])('%s → %j', (text, parts) => {
    expect(phraseParts(text)).toEqual(parts)
  })

  it.each([
    [{ change: -0.27, slack: 0.01 }, { change: 0.15, slack: 0.01 }, true],
    [{ change: -0.27, slack: 0.01 }, { change: 0.27, slack: 0.01 }, false], // one amount, the direction misreported
    [{ change: -0.27, slack: 0.01 }, { change: -0.15, slack: 0.01 }, false],
    [{ change: -500, slack: 50 }, { change: 300, slack: 50 }, true],
  ])('%j / %j opposite: %s', (m, n, expected) => {
    expect(oppositeMoves(m, n)).toBe(expected)
  })

  it.each([
    [
      'en: a reading named "the first hour" on one side only',
      'In the first hour of trading, the Dow Jones industrial average was up 34 points to 9,107.',
      'The Dow Jones industrial average was up 17 points to 9,090.',
      [],
    ],
    ['en: a fall and a rise from one level, no close named', 'Oracle shares fell 27 cents, or 2 percent, to $13.09.', 'Oracle shares also rose on the news, up 15 cents to $13.51 on the Nasdaq.', []],
    // the twin: one direction, one start, no moment named — the gold's one quote misreported
    ['en: two falls from one level', 'Oracle shares fell 27 cents, or 2 percent, to $13.09.', 'Oracle shares fell 15 cents, or 1 percent, to $13.21.', ['27 cents | 15 cents', '2 percent | 1 percent', '$13.09 | $13.21']],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('two quotes whose stated start and end both differ are two readings', () => {
  it.each([
    [
      'en: silver to $4.81/83 from $4.77/79 / to $4.83/85 from $4.80/82',
      "Gold's rise pulled other precious metals higher, shunting silver to $4.81/83 an ounce from $4.77/79 last quoted in New York.",
      "Gold's bounce pulled other precious metals higher, sending silver to $4.83/85 an ounce from $4.80/82 last quoted in New York.",
      [],
    ],
    [
      'en: one start, two ends: one level misreported',
      "Gold's rise pulled other precious metals higher, shunting silver to $4.81/83 an ounce from $4.77/79 last quoted in New York.",
      "Gold's bounce pulled other precious metals higher, sending silver to $4.83/85 an ounce from $4.77/79 last quoted in New York.",
      ['$4.81/83 | $4.83/85'],
    ],
    ['vi: two starts and two ends', 'Giá vàng SJC tăng lên 36,52 triệu đồng mỗi lượng từ 36,48 triệu đồng hôm qua.', 'Giá vàng SJC đã tăng lên 36,54 triệu đồng mỗi lượng từ 36,51 triệu đồng hôm qua.', []],
    ['vi: one start', 'Giá vàng SJC tăng lên 36,52 triệu đồng mỗi lượng từ 36,48 triệu đồng hôm qua.', 'Giá vàng SJC đã tăng lên 36,54 triệu đồng mỗi lượng từ 36,48 triệu đồng hôm qua.', ['36,52 triệu đồng | 36,54 triệu đồng']],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})
