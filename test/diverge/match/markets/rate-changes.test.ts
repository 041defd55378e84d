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
    ['fr: pour atteindre', 'Le taux de chômage a grimpé de 0,5 point de pourcentage pour atteindre 5,2 % en mars.', 'Le taux de chômage a grimpé de 10 % pour atteindre 5,2 % en mars.', ['0,5 point de pourcentage', '10 %']],
    ['fr: augmenté à', 'Le taux de chômage a augmenté de 0,5 point de pourcentage à 5,2 % en mars, selon l\'institut.', 'Le taux de chômage a augmenté de 10 % à 5,2 % en mars, selon l\'institut.', ['0,5 point de pourcentage', '10 %']],
  ])('%s: one change, no contradiction', (_name, a, b, [x, y]) => {
    expect(numberPairs(a, b)).toEqual([])
    expect(equivalences(a, b)).toContainEqual([x, y, 'relative-change'])
  })

  it.each([
    ['en: a percent that is no share of the move', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 20% to 5.2% in March, the agency said.', ['0.5 percentage points', '20%']],
    ['en: two points changes', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 0.7 percentage points to 5.2% in March, the agency said.', ['0.5 percentage points', '0.7 percentage points']],
    ['en: a percent short of the move', 'The unemployment rate rose 0.5 percentage points to 5.2% in March, the agency said.', 'The unemployment rate rose 8% to 5.2% in March, the agency said.', ['0.5 percentage points', '8%']],
    ['vi: một điểm tròn không phải 5%', 'Lãi suất cho vay giảm 1 điểm phần trăm xuống 9% trong quý này, ngân hàng cho biết.', 'Lãi suất cho vay giảm 5% xuống 9% trong quý này, ngân hàng cho biết.', ['1 điểm phần trăm', '5%']],
    ['vi: phần trăm không khớp', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm lên 5,2% trong tháng 3, cơ quan thống kê cho biết.', 'Tỷ lệ thất nghiệp tăng 25% lên 5,2% trong tháng 3, cơ quan thống kê cho biết.', ['0,5 điểm phần trăm', '25%']],
    ['fr: un pourcentage qui ne colle pas', 'Le taux de chômage a augmenté de 0,5 point de pourcentage à 5,2 % en mars, selon l\'institut.', 'Le taux de chômage a augmenté de 20 % à 5,2 % en mars, selon l\'institut.', ['0,5 point de pourcentage', '20 %']],
  ])('%s: still a contradiction', (_name, a, b, pair) => {
    expect(numberPairs(a, b)).toContainEqual(pair)
  })

  // review rmarkets49: a level that is not the move's own, a start read as a level reached, an unknowable start
  it.each([
    ['en: another subject\'s level in a later clause', 'The jobless rate rose 0.5 percentage points in May, while inflation climbed to 3.1%.', 'The jobless rate rose 18% in May, while inflation climbed to 3.1%.'],
    ['vi: từ mức is where the move started', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm, từ mức 4,7% của tháng trước.', 'Tỷ lệ thất nghiệp tăng 13% so với tháng trước.'],
    ['vi: so với mức is where the move started', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm so với mức 4,7% của tháng trước.', 'Tỷ lệ thất nghiệp tăng 13% so với tháng trước.'],
    ['en: a start at or below zero proves nothing', 'Swiss inflation rose 0.4 percentage points to 0.5% in May.', 'Swiss inflation rose 10% to 0.5% in May.'],
    ['en: another subject\'s percent move beside the level', 'Unemployment rose 0.5 percentage points to 5.2% in May.', 'Unemployment rose to 5.2% in May as layoffs rose 10%.'],
  ])('%s: no relative change', (_name, a, b) => {
    expect(equivalences(a, b).filter((e) => e[2] === 'relative-change')).toEqual([])
  })

  // points and a percent that could be the move relative to the rate: at most a candidate, never a full-confidence contradiction
  it.each([
    // the verbs give no sign the reader knows, so the level cannot prove the move: a candidate
    ['es: hasta el', 'La tasa de paro subió 0,5 puntos porcentuales, hasta el 5,2%, en marzo.', 'La tasa de paro subió un 10%, hasta el 5,2%, en marzo.'],
    ['id: menjadi', 'Tingkat pengangguran naik 0,5 poin persentase menjadi 5,2% pada Maret.', 'Tingkat pengangguran naik 10% menjadi 5,2% pada Maret.'],
    ['es: no level the reader knows', 'La tasa de paro subió 0,5 puntos porcentuales en marzo.', 'La tasa de paro subió un 10% en marzo.'],
    ['it: al', 'Il tasso di disoccupazione è salito di 0,5 punti percentuali al 5,2% a marzo.', 'Il tasso di disoccupazione è salito del 10% al 5,2% a marzo.'],
    ['pt: para', 'A taxa de desemprego subiu 0,5 ponto percentual, para 5,2%, em março.', 'A taxa de desemprego subiu 10%, para 5,2%, em março.'],
    ['en: no level stated', 'The unemployment rate rose 0.5 percentage points in March, the agency said.', 'The unemployment rate rose 10 percent in March, the agency said.'],
    ['vi: không nêu mức', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm trong tháng 3, cơ quan thống kê cho biết.', 'Tỷ lệ thất nghiệp tăng 10% trong tháng 3, cơ quan thống kê cho biết.'],
  ])('%s: no high contradiction', (_name, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'number' && d.confidence >= 0.5)).toEqual([])
  })

  it.each([
    ['en: a smaller percent is no relative move', 'The Fed raised rates by 0.5 percentage point on Wednesday.', 'The Fed raised rates by 0.25 percent on Wednesday.'],
    ['vi: phần trăm nhỏ hơn', 'Lãi suất tăng 0,5 điểm phần trăm trong quý hai.', 'Lãi suất tăng 0,25% trong quý hai.'],
  ])('%s: a contradiction at full confidence, as before', (_name, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'number' && d.confidence >= 0.5)).toHaveLength(1)
  })

  it('keeps the loose percent for points an equivalence of format', () => {
    expect(equivalences('The unemployment rate rose 0.5 percentage points to 5.2% in March.', 'The unemployment rate rose 0.5% to 5.2% in March.')).toContainEqual(['0.5 percentage points', '0.5%', 'number-format'])
  })
})
