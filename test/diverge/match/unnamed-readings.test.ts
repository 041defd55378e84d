import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

// Market quotes read at moments neither report names. The gold's rule (docs/eval.md, "real"): two
// readings of a day that name no moment (the close names none) are one slot unless something sets
// them apart: another starting level, opposite moves, another span, a reading named on one side only.
const pairs = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' || d.kind === 'date')
    .map((d) => [d.a?.text, d.b?.text])
const anyPairing = (a: string, b: string) =>
  [...compare(a, b, { minConfidence: 0 }).divergences, ...compare(a, b, { minConfidence: 0 }).candidates]
    .filter((d) => d.kind === 'number' || d.kind === 'date')
    .map((d) => [d.a?.text, d.b?.text])

describe('two readings of a day that name no moment', () => {
  it.each([
    [
      'en: a gain with no level and no moment on either side',
      'Rambus Inc. shot up 38 percent, making it the biggest gainer on the Nasdaq.',
      'Rambus Inc. shot up almost 33 percent, making it the biggest gainer on the Nasdaq.',
      ['38 percent', '33 percent'],
    ],
    [
      'en: unlinked wording, still no moment',
      'Elsewhere in Europe, Philips was up 4.6 percent after raising its targets for chip sales.',
      'Elsewhere in Europe, Philips was up 3.8 percent after saying it saw positive developments.',
      ['4.6 percent', '3.8 percent'],
    ],
    [
      'en: the close on one side, no moment on the other',
      'Shares of AstraZeneca rose 3.71 percent to close at $43.05 on the New York Stock Exchange.',
      'Shares of AstraZeneca rose 3 per cent on the New York Stock Exchange after the news.',
      ['3.71 percent', '3 per cent'],
    ],
    ['vi: a gain with no level and no moment on either side', 'Cổ phiếu VNM tăng 3,7% trên sàn HOSE.', 'Cổ phiếu VNM tăng 3% trên sàn HOSE sau tin này.', ['3,7%', '3%']],
    [
      'en: a currency "on the session" on both sides',
      'The dollar was at 116.92 yen, flat on the session.',
      'The dollar was at 116.78 yen, virtually flat on the session.',
      ['116.92 yen', '116.78 yen'],
    ],
    [
      'en: two index levels from one starting level (9,284.57), unlinked wording',
      'The blue-chip Dow Jones industrial average .DJI edged down 28.08 points, or 0.3 percent, at 9,256.49.',
      'The Dow Jones industrial average closed down 18.06, or 0.2 per cent, at 9266.51.',
      ['9,256.49', '9266.51'],
    ],
  ])('%s: a contradiction', (_name, a, b, pair) => {
    expect(pairs(a, b)).toContainEqual(pair)
  })

  it.each([
    [
      'en: a currency trades around the clock, so an unnamed reading of it names no moment',
      'Against the yen, the dollar was at 117.20 yen, down 0.3 percent.',
      'Against the yen, the dollar was at 116.80 yen, down 0.6 percent.',
    ],
    [
      'en: a reading after the day\'s extreme ("after hitting a record low") against an unnamed one',
      'The 30-year bond firmed 26/32, taking its yield to 4.17 percent, after hitting another record low of 4.16 percent.',
      'The 30-year bond firmed 14/32, taking its yield to 4.19 percent from 4.22 percent.',
    ],
    [
      'en: "in midafternoon trading" names a reading, the other side none',
      'In midafternoon trading, the Nasdaq composite index was up 8.34, or 0.5 percent, to 1,790.47.',
      'The Nasdaq Composite Index .IXIC dipped 8.59 points, or 0.48 percent, to 1,773.54.',
    ],
    [
      'en: "in the first hour of trading" names a reading, the other side none',
      'The blue-chip Dow Jones industrial average .DJI was down 63.09 points, or 0.68 percent, at 9,270.70.',
      'In the first hour of trading, the Dow Jones industrial average was up 12.98, or 0.1 percent, at 9,346.77.',
    ],
    [
      'en: a dotted abbreviation opening the sentence names its place (U.S. / Canada)',
      'U.S. same-store sales last month at Tim Hortons rose 8.8 per cent.',
      "Tim Hortons' same-store sales in Canada rose by 6.7 per cent.",
    ],
  ])('%s: no contradiction', (_name, a, b) => {
    expect(pairs(a, b)).toEqual([])
  })
})

describe('what a move says about its figures', () => {
  it.each([
    // (A rise and a fall of different sizes from one level are two moments: session-phrases.test.ts.)
    ['en', 'The technology-laced Nasdaq Composite Index .IXIC added 2.84 points, or 0.18 percent, at 1,593.59.', 'The technology-laced Nasdaq Composite Index .IXIC rose 1.2 points to 1,592.', '1,593.59'],
    ['vi', 'Chỉ số VN-Index của sàn HOSE tăng 6,2 điểm lên 520,3 điểm.', 'Chỉ số VN-Index tăng 4,1 điểm lên 518,2 điểm trong phiên giao dịch.', '520,3 điểm'],
    ['en, the close on one side', 'The Dow Jones industrial average edged down 28.08 points at 9,256.49.', 'The Dow Jones industrial average closed down 18.06 at 9266.51.', '9,256.49'],
  ])('%s: one starting level and no reading named on either side is named as evidence of one slot', (_lang, a, b, level) => {
    const pairing = [...compare(a, b, { minConfidence: 0 }).divergences, ...compare(a, b, { minConfidence: 0 }).candidates].find((d) => d.a?.text === level)
    expect(pairing?.evidence).toContain('no other moment named on either side')
  })

  it('en: a reading named on one side (morning) gives no such evidence', () => {
    const a = 'In morning trading, the Dow Jones industrial average edged down 28.08 points at 9,256.49.'
    const b = 'The Dow Jones industrial average closed down 18.06 at 9266.51.'
    const all = [...compare(a, b, { minConfidence: 0 }).divergences, ...compare(a, b, { minConfidence: 0 }).candidates]
    expect(all.flatMap((d) => d.evidence)).not.toContain('no other moment named on either side')
  })

  it('en: the level a move started from is no reading of now ("from 4.22 percent" / "a low of 4.16 percent")', () => {
    const a = 'The 10-year yield touched a low of 4.16 percent on the session.'
    const b = 'The 10-year yield fell to 4.19 percent from 4.22 percent on the session.'
    expect(pairs(a, b)).not.toContainEqual(['4.16 percent', '4.22 percent'])
  })

  it.each([
    ['57 cents', '77 cents'],
    ['$37.70', '$53.95'],
    ['57 cents', '95 cents'],
  ])("en: listed stocks whose own moves start from two levels are two slots (%s / %s), whatever another stock's moves share", (x, y) => {
    const a = 'Gainers included AT&T, which rose $1.25 to $21.75, and General Motors, which rose 57 cents to $37.70.'
    const b = 'Gainers included AT&T, which rose 77 cents to $21.27, and Johnson & Johnson, which increased 95 cents to $53.95.'
    expect(anyPairing(a, b)).not.toContainEqual([x, y])
  })

  it.each([
    ['en: a fall then the level reached', 'Altria shares fell $1.17 to $42.51 on the New York Stock Exchange.', 'Altria shares fell $1.09 to $42.59 on the New York Stock Exchange.', ['$1.17', '$1.09']],
    ['vi: a rise then the level reached', 'Giá vàng SJC tăng 200.000 đồng lên 36,5 triệu đồng.', 'Giá vàng SJC tăng 300.000 đồng lên 36,6 triệu đồng.', ['200.000 đồng', '300.000 đồng']],
  ])('%s is a move, not a range: its change is compared', (_name, a, b, pair) => {
    expect(pairs(a, b)).toContainEqual(pair)
  })

  it('en: a share of "the market\'s revenue" is a share of the market', () => {
    const a = 'For the first quarter, Acme captured 27.9 percent of the market.'
    const b = "In the first quarter, Acme captured 26 percent of the market's revenue."
    expect(pairs(a, b)).toContainEqual(['27.9 percent', '26 percent'])
  })
})

// A quote hovering at its previous level reads up at one moment and down at the next: from one
// start and with no reading named on either side, its sign says nothing of the moment (sessions.ts).
describe('a rise and a fall from one level, no moment named', () => {
  it.each([
    [
      'en: the Nasdaq from 1,646.0x, up 0.12 % / down 0.005 %',
      'The technology-laced Nasdaq Composite Index <.IXIC> added 1.92 points, or 0.12 percent, at 1,647.94.',
      'The technology-laced Nasdaq Composite Index .IXIC dipped 0.08 of a point to 1,646.',
      ['1,647.94', '1,646'],
    ],
    [
      'en: the S&P 500 from 997.48, the close on one side',
      "The broader Standard & Poor's 500 Index .SPX ended up 1.03 points, or 0.10 percent, at 998.51.",
      "The broader Standard & Poor's 500 Index .SPX was off 1.67 points, or 0.17 percent, at 995.81.",
      ['1.03 points', '1.67 points'],
    ],
    ['vi: VN-Index từ 519,5 điểm, tăng / giảm dưới 0,2 %', 'Chỉ số VN-Index tăng 0,8 điểm lên 520,3 điểm.', 'Chỉ số VN-Index giảm 0,6 điểm xuống 518,9 điểm.', ['0,8 điểm', '0,6 điểm']],
  ])('%s: a contradiction', (_name, a, b, pair) => {
    expect(pairs(a, b)).toContainEqual(pair)
  })

  it.each([
    ['en: moves of 2 % and 1.1 % from one close are two moments', 'Oracle shares fell 27 cents, or 2 percent, to $13.09.', 'Oracle shares also rose on the news, up 15 cents to $13.51 on the Nasdaq.'],
    [
      'en: two indices moving opposite ways',
      "The broader Standard & Poor's 500 Index .SPX fell 3 points, or 0.30 percent, to 995.",
      'The technology-laced Nasdaq Composite Index <.IXIC> added 1.92 points, or 0.12 percent, at 1,647.94.',
    ],
    [
      'en: a reading named on one side (midafternoon)',
      'In midafternoon trading, the Nasdaq composite index was up 0.34, or 0.02 percent, to 1,790.47.',
      'The Nasdaq Composite Index .IXIC dipped 0.59 points, or 0.03 percent, to 1,789.54.',
    ],
    ['vi: hai mức xuất phát khác nhau (519,5 / 515,6)', 'Chỉ số VN-Index tăng 0,8 điểm lên 520,3 điểm.', 'Chỉ số VN-Index giảm 0,6 điểm xuống 515 điểm.'],
    ['vi: tăng 4 % / giảm 2 % từ một giá là hai thời điểm', 'Cổ phiếu FPT tăng 2.000 đồng lên 52.000 đồng.', 'Cổ phiếu FPT giảm 1.000 đồng xuống 49.000 đồng.'],
  ])('%s: no contradiction', (_name, a, b) => {
    expect(pairs(a, b)).toEqual([])
  })
})
