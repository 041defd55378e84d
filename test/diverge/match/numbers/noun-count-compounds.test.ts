import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const en = 'The crowd cheered as the lights came up over the square.'
const en2 = 'Lawmakers returned to Washington on a rainy morning.'
const vi = 'Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường.'
const vi2 = 'Các đại biểu trở lại Hà Nội vào một buổi sáng mưa.'

const indictmentA = (lead: string): string => `${lead} ${en} ${en2}`
const indictmentB = (tail: string): string => `${en2} ${en} "The goal of the conspiracy was to enrich themselves," ${tail}.`

/**
 * A count hyphened to its noun as an adjective ("a 48-page indictment") is the size of one object,
 * told by two reports in sentences the aligner does not link (BASIL, 2018): the object is part of the
 * slot, the outcome words of its clause ("charged") are people's, and years later in its sentence
 * date what the sentence goes on to tell.
 */
describe('one object\'s size told as a compound adjective', () => {
  it.each([
    ['en: names only one side writes, one person both name', indictmentA('In a 48-page indictment released by the Justice Department, Mr. Hunter and his wife are charged with converting campaign funds.'), indictmentB('the 47-page indictment says of Duncan Hunter'), ['48-page', '47-page']],
    ['en: years after the figure', indictmentA('Among the allegations named in the 48-page indictment were trips Hunter took between 2009 and 2016.'), indictmentB('the 47-page indictment says of Duncan Hunter'), ['48-page', '47-page']],
  ])('%s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })

  it.each([
    ['en: another object (report / indictment)', indictmentA('In a 48-page indictment released by the Justice Department, Mr. Hunter and his wife are charged with converting campaign funds.'), indictmentB('the 47-page report by the committee says of Duncan Hunter')],
    ['en: no person both sentences name', indictmentA('In a 48-page indictment released by the Justice Department, Mr. Hunter and his wife are charged with converting campaign funds.'), indictmentB('the 47-page indictment says of Smith and Jones')],
    ['en: a year before the figure dates it', indictmentA('In 2014, a 48-page indictment released by the Justice Department charged Mr. Hunter and his wife with fraud.'), indictmentB('the 47-page indictment says of Duncan Hunter')],
    ['en: a capitalised make after the compound is no object (two planes, one make)', `The airline said its 300-seat Boeing jet was diverted to Denver after smoke filled the cabin. ${en} ${en2}`, indictmentB('the airline said of its 280-seat Boeing jet grounded in Chicago last week')],
    ['vi: one make, two planes', `Hãng hàng không cho biết chiếc Boeing 300 chỗ của hãng phải chuyển hướng tới Denver sau khi khói tràn vào khoang. ${vi} ${vi2}`, `${vi2} ${vi} Hãng hàng không cũng nói về chiếc Boeing 280 chỗ bị giữ lại ở Chicago tuần trước.`],
    ['vi: another object (cáo trạng / báo cáo)', `Bản cáo trạng 48 trang do Bộ Tư pháp công bố cáo buộc ông Hunter và vợ dùng quỹ tranh cử. ${vi} ${vi2}`, `${vi2} ${vi} Ủy ban đạo đức đã gửi bản báo cáo 47 trang về ông Duncan Hunter.`],
    ['vi: a year before the figure', `Năm 2014, bản cáo trạng 48 trang do Bộ Tư pháp công bố cáo buộc ông Hunter dùng quỹ tranh cử. ${vi} ${vi2}`, `${vi2} ${vi} "Mục đích của âm mưu là làm giàu", bản cáo trạng 47 trang viết về ông Duncan Hunter.`],
  ])('stays quiet — %s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
