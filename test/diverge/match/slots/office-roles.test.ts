import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['date', 'number'])

/** Every pairing of figures, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['date', 'number'])

const INTRO_VI = 'Nam Kinh là thủ phủ tỉnh Giang Tô, có dân số khoảng 7 triệu người. '
const INTRO_EN = 'Nanjing is the capital of Jiangsu province, with about seven million people. '

describe('a figure told of another rank of one office is another slot', () => {
  it.each([
    [
      'vi: phó thị trưởng / thị trưởng, linked sentences',
      `${INTRO_VI}Ông Quý trở thành phó thị trưởng Nam Kinh năm 2009.`,
      `${INTRO_VI}Ông Quý trở thành thị trưởng Nam Kinh năm 2010.`,
    ],
    [
      'vi: quyền chủ tịch / chủ tịch',
      'Ông Lâm được bầu làm quyền chủ tịch công ty với mức lương 40 triệu đồng mỗi tháng.',
      'Ông Lâm được bầu làm chủ tịch công ty với mức lương 55 triệu đồng mỗi tháng.',
    ],
    [
      'en: deputy mayor / mayor',
      `${INTRO_EN}Ji became deputy mayor of Nanjing in 2009.`,
      `${INTRO_EN}Ji became mayor of Nanjing in 2010.`,
    ],
    [
      'en: vice president / president, a salary',
      'The board gave its vice president a salary of $400,000 a year.',
      'The board gave its president a salary of $550,000 a year.',
    ],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  it.each([
    [
      // "nguyên" (former) tells what he is now, not another office: still one start.
      'vi: former mayor / mayor, one office',
      `${INTRO_VI}Ông Quý trở thành thị trưởng Nam Kinh năm 2009.`,
      `${INTRO_VI}Ông Quý, nguyên thị trưởng Nam Kinh, trở thành thị trưởng năm 2012.`,
      ['năm 2009 | năm 2012'],
    ],
    [
      'en: the same rank on both sides',
      `${INTRO_EN}Ji became deputy mayor of Nanjing in 2009.`,
      `${INTRO_EN}Ji became deputy mayor of Nanjing in 2006.`,
      ['in 2009 | in 2006'],
    ],
  ])('%s: still compared', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      // After VietnameseMDS cluster 22: the other report gives 2009 only for the vice-mayoralty,
      // so the mayoralty's "từ năm 2009" is not stated there and meets its "từ tháng Giêng năm 2010".
      'vi: a year the other report gives only for the deputy office is not stated there',
      `${INTRO_VI}Ông Quý làm thị trưởng Nam Kinh từ năm 2009, Xinhua cho biết.`,
      `${INTRO_VI}Ông Quý Kiến Nghiệp, 56 tuổi, nguyên thị trưởng thành phố Nam Kinh từ tháng Giêng năm 2010. Ông Quý trở thành phó thị trưởng năm 2009 rồi được bầu lại.`,
      ['năm 2009 | tháng Giêng năm 2010'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })
})
