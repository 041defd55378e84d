import { describe, expect, it } from 'vitest'
import { figurePairings } from '../../../helpers'

/** Every pairing of numbers, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['number'])

// After VietnameseMDS cluster 31: the two latest strikes against the year's running total.
const STRIKES_VI = 'Máy bay Israel đã không kích một căn cứ tên lửa gần thành phố Latakia của Syria. '
const STRIKES_EN = 'Israeli jets struck a missile base near the Syrian port of Latakia. '

describe('a total since the start of a period is not the count of one batch', () => {
  it.each([
    [
      'vi: kể từ đầu năm … ít nhất 3 vụ / 2 vụ tấn công trên',
      `${STRIKES_VI}Hiện cả chính phủ Syria và Israel chưa đưa ra bình luận nào về 2 vụ tấn công trên.`,
      `${STRIKES_VI}Kể từ đầu năm đến nay, đã có thông tin về ít nhất 3 vụ tấn công của Israel nhưng chính phủ Syria không đưa ra bình luận nào về các vụ tấn công.`,
    ],
    [
      'en: so far this year / the two strikes',
      `${STRIKES_EN}Neither Syria nor Israel has commented on the 2 strikes.`,
      `${STRIKES_EN}So far this year there have been reports of at least 3 Israeli strikes, and Syria has not commented on the strikes.`,
    ],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  it.each([
    [
      'vi: both totals since the start of the year',
      `${STRIKES_VI}Kể từ đầu năm, Israel đã tiến hành 4 vụ tấn công vào Syria.`,
      `${STRIKES_VI}Kể từ đầu năm, Israel đã tiến hành 6 vụ tấn công vào Syria.`,
      ['4 vụ | 6 vụ'],
    ],
    [
      // A bare "đến nay" ends a span opened on a named moment: no running total is named.
      'vi: "từ thời hậu Xô Viết đến nay" is no running total',
      'Cuộc tập trận là lớn nhất từ thời hậu Xô Viết đến nay với sự tham gia của 16.000 binh sĩ.',
      'Cuộc tập trận là lớn nhất từ thời hậu Xô Viết với sự tham gia của 18.000 binh sĩ.',
      ['16.000 binh | 18.000 binh'],
    ],
    [
      'en: "this year" alone is a period, not a span',
      `${STRIKES_EN}Israel carried out 4 strikes on Syria this year.`,
      `${STRIKES_EN}Israel carried out 6 strikes on Syria this year.`,
      ['4 strikes | 6 strikes'],
    ],
  ])('%s: still paired', (_name, a, b, expected) => {
    expect(pairings(a, b)).toEqual(expected)
  })
})
