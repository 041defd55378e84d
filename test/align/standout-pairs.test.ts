import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../src/align'

// Independently written reports: around the one shared statement every sentence is worded apart,
// so no linked neighbour vouches for it.
const enA = [
  'The vote came after weeks of lobbying by younger members of the caucus.',
  'Pelosi has led House Democrats since 2002.',
  'Supporters praised her fundraising and her record of passing major bills.',
]
const enB = [
  'Ryan, a congressman from Ohio, said the party needed new leadership after the election.',
  'Pelosi has led House Democrats since 2003, and that is what Ryan had argued is the problem.',
  'Several members said privately that they expected a closer race.',
]
const viA = [
  'Cuộc bỏ phiếu diễn ra sau nhiều tuần vận động của các thành viên trẻ.',
  'Bà Pelosi làm lãnh đạo từ năm 2002.',
  'Những người ủng hộ ca ngợi khả năng gây quỹ của bà.',
]
const viB = [
  'Ông Ryan, nghị sĩ bang Ohio, nói đảng cần người lãnh đạo mới sau cuộc bầu cử.',
  'Bà Pelosi làm lãnh đạo từ năm 2003, và đó là điều ông Ryan chỉ trích.',
  'Nhiều thành viên nói riêng rằng họ chờ đợi một cuộc đua sát sao hơn.',
]

describe('a near copy that stands out from every other candidate links without a linked neighbour', () => {
  it.each([
    ['English, one year changed and a clause added', enA, enB, [[[1], [1]]]],
    ['Vietnamese, one year changed and a clause added', viA, viB, [[[1], [1]]]],
    [
      'English trap: a name and a verb shared, different things told',
      ['Trump said the wall would cost $5.7 billion and would be built quickly.', 'Aides worked through the night.'],
      ['Trump said the shutdown had hurt farmers in several states.', 'Markets fell on Friday.'],
      [],
    ],
    [
      'Vietnamese trap: a name and a verb shared, different things told',
      ['Ông Trump nói bức tường sẽ tốn 5,7 tỷ USD và được xây nhanh.', 'Các trợ lý làm việc suốt đêm.'],
      ['Ông Trump nói việc đóng cửa chính phủ gây thiệt hại cho nông dân nhiều bang.', 'Thị trường giảm điểm hôm thứ Sáu.'],
      [],
    ],
    [
      'English trap: two near copies of one sentence, neither stands out',
      ['Pelosi has led House Democrats since 2002.', 'The vote was held behind closed doors.'],
      ['Pelosi has led House Democrats since 2003, and that is what Ryan had argued.', 'Pelosi has led House Democrats since 2004, and that is what Lee had argued.'],
      [],
    ],
    [
      'Vietnamese trap: two near copies of one sentence, neither stands out',
      ['Bà Pelosi làm lãnh đạo từ năm 2002.', 'Cuộc bỏ phiếu diễn ra kín.'],
      ['Bà Pelosi làm lãnh đạo từ năm 2003, và đó là điều ông Ryan chỉ trích.', 'Bà Pelosi làm lãnh đạo từ năm 2004, và đó là điều bà Lee chỉ trích.'],
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(alignSentences(a, b).map((link) => [link.a, link.b])).toEqual(expected)
  })
})
