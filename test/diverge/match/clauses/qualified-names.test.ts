import { describe, expect, it } from 'vitest'
import { bareIn, directionDropped, qualifiedHeads } from '../../../../src/diverge/match/clauses/qualified-names'
import { figureFlags } from '../../../helpers'

const words = (text: string): string[] => text.toLowerCase().split(' ')

describe('directionDropped: a name and the same name a direction qualifies', () => {
  it.each([
    // hits: the longer name is the shorter one after a direction
    ['en: South Sudan', 'Sudan', 'South Sudan', true],
    ['en: North Carolina', 'Carolina', 'North Carolina', true],
    ['vi: Nam Sudan', 'Sudan', 'Nam Sudan', true],
    ['vi: Đông Nam Á', 'Nam Á', 'Đông Nam Á', true],
    // traps: a dropped word that is no direction, a trailing direction, one name, another name
    ['en: City dropped at the end', 'Ho Chi Minh', 'Ho Chi Minh City', false],
    ['vi: TP dropped at the head', 'Hồ Chí Minh', 'TP Hồ Chí Minh', false],
    ['vi: Nam is part of Việt Nam', 'Việt', 'Việt Nam', false],
    ['en: the same name', 'South Sudan', 'South Sudan', false],
    ['en: a longer name of another ending', 'Sudan', 'South Africa', false],
  ])('%s', (_name, short, long, expected) => {
    expect(directionDropped(words(short), words(long))).toBe(expected)
  })
})

describe('qualifiedHeads / bareIn: names a capitalised direction qualifies', () => {
  const capital = (text: string) => (k: number): boolean => /^\p{Lu}/u.test(text.split(' ')[k]!)
  it.each([
    ['en: South Korea', 'exports to South Korea rose', ['korea']],
    ['vi: Nam Sudan', 'xuất khẩu sang Nam Sudan tăng', ['sudan']],
    ['vi: Đông Nam Á: Nam Á and Á are both qualified', 'sang Đông Nam Á tăng', ['nam á', 'á']],
    // traps: a lower-case direction (a region), a direction ending a name
    ['en: southern Sudan is a region, not a name', 'sales in southern Sudan rose', []],
    ['vi: Việt Nam', 'sang Việt Nam tăng', []],
    // traps (review I): a direction inside a person's name, a region's adjective
    ['vi: Lê Đông Hà is a doctor, not a place', 'bác sĩ Lê Đông Hà cho biết', []],
    ['vi: ông Đông Nam', 'ông Đông Nam cho biết', []],
    ['vi: Nguyễn Nam Hải', 'ông Nguyễn Nam Hải cho biết', []],
    ['en: Mr. North Smith', 'mr. North Smith said', []],
    ['en: Southern California is a region of California', 'fires in Southern California burned', []],
  ])('%s', (_name, text, expected) => {
    expect([...qualifiedHeads(words(text), capital(text))]).toEqual(expected)
  })
  it.each([
    ['bare', 'sudan', 'exports to sudan rose', true],
    ['only qualified', 'sudan', 'exports to south sudan rose', false],
    ['both', 'sudan', 'south sudan and sudan', true],
  ])('bareIn %s', (_name, name, text, expected) => {
    expect(bareIn(name, words(text))).toBe(expected)
  })
  it.each([
    ['en: capitalised', 'bank', 'raids in the Bank rose', true],
    ['en: the bank of the river is no Bank', 'bank', 'near the bank of the river', false],
    ['vi: ven hồ is no Hồ', 'hồ', 'Quận ven hồ ghi nhận', false],
  ])('bareIn with capitals: %s', (_name, name, text, expected) => {
    expect(bareIn(name, words(text), capital(text))).toBe(expected)
  })
})

describe('a qualified name is another entity than the bare one (lists and clauses)', () => {
  // Hits: the figures of Sudan and of South Sudan are two entities' figures, no contradiction
  it.each([
    ['en: lists read respectively', 'Sudan and Chad received 40 and 25 tonnes of aid respectively.', 'South Sudan and Chad received 30 and 25 tonnes of aid respectively.'],
    ['en: North Carolina / Carolina in lists', 'Carolina and Texas reported 40 and 25 cases respectively.', 'North Carolina and Texas reported 30 and 25 cases respectively.'],
    ['en: clauses', 'Exports to Korea rose 12 percent, the ministry said.', 'Exports to South Korea rose 15 percent, the ministry said.'],
    ['en: clause opening the sentence', 'Sudan received 40 tonnes of aid, the agency said.', 'South Sudan received 30 tonnes of aid, the agency said.'],
    ['vi: lists read lần lượt', 'Sudan và Chad lần lượt nhận 40 và 25 tấn hàng viện trợ.', 'Nam Sudan và Chad lần lượt nhận 30 và 25 tấn hàng viện trợ.'],
    ['vi: clauses', 'Xuất khẩu sang Sudan tăng 12%, Bộ Công Thương cho biết.', 'Xuất khẩu sang Nam Sudan tăng 15%, Bộ Công Thương cho biết.'],
    ['vi: Nam Á / Đông Nam Á', 'Xuất khẩu sang Nam Á tăng 12%, Bộ Công Thương cho biết.', 'Xuất khẩu sang Đông Nam Á tăng 15%, Bộ Công Thương cho biết.'],
    ['vi: Đông Nam Á / Nam Á opening the sentence', 'Đông Nam Á đón 100 triệu lượt khách quốc tế năm 2019.', 'Nam Á đón 120 triệu lượt khách quốc tế năm 2019.'],
    ['en: Fighting in South Sudan / in Sudan', 'Fighting in South Sudan killed 200 people last week, the agency said.', 'Fighting in Sudan killed 300 people last week, the agency said.'],
  ])('%s: set apart', (_name, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
  })

  // Traps: one entity on both sides, or a shorter form dropping no direction, still conflicts
  it.each([
    ['en: Sudan on both sides', 'Sudan and Chad received 40 and 25 tonnes of aid respectively.', 'Sudan and Chad received 30 and 25 tonnes of aid respectively.', ['40 | 30']],
    ['en: South Sudan on both sides', 'South Sudan received 40 tonnes of aid, the agency said.', 'South Sudan received 30 tonnes of aid, the agency said.', ['40 tonnes | 30 tonnes']],
    ['en: City dropped', 'Ho Chi Minh City and Hanoi reported 40 and 25 cases respectively.', 'Ho Chi Minh and Hanoi reported 30 and 25 cases respectively.', ['40 | 30']],
    ['en: a lower-case direction is no name', 'Sales in southern Sudan rose 12 percent, the agency said.', 'Sales in Sudan rose 15 percent, the agency said.', ['12 percent | 15 percent']],
    ['vi: TP dropped', 'TP Hồ Chí Minh và Hà Nội lần lượt ghi nhận 40 và 25 ca.', 'Hồ Chí Minh và Hà Nội lần lượt ghi nhận 30 và 25 ca.', ['40 | 30']],
    ['vi: Nam Sudan on both sides', 'Nam Sudan và Chad lần lượt nhận 40 và 25 tấn hàng viện trợ.', 'Nam Sudan và Chad lần lượt nhận 30 và 25 tấn hàng viện trợ.', ['40 | 30']],
    ['vi: Việt Nam ends in no qualifier', 'Xuất khẩu sang Việt Nam tăng 12%, Bộ Công Thương cho biết.', 'Xuất khẩu sang Việt Nam tăng 15%, Bộ Công Thương cho biết.', ['12% | 15%']],
    // review I, item 8: one place under two names (the name stage lists the equivalence)
    ['vi: Bắc Triều Tiên / Triều Tiên', 'Bắc Triều Tiên đã phóng 3 tên lửa đạn đạo ra biển Nhật Bản sáng nay.', 'Triều Tiên đã phóng 2 tên lửa đạn đạo ra biển Nhật Bản sáng nay.', ['3 tên | 2 tên']],
    ['vi: Triều Tiên / Bắc Triều Tiên scores', 'Đội tuyển Hàn Quốc thắng 3-1, trong khi Triều Tiên hòa 1-1.', 'Đội tuyển Hàn Quốc thắng 3-1, trong khi Bắc Triều Tiên hòa 0-0.', ['1-1 | 0-0']],
    // item 9: a region of a place is a part of it; a place saying where a shared person comes from
    ['en: Southern California / California', 'Wildfires in Southern California burned 10,000 acres by Sunday, officials said.', 'Wildfires in California burned 12,000 acres by Sunday, officials said.', ['10,000 acres | 12,000 acres']],
    ['en: Moon Jae-in of South Korea / of Korea', 'President Moon Jae-in of South Korea said 30 people died in the fire.', 'President Moon Jae-in of Korea said 40 people died in the fire.', ['30 people | 40 people']],
    // item 10: a direction inside a person's name
    ['vi: Bác sĩ Lê Đông Hà / Bác sĩ Hà', 'Bác sĩ Lê Đông Hà cho biết bệnh nhân đã được truyền 3 đơn vị máu.', 'Bác sĩ Hà cho biết bệnh nhân đã được truyền 4 đơn vị máu.', ['3 đơn | 4 đơn']],
    ['en: Mr. North Smith / Mr. Smith', 'Mr. North Smith said 12 people were rescued from the boat.', 'Mr. Smith said 15 people were rescued from the boat.', ['12 people | 15 people']],
    // item 11: the bare name must be capitalised on the other side
    ['vi: Tây Hồ / ven hồ', 'Quận Tây Hồ ghi nhận 30 ca mắc mới trong ngày hôm qua.', 'Quận ven hồ ghi nhận 40 ca mắc mới trong ngày hôm qua.', ['30 ca | 40 ca']],
    ['en: West Bank / the bank of the river', 'Israeli raids in the West Bank killed 5 Palestinians on Monday, the ministry said.', 'Israeli raids killed 7 Palestinians on Monday near the bank of the river, the ministry said.', ['5 | 7']],
  ])('%s: still flagged', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
