/**
 * A Slavic name romanised by another language's rules is one name: an equivalence where the two
 * sentences are linked, never `missing` where they are not (issue 11 point 2).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const BASE_EN = 'The council met on Monday to discuss the budget for next year. Officials said the vote would be held soon.'
const BASE_VI = 'Hội đồng họp hôm thứ Hai để bàn ngân sách năm tới. Các quan chức cho biết cuộc bỏ phiếu sẽ sớm diễn ra.'

const nameFindings = (a: string, b: string): string[] => {
  const r = compare(a, b)
  return [
    ...r.divergences.filter((d) => d.kind === 'name' || (d.kind === 'missing' && d.factType === 'name')).map((d) => `${d.kind}:${d.a?.text ?? ''}|${d.b?.text ?? ''}`),
    ...r.equivalences.filter((e) => e.reason === 'transliteration').map((e) => `transliteration:${e.a.text}|${e.b.text}`),
  ]
}

describe('a Slavic name in two romanisations', () => {
  it.each([
    ['en: linked, Ukrainian -yy', `${BASE_EN} The council heard Zelensky on Friday.`, `${BASE_EN} The council heard Zelenskyy on Friday.`, ['transliteration:Zelensky|Zelenskyy']],
    ['en: linked, German w', `${BASE_EN} The council heard Lavrov on Friday.`, `${BASE_EN} The council heard Lawrow on Friday.`, ['transliteration:Lavrov|Lawrow']],
    ['en: unlinked, never missing', `${BASE_EN} Later that week, the talks with Lavrov ended without a deal in the capital.`, `${BASE_EN} Foreign Minister Lawrow told reporters that nothing had been agreed.`, []],
    ['en / de: the surname alone against the whole name', `${BASE_EN} Later that week, the talks with Lavrov ended without a deal in the capital.`, `${BASE_EN} Sergej Lawrow told reporters that nothing had been agreed.`, []],
    ['vi: unlinked, never missing', `${BASE_VI} Cuối tuần, cuộc đàm phán với Lavrov kết thúc mà không có thỏa thuận.`, `${BASE_VI} Ngoại trưởng Lawrow nói với phóng viên rằng chưa có gì được thống nhất.`, []],
    ['vi: linked', `${BASE_VI} Ông Zelensky phát biểu trước hội đồng.`, `${BASE_VI} Ông Zelenskyy phát biểu trước hội đồng.`, ['transliteration:Zelensky|Zelenskyy']],
    // traps: another person sharing the surname's root, another surname
    ['en trap: his wife is another person', `${BASE_EN} The council heard Zelensky on Friday.`, `${BASE_EN} The council heard Zelenska on Friday.`, ['name:Zelensky|Zelenska']],
    ['en trap: another surname', `${BASE_EN} The council heard Peskov on Friday.`, `${BASE_EN} The council heard Petrov on Friday.`, ['missing:Peskov|', 'missing:|Petrov']],
  ])('%s', (_why, a, b, findings) => {
    expect(nameFindings(a, b)).toEqual(findings)
  })
})
