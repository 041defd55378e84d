import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['date', 'number'])

// After VietnameseMDS cluster 22 (Dân Trí / Tổ Quốc on the mayor of Nanjing): one start, told as
// a year by one outlet and as a month and year by the other.
const INTRO_VI = 'Nam Kinh là thủ phủ tỉnh Giang Tô, có dân số khoảng 7 triệu người. '
const INTRO_EN = 'Nanjing is the capital of Jiangsu province, with about seven million people. '

describe('a start as a year against one as a month and year', () => {
  it.each([
    [
      'vi: since 2009 / since January 2010',
      `${INTRO_VI}Ông Quý làm thị trưởng Nam Kinh từ năm 2009, Xinhua cho biết.`,
      `${INTRO_VI}Ông Quý Kiến Nghiệp, 56 tuổi, nguyên thị trưởng thành phố Nam Kinh từ tháng Giêng năm 2010.`,
      ['năm 2009 | tháng Giêng năm 2010'],
    ],
    [
      'en: mayor since 2009 / mayor since January 2010',
      `${INTRO_EN}Ji Jianye had been mayor of Nanjing since 2009, Xinhua said.`,
      `${INTRO_EN}Ji Jianye, 56, had been mayor of Nanjing since January 2010.`,
      ['since 2009 | January 2010'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'vi: the same year at two granularities',
      `${INTRO_VI}Ông Quý làm thị trưởng Nam Kinh từ năm 2010, Xinhua cho biết.`,
      `${INTRO_VI}Ông Quý Kiến Nghiệp, 56 tuổi, nguyên thị trưởng thành phố Nam Kinh từ tháng Giêng năm 2010.`,
    ],
    [
      // Round vi16-1 (c78): a programme's start against the span of its part.
      'vi: a start against a span (two dates on one side)',
      'Hành trình vì khát vọng Việt là một phần của chương trình Sáng tạo khởi nghiệp do Trung ương Đoàn triển khai từ năm 2012.',
      'Hành trình vì khát vọng Việt của chương trình Sáng tạo khởi nghiệp do Trung ương Đoàn triển khai từ tháng 10.2013 đến tháng 2.2014.',
    ],
    [
      'en: a maturity month against a maturity year, no start word (MSRP train)',
      'The company sold notes that mature in April 2005 to refinance its debt.',
      'The company sold notes that mature in 2008 to refinance its debt.',
    ],
    [
      'vi: another rank of the office (acting mayor) is another start',
      `${INTRO_VI}Ông Quý làm quyền thị trưởng Nam Kinh từ năm 2009, Xinhua cho biết.`,
      `${INTRO_VI}Ông Quý Kiến Nghiệp, 56 tuổi, làm thị trưởng thành phố Nam Kinh từ tháng Giêng năm 2010.`,
    ],
    [
      'en: years far apart are two starts',
      `${INTRO_EN}Ji Jianye had been a party member of Nanjing since 1979, Xinhua said.`,
      `${INTRO_EN}Ji Jianye, 56, had been a party member of Nanjing since January 2010.`,
    ],
  ])('%s: not flagged', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
