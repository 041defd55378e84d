import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

/** Every pairing of figures, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['number'])

describe('prices of two different goods are two slots', () => {
  it.each([
    ['vi: "với giá" after the good bought / the good before "giá"', 'Hiện thương lái mua khóm tại vườn với giá 4.200 đ/kg.', 'Tại Tiền Giang, bưởi Năm roi giá cũng được 25.000 đ/kg.'],
    ['vi: the good right after "giá"', 'Tại chợ Bình Điền sáng nay, giá cà chua là 12.000 đồng/kg.', 'Tại chợ Bình Điền sáng nay, giá dưa hấu là 9.000 đồng/kg.'],
    ['en: "prices" after the good', 'On Monday, gold prices rose to $400 an ounce in London.', 'On Monday, copper prices rose to $350 a tonne in London.'],
    ['en: "the price of"', 'In Chicago, the price of wheat closed at $3.10 a bushel.', 'In Chicago, the price of soybeans closed at $5.80 a bushel.'],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  // Traps: one good written two ways, or a kind of price rather than a good, still conflicts.
  it.each([
    ['vi: one good, one side more precise', 'Sáng nay, giá vàng SJC tại Hà Nội là 36,9 triệu đồng/lượng.', 'Sáng nay, giá vàng tại Hà Nội là 37,2 triệu đồng/lượng.', ['36,9 triệu đồng/lượng | 37,2 triệu đồng/lượng']],
    ['vi: one holder written two ways', 'Giá USD của Vietcombank sáng nay là 21.180 đồng.', 'Giá USD tại Ngân hàng Vietcombank sáng nay là 21.130 đồng.', ['21.180 đồng | 21.130 đồng']],
    ['vi: kinds of price, not goods', 'Chiếc Portege Z30 sẽ có giá khởi điểm từ 1249 USD khi lên kệ.', 'Chiếc Portege Z30 sẽ có giá ban đầu từ 1299 USD khi lên kệ.', ['1249 USD | 1299 USD']],
    ['en: a kind of price, one good', 'Microsoft said the starting price of the Xbox in the United States is $299.', 'Microsoft said the price of the Xbox in the United States is $199.', ['$299 | $199']],
    ['en: a verb after "prices" is no good (oil prices could / may reach)', 'Analysts said oil prices could reach $50 a barrel by March.', 'Analysts said oil prices may reach $45 a barrel by March.', ['$50 | $45']],
    ['en: the good a second word of the other\'s item', 'On Monday, crude oil prices rose to $61 a barrel in New York.', 'On Monday, oil prices rose to $64 a barrel in New York.', ['$61 | $64']],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
