// A rate's rise in percentage points and the same rise in percent of the rate (rate-changes.ts):
// "rose 0.5 percentage points to 5.2%" is a rise of about 10.6 percent from 4.7%, so "rose 10%"
// states it too. Only a level stated beside the points makes the relative reading checkable.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberPairs = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text, d.b?.text])

const equivalences = (a: string, b: string) => compare(a, b).equivalences.map((e) => [e.a.text, e.b.text, e.reason])

describe('a rate change in points against the same change in percent of the rate', () => {
  it.each([
    ['en: a rise to the level', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 10% to 5.2% in March, the agency said.', ['0.5 percentage points', '10%']],
    ['en: the level on the percent side only', 'The unemployment rate rose 0.5 percentage points in March, the agency said.', 'The unemployment rate rose 10 percent to 5.2 percent in March, the agency said.', ['0.5 percentage points', '10 percent']],
    ['en: a fall from a stated start', 'The jobless rate fell 0.6 percentage point from 6% in June, the ministry said.', 'The jobless rate fell 10 percent in June, the ministry said.', ['0.6 percentage point', '10 percent']],
    ['vi: tăng lên mức', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm lên 5,2% trong tháng 3, cơ quan thống kê cho biết.', 'Tỷ lệ thất nghiệp tăng 10% lên 5,2% trong tháng 3, cơ quan thống kê cho biết.', ['0,5 điểm phần trăm', '10%']],
    ['vi: giảm xuống', 'Lãi suất cho vay giảm 1 điểm phần trăm xuống 9% trong quý này, ngân hàng cho biết.', 'Lãi suất cho vay giảm 10% xuống 9% trong quý này, ngân hàng cho biết.', ['1 điểm phần trăm', '10%']],
    ['fr: augmenté à', 'Le taux de chômage a augmenté de 0,5 point de pourcentage à 5,2 % en mars, selon l\'institut.', 'Le taux de chômage a augmenté de 10 % à 5,2 % en mars, selon l\'institut.', ['0,5 point de pourcentage', '10 %']],
  ])('%s: one change, no contradiction', (_name, a, b, [x, y]) => {
    expect(numberPairs(a, b)).toEqual([])
    expect(equivalences(a, b)).toContainEqual([x, y, 'relative-change'])
  })

  it.each([
    ['en: a percent that is no share of the move', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 20% to 5.2% in March, the agency said.', ['0.5 percentage points', '20%']],
    ['en: no level stated anywhere: points fill the percent slot', 'The unemployment rate rose 0.5 percentage points in March, the agency said.', 'The unemployment rate rose 10 percent in March, the agency said.', ['0.5 percentage points', '10 percent']],
    ['en: two points changes', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 0.7 percentage points to 5.2% in March, the agency said.', ['0.5 percentage points', '0.7 percentage points']],
    ['en: a percent short of the move', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 8% to 5.2% in March, the agency said.', ['0.5 percentage points', '8%']],
    ['vi: một điểm tròn không phải 5%', 'Lãi suất cho vay giảm 1 điểm phần trăm xuống 9% trong quý này, ngân hàng cho biết.', 'Lãi suất cho vay giảm 5% xuống 9% trong quý này, ngân hàng cho biết.', ['1 điểm phần trăm', '5%']],
    ['vi: phần trăm không khớp', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm lên 5,2% trong tháng 3, cơ quan thống kê cho biết.', 'Tỷ lệ thất nghiệp tăng 25% lên 5,2% trong tháng 3, cơ quan thống kê cho biết.', ['0,5 điểm phần trăm', '25%']],
    ['vi: không nêu mức', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm trong tháng 3, cơ quan thống kê cho biết.', 'Tỷ lệ thất nghiệp tăng 10% trong tháng 3, cơ quan thống kê cho biết.', ['0,5 điểm phần trăm', '10%']],
    ['fr: un pourcentage qui ne colle pas', 'Le taux de chômage a augmenté de 0,5 point de pourcentage à 5,2 % en mars, selon l\'institut.', 'Le taux de chômage a augmenté de 20 % à 5,2 % en mars, selon l\'institut.', ['0,5 point de pourcentage', '20 %']],
  ])('%s: still a contradiction', (_name, a, b, pair) => {
    expect(numberPairs(a, b)).toContainEqual(pair)
  })

  it('keeps the loose percent for points an equivalence of format', () => {
    expect(equivalences('The unemployment rate rose 0.5 percentage points to 5.2% in March.', 'The unemployment rate rose 0.5% to 5.2% in March.')).toContainEqual(['0.5 percentage points', '0.5%', 'number-format'])
  })
})
