/**
 * A range one report gives and the other never states is one missing fact, not its ends:
 * "2" of "2-3 năm" or "21" of "từ 21 đến 27/10" says nothing read alone (issue 11: only facts a
 * reader would miss are `missing`, never fragments). Sentences after VietnameseMDS clusters 96 and
 * 98 (different outlets on Sharapova and Nadal) and English forms of the same ranges.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missing = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('a range the other report never states is missing whole', () => {
  it.each([
    ['vi, a range of years', 'Cô sẽ phải tạm xa quần vợt từ 2-3 năm.', 'Cô nghỉ thi đấu vì chấn thương.', '2-3 năm'],
    ['vi, a range of days in words', 'Giải Swiss diễn ra từ 21 đến 27/10 tới.', 'Nadal rút khỏi giải đấu ở Thụy Sĩ.', '21 đến 27/10'],
    ['vi, a range of amounts', 'Giá vàng dao động từ 80.000 – 100.000 đồng/lượng.', 'Giá vàng giảm mạnh trong phiên sáng.', '80.000 – 100.000 đồng/lượng'],
    ['en, a range of years', 'She will be away from tennis for 2-3 years.', 'She is out with a shoulder injury.', '2-3 years'],
    ['en, a range of days sharing a month', 'The tournament runs Oct. 21 to 27 in Basel.', 'Nadal withdrew from the tournament in Basel.', 'Oct. 21 to 27'],
  ])('%s', (_why, a, b, range) => {
    expect(missing(a, b)).toContain(range)
  })

  it.each([
    ['vi, the lone first end', 'Cô sẽ phải tạm xa quần vợt từ 2-3 năm.', 'Cô nghỉ thi đấu vì chấn thương.', '2'],
    ['vi, the lone first day', 'Giải Swiss diễn ra từ 21 đến 27/10 tới.', 'Nadal rút khỏi giải đấu ở Thụy Sĩ.', '21'],
    ['en, the lone last day', 'The tournament runs Oct. 21 to 27 in Basel.', 'Nadal withdrew from the tournament in Basel.', '27'],
  ])('%s is no fact of its own', (_why, a, b, end) => {
    expect(missing(a, b)).not.toContain(end)
  })
})

describe('a range stated in part', () => {
  it.each([
    ['vi', 'Cô sẽ phải tạm xa quần vợt từ 2-3 năm.', 'Cô có thể nghỉ thi đấu 3 năm.'],
    ['en', 'She will be away from tennis for 2-3 years.', 'She may be away for 3 years.'],
  ])('%s: its bare first end is not missing', (_why, a, b) => {
    expect(missing(a, b)).toEqual([])
  })

  it.each([
    ['vi', 'Trọng lượng từ 1,45 kg tới 1,7 kg.', 'Máy nặng 1,45 kg.', '1,7 kg'],
    ['en', 'It weighs from 1.45 kg to 1.7 kg.', 'The laptop weighs 1.45 kg.', '1.7 kg'],
  ])('%s: an end with its unit is still missing on its own', (_why, a, b, end) => {
    expect(missing(a, b)).toContain(end)
  })
})
