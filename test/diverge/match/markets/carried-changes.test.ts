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
      'en: a level before "while", no comma (both from 9,073)',
      'The Dow Jones industrial average rose 17 points to 9,090 while the Nasdaq rose 6 points to 1,995 on Tuesday.',
      'The Dow Jones industrial average rose 19.96 points to 9,092.91 while the Nasdaq rose 6.12 points to 1,995.12 on Tuesday.',
      ['9,090', '9,092.91'],
    ],
    ['en: one period named alike on both sides', 'Acme shares rose $6.21 on the week to $20.90.', 'Acme shares rose $6.31 for the week to $21.', ['$20.90', '$21']],
    ['vi: one period named alike on both sides', 'Giá vàng SJC tăng 2.350 đồng trong tuần lên 98.900 đồng.', 'Giá vàng SJC tăng 3.450 đồng trong tuần này lên 100.000 đồng.', ['98.900 đồng', '100.000 đồng']],
    ['fr: a rise to a level written round', 'Le titre Acme a progressé de 6,21 dollars à 20,90 dollars lundi.', 'Le titre Acme a progressé de 6,31 dollars à 21 dollars lundi.', ['20,90 dollars', '21 dollars']],
    ['fr: a fall to a level written round', 'Le titre Acme a reculé de 1,20 euro à 20,90 euros lundi.', 'Le titre Acme a reculé de 1,10 euro à 21 euros lundi.', ['20,90 euros', '21 euros']],
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
    // a change written as a noun after its level ("a gain of", "une hausse de", "mức tăng"): a move too
    ['en: a level then "a gain of"', 'Shares of Acme rose $6.21 to $20.90 in trading on Monday.', 'Shares of Acme closed at $21 on Monday, a gain of $6.31.', ['$20.90', '$21']],
    ['vi: a level "ở mức" then "mức tăng"', 'Cổ phiếu FPT tăng 2.350 đồng lên 98.900 đồng trong phiên hôm nay.', 'Cổ phiếu FPT đóng cửa ở mức 100.000 đồng trong phiên hôm nay, mức tăng 3.450 đồng.', ['98.900 đồng', '100.000 đồng']],
    ['fr: a level then "une hausse de"', 'Le titre Acme a progressé de 6,21 dollars à 20,90 dollars lundi.', 'Le titre Acme a terminé à 21 dollars lundi, une hausse de 6,31 dollars.', ['20,90 dollars', '21 dollars']],
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
    ['en: "a gain of" the same change to the same level', 'Shares of Acme rose $6.21 to $20.90 in trading on Monday.', 'Shares of Acme closed at $20.90 on Monday, a gain of $6.21.'],
    ['en: "a gain of" one cent apart, the rounding carried', 'Shares of Acme rose $6.21 to $20.90 in trading on Monday.', 'Shares of Acme closed at $21 on Monday, a gain of $6.2.'],
    ['en trap: an earnings loss beside a share price', 'Acme posted a net loss of $1.3 billion on Monday, and its shares closed at $20.90.', 'Acme posted a net loss of $1.3 billion on Monday, and its shares closed at $21.'],
  ])('%s: no contradiction', (_name, a, b) => {
    expect(numberPairs(a, b)).toEqual([])
  })

  // Changes over two periods, or from two named starts, start from two levels: the levels' rounding stands
  it.each([
    ['en trap: a day\'s change against a week\'s', 'Acme shares closed at $20.90 on Friday, up 45 cents on the day.', 'Acme shares closed at $21 on Friday, up $1 for the week.', ['$20.90', '$21']],
    ['en trap: no period against this week', 'Acme shares rose 45 cents to $20.90 on Monday.', 'Acme shares rose $1 to $21 this week.', ['$20.90', '$21']],
    ['en trap: on Monday against on the week', 'Acme shares rose $6.21 on Monday to $20.90.', 'Acme shares rose $6.31 on the week to $21.', ['$20.90', '$21']],
    ['en trap: two named starts', 'Acme shares rose $6.21 from their opening price to $20.90 on Monday.', 'Acme shares rose $6.31 from Friday\'s close to $21 on Monday.', ['$20.90', '$21']],
    ['vi trap: a session\'s change against a week\'s', 'Giá vàng SJC tăng 150.000 đồng lên 66,85 triệu đồng mỗi lượng trong phiên hôm nay.', 'Giá vàng SJC tăng 500.000 đồng trong tuần này lên 67 triệu đồng mỗi lượng.', ['66,85 triệu đồng', '67 triệu đồng']],
    ['vi trap: since the start of the year against a session', 'Cổ phiếu FPT tăng 2.350 đồng lên 98.900 đồng từ đầu năm.', 'Cổ phiếu FPT tăng 3.450 đồng lên 100.000 đồng trong phiên hôm nay.', ['98.900 đồng', '100.000 đồng']],
    ['fr trap: a week\'s change against a day\'s', 'Le titre Acme a progressé de 6,21 dollars sur la semaine à 20,90 dollars.', 'Le titre Acme a progressé de 6,31 dollars à 21 dollars lundi.', ['20,90 dollars', '21 dollars']],
    ['fr trap: since Friday against no start', 'Le titre Acme a reculé de 1,20 euro depuis vendredi à 20,90 euros.', 'Le titre Acme a reculé de 1,10 euro à 21 euros lundi.', ['20,90 euros', '21 euros']],
  ])('%s: the levels stay a rounding', (_name, a, b, levels) => {
    expect(numberPairs(a, b)).not.toContainEqual(levels)
  })
})
