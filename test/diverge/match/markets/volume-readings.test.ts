/**
 * A session's trading volume is a running count (volume-readings.ts): two reports read it at
 * different moments, and the gold judges every volume pair of different outlets two readings
 * (MSRP train 2266078/2266151 *26.5 million shares changed hands* / *11.8 million shares have
 * changed hands*, and four more). A figure that is no volume, or two volumes both read at the
 * close, stay comparable.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const read = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => `${d.a!.text} / ${d.b!.text}`)

describe('trading volumes read at two moments', () => {
  it.each([
    ['en: shares changed hands (MSRP 2266078)', 'Some 26.5 million shares changed hands, more than three times the daily average over 10 days of 6.8 million.', 'Some 11.8 million shares have changed hands, well above its daily average over 10 days of 6.8 million.', []],
    ['en: shares traded', 'Some 900 million shares traded on the Big Board, the exchange said.', 'Some 1.2 billion shares traded on the Big Board, the exchange said.', []],
    ['vi: khối lượng giao dịch', 'Khối lượng giao dịch đạt 120 triệu cổ phiếu, theo HoSE.', 'Khối lượng giao dịch đạt 95 triệu cổ phiếu, theo HoSE.', []],
    ['vi: khớp lệnh', 'Có 120 triệu cổ phiếu được khớp lệnh trên sàn HoSE.', 'Có 95 triệu cổ phiếu được khớp lệnh trên sàn HoSE.', []],
    ['en: trading volume was light at', 'Trading volume was light at 500 million shares on the Big Board.', 'Trading volume was light at 1.05 billion shares on the Big Board.', []],
    // traps: no volume, or both read at the close
    // a holding, an offering or a sale in a sentence that trades something else: the count is no volume
    ['en trap: holding, another clause traded', 'The fund bought 2 million shares of Vingroup, whose shares traded at VND 40,000.', 'The fund bought 3 million shares of Vingroup, whose shares traded at VND 40,000.', ['2 million shares / 3 million shares']],
    ['en trap: offering, which traded', 'The company said it would sell 5 million shares, which traded at $12 on Monday.', 'The company said it would sell 6 million shares, which traded at $12 on Monday.', ['5 million shares / 6 million shares']],
    ['en trap: issue to be traded', 'The company will issue 10 million new shares, to be traded on HOSE from June.', 'The company will issue 12 million new shares, to be traded on HOSE from June.', ['10 million new shares / 12 million new shares']],
    ['en trap: net sold, with turnover', 'Foreign investors net sold 2 million shares, with turnover of VND 500 billion.', 'Foreign investors net sold 3 million shares, with turnover of VND 500 billion.', ['2 million shares / 3 million shares']],
    ['vi trap: holding, khối lượng giao dịch of the session', 'Quỹ đã mua 2 triệu cổ phiếu VIC, khối lượng giao dịch cả phiên đạt 5 triệu đơn vị.', 'Quỹ đã mua 3 triệu cổ phiếu VIC, khối lượng giao dịch cả phiên đạt 5 triệu đơn vị.', ['2 triệu cổ / 3 triệu cổ']],
    ['en trap: a holding, no volume', 'The fund bought 200,000 shares of Apple last week.', 'The fund bought 250,000 shares of Apple last week.', ['200,000 shares / 250,000 shares']],
    ['vi trap: a holding, no volume', 'Quỹ đã mua 200.000 cổ phiếu Vinamilk trong tuần trước.', 'Quỹ đã mua 250.000 cổ phiếu Vinamilk trong tuần trước.', ['200.000 cổ / 250.000 cổ']],
    ['en trap: both at the close', 'At the close, 1.2 billion shares had changed hands on the Big Board.', 'At the close, 1.4 billion shares had changed hands on the Big Board.', ['1.2 billion shares / 1.4 billion shares']],
    ['vi trap: both at the close', 'Kết thúc phiên, khối lượng giao dịch đạt 120 triệu cổ phiếu.', 'Kết thúc phiên, khối lượng giao dịch đạt 95 triệu cổ phiếu.', ['120 triệu cổ / 95 triệu cổ']],
  ])('%s', (_label, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })

  // Each report states its own reading of the one running count: neither is missing from the other.
  it.each([
    ['en', 'Some 26.5 million shares changed hands on the Nasdaq.', 'Some 11.8 million shares have changed hands on the Nasdaq.'],
    ['vi', 'Khối lượng giao dịch đạt 120 triệu cổ phiếu, theo HoSE.', 'Khối lượng giao dịch đạt 95 triệu cổ phiếu, theo HoSE.'],
  ])('%s: two readings, no missing fact', (_label, a, b) => {
    expect(compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' || d.kind === 'number')).toEqual([])
  })
})
