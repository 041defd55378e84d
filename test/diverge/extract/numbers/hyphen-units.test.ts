/**
 * A figure hyphenated to the word it counts or measures (pages20): "a 6-inch screen" says what "6
 * inch" says. Read apart, the figure was no fact: a dropped "màn hình 5-inch" was never missing and
 * "6-inch" / "5-inch" never compared. Cases after the pages task (VietnameseMDS tech news) and
 * English news phrasing.
 */
import { describe, expect, it } from 'vitest'
import { hyphenUnit } from '../../../../src/diverge/extract/numbers/hyphen-units'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

describe('the word after a hyphenated figure', () => {
  it.each([
    ['en: a counted noun', '-seat', { kind: 'count', unit: 'seat' }],
    ['en: a length word', '-mile', { kind: 'count', unit: 'mile' }],
    ['en trap: a term names an instrument (the 30-year bond)', '-year', undefined],
    ['en trap: a length of time is left unread', '-day', undefined],
    ['vi: an inch size', '-inch', { kind: 'count', unit: 'inch' }],
    ['vi: a measure', '-km', { kind: 'count', unit: 'km' }],
    ['vi trap: a length of time in Vietnamese', '-năm', undefined],
    ['trap: a code in capitals (U23-VN)', '-VN', undefined],
    ['trap: a month name (5-Jan)', '-Jan', undefined],
    ['trap: a chain (5-inch-wide)', '-inch-wide', undefined],
    ['trap: one letter', '-a', undefined],
    ['trap: no hyphen (5km is read as glued)', 'km', undefined],
    ['en: a share hyphened is a percentage (5-percent rise)', '-percent', { kind: 'percent', unit: '' }],
    ['en trap: a multiple (10-fold, as tenfold)', '-fold', undefined],
    ['en trap: a hedge (40-odd)', '-odd', undefined],
    ['en trap: a hedge (30-plus)', '-plus', undefined],
    ['en trap: a force size (5,000-strong)', '-strong', undefined],
  ])('%s', (_why, rest, want) => {
    expect(hyphenUnit(rest)).toEqual(want)
  })
})

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.unit, f.value])

describe('hyphenated figures in a sentence', () => {
  it.each([
    ['en: a seat count', 'The airline ordered a 300-seat plane.', ['300-seat', 'count', 'seat', 300]],
    ['en: a length', 'Officials closed a 12-mile stretch of the highway.', ['12-mile', 'count', 'mile', 12]],
    ['vi: a screen size', 'Điện thoại có màn hình 6-inch với độ phân giải cao.', ['6-inch', 'count', 'inch', 6]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toContainEqual(want)
  })
  it.each([
    ['en trap: an age stays an age', 'The 35-year-old man was arrested.', ['35-year-old', 'age', '', 35]],
    ['vi trap: a team code is no count', 'Đội U23-VN thắng ở Hà Nội.', undefined],
  ])('%s', (_why, text, want) => {
    const got = read(text)
    if (want) expect(got).toContainEqual(want)
    else expect(got.filter((f) => f[1] === 'count')).toEqual([])
  })
})

describe('hyphenated and spaced figures in two reports', () => {
  const kinds = (a: string, b: string) => compare(a, b).divergences.map((d) => [d.kind, d.a?.text ?? null, d.b?.text ?? null])
  it.each([
    ['vi: 6-inch and 6 inch agree', 'Điện thoại mới có màn hình 6-inch với độ phân giải cao.', 'Điện thoại mới có màn hình 6 inch với độ phân giải cao.', []],
    ['en: a 300-seat plane and 300 seats agree', 'The airline ordered a 300-seat plane for the route.', 'The airline ordered a plane with 300 seats for the route.', []],
    ['en: 6-inch against 5-inch contradicts', 'Apple is leaning toward a 6-inch screen for the new phone.', 'Apple is leaning toward a 5-inch screen for the new phone.', [['number', '6-inch', '5-inch']]],
    ['vi: a dropped 5-inch is missing', 'Apple đang nghiêng về màn hình Retina với kích thước 5-inch. Mac Fan cho biết thêm.', 'Mac Fan cho biết thêm.', [['missing', '5-inch', null]]],
  ])('%s', (_why, a, b, want) => {
    const got = kinds(a, b).filter((d) => d[0] !== 'missing' || d[1] === '5-inch')
    expect(got).toEqual(want)
  })
})
