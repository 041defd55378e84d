/**
 * An exact figure against its hedged whole in the other report (DANeS d687~d721: *90,7%* /
 * *gần 91%*): the same figure at two precisions, neither missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const missing = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number').map((d) => (d.a ?? d.b)!.text)

describe('an exact figure and its hedged whole are one figure', () => {
  // The exact figure in a headline and again in the lede, the hedged whole in the other outlet's lede: unpaired, each was missing.
  it.each([
    ['vi: a share and its hedged whole', 'Vaccine Pfizer-BioNTech hiệu quả 90,7% trên trẻ em từ 5-11 tuổi\nVaccine Pfizer-BioNTech hiệu quả 90,7% khi thử nghiệm trên trẻ em.', 'Thêm bằng chứng cho thấy nên tiêm vaccine Pfizer cho trẻ em từ 5 đến 11 tuổi\nCác liều lượng dành cho trẻ em của vaccine Pfizer BioNTech ngừa COVID-19 dường như an toàn và hiệu quả gần 91% trong việc ngăn ngừa nhiễm bệnh có triệu chứng ở trẻ 5 đến 11 tuổi.'],
    ['en: a share and its hedged whole', 'Pfizer-BioNTech vaccine 90.7% effective in children aged 5-11\nThe Pfizer-BioNTech vaccine was 90.7% effective in a trial in children.', 'More evidence backs Pfizer shots for children aged 5 to 11\nPfizer-BioNTech child doses of the COVID-19 vaccine appear safe and nearly 91% effective at preventing symptomatic infection in children aged 5 to 11.'],
  ])('%s', (_why, a, b) => {
    expect(missing(a, b)).toEqual([])
  })

  it.each([
    ['vi: the hedged whole of another figure', 'Vaccine Pfizer-BioNTech hiệu quả 90,2% trên trẻ em từ 5-11 tuổi\nVaccine Pfizer-BioNTech hiệu quả 90,2% khi thử nghiệm trên trẻ em.', 'Thêm bằng chứng cho thấy nên tiêm vaccine Pfizer cho trẻ em từ 5 đến 11 tuổi\nCác liều lượng dành cho trẻ em của vaccine Pfizer BioNTech ngừa COVID-19 dường như an toàn và hiệu quả gần 91% trong việc ngăn ngừa nhiễm bệnh có triệu chứng ở trẻ 5 đến 11 tuổi.', ['90,2%', '91%']],
    ['en: an unhedged whole claims the figure exactly', 'Pfizer-BioNTech vaccine 90.7% effective in children aged 5-11\nThe Pfizer-BioNTech vaccine was 90.7% effective in a trial in children.', 'More evidence backs Pfizer shots for children aged 5 to 11\nPfizer-BioNTech child doses of the COVID-19 vaccine appear safe and 91% effective at preventing symptomatic infection in children aged 5 to 11.', ['90.7%']],
    // review rdates34 row 1: two figures of two subjects, or a rounding that changes the value, are two facts
    ['vi: two subjects, a hedged whole far from the figure', 'Lạm phát năm nay ở mức 3,4%.', 'Tăng trưởng tín dụng đạt khoảng 3%.', ['3,4%', '3%']],
    ['vi: two subjects, the figure rounds to the whole', 'Lạm phát năm nay ở mức 3,02%.', 'Tăng trưởng tín dụng đạt khoảng 3%.', ['3,02%', '3%']],
    ['en: two subjects, a hedged whole far from the figure', 'Sales rose 2.5% in the quarter.', 'Inflation was about 3% last month.', ['2.5%', '3%']],
    ['en: two subjects, the figure rounds to the whole', 'Sales rose 2.98% in the quarter.', 'Inflation was about 3% last month.', ['2.98%', '3%']],
  ])('trap: %s', (_why, a, b, want) => {
    expect(missing(a, b)).toEqual(expect.arrayContaining(want))
  })

  // 0,5 km / khoảng 1 km: not one figure; unlinked each is missing, in one slot they contradict (Math.round(0.5) is 1)
  it.each([
    ['vi: unlinked', 'Vết dầu loang dài 0,5 km trên sông.', 'Khu vực bị ô nhiễm khoảng 1 km.'],
    ['vi: one slot', 'Vết dầu loang dài 0,5 km trên sông.', 'Vết dầu loang dài khoảng 1 km trên sông.'],
    ['en: unlinked', 'The oil slick stretched 0.5 km along the river.', 'The polluted zone is about 1 km.'],
    ['en: one slot', 'The oil slick stretched 0.5 km along the river.', 'The oil slick stretched about 1 km along the river.'],
  ])('trap: a rounding that doubles the figure, %s', (_why, a, b) => {
    const told = compare(a, b).divergences.filter((d) => d.factType === 'number' || d.kind === 'number')
    expect(told.length).toBeGreaterThan(0)
  })
})
