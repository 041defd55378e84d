import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b)

/** Every pairing of figures, weak ones too, that an actor was taken to tie. */
const tiedByActor = (a: string, b: string): string[] => {
  const report = compare(a, b)
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.evidence.some((e) => e.startsWith('both sentences name')))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

// Two reports of one match, each event told in its own words: only the actor ties the minutes.
const MATCH_VI = [
  'Milan và Barca hòa 1-1 tại San Siro. Phút thứ 9, Kaka chuyền cho Thiago để mở tỷ số. Phút 24, hàng thủ Milan quên kèm Messi và anh gỡ hòa cho Barca. Sau giờ nghỉ, hai đội chơi thận trọng hơn. Phút 52, Muntari chuyền cho Robinho nhưng tiền đạo người Brazil đỡ trượt. Trọng tài Kuipers rút ba thẻ vàng. HLV Allegri nói đội nhà đã chơi tốt.',
  'Trận cầu tại San Siro kết thúc với tỷ số hòa. Phút thứ 9, Thiago đánh bại Valdes sau đường chuyền của Kaka. Phút 23, Messi di chuyển thoáng bên cánh phải và ghi bàn cân bằng. Hiệp hai diễn ra chậm. Phút 51, Robinho bỏ lỡ cơ hội không thể tốt hơn. Trọng tài Kuipers làm việc tốt. HLV Martino hài lòng với một điểm.',
]
const MATCH_EN = [
  'Milan and Barcelona drew 1-1 at San Siro on Tuesday. Kaka set up Thiago for the opener after 9 minutes. After 24 minutes the Milan defence lost Messi, who equalised. The second half was slower. After 52 minutes a pass from Muntari found Robinho, who missed. Referee Kuipers booked three players. Coach Allegri was pleased.',
  'The game at San Siro ended level on Tuesday. Thiago scored after 9 minutes from a Kaka pass. After 23 minutes an unmarked Messi levelled on the right. The second half was quiet. After 51 minutes a golden chance fell to Robinho, who wasted it. Referee Kuipers had a good night. Coach Martino was happy with a point.',
]

describe('the actor of an event ties its figures across unlinked sentences', () => {
  it.each([
    ['vi: the minutes of one goal and one chance, tied by who scored and who missed', MATCH_VI, ['24 | 23', '52 | 51']],
    ['en: the same match', MATCH_EN, ['24 minutes | 23 minutes', '52 minutes | 51 minutes']],
  ])('%s', (_name, [a, b], expected) => {
    expect(flags(a!, b!)).toEqual(expected)
  })

  it.each([
    [
      // A name the story is about sits in most sentences: it ties nothing.
      'vi: the main actor of the story is no actor of one event',
      'Tiến Minh thua Wei Feng ở vòng một. Tiến Minh thắng séc đầu. Tiến Minh đã ghi được 2 điểm quan trọng ở cuối séc. Tiến Minh xuống sức ở séc ba. Tiến Minh sẽ dự giải Việt Nam mở rộng.',
      'Tiến Minh dừng bước ở vòng một. Tiến Minh khởi đầu tốt. Tiến Minh để đối phương ghi liền 5 điểm ở séc hai. Tiến Minh thua séc ba. Tiến Minh hướng tới SEA Games.',
    ],
    [
      'vi: figures that end a name are labels: two models of one maker',
      'Samsung ra mắt ở Berlin. Hãng giới thiệu Galaxy Note 10.1 phiên bản mới cùng đồng hồ Gear. Sony cũng có mặt. Giá bán chưa được công bố. Máy bán từ tháng sau.',
      'Sự kiện diễn ra ở Berlin. Samsung trình làng Galaxy Note 3 và đồng hồ Gear. Sony giới thiệu Xperia Z1. Giá bán chưa rõ. Máy sẽ lên kệ sớm.',
    ],
  ])('no actor: %s', (_name, a, b) => {
    expect(tiedByActor(a, b)).toEqual([])
  })

  it('en: one chip named on both sides is one value, never a contradiction', () => {
    const a = 'Sony unveiled the Xperia Z1 in Berlin. It runs a Snapdragon 800 chip with four cores, said Kunimasa Suzuki. The screen is five inches. Prices were not given. Sales start next month.'
    const b = 'The Xperia Z1 was shown in Berlin. Inside is a Snapdragon 800 processor clocked at 2.2GHz, Kunimasa Suzuki said. It has a big battery. No price yet. It ships soon.'
    const report = compare(a, b, { minConfidence: 0 })
    expect(report.divergences.filter((d) => d.kind === 'number' && d.a!.text === d.b!.text)).toEqual([])
  })
})
