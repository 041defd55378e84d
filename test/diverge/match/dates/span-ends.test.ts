import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'
import { joinsSpan } from '../../../../src/diverge/match/dates/span-ends'

describe('the ends of one span from a year both sentences state are one slot, a year apart or not', () => {
  it.each([
    [
      'vi: one term of office, ended at retirement in 1997 / 1979-1996',
      'Ông là Phó chủ nhiệm Tổng cục Chính trị suốt hơn 17 năm (từ năm 1979 cho đến khi nghỉ hưu năm 1997).',
      'Từ năm 1979-1996, ông là phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.',
      ['năm 1997 | 1996'],
    ],
    [
      'en: one term, until he retired in 1997 / from 1979 to 1996',
      'He was deputy director from 1979 until he retired in 1997.',
      'From 1979 to 1996 he was deputy director of the department.',
      ['in 1997 | 1996'],
    ],
    // traps: consecutive years that end no shared span, in sentences worded apart, stay two periods
    [
      'vi: two programmes, different starts',
      'Giai đoạn I được thực hiện từ năm 2009 đến năm 2013 với ngân sách trên 7 triệu Euro.',
      'Chương trình mới kéo dài từ năm 2010 tới năm 2014, do Bộ Khoa học và Công nghệ quản lý.',
      [],
    ],
    [
      'vi: two budgets a year apart, no span',
      'Dự toán ngân sách năm 2013 đã được Quốc hội thông qua hồi cuối năm ngoái.',
      'Bộ trưởng Đinh Tiến Dũng trình bày báo cáo về ngân sách năm 2014 chiều qua.',
      [],
    ],
    [
      'vi: two people whose terms start in one year',
      'Ông Nguyễn Văn An làm Chủ tịch Hội Nông dân tỉnh từ năm 1979 đến năm 1997.',
      'Từ năm 1979-1996, bà Trần Thị Bình là Giám đốc Sở Y tế của thành phố.',
      [],
    ],
    [
      'en: a span on one side, a single year on the other',
      'He served as deputy director from 1979 until he retired in 1997.',
      'He retired as deputy director in 1996, after a long career.',
      [],
    ],
    [
      'en: two seasons, no start stated',
      'The club won the league in 1996 under its former coach.',
      'Its last title came in 1997, two years before the stadium moved.',
      [],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('joinsSpan: a dash, or a word that ends a span, in a short stretch between two years', () => {
  it.each([
    ['-', true],
    [' – ', true],
    [' cho đến khi anh nghỉ hưu ', true],
    [' tới ', true],
    [' until he retired ', true],
    [' to ', true],
    // a list, or words that do not end a span
    [', ', false],
    [' và ', false],
    [' and ', false],
    [' rồi sau đó nhiều năm công tác ở các chiến trường khác nhau, đến ', false],
  ])('%j → %s', (between, expected) => {
    expect(joinsSpan(between)).toBe(expected)
  })
})
