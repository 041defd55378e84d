/**
 * "x/y N" before a noun counted whole reads as x of y N, like "x trong y N" (issue 11: 8/9 giải
 * Masters vs 8 trong 9 giải between VietnameseMDS outlets, cluster 98; 60/63 tỉnh, cluster 70),
 * not as 8 September nor as the fraction 8/9. A fraction of an amount stays a fraction, and so does
 * English "2/3 of the senators" (the rule is Vietnamese notation's).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { extractDates } from '../../../src/diverge/extract/dates/dates'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'

const read = (text: string) => [...extractDates(text).map((f) => ['date', f.text]), ...extractNumbers(text).map((f) => [f.text, Math.round(f.value * 1000) / 1000, f.unit])]

describe('x/y before things counted whole', () => {
  it.each([
    ['vi: tournaments', 'đồng thời tham dự 8/9 giải Masters thì sẽ nhận thưởng', [['8', 8, 'giải'], ['9 giải', 9, 'giải']]],
    ['vi: provinces', 'đến nay đã có 60/63 tỉnh, thành phố đã thành lập Hội', [['60', 60, 'tỉnh'], ['63 tỉnh', 63, 'tỉnh']]],
    ['vi: people', 'có 3/5 người bị thương nặng', [['3', 3, 'người'], ['5 người', 5, 'người']]],
    ['vi: a share of the votes', 'đã giành 1/3 số phiếu bầu', [['1/3', 0.333, '']]],
    ['vi: a share of an area', 'rừng chiếm 2/3 diện tích tỉnh', [['2/3', 0.667, '']]],
    ['vi: half a day', 'ông mất 1/2 ngày để đi tới đó', [['1/2', 0.5, '']]],
    ['en: a share of a group stays a fraction', 'The bill needs 2/3 of the senators to pass.', [['2/3', 0.667, '']]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('x/y N meets x trong y N', () => {
  const numberFlags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.factType !== 'name').map((d) => [d.kind, (d.a ?? d.b)!.text])
  it.each([
    ['vi: 8/9 giải / 8 trong 9 giải', 'Theo quy định của ATP, tay vợt kết thúc năm với ngôi số 1, đồng thời tham dự 8/9 giải Masters 1000 thì sẽ nhận thêm tiền thưởng.', 'Theo quy định của ATP, tay vợt kết thúc năm với ngôi số 1 và tham gia 8 trong 9 giải Masters 1000 sẽ được thưởng thêm tiền.'],
    ['vi: 60/63 tỉnh / 60 trên 63 tỉnh', 'Đến nay đã có 60/63 tỉnh, thành phố đã Đại hội thành lập Hội cựu thanh niên xung phong.', 'Đến nay đã có 60 trên 63 tỉnh, thành phố đã Đại hội thành lập Hội cựu thanh niên xung phong.'],
  ])('%s: no flag and nothing missing', (_why, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
