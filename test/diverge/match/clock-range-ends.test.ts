/**
 * Clock ranges written glued (*6h00-12h00*, *9am-5pm*) against the same range in words (review
 * rdates34 rows 8, 10): a changed end is one schedule's end misreported, a contradiction; a time
 * inside the other's range is no fact the other left out.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const dates = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'date').map((d) => [d.a!.text, d.b!.text])
const missing = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('the ends of two clock ranges', () => {
  it.each([
    ['vi: a glued range against từ … đến', 'Khu vực bị cắt điện từ 6h00-12h00 ngày mai.', 'Khu vực bị cắt điện từ 6h đến 14h ngày mai.', [['12h00', '14h']]],
    ['vi: two ranges in words', 'Khu vực bị cắt điện từ 6h đến 12h ngày mai.', 'Khu vực bị cắt điện từ 6h đến 14h ngày mai.', [['12h', '14h']]],
    ['en: a glued range against from … to', 'The office is open 9am-5pm daily.', 'The office is open from 9 a.m. to 6 p.m. daily.', [['5pm', '6 p.m.']]],
  ])('a changed end contradicts, %s', (_why, a, b, want) => {
    expect(dates(a, b)).toEqual(want)
  })

  it.each([
    ['vi: a time inside the range', 'Bão đổ bộ lúc 5h-6h sáng nay.', 'Bão đổ bộ lúc 5h30 sáng nay.', []],
    ['en: a time inside the range', 'The storm made landfall 5am-6am today.', 'The storm made landfall at 5:30am today.', []],
    ['vi: trap: a time outside the range', 'Bão đổ bộ lúc 5h-6h sáng nay.', 'Bão đổ bộ lúc 7h30 sáng nay.', ['5h-6h', '7h30 sáng']],
    ['en: trap: a time outside the range', 'The storm made landfall 5am-6am today.', 'The storm made landfall at 7:30am today.', ['5am-6am', '7:30am']],
  ])('%s', (_why, a, b, want) => {
    const told = missing(a, b).filter((t) => /\d/.test(t))
    expect(told.sort()).toEqual([...want].sort())
  })
})
