/**
 * names40 (issue 11, left from session 25): a Vietnamese name an English report writes without its
 * marks (Nguyễn Văn An / Nguyen Van An) is the name as English writes it, an equivalence; in two
 * Vietnamese reports the marks are spelling, and dropping them respells the name (planted).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const names = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
const equivalent = (a: string, b: string) => compare(a, b).equivalences.map((e) => [e.a.text, e.b.text])

describe('a Vietnamese name with its marks dropped', () => {
  it.each([
    // traps first: Vietnamese reports, where marks are spelling; a letter changed besides the marks
    ['vi trap: both reports Vietnamese', 'Ông Nguyễn Văn Hùng, chủ tịch UBND xã, cho biết 5 người bị thương.', 'Ông Nguyen Van Hung, chủ tịch UBND xã, cho biết 5 người bị thương.', [['Nguyễn Văn Hùng', 'Nguyen Van Hung']]],
    ['vi trap: a short Vietnamese sentence', 'Chúng tôi đã làm việc với Tô Lâm về dự án này.', 'Chúng tôi đã làm việc với To Lam về dự án này.', [['Tô Lâm', 'To Lam']]],
    ['en trap: a letter changed besides', 'Mr Trần Văn Hùng said five people were hurt on Monday.', 'Mr Tran Van Hong said five people were hurt on Monday.', [['Trần Văn Hùng', 'Tran Van Hong']]],
    ['en: marks dropped by one English report', 'Mr Trần Văn Hùng said five people were hurt on Monday.', 'Mr Tran Van Hung said five people were hurt on Monday.', []],
    ['en: a place', 'The storm hit Quảng Ngãi province on Monday, officials said.', 'The storm hit Quang Ngai province on Monday, officials said.', []],
  ])('%s: name flags', (_why, a, b, want) => {
    expect(names(a, b)).toEqual(want)
  })

  it.each([
    ['en: marks dropped by one English report', 'Mr Trần Văn Hùng said five people were hurt on Monday.', 'Mr Tran Van Hung said five people were hurt on Monday.', ['Trần Văn Hùng', 'Tran Van Hung']],
    ['en: a place', 'The storm hit Quảng Ngãi province on Monday, officials said.', 'The storm hit Quang Ngai province on Monday, officials said.', ['Quảng Ngãi', 'Quang Ngai']],
  ])('%s: an equivalence', (_why, a, b, pair) => {
    expect(equivalent(a, b)).toContainEqual(pair)
  })
})
