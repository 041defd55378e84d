/**
 * A session's trading volume is a running count (volume-readings.ts): two reports read it at
 * different moments, and the gold judges every volume pair of different outlets two readings
 * (MSRP train 2266078/2266151 *26.5 million shares changed hands* / *11.8 million shares have
 * changed hands*, and four more). A figure that is no volume, or two volumes both read at the
 * close, stay comparable.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

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
    // traps: no volume, or both read at the close
    ['en trap: a holding, no volume', 'The fund bought 200,000 shares of Apple last week.', 'The fund bought 250,000 shares of Apple last week.', ['200,000 shares / 250,000 shares']],
    ['vi trap: a holding, no volume', 'Quỹ đã mua 200.000 cổ phiếu Vinamilk trong tuần trước.', 'Quỹ đã mua 250.000 cổ phiếu Vinamilk trong tuần trước.', ['200.000 cổ / 250.000 cổ']],
    ['en trap: both at the close', 'At the close, 1.2 billion shares had changed hands on the Big Board.', 'At the close, 1.4 billion shares had changed hands on the Big Board.', ['1.2 billion shares / 1.4 billion shares']],
    ['vi trap: both at the close', 'Kết thúc phiên, khối lượng giao dịch đạt 120 triệu cổ phiếu.', 'Kết thúc phiên, khối lượng giao dịch đạt 95 triệu cổ phiếu.', ['120 triệu cổ / 95 triệu cổ']],
  ])('%s', (_label, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })
})
