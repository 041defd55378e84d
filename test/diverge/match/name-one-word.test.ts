/**
 * A name with one word written differently is one person when the sentences naming them say the
 * same thing (after VietnameseMDS clusters 33 and 81 of the shared corpora, shortened); people who
 * differ in more words, or whose sentences say different things, stay apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

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
  ])('%s: no name divergence', (_why, a, b) => {
    expect(nameVariants(a, b)).toEqual([])
  })
})
