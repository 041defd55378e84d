import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

// A dealer's buying and selling prices are two slots (quote-sides.ts). vnPara's currency rounds
// (lines 41, 45, 46: "21.180 đồng ( mua vào )" / "bán ra ở mức 21.270 đồng/USD") showed the
// engine pairs a buying rate with a selling one once the two are comparable at all.
describe('quote-sides: a buying price against a selling price', () => {
  it.each([
    ['Giá vàng SJC sáng nay được DOJI niêm yết ở mức 36,80 triệu đồng/lượng ( mua vào ).', 'Giá vàng SJC sáng nay được DOJI niêm yết bán ra ở mức 36,90 triệu đồng/lượng.'],
    ['Sáng nay, Vietcombank niêm yết giá mua USD ở mức 21.180 đồng/USD.', 'Sáng nay, Vietcombank niêm yết giá bán USD ở mức 21.230 đồng/USD.'],
    ['The dealer quoted a buying rate of 1.3250 Canadian dollars per U.S. dollar on Monday.', 'The dealer quoted a selling rate of 1.3260 Canadian dollars per U.S. dollar on Monday.'],
    ['Jewellers posted a buying price of $1,310 an ounce for gold on Friday.', 'Jewellers posted a selling price of $1,318 an ounce for gold on Friday.'],
    // how far each side moved is a price's figure too
    ['Giá vàng SJC mua vào tăng 1,5% so với hôm qua.', 'Giá vàng SJC bán ra tăng 1,2% so với hôm qua.'],
  ])('%s / %s: no pairing', (a, b) => {
    expect(figurePairings(a, b)).toEqual([])
  })

  // Real conflicts stay: one side on both, a deal bought and sold, a takeover's bid and offer.
  it.each([
    ['Giá vàng SJC sáng nay được DOJI niêm yết ở mức 36,80 triệu đồng/lượng ( mua vào ).', 'Giá vàng SJC sáng nay được DOJI niêm yết mua vào ở mức 36,70 triệu đồng/lượng.', '36,80 triệu đồng/lượng | 36,70 triệu đồng/lượng'],
    ['DOJI niêm yết giá vàng SJC mua vào 36,80 triệu đồng/lượng, bán ra 36,90 triệu đồng/lượng.', 'DOJI niêm yết giá vàng SJC mua vào 36,75 triệu đồng/lượng, bán ra 36,95 triệu đồng/lượng.', '36,90 triệu đồng/lượng | 36,95 triệu đồng/lượng'],
    ['Ông An mua căn nhà với giá 5 tỷ đồng.', 'Ông Bình bán căn nhà cho ông An với giá 6 tỷ đồng.', '5 tỷ đồng | 6 tỷ đồng'],
    ['Google bought YouTube for $1.65 billion in stock.', 'YouTube was sold to Google for $1.6 billion in stock.', '$1.65 billion | $1.6 billion'],
    ['Oracle raised its bid to $26 a share for PeopleSoft.', 'Oracle offered $26.50 a share for PeopleSoft.', '$26 | $26.50'],
    // a count near a side word is no quote: only a price, rate or its move has a side
    ['Selling prices rose while 20 people were arrested at the market.', 'Buying prices rose while 30 people were arrested at the market.', '20 people | 30 people'],
    ['Giá bán ra tăng 5% khi 20 người bị bắt tại chợ.', 'Giá mua vào tăng 5% khi 30 người bị bắt tại chợ.', '20 người | 30 người'],
  ])('%s / %s: still flagged', (a, b, flag) => {
    expect(figureFlags(a, b)).toContain(flag)
  })
})
