/**
 * A name that closes with a model code is reported missing whole (Full HD, Galaxy S4, not the
 * fragments Full, Galaxy: model-codes.ts, after VietnameseMDS clusters 27 and 49, rounds
 * missing20-1 and before); a person or a place before a code, a code opening the next name, a
 * ticker after a dot and a cue stay as they were.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missing = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('a model code closing a name is part of it', () => {
  it.each([
    ['vi, capitals', 'iPhone 6 có màn hình 5 inch Full HD, ra mắt cuối năm.', 'iPhone 6 có màn hình 5 inch, ra mắt cuối năm.', 'Full HD'],
    ['vi, capitals with a digit', 'Màn hình Super LCD3 4,7 inch có mật độ điểm ảnh cao.', 'Màn hình 4,7 inch có mật độ điểm ảnh cao.', 'Super LCD3'],
    ['vi, a letter and a digit', 'Sony giới thiệu Xperia Z1 với camera 20,7 megapixel.', 'Sony giới thiệu điện thoại mới với camera 20,7 megapixel.', 'Xperia Z1'],
    ['en, capitals', 'The laptop runs Windows XP and ships next month.', 'The laptop ships next month, the company said.', 'Windows XP'],
    ['en, a small letter and a digit', 'The firm sells its Intel Core i7 chips in Asia.', 'The firm sells its chips in Asia.', 'Intel Core i7'],
    ['en, a roman numeral', 'The talks are known as Geneva II and start next month.', 'The talks start next month, officials said.', 'Geneva II'],
    ['en, a longer roman numeral', 'The talks are known as Geneva III and start next month.', 'The talks start next month, officials said.', 'Geneva III'],
    ['vi, three capitals with a digit', 'Màn hình Super LCD3 đẹp hơn, hãng cho biết.', 'Màn hình đẹp hơn, hãng cho biết.', 'Super LCD3'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).toContain(fact)
  })
})

describe('a code that is no part of the name stays out', () => {
  it.each([
    ['vi, a person before a party', 'Bà Angela Merkel CDU đã thắng cử tuần trước.', 'Cuộc bầu cử đã kết thúc tuần trước.', 'Angela Merkel'],
    ['vi, a place before an agency', 'Tại Hà Nội CSGT đã lập chốt từ sáng sớm.', 'Lực lượng chức năng đã lập chốt từ sáng sớm.', 'Hà Nội'],
    ['vi, a code opening the next name', 'Kết quả: Atletico Madrid FT Arsenal 1 - 2 Dortmund.', 'Kết quả các trận đấu tối qua.', 'Atletico Madrid'],
    ['en, a ticker after a dot', 'Shares of Express Scripts ESRX.O fell 5 percent.', 'Shares of the drug benefit manager fell 5 percent.', 'Express Scripts'],
    // an abbreviation read as a word (three capitals, no digit) is another noun after the name
    ['en, an abbreviation after a firm', 'Shares sold in the Facebook IPO fell 11 percent on Monday.', 'Shares sold in May fell 11 percent on Monday.', 'Facebook'],
    ['vi, an abbreviation after a firm', 'Cổ phiếu trong đợt Alibaba IPO tăng 38% trong ngày đầu.', 'Cổ phiếu tăng 38% trong ngày đầu.', 'Alibaba'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).toContain(fact)
  })
})
