import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['date', 'number'])

describe('a full date against a year alone in sentences about one thing', () => {
  it.each([
    [
      // After VietnameseMDS cluster 75 (Hà Nội Mới / VietnamPlus on the Indian delegation's programme).
      'vi: the day of a gift against its year',
      'Đoàn thăm chùa Trấn Quốc nơi có cây bồ đề do Tổng thống Ấn Độ Prasat tặng Chủ tịch Hồ Chí Minh (ngày 24-3-1959).',
      'Đoàn thăm chùa Trấn Quốc, nơi có cây bồ đề do Tổng thống Ấn Độ Prasat tặng Chủ tịch Hồ Chí Minh năm 1957.',
      ['24-3-1959 | năm 1957'],
    ],
    [
      'en: a birth date against a birth year',
      'The singer Tran Thu Ha, born on 12 March 1977 in Hanoi, won the prize for her new album.',
      'The singer Tran Thu Ha, born in 1976 in Hanoi, won the prize for her new album.',
      ['12 March 1977 | in 1976'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'vi: the same year at two granularities',
      'Đoàn thăm chùa Trấn Quốc nơi có cây bồ đề do Tổng thống Ấn Độ Prasat tặng Chủ tịch Hồ Chí Minh (ngày 24-3-1959).',
      'Đoàn thăm chùa Trấn Quốc, nơi có cây bồ đề do Tổng thống Ấn Độ Prasat tặng Chủ tịch Hồ Chí Minh năm 1959.',
    ],
    [
      'vi: sentences about different things',
      'Chủ tịch nước tiếp đoàn đại biểu Ấn Độ ngày 24-3-2013 tại Phủ Chủ tịch.',
      'Hai nước thiết lập quan hệ ngoại giao năm 1972, theo Bộ Ngoại giao.',
    ],
    [
      'vi: a sentence with a range of years is not one date',
      'Thanh tra việc phòng chống tham nhũng từ ngày 1/1/2011 đến năm 2013 tại Hà Nội.',
      'Thanh tra việc phòng chống tham nhũng năm 2012 tại Hà Nội.',
    ],
    [
      'en: decades apart are two events',
      'The bridge, opened on 2 September 1945, was rebuilt by the city.',
      'The bridge, opened in 1985, was rebuilt by the city.',
    ],
  ])('not paired: %s', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
