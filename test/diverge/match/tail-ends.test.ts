import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../helpers'

// Counts to an end named after the figure (tail-ends.ts): "98 died by March" / "120 died by June"
// are two periods' totals, as "By March, 98 …" at the clause head is (total-ends.ts).
describe('tail-ends: counts to two ends named after the figure are two slots', () => {
  it.each([
    ['en: two months', '98 people died by March, officials said.', '120 people died by June, officials said.'],
    ['vi: two months ("tính đến")', 'Theo giới chức, 98 người chết tính đến tháng 3.', 'Theo giới chức, 120 người chết tính đến tháng 6.'],
    ['vi: two days ("tính đến ngày")', 'Cả nước ghi nhận 98 ca tử vong tính đến ngày 30/9.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 15/10.'],
    ['en: an end after, one at the head', '98 people died by March, officials said.', 'By June, 120 people had died, officials said.'],
    ['en: a named end against now', '98 people had died by March, officials said.', '150 people have died so far, officials said.'],
    ['vi: a named end against now', 'Theo giới chức, 98 người chết tính đến tháng 3.', 'Theo giới chức, 150 người chết tính đến nay.'],
    ['en: two parts of periods', '98 people died by the end of March, officials said.', '120 people died by the end of June, officials said.'],
  ])('%s: no number pairing', (_name, a, b) => {
    expect(figurePairings(a, b, ['number'])).toEqual([])
  })

  // Traps: the same end with different counts is a contradiction; "by" naming no time names no end.
  it.each([
    ['en: the same end', '98 people died by March, officials said.', '120 people died by March, officials said.', '98 people | 120 people'],
    ['vi: the same end', 'Theo giới chức, 98 người chết tính đến tháng 3.', 'Theo giới chức, 120 người chết tính đến tháng 3.', '98 người | 120 người'],
    ['en: an end on one side only', '98 people died by March, officials said.', '120 people died, officials said.', '98 people | 120 people'],
    ['en: "by" an agent', '98 people were killed by the army, officials said.', '120 people were killed by the militia, officials said.', '98 people | 120 people'],
    ['en: now on both sides', '98 people have died so far, officials said.', '120 people have died to date, officials said.', '98 people | 120 people'],
    ['en: same end, at the head and after', '98 people died by March, officials said.', 'By March, 120 people had died, officials said.', '98 people | 120 people'],
  ])('%s: still flagged', (_name, a, b, flag) => {
    expect(figureFlags(a, b, ['number'])).toContain(flag)
  })

  // A change is no count: "fell by 5 percent by March" / "by 7 percent by June" is left to the other rules.
  it('en: percents are not read', () => {
    expect(figureFlags('Sales fell 5 percent by March, the company said.', 'Sales fell 7 percent by March, the company said.', ['number'])).toEqual(['5 percent | 7 percent'])
  })
})
