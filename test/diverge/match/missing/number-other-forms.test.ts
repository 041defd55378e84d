/**
 * Numbers the other report writes in another form (number-other-forms.ts; round missing21-1 of the
 * missing-facts gold): a number word hyphened to a noun against the digits hyphened to it, a
 * Vietnamese amount with and without its currency, a year against its decade. Another value, another
 * multiplier, or a year of another decade stay missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingFacts = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType !== 'name').map((d) => (d.a ?? d.b)!.text)

describe('a number written in another form is stated', () => {
  it.each([
    ['en, seven-month / 7-month', 'The Nasdaq fell for the month, snapping a seven-month winning streak.', 'The Nasdaq is on track to snap a 7-month streak of gains.', 'seven-month'],
    ['en, two-year / 2-year', 'The firm signed a two-year contract with the league.', 'The firm signed a 2-year contract with the league.', 'two-year'],
    ['vi, tỷ đồng / tỷ', 'Nguồn lực dành cho hộ nghèo tăng lên khoảng 120.000 tỷ đồng/năm.', 'Nguồn lực dành cho hộ nghèo là 364.000 tỷ, tương đương 120.000 tỷ/năm.', '120.000 tỷ đồng/năm'],
    ['vi, tỷ / tỷ đồng', 'Nguồn lực dành cho hộ nghèo là 364.000 tỷ, tương đương 120.000 tỷ/năm.', 'Nguồn lực dành cho hộ nghèo tăng lên khoảng 120.000 tỷ đồng/năm.', '120.000 tỷ/năm'],
    ['en, a year in the decade', 'Mr Berlusconi is accused of bribing judges over the sale of SME in 1985.', 'Mr Berlusconi is accused of bribing judges in a takeover battle in the 1980s.', 'in 1985'],
    ['vi, a year in thập niên 80', 'Ông sang Đức làm việc vào năm 1986.', 'Ông sang Đức làm việc từ thập niên 80.', 'năm 1986'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingFacts(a, b)).not.toContain(fact)
  })
})

describe('another value or quantity stays missing', () => {
  it.each([
    ['en, another number hyphened', 'The Nasdaq snapped a seven-month winning streak.', 'The Nasdaq is on track to snap a 6-month streak of gains.', 'seven-month'],
    ['vi, another figure without currency', 'Nguồn lực tăng lên khoảng 120.000 tỷ đồng/năm.', 'Nguồn lực là 364.000 tỷ, tương đương 110.000 tỷ/năm.', '120.000 tỷ đồng/năm'],
    ['vi, the same figure with another multiplier', 'Nguồn lực tăng lên khoảng 120.000 tỷ đồng/năm.', 'Nguồn lực là 364.000 tỷ, tương đương 120.000 triệu/năm.', '120.000 tỷ đồng/năm'],
    ['en, a year of another decade', 'Mr Berlusconi is accused of bribing judges over the sale of SME in 1985.', 'Mr Berlusconi is accused of bribing judges in a takeover battle in the 1990s.', 'in 1985'],
    ['vi, a year of another decade', 'Ông sang Đức làm việc vào năm 1996.', 'Ông sang Đức làm việc từ thập niên 80.', 'năm 1996'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingFacts(a, b)).toContain(fact)
  })
})
