import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

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
    // a clearly different end, however written, still sets counts apart
    ['en: Sept. 30 / October 15', '98 people had died by Sept. 30, officials said.', '120 people had died by October 15, officials said.'],
    ['en: head Sept. 30 / tail Oct. 15', 'By Sept. 30, 98 people had died, officials said.', '120 people had died by Oct. 15, officials said.'],
    ['en: two weekdays', 'The storm killed 98 people by Monday night.', 'The storm killed 120 people by Tuesday night.'],
    ['vi: 30/9 / 15-10', 'Cả nước ghi nhận 98 ca tử vong tính đến ngày 30/9.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 15-10.'],
    ['vi: tháng Ba / tháng 6', 'Cả nước ghi nhận 98 ca tử vong tính đến tháng Ba.', 'Cả nước ghi nhận 120 ca tử vong tính đến tháng 6.'],
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
    // one end written two ways is compared as the date it names, not its raw words
    ['en: Sept. 30 / September 30', '98 people had died by Sept. 30, officials said.', '120 people had died by September 30, officials said.', '98 people | 120 people'],
    ['en: Jan. 5 / January 5', '98 people died by Jan. 5, officials said.', '120 people died by January 5, officials said.', '98 people | 120 people'],
    ['en: March 31 / March 31st', '98 people had died by March 31, officials said.', '120 people had died by March 31st, officials said.', '98 people | 120 people'],
    ['en: head Sept. 30 / tail September 30', 'By Sept. 30, 98 people had died, officials said.', '120 people had died by September 30, officials said.', '98 people | 120 people'],
    ['en: head / head, Sept. 30 / September 30', 'By Sept. 30, 98 people had died, officials said.', 'By September 30, 120 people had died, officials said.', '98 people | 120 people'],
    ['en: unsure, early March / March', '98 people had died by early March, officials said.', '120 people had died by March, officials said.', '98 people | 120 people'],
    ['en: unsure, Tuesday night / evening', 'The storm killed 98 people by Tuesday night.', 'The storm killed 120 people by Tuesday evening.', '98 people | 120 people'],
    ['vi: 30/9 / 30-9', 'Cả nước ghi nhận 98 ca tử vong tính đến ngày 30/9.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 30-9.', '98 ca | 120 ca'],
    ['vi: 30.9 / 30/9', 'Cả nước ghi nhận 98 ca tử vong tính đến ngày 30.9.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 30/9.', '98 ca | 120 ca'],
    ['vi: 30/9/2024 / 30/9', 'Cả nước ghi nhận 98 ca tử vong tính đến ngày 30/9/2024.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 30/9.', '98 ca | 120 ca'],
    ['vi: tháng Ba / tháng 3', 'Cả nước ghi nhận 98 ca tử vong tính đến tháng Ba.', 'Cả nước ghi nhận 120 ca tử vong tính đến tháng 3.', '98 ca | 120 ca'],
    ['vi: head 30/9 / tail 30-9', 'Tính đến ngày 30/9, cả nước ghi nhận 98 ca tử vong.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 30-9.', '98 ca | 120 ca'],
  ])('%s: still flagged', (_name, a, b, flag) => {
    expect(figureFlags(a, b, ['number'])).toContain(flag)
  })

  // A change is no count: "fell by 5 percent by March" / "by 7 percent by June" is left to the other rules.
  it('en: percents are not read', () => {
    expect(figureFlags('Sales fell 5 percent by March, the company said.', 'Sales fell 7 percent by March, the company said.', ['number'])).toEqual(['5 percent | 7 percent'])
  })
})
