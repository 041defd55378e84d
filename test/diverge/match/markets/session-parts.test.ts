import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { partsOf, sameMoment } from '../../../../src/diverge/match/markets/session-parts'

describe('parts of the day with a modifier', () => {
  it.each([
    ['en: early morning', 'Shares rose 1-1/4p to 290-1/2p in early morning trade.', ['early morning']],
    ['en: late morning', 'Shares were steady in late morning trading, down 13 cents.', ['late morning']],
    ['vi: sáng sớm nay', 'Sáng sớm nay, giá vàng SJC được niêm yết ở mức 36,52 triệu đồng/lượng.', ['early morning']],
    ['vi: phiên chiều muộn', 'Trong phiên chiều muộn, giá vàng giảm 50.000 đồng.', ['late afternoon']],
    ['vi: a bare part stays bare', 'Trong phiên sáng, giá vàng giảm 50.000 đồng.', ['morning']],
  ])('%s', (_name, text, parts) => {
    expect([...partsOf(text)]).toEqual(parts)
  })

  it.each([
    ['early morning', 'morning', true],
    ['morning', 'late morning', true],
    ['late afternoon', 'afternoon', true],
    ['early morning', 'late morning', false],
    ['early morning', 'afternoon', false],
    ['morning', 'afternoon', false],
  ])('%s within %s: %s', (p, q, expected) => {
    expect(sameMoment(p, q)).toBe(expected)
  })
})

const flagged = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])

describe('a modified part of the day against its bare word', () => {
  it.each([
    [
      'en: one move, two levels, early morning / morning: one quote misreported',
      'Shares in Safeway rose 1-1/4p to 290-1/2p in early morning trade.',
      'Shares in Safeway rose 1-1/4p to 288-1/4p in morning trade in London.',
      [['290-1/2p', '288-1/4p']],
    ],
    [
      'vi: sáng sớm nay / sáng nay: one price misreported',
      'Sáng sớm nay, giá vàng SJC được niêm yết ở mức 36,52 triệu đồng/lượng.',
      'Sáng nay, giá vàng SJC được niêm yết ở mức 36,72 triệu đồng/lượng.',
      [['36,52 triệu đồng/lượng', '36,72 triệu đồng/lượng']],
    ],
    [
      'en: moves of two sizes from one start, morning / late morning: two readings',
      'In morning trading, Coca-Cola shares were down 34 cents at $43.67.',
      'Coca-Cola shares were steady in late morning trading, down just 13 cents to $43.88.',
      [],
    ],
    [
      'vi: sáng sớm / sáng muộn: two moments',
      'Sáng sớm nay, giá vàng SJC tăng 50.000 đồng lên 36,52 triệu đồng/lượng.',
      'Sáng muộn nay, giá vàng SJC tăng 120.000 đồng lên 36,72 triệu đồng/lượng.',
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flagged(a, b)).toEqual(expected)
  })
})
