/**
 * A name with one word written differently is one person when the sentences naming them say the
 * same thing (after VietnameseMDS clusters 33 and 81 of the shared corpora, shortened); people who
 * differ in more words, or whose sentences say different things, stay apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const nameVariants = (a: string, b: string): string[][] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'name').map((d) => [d.a!.text, d.b!.text])

describe('one word of a name written differently', () => {
  it.each([
    [
      'vi, the surname',
      'Trận chung kết diễn ra chiều qua. Với những gì đã thể hiện, tiền vệ Hoàng Khắc Ngọc được bầu chọn là cầu thủ xuất sắc nhất giải đấu năm nay.',
      'Ban tổ chức trao thưởng cho các đội. Cầu thủ xuất sắc nhất giải đấu năm nay: Hồ Khắc Ngọc của U21 Việt Nam.',
      ['Hoàng Khắc Ngọc', 'Hồ Khắc Ngọc'],
    ],
    [
      'vi, one letter of the given name',
      'Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh đã lên tiếng về vụ việc trong cuộc họp báo.',
      'Trong cuộc họp báo thường kỳ, phát ngôn viên Bộ Ngoại giao Trung Quốc Hoa Xuân Doanh nói Bắc Kinh quan ngại.',
      ['Hoa Xuân Oánh', 'Hoa Xuân Doanh'],
    ],
    [
      'en, a middle word of a hospital name, on lighter evidence',
      'They said the child was taken to Nassau County Medical Center for observation.',
      'The boy was taken to Nassau University Medical Center, where staff said he was "doing okay."',
      ['Nassau County Medical Center', 'Nassau University Medical Center'],
    ],
    [
      'en, a middle given name shortened',
      'The seventh person charged in the case - Habis Abdu al Saoub - remains at large.',
      'The seventh member of the cell, Habis Abdullah al Saoub, 37, a Jordanian, remains at large.',
      ['Habis Abdu al Saoub', 'Habis Abdullah al Saoub'],
    ],
    [
      'vi, a foreign name with a middle word changed',
      'Nghi phạm thứ bảy là Habis Abdu al Saoub, hiện vẫn đang lẩn trốn.',
      'Habis Abdullah al Saoub, 37 tuổi, quốc tịch Jordan, vẫn đang lẩn trốn.',
      ['Habis Abdu al Saoub', 'Habis Abdullah al Saoub'],
    ],
    [
      'en, the word saying what kind of body it is',
      'United Airlines plans to become the first domestic airline to offer e-mail on all its domestic flights by the end of the year.',
      'United Airways plans to offer in-flight, two-way e-mail on all domestic flights by the end of the year.',
      ['United Airlines', 'United Airways'],
    ],
    [
      'vi, the head word of a foreign agency',
      'Federal Emergency Management Administration đã chi 20 triệu USD để lập danh sách này.',
      'Danh sách được lập bằng 20 triệu USD do Federal Emergency Management Agency chi.',
      ['Federal Emergency Management Administration', 'Federal Emergency Management Agency'],
    ],
  ])('%s: reported as one name spelt two ways', (_why, a, b, pair) => {
    expect(nameVariants(a, b)).toContainEqual(pair)
  })

  it.each([
    [
      'vi, another given name is another person',
      'Phó Chủ tịch UBND tỉnh Nguyễn Văn An đã chủ trì cuộc họp về phòng chống bão lũ của tỉnh.',
      'Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình đã chủ trì cuộc họp về phòng chống bão lũ của tỉnh.',
    ],
    [
      'vi, the same given names in sentences saying different things',
      'Tiền vệ Hoàng Khắc Ngọc ghi bàn ở phút 30 của trận đấu.',
      'Ông Hồ Khắc Ngọc là chủ một cửa hàng tạp hóa trên đường Ngô Quyền.',
    ],
    [
      'en, people who share a surname',
      'Mayor Park Heong-joon met the delegation at the airport on Friday morning.',
      'Deputy mayor Park Soo Kwan met the delegation at the airport on Friday morning.',
    ],
    [
      'en, a middle name and its initial',
      'Muhammad will stand trial for the Oct. 9 slaying of Dean Harold Meyers, 53.',
      'Muhammad, 42, is charged in the Oct. 9 slaying of Dean H. Meyers, 53, at a gas station in Manassas.',
    ],
    [
      'en, the first word of a foreign name needs the stronger evidence',
      'California-based Xoma said the drug would be sold in Europe.',
      'Berkeley-based Xoma said the drug would reach patients next year.',
    ],
    [
      'en, two bodies of one university in sentences saying different things',
      'Harvard University raised its tuition by 5 percent this year.',
      'Harvard College admitted fewer students from abroad.',
    ],
    [
      'vi, hai cơ quan khác nhau của Việt Nam',
      'Bộ Y tế đã chi 20 tỷ đồng để lập danh sách này.',
      'Danh sách được lập bằng 20 tỷ đồng do Bộ Công an chi.',
    ],
    [
      'en, words of a dateline glued to a name',
      'OS ANGELES, Oct. 24 Will Walt Disney Concert Hall, the new home of the Los Angeles Philharmonic, bring urban vitality to the city?',
      'OS ANGELES Walt Disney Concert Hall, the new home of the Los Angeles Philharmonic, is a French curve in a city of T squares.',
    ],
    [
      'vi, a middle syllable of a Vietnamese name needs the stronger evidence',
      'Ông Nguyễn Văn An được đưa tới bệnh viện tỉnh.',
      'Ông Nguyễn Hữu An được đưa tới trạm y tế xã.',
    ],
    [
      'vi, một tên đệm viết tắt',
      'Ông Nguyễn Văn An, giám đốc sở, đã chủ trì cuộc họp về phòng chống bão lũ.',
      'Giám đốc sở Nguyễn V. An đã chủ trì cuộc họp về phòng chống bão lũ của tỉnh.',
    ],
  ])('%s: no name divergence', (_why, a, b) => {
    expect(nameVariants(a, b)).toEqual([])
  })
})
