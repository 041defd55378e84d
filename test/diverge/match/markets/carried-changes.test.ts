// Two levels reached from one starting level differ by as much as the changes that led to them
// (carried-changes.ts): when the changes differ beyond their last digits, one level written round
// ("to $21", "to 1,800") is no rounding of the other, however close the two look.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberPairs = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text, d.b?.text])

describe('levels of moves from one start, with changes that differ', () => {
  it.each([
    ['en: a price to the cent against a whole one (both from $16.55)', 'Acme shares rose $2.35, or 14 percent, to $18.90 on the Nasdaq.', 'Acme shares rose $2.45 to $19 on the Nasdaq.', ['$18.90', '$19']],
    ['en: an index level against a round one (both from 1,792)', 'The Nasdaq composite index rose 12.92 points to 1,804.92 on Tuesday.', 'The Nasdaq composite index rose 8 points to 1,800 on Tuesday.', ['1,804.92', '1,800']],
    ['vi: a price in đồng against a round one (both from 96.550)', 'Cổ phiếu FPT tăng 2.350 đồng lên 98.900 đồng trong phiên hôm nay.', 'Cổ phiếu FPT tăng 3.450 đồng lên 100.000 đồng trong phiên hôm nay.', ['98.900 đồng', '100.000 đồng']],
    [
      'en: the percent beside those changes, an earlier high rounding nothing',
      'Shares of Acme rose $2.35, or 14 percent, to $18.90 after hitting $19.30 earlier.',
      'Acme shares rose 15 percent, or $2.45, to $19, more than doubling in two months.',
      ['14 percent', '15 percent'],
    ],
    [
      'vi: the percent beside those changes, an earlier high rounding nothing',
      'Cổ phiếu ACB tăng 2.350 đồng lên 18.900 đồng, tương đương 14%, sau khi chạm mức 19.300 đồng.',
      'Cổ phiếu ACB tăng 2.450 đồng lên 19.000 đồng, tương đương 15%, gấp đôi sau hai tháng.',
      ['14%', '15%'],
    ],
  ])('%s: a contradiction', (_name, a, b, pair) => {
    expect(numberPairs(a, b)).toContainEqual(pair)
  })

  it.each([
    ['en: changes one cent apart carry the rounding through', 'Freddie Mac shares fell $1.49, to $50.01, on the New York Stock Exchange.', 'Freddie Mac shares fell $1.50 on Wednesday, to close at $50 on the New York Stock Exchange.'],
    ['en: a change written round beside its level written round', 'The Nasdaq rose 5.91 points, or 0.29 percent, to 2,053.27.', 'The Nasdaq rose 6 points, or 0.30 percent, to 2,053.'],
    ['vi: a change written round beside its level written round', 'VN-Index tăng 5,91 điểm, tương đương 0,29%, lên 505,27 điểm.', 'VN-Index tăng 6 điểm, tương đương 0,30%, lên 505 điểm.'],
    ['en: one change in percent to a level and its rounding', 'The Nasdaq Composite index rose 0.4 per cent to 1,986.97.', 'The Nasdaq Composite index rose 0.4 per cent to 1,987.'],
    ['en: a headline figure rounded, no move', 'Quarterly sales reached $2.48 billion, the company said.', 'Quarterly sales reached $2.5 billion, the company said.'],
    ['vi: a headline figure rounded, no move', 'Doanh thu quý đạt 2,48 tỷ USD, công ty cho biết.', 'Doanh thu quý đạt 2,5 tỷ USD, công ty cho biết.'],
  ])('%s: no contradiction', (_name, a, b) => {
    expect(numberPairs(a, b)).toEqual([])
  })
})
