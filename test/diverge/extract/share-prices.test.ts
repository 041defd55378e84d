/**
 * A share's price level quoted "a share" (enmine27-1): "fell 8 cents to $1.83 a share" against
 * "off 7 cents at $1.84" kept two slots (usd/share against usd) and the two prices were two
 * missing facts. A level after to / at (lên / còn / mức) in a sentence about shares or stock
 * drops the divisor; earnings a share keep it.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../src/diverge/extract/numbers'
import { compare } from '../../../src'

const per = (text: string, value: string) => {
  const f = extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).find((x) => x.text.startsWith(value))
  return f ? (f.per ?? null) : 'unread'
}

describe('the divisor of a price a share', () => {
  it.each([
    ['en: a level after to, in a sentence about shares', 'Lucent shares fell 8 cents to $1.83 a share in morning trading.', '$1.83', null],
    ['en: a level after at, the stock', 'The stock closed at $20.26 a share on Friday.', '$20.26', null],
    ['vi: a level after lên, cổ phiếu', 'Cổ phiếu VNM tăng 500 đồng lên 85.000 đồng/cổ phiếu.', '85.000', null],
    ['en trap: earnings a share keep the divisor', 'Cisco earned $729 million, or 10 cents a share.', '10 cents', 'share'],
    ['en trap: a level with no shares or stock in the sentence', 'Profit rose to 14 cents a share.', '14 cents', 'share'],
    ['vi trap: earnings a share keep the divisor', 'Công ty lãi 2.000 đồng/cổ phiếu trong năm.', '2.000', 'cổ'],
    ['en trap: another divisor is kept', 'Shares of the fund rose to $12 a month in fees.', '$12', 'month'],
  ])('%s', (_why, text, value, want) => {
    expect(per(text, value)).toEqual(want)
  })
})

describe('a price a share against a bare price, in two reports', () => {
  const flags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind !== 'missing').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en hit: $1.84 / $1.83 a share of one morning', "Lucent's stock fell 7 cents to $1.84 in morning trading.", 'Lucent shares fell 7 cents to $1.83 a share in morning trading.', [['$1.84', '$1.83']]],
    ['vi hit: 86.000 đồng / 85.000 đồng/cổ phiếu', 'Cổ phiếu VNM tăng 500 đồng lên 86.000 đồng.', 'Cổ phiếu VNM tăng 500 đồng lên 85.000 đồng/cổ phiếu.', [['86.000 đồng', '85.000 đồng/cổ']]],
    ['en trap: the same price with and without a share agrees', 'Lucent shares fell 7 cents to $1.84 in morning trading.', 'Lucent shares fell 7 cents to $1.84 a share in morning trading.', []],
    ['en trap: earnings a share against a price stay apart', 'Cisco earned 10 cents a share in the quarter.', 'Cisco shares rose to $14 in the quarter.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
