/**
 * A share's price level quoted "a share" (enmine27-1): "fell 8 cents to $1.83 a share" against
 * "off 7 cents at $1.84" kept two slots (usd/share against usd) and the two prices were two
 * missing facts. A level after to / at (lên / còn / mức) in a sentence about shares or stock
 * drops the divisor; earnings a share keep it.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

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
    ['en: a level after as much as, the stock', 'Acme shares rose as much as 8 cents to $1.83 a share.', '$1.83', null],
    ['vi: a level after cổ phiếu as subject, past a divisor', 'Cổ phiếu VNM tăng lên 85.000 đồng/cp.', '85.000', null],
    ['en trap: earnings in a sentence about shares keep the divisor', 'XYZ shares rose 5 percent after earnings rose to $1.20 a share.', '$1.20', 'share'],
    ['en trap: an offer in a sentence about shares keeps the divisor', 'Target shares jumped after the buyer raised its offer to $40 a share.', '$40', 'share'],
    ['en trap: a dividend in a sentence about the stock keeps the divisor', 'The stock fell 3 percent after the company cut its dividend to 50 cents a share.', '50 cents', 'share'],
    ['en trap: the stock rose as the dividend was raised', 'The stock rose as the dividend was raised to 50 cents a share.', '50 cents', 'share'],
    ['vi trap: lãi in a sentence about cổ phiếu keeps the divisor', 'Cổ phiếu VNM tăng sau khi lãi cơ bản lên 2.000 đồng/cổ phiếu.', '2.000', 'cổ'],
    ['vi trap: lãi trên mỗi cổ phiếu keeps the divisor', 'Cổ phiếu VNM tăng sau khi lãi cơ bản trên mỗi cổ phiếu lên 2.000 đồng/cp.', '2.000', 'cp'],
    ['vi trap: cổ tức keeps the divisor', 'Công ty nâng cổ tức lên 2.000 đồng/cổ phiếu.', '2.000', 'cổ'],
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
    ['en trap: an offer a share against the stock price stays apart', 'Target shares jumped 20 percent after the buyer raised its offer to $40 a share.', 'Target shares jumped 20 percent to $38.50 after the buyer raised its offer.', []],
    ['en trap: a dividend a share against the stock price stays apart', 'The stock fell 3 percent after the company cut its dividend to 50 cents a share.', 'The stock fell 3 percent to 48 cents after the company cut its dividend.', []],
    ['vi trap: lãi a share against the stock price stays apart', 'Cổ phiếu VNM tăng sau khi lãi cơ bản lên 2.000 đồng/cổ phiếu.', 'Cổ phiếu VNM tăng lên 2.100 đồng.', []],
    ['en trap: earnings a share against a price stay apart', 'Cisco earned 10 cents a share in the quarter.', 'Cisco shares rose to $14 in the quarter.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
