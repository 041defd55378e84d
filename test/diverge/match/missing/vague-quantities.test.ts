/**
 * A figure the other report gives only as a vague quantity (issue 11, counts34): *khoảng 2 tấn* /
 * *hàng tấn*, *about 2 tonnes* / *tonnes of*, *2.000 người* / *hàng nghìn người*. Neither a
 * contradiction nor `missing`. Traps: a magnitude of another noun, verb or outcome leaves the figure
 * missing, and so does one of an order far past it (*12 người* / *hàng nghìn người*); a magnitude of a
 * near order that cannot hold it contradicts it (*12 people* / *hundreds of people*, magnitude56);
 * two figures still contradict.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const vi = (line: string): string => `Lực lượng chức năng kiểm tra một kho hàng ở Long An hôm thứ Tư. ${line} Chủ kho đã bị tạm giữ để điều tra.`
const en = (line: string): string => `Inspectors searched a warehouse in the port city on Wednesday. ${line} The owner was detained for questioning.`

const kinds = (a: string, b: string) => compare(a, b).divergences.map((d) => [d.kind, d.a?.text ?? null, d.b?.text ?? null])

describe('a figure against a vague quantity of the same thing', () => {
  it.each([
    ['vi: khoảng 2 tấn / hàng tấn', vi('Tại đây, cơ quan chức năng phát hiện khoảng 2 tấn thực phẩm bẩn.'), vi('Tại đây, cơ quan chức năng phát hiện hàng tấn thực phẩm bẩn.')],
    ['en: about 2 tonnes / tonnes of', en('They found about 2 tonnes of contaminated food.'), en('They found tonnes of contaminated food.')],
    ['vi: 2.000 người / hàng nghìn người', vi('Có khoảng 2.000 người dân sống quanh khu kho.'), vi('Có hàng nghìn người dân sống quanh khu kho.')],
    ['en: 300 people / hundreds of people', en('About 300 people live around the warehouse.'), en('Hundreds of people live around the warehouse.')],
    ['en: one outcome', en('About 300 people were injured, officials said.'), en('Hundreds of people were injured, officials said.')],
    ['vi: one outcome', vi('Có 300 người bị thương, giới chức cho biết.'), vi('Có hàng trăm người bị thương, giới chức cho biết.')],
    ['vi: a classifier and its noun', vi('Lũ cuốn trôi 200 ngôi nhà ở tỉnh Quảng Nam.'), vi('Lũ cuốn trôi hàng trăm ngôi nhà ở tỉnh Quảng Nam.')],
    ['en: one thing, fewer words', en('They found about 2 tonnes of contaminated food.'), en('They found tonnes of food.')],
  ])('%s: nothing to report', (_why, a, b) => {
    expect(kinds(a, b)).toEqual([])
    expect(kinds(b, a)).toEqual([])
  })

  it.each([
    // since magnitude56 an order that cannot hold the figure is a contradiction of one slot (12 / hundreds, 8× apart);
    // one far past it (12 / hàng nghìn, below) is doubted as another slot and the figure stays missing
    ['en: another order, a contradiction', en('About 12 people live around the warehouse.'), en('Hundreds of people live around the warehouse.'), [['number', '12 people', 'Hundreds of people']]],
    ['vi trap: another order', vi('Có khoảng 12 người dân sống quanh khu kho.'), vi('Có hàng nghìn người dân sống quanh khu kho.'), [['missing', '12 người', null]]],
    ['vi trap: another measure', vi('Tại đây, cơ quan chức năng phát hiện khoảng 2 tấn thực phẩm bẩn.'), vi('Tại đây, cơ quan chức năng phát hiện hàng lít dầu bẩn.'), [['missing', '2 tấn', null]]],
    ['en trap: a vague quantity of something else', en('About 300 people live around the warehouse.'), en('Hundreds of people fled the area around the warehouse.'), [['missing', '300 people', null]]],
    ['vi trap: a vague quantity of something else', vi('Tại đây, cơ quan chức năng phát hiện khoảng 2 tấn thực phẩm bẩn.'), vi('Tại đây, cơ quan chức năng phát hiện hàng tấn rác thải.'), [['missing', '2 tấn', null]]],
    // the thing is the counted noun and what befell it, not the next word (review rcounts34 6–8)
    ['en trap: another outcome', en('About 300 people were injured, officials said.'), en('Hundreds of people were evacuated, officials said.'), [['missing', '300 people', null]]],
    ['vi trap: another outcome', vi('Có 300 người bị thương, giới chức cho biết.'), vi('Có hàng trăm người bị mắc kẹt, giới chức cho biết.'), [['missing', '300 người', null]]],
    ['en trap: destroyed / damaged', en('Floods destroyed 200 houses in the province, officials said.'), en('Floods damaged hundreds of houses in the province, officials said.'), [['missing', '200 houses', null]]],
    ['vi trap: cuốn trôi / làm hư hại', vi('Lũ cuốn trôi 200 ngôi nhà ở tỉnh Quảng Nam.'), vi('Lũ làm hư hại hàng trăm ngôi nhà ở tỉnh Quảng Nam.'), [['missing', '200 ngôi', null]]],
    ['en trap: another noun after one adjective', en('Police seized about 2 tonnes of contaminated food at the market.'), en('Police seized tonnes of contaminated meat at the market.'), [['missing', '2 tonnes', null]]],
    ['en trap: two figures', en('They found 2 tonnes of contaminated food.'), en('They found 3 tonnes of contaminated food.'), [['number', '2 tonnes', '3 tonnes']]],
  ])('%s', (_why, a, b, want) => {
    expect(kinds(a, b)).toEqual(want)
  })
})
