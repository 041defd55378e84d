import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../src/align'
import { byFirstSentences } from '../../src/align/align'
import { CorroborateError } from '../../src/errors'

describe('alignSentences', () => {
  const a = [
    'Thị trưởng Park Heong-joon cảm ơn Tổng Bí thư Tô Lâm đã chọn Busan là điểm dừng chân.',
    'Kim ngạch thương mại hai nước đạt 150 tỉ USD.',
    'Busan là thành phố cảng lớn của Hàn Quốc.',
  ]
  const b = [
    'Busan là thành phố cảng lớn của Hàn Quốc.',
    'Thị trưởng Park Hyeong Jun cảm ơn Tổng Bí thư Tô Lâm đã chọn Busan là điểm dừng chân.',
  ]

  it('links sentences in any order', () => {
    expect(alignSentences(a, b).map((link) => [link.a, link.b])).toEqual([
      [[0], [1]],
      [[2], [0]],
    ])
  })

  it('links two sentences merged into one', () => {
    const links = alignSentences(
      ['Nhấn mạnh đây là thời cơ chiến lược để hai bên nâng tầm hợp tác.', 'Tổng Bí thư đề nghị Busan mở rộng hợp tác với các tỉnh của Việt Nam.'],
      ['Nhấn mạnh đây là thời cơ chiến lược để hai bên nâng tầm hợp tác, Tổng Bí thư đề nghị Busan mở rộng hợp tác với các tỉnh của Việt Nam.'],
    )
    expect(links.map((link) => [link.a, link.b])).toEqual([[[0, 1], [0]]])
  })

  it('gives each link a similarity in [0, 1]', () => {
    expect(alignSentences(a, b).every((link) => link.similarity > 0 && link.similarity <= 1)).toBe(true)
  })

  it.each([
    ['a threshold above 1', () => alignSentences(a, b, { threshold: 2 }), 'E_OPTION'],
    ['a list that is not of strings', () => alignSentences([1] as unknown as string[], b), 'E_INPUT'],
  ])('refuses %s', (_name, call, code) => {
    expect(call).toThrow(CorroborateError)
    expect(() => call()).toThrow(expect.objectContaining({ code }))
  })
})

describe('byFirstSentences', () => {
  const link = (a: number[], b: number[]) => ({ a, b })
  it.each([
    ['already in order: left as it is', [link([0], [0]), link([1], [2]), link([1], [3]), link([4], [1])], [0, 1, 2, 3]],
    ['out of order by A (trap for a skipped sort)', [link([2], [0]), link([0], [1]), link([1], [2])], [1, 2, 0]],
    ['out of order by B on one A sentence', [link([0], [3]), link([0], [1])], [1, 0]],
    ['equal first sentences keep their order (stable)', [link([0, 2], [1]), link([0], [1])], [0, 1]],
  ])('%s', (_, links, order) => {
    const expected = order.map((k) => links[k]!)
    const sorted = byFirstSentences([...links])
    expect(sorted).toEqual(expected)
    sorted.forEach((l, k) => expect(l).toBe(expected[k]))
  })
})

describe('a short sentence whose only difference is a respelt name', () => {
  const linksOf = (a: string[], b: string[]): Array<[readonly number[], readonly number[]]> => alignSentences(a, b).map((link) => [link.a, link.b])
  const before = 'The combination of the two has been steady, said Tom Forte, who follows Amazon for the firm.'
  const after = 'Within months of the acquisition, the company was selling more of its own brand at lower prices.'
  const beforeVi = 'Theo ông Nam, giá lúa năm nay tăng mạnh so với cùng kỳ năm ngoái ở đồng bằng.'
  const afterVi = 'Nhiều nông dân đã bán hết lúa ngay sau khi thu hoạch xong vụ đông xuân năm nay.'
  it.each([
    ['English, a letter swapped', [before, 'Forte said.', after], [before, 'Frote said.', after], [[[0], [0]], [[1], [1]], [[2], [2]]]],
    ['English, a doubled letter, one neighbour', [before, 'Smith said.'], [before, 'Smitth said.'], [[[0], [0]], [[1], [1]]]],
    ['Vietnamese, a tone mark', [beforeVi, 'Ông Nam nói.', afterVi], [beforeVi, 'Ông Năm nói.', afterVi], [[[0], [0]], [[1], [1]], [[2], [2]]]],
    // Traps: another name is another person, and two attributions next to each other keep their own.
    ['English, another name', [before, 'Forte said.', after], [before, 'Smith said.', after], [[[0], [0]], [[2], [2]]]],
    ['Vietnamese, another name', [beforeVi, 'Nam nói.', afterVi], [beforeVi, 'Hùng nói.', afterVi], [[[0], [0]], [[2], [2]]]],
    ['English, another word of four letters', [before, 'Forte said.', after], [before, 'Forte lied.', after], [[[0], [0]], [[2], [2]]]],
    ['English, two words respelt', [before, 'Tom Forte said.', after], [before, 'Tim Frote said.', after], [[[0], [0]], [[2], [2]]]],
    ['English, another figure', [before, 'Forte said in 2019.', after], [before, 'Forte said in 2018.', after], [[[0], [0]], [[1], [1]], [[2], [2]]]],
    ['English, two attributions side by side', [before, 'Forte said.', 'Smith said.', after], [before, 'Smith said.', 'Forte said.', after], [[[0], [0]], [[1], [2]], [[2], [1]], [[3], [3]]]],
    ['English, one of two attributions respelt', [before, 'Forte said.', 'Smith said.', after], [before, 'Frote said.', 'Smith said.', after], [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]],
    ['English, two attributions respelt and swapped', [before, 'Forte said.', 'Smith said.', after], [before, 'Smitth said.', 'Frote said.', after], [[[0], [0]], [[2], [1]], [[3], [3]]]],
    // Number and closed-class words one letter apart say another thing: 8 is not 80, nine is not none.
    ['English, another number word', [before, 'Eight died.', after], [before, 'Eighty died.', after], [[[0], [0]], [[2], [2]]]],
    ['English, a number word and none', [before, 'Nine died.', after], [before, 'None died.', after], [[[0], [0]], [[2], [2]]]],
    // A run of respelt sentences before the first link links whole, as the same run after a link does.
    ['English, a run of respelt attributions opening the text', ['Forte said.', 'Jones said.', 'Lopez said.', after], ['Frote said.', 'Jonas said.', 'Lopes said.', after], [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]],
    ['Vietnamese, a run of respelt attributions opening the text', ['Ông Trump nói.', 'Ông Biden nói.', afterVi], ['Ông Trunp nói.', 'Ông Bidan nói.', afterVi], [[[0], [0]], [[1], [1]], [[2], [2]]]],
    // A sentence with no weight ("…" alone on its line) between the link and the respelt one does not part them.
    ['English, an ellipsis line before the respelt one', [before, 'Forte said.', 'Schools will stay closed all week.'], [before, '…', 'Frote said.', 'Rescuers searched the town.'], [[[0], [0]], [[1], [2]]]],
    ['English, an ellipsis line in the other report', [before, '…', 'Forte said.', 'Schools will stay closed all week.'], [before, 'Frote said.', 'Rescuers searched the town.'], [[[0], [0]], [[2], [1]]]],
    ['Vietnamese, an ellipsis line in the other report', [beforeVi, '…', 'Ông Trump nói.', 'Trường học đóng cửa cả tuần.'], [beforeVi, 'Ông Trunp nói.', 'Lực lượng cứu hộ tìm kiếm khắp thị trấn.'], [[[0], [0]], [[2], [1]]]],
    ['English, an umlaut transliterated', [before, 'Müller said.', after], [before, 'Mueller said.', after], [[[0], [0]], [[1], [1]], [[2], [2]]]],
    ['Vietnamese, an umlaut transliterated', [beforeVi, 'Ông Müller nói.', afterVi], [beforeVi, 'Ông Mueller nói.', afterVi], [[[0], [0]], [[1], [1]], [[2], [2]]]],
    ['English, a respelt name but the neighbours apart', ['Forte said.'], ['Frote said.'], []],
  ])('%s', (_name, a, b, expected) => {
    expect(linksOf(a, b)).toEqual(expected)
  })
})
