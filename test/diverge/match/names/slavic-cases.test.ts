import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// polish57: in a Polish, Czech or Croatian report one name in two cases is an equivalence, no second spelling; a respelt
// stem is still flagged, and the same ending pair in an English or Vietnamese report stays a flag. Two countries a
// letter apart (Iran / Iraq, Iranu / Iraku) are no name respelt in any language.
const rows: readonly (readonly [string, string, string, string])[] = [
  ['pl: a genitive', 'equivalence', 'Rzecznik Donalda Trumpa powiedział w środę dziennikarzom, że sytuacja w regionie jest pod pełną kontrolą wojska.', 'Rzecznik Donald Trump powiedział w środę dziennikarzom, że sytuacja w regionie jest pod pełną kontrolą wojska.'],
  ['cs: a locative', 'equivalence', 'Jednání ministrů zahraničí se uskuteční ve čtvrtek v Praze a potrvá podle organizátorů celkem dva dny.', 'Jednání ministrů zahraničí hostí ve čtvrtek Praha a potrvá podle organizátorů celkem dva dny.'],
  ['hr: a locative', 'equivalence', 'Sastanak ministara vanjskih poslova održat će se u četvrtak u Zagrebu i trajat će dva dana, rekli su organizatori.', 'Sastanak ministara vanjskih poslova održat će se u četvrtak u Zagreb i trajat će dva dana, rekli su organizatori.'],
  ['pl: two countries in the genitive', 'nothing', 'Demonstranci zaatakowali w środę ambasadę Stanów Zjednoczonych w Bagdadzie, stolicy Iranu, podała agencja prasowa.', 'Demonstranci zaatakowali w środę ambasadę Stanów Zjednoczonych w Bagdadzie, stolicy Iraku, podała agencja prasowa.'],
  ['en: two countries', 'nothing', 'About 750 more US troops were sent to Iran on Wednesday after the embassy was stormed, officials said.', 'About 750 more US troops were sent to Iraq on Wednesday after the embassy was stormed, officials said.'],
  // traps: a real respelling in a Polish report, a Polish ending pair in English and Vietnamese reports
  ['pl trap: letters swapped in the stem', 'flag', 'Prezydent Donald Trump powiedział w środę dziennikarzom, że sytuacja w regionie jest pod pełną kontrolą wojska.', 'Prezydent Donald Turmp powiedział w środę dziennikarzom, że sytuacja w regionie jest pod pełną kontrolą wojska.'],
  ['en trap: Duda / Dudy is a respelling', 'flag', 'President Duda met the delegation on Wednesday at the palace in the capital, his office said in a statement.', 'President Dudy met the delegation on Wednesday at the palace in the capital, his office said in a statement.'],
  ['vi trap: Duda / Dudy is a respelling', 'flag', 'Tổng thống Duda đã tiếp đoàn đại biểu vào chiều thứ Tư tại dinh tổng thống ở thủ đô, văn phòng của ông cho biết.', 'Tổng thống Dudy đã tiếp đoàn đại biểu vào chiều thứ Tư tại dinh tổng thống ở thủ đô, văn phòng của ông cho biết.'],
]

const outcome = (a: string, b: string): string => {
  const report = compare({ text: a, source: 'A' }, { text: b, source: 'B' })
  if (report.divergences.some((d) => d.kind === 'name')) return 'flag'
  return report.equivalences.some((e) => e.reason === 'case-ending') ? 'equivalence' : 'nothing'
}

describe('names in two grammatical cases of a Slavic report', () => {
  it.each(rows)('%s: %s', (_why, expected, a, b) => {
    expect(outcome(a, b)).toBe(expected)
  })
})
