import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// Figures of one market day or one report, read from the part of the session each sentence names
// and the move each reports (a change to a level, a level from an earlier one).
const pairs = (a: string, b: string, minConfidence = 0.5) =>
  compare(a, b, { minConfidence })
    .divergences.filter((d) => d.kind === 'number' || d.kind === 'date')
    .map((d) => [d.a?.text, d.b?.text])

describe('figures of two moments of a session', () => {
  it.each([
    [
      'en: the close against afternoon trading',
      'Shares in Xoma lost 77 cents, or 14 percent, to close at $4.72 in trading on the Nasdaq Stock Market.',
      'The share price of Xoma lost 73 cents, or 13 percent, to $4.76 in afternoon trading on the Nasdaq Stock Market.',
    ],
    [
      'en: two clock times, whatever else the sentences share',
      'Spot gold was quoted at $367.90 an ounce at 1000 GMT, a level not seen since February 10.',
      'Spot gold was fetching $365.25 an ounce at 0520 GMT, a level not seen since February 10.',
    ],
    [
      'en: a clock time against the close',
      'Around 0335 GMT, Tab shares were up 19 cents at A$4.56, having earlier set a record high.',
      'Tab shares jumped 20 cents to set a record closing high at A$4.57.',
    ],
    [
      'en: moves from two starting levels (two sessions)',
      "July Brent rose 31 cents to $28.39 per barrel on London's International Petroleum Exchange.",
      "Brent crude for July delivery fell 38 cents to $27.45 a barrel on London's International Petroleum Exchange.",
    ],
    [
      'en: stated starting levels that differ, and so do the ends',
      'The 30-year bond slid 23/32 for a yield of 4.34 percent, up from 4.30 percent.',
      'The 30-year bond lost 16/32, taking its yield to 4.20 percent from 4.18 percent.',
    ],
    ["en: a market up and the same market down", "In Europe, France's CAC-40 rose 0.6 percent on the day.", "In Europe, France's CAC-40 fell 1.6 percent on the day."],
    [
      'en: rises over two spans of time',
      'The 12-nation currency has risen by 33 percent against the dollar over the past 15 months.',
      'The euro is up 9 percent against the dollar in the past six weeks.',
    ],
    [
      'en: one level after moves of very different size (a flat session after a rise)',
      'The technology-loaded Nasdaq Composite Index .IXIC added 0.35 of a point, or 0.02 percent, to 1,662.',
      'The Nasdaq Composite Index .IXIC rose 17.48 points, or 1.06 percent, to 1,661.51, based on the latest available figures.',
    ],
    [
      'vi: one level after moves of very different size, in điểm',
      'Chỉ số VN-Index tăng 0,35 điểm, tương đương 0,02%, lên 1.662 điểm.',
      'Chỉ số VN-Index tăng 17,48 điểm, tương đương 1,06%, lên 1.661,51 điểm theo số liệu mới nhất.',
    ],
    ['vi: the morning session against the close', 'Chỉ số VN-Index đứng ở mức 520,3 điểm trong phiên sáng nay.', 'Chỉ số VN-Index đứng ở mức 512,4 điểm khi đóng cửa.'],
    ['vi: a clock time against the afternoon', 'Lúc 10h, giá vàng SJC ở mức 36,52 triệu đồng/lượng.', 'Giá vàng SJC ở mức 36,61 triệu đồng/lượng vào chiều nay.'],
    [
      'en: a level, then the change that led to it (two stocks, from $42.72 and $24.09)',
      'Shares of Tampa-based Outback Steakhouse closed at $44.50, up $1.78, or 4.2 percent, on the New York Stock Exchange.',
      'Shares of the Oak Brook, Ill.-based hamburger giant closed at $24.60, up 51 cents, or 2.1 percent, on the New York Stock Exchange.',
    ],
    [
      'en: a change in an apposition takes its sign from the figure it restates (from $11.20 and $14.47)',
      "Martha Stewart shares fell 18 percent, or $2.03, to $9.17 and were the NYSE's biggest percentage loser.",
      "Its shares fell 17.5 percent, or $2.53, to $11.94 and was the blue-chip Dow's biggest percent loser.",
    ],
    ['vi: a level, then the change that led to it (from 36,3 and 34,7 triệu)', 'Chốt phiên, giá vàng SJC lên 36,5 triệu đồng, tăng 200.000 đồng so với hôm trước.', 'Chốt phiên, giá vàng SJC lên 35,1 triệu đồng, tăng 400.000 đồng so với hôm trước.'],
  ])('%s: no contradiction at defaults', (_name, a, b) => {
    expect(pairs(a, b)).toEqual([])
  })

  it.each([
    [
      'en: one move told twice, from one close ($17.15)',
      'PeopleSoft gained 94 cents, or 5.5 percent, to $18.09.',
      "PeopleSoft gained $1.09, or 6.3 percent, to $18.24 and was Nasdaq's most active issue.",
      [['$18.09', '$18.24']],
    ],
    [
      'en: the moment a reference was taken is not the figure\'s',
      "The 30-year bond rose 22/32 for a yield of 4.31 percent, versus 4.35 percent at Wednesday's close.",
      'The 30-year bond grew 1-3/32 for a yield of 4.30 percent, down from 4.35 percent late Wednesday.',
      [['4.31 percent', '4.30 percent']],
    ],
    [
      'vi: one rise told twice, from one price (36,3 triệu)',
      'Sáng nay, giá vàng SJC tăng 200.000 đồng lên 36,5 triệu đồng mỗi lượng.',
      'Sáng nay, giá vàng SJC tăng 300.000 đồng lên 36,6 triệu đồng mỗi lượng.',
      [
        ['200.000 đồng', '300.000 đồng'],
        ['36,5 triệu đồng', '36,6 triệu đồng'],
      ],
    ],
  ])('%s: still a contradiction', (_name, a, b, want) => {
    expect(pairs(a, b)).toEqual(expect.arrayContaining(want))
  })

  it.each([
    ['en: "close to" is a hedge, "opened fire" no opening', 'Police opened fire in the square and killed close to 12 protesters.', 'In the afternoon, police killed 20 protesters in the square.', [['12 protesters', '20 protesters']]],
    ['en: "the late president" is no late trade', 'The late president\'s foundation raised $3 million in the afternoon session.', 'The foundation raised $5 million in the afternoon session.', [['$3 million', '$5 million']]],
  ])('%s: still a contradiction', (_name, a, b, want) => {
    expect(pairs(a, b)).toEqual(want)
  })

  it('a move from the same starting level is evidence of one slot', () => {
    const found = compare('Oracle shares were also higher, trading up 12 cents at $13.60.', 'Shares of Redwood Shores-based Oracle rose 14 cents to $13.62.')
    const level = found.divergences.find((d) => d.a?.text === '$13.60')!
    expect(level.evidence).toContain('moves from the same starting level')
    expect(level.confidence).toBeGreaterThanOrEqual(0.5)
  })
})

// Quotes that move during the day (prices, yields, indexes and their changes): two readings are
// two slots when one side names its reading and the other does not (two unnamed readings are one:
// see unnamed-readings.test.ts).
describe('quotes with no moment in common', () => {
  const candidates = (a: string, b: string) =>
    compare(a, b)
      .candidates.filter((d) => d.kind === 'number' || d.kind === 'date')
      .map((d) => [d.a?.text, d.b?.text])

  it.each([
    [
      'en: a yield read twice, one after a record low, one from an earlier level',
      'The 30-year bond firmed 26/32, taking its yield to 4.17 percent, after hitting another record low of 4.16 percent.',
      'The 30-year bond firmed 14/32, taking its yield to 4.19 percent from 4.22 percent.',
      ['4.17 percent', '4.19 percent'],
    ],
    [
      // after the day's high, from one start ($14.69) but a change half the size: two readings
      'en: after the day\'s high against no moment, changes far apart',
      'Shares of Acme rose $6.21 to $20.90 after hitting $21.36 earlier.',
      'Acme shares rose $2.51 to $17.20 on the Nasdaq.',
      ['$6.21', '$2.51'],
    ],
    [
      'en: one side names its reading (afternoon), the other none, both from one close ($20.00)',
      'In afternoon trading, shares of Acme were up 42 cents at $20.42 on the Nasdaq.',
      'Shares of Acme rose 61 cents to $20.61 on the Nasdaq.',
      ['$20.42', '$20.61'],
    ],
  ])('%s: a candidate, not a contradiction', (_name, a, b, pair) => {
    expect(pairs(a, b)).toEqual([])
    expect(candidates(a, b)).toContainEqual(pair)
  })

  it.each([
    [
      'en: both name the afternoon',
      "In afternoon trading in Europe, Britain's FTSE 100 gained 0.3 percent.",
      "In afternoon trading in Europe, Britain's FTSE 100 gained 0.7 percent.",
      ['0.3 percent', '0.7 percent'],
    ],
    [
      'en: moves in percent of the price from one level (A$4.84)',
      'Brambles <BIL.AX> dropped 1.9 percent to A$4.75 after a weak performance overnight.',
      'Brambles <BIL.AX> dropped 2.3 percent to A$4.73 after a weak performance overnight.',
      ['A$4.75', 'A$4.73'],
    ],
    [
      'en: cents of another currency, from one level (C$17.56)',
      "Axcan's shares closed down 63 Canadian cents, or 4 percent, at C$16.93 in Toronto on Tuesday.",
      "Axcan's shares were down 3.8 percent, or 66 Canadian cents, at C$16.90 in Toronto on Tuesday.",
      ['63 Canadian cents', '66 Canadian cents'],
    ],
    [
      'en: one level reached by changes of about one size',
      'The Nasdaq composite index rose 13.70, or 0.8 per cent, to 1700.34.',
      'The technology-laced Nasdaq Composite Index .IXIC gained 13.73 points, or 0.81 percent, to finish at 1,700.34.',
      ['13.70', '13.73 points'],
    ],
    [
      // a reading placed only after the day's high names no moment: from one start ($14.69), by changes of about one size
      'en: after the day\'s high against no moment, one start',
      'Shares of Acme rose $6.21 to $20.90 after hitting $21.36 earlier.',
      'Acme shares rose $6.31 to $21 on the Nasdaq.',
      ['$6.21', '$6.31'],
    ],
    [
      'en: a rise over one stated period',
      'The Nasdaq has risen 21.2 percent since March 11.',
      'The Nasdaq has risen nearly 20 per cent since March 11.',
      ['21.2 percent', '20 per cent'],
    ],
  ])('%s: still a contradiction', (_name, a, b, pair) => {
    expect(pairs(a, b)).toContainEqual(pair)
  })
})
