/**
 * One person's age against their year of birth or another age (match/numbers/person-ages.ts,
 * reasons/age-year.ts): *SN 1976* / *46 tuổi* in August 2022 is one fact written two ways (the
 * AbMuSu golds' equivalents), never two `missing` facts, when told of one full name alike but for
 * its tone marks. An impossible pair is no contradiction (withdrawn after review rage53: a name
 * alone does not tell one person from a namesake); it stays two `missing` facts. Traps: two people's ages (IndoSum's *Lucas Moura berusia 25 tahun*
 * / *Mahrez berusia 26 tahun*), an age at another moment, a thing's age, a counted span of years,
 * a report with no publication day.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// the age-year equivalences, the number contradictions and any number or date reported missing
const read = (a: string, b: string, day: string | null = '2022-08-29'): string[] => {
  const published = day ?? undefined
  const r = compare({ text: a, published }, { text: b, published })
  return [
    ...r.equivalences.filter((e) => e.reason === 'age-year').map((e) => `same ${e.a.text} | ${e.b.text}`),
    ...[...r.divergences, ...r.candidates].filter((d) => d.kind === 'number').map((d) => `conflict ${d.a?.text} | ${d.b?.text}`),
    ...r.divergences.filter((d) => d.kind === 'missing' && (d.factType === 'number' || d.factType === 'date')).map((d) => `missing ${(d.a ?? d.b)!.text}`),
  ]
}

const vi = (who: string): string => `Chiều 29-8, người dân đã tìm thấy thi thể của ${who}, trú xã Thăng Phước.`
const en = (who: string): string => `Police said ${who} was arrested on Monday in Leeds after the crash.`
const id = (who: string): string => `Polisi menangkap ${who} di Jakarta pada Senin malam.`
const fr = (who: string): string => `La police a interpellé ${who} lundi à Lyon après l'accident.`
const ru = (who: string): string => `Полиция задержала ${who} в Москве в понедельник.`

describe('an age against a year of birth, one person', () => {
  it.each([
    ['vi: SN / tuổi (AbMuSu 93)', vi('ông Phan Tấn Nhân (SN 1976)'), vi('ông Phan Tấn Nhân (46 tuổi)'), ['same SN 1976 | 46 tuổi']],
    ['vi: sinh năm / tuổi, before the birthday', vi('anh Nguyễn Hà Phúc (sinh năm 1987)'), vi('anh Nguyễn Hà Phúc (34 tuổi)'), ['same sinh năm 1987 | 34 tuổi']],
    ['vi: tone marks only told apart', vi('anh Phạm Văn Hùng (SN 1985)'), vi('anh Pham Văn Hung (37 tuổi)'), ['same SN 1985 | 37 tuổi']],
    ['vi: the given name An is a name, not a bridge', vi('ông Nguyễn Văn An (SN 1976)'), vi('ông Nguyễn Văn An (46 tuổi)'), ['same SN 1976 | 46 tuổi']],
    ['vi: a bare (30) of Nguyễn Văn An', vi('anh Nguyễn Văn An (30)'), vi('anh Nguyễn Văn An (SN 1992)'), ['same 30 | SN 1992']],
    ['en: an age beside the year it was told at', 'John Smith, 86, died in 2000 at his home in Leeds, his family said.', 'John Smith, born in 1914, died at his home in Leeds, his family said.', ['same 86 | born in 1914', 'conflict in 2000 | in 1914'], '2000-05-01'],
    ['en: ", 45," / "born in"', en('John Smith, 45,'), en('John Smith, born in 1977,'), ['same 45 | born in 1977']],
    ['vi: a rank before the name (Tướng)', 'Tướng Nguyễn Nam Khánh sinh năm 1927 tại Bình Định.', 'Ông Nguyễn Nam Khánh (86 tuổi) từ trần tại Hà Nội.', ['same sinh năm 1927 | 86 tuổi'], '2013-10-22'],
    ['en: "45-year-old" before the name', en('45-year-old John Smith'), en('John Smith, born in 1976,'), ['same 45-year-old | born in 1976']],
    ['id: berusia / kelahiran', id('Budi Santoso (berusia 25 tahun)'), id('Budi Santoso, kelahiran 1997,'), ['same berusia 25 tahun | kelahiran 1997']],
    ['fr: âgé de / né en', fr('Jean Dupont, âgé de 45 ans,'), fr('Jean Dupont, né en 1977,'), ['same âgé de 45 ans | né en 1977']],
    ['ru: -летний / года рождения', ru('45-летнего Ивана Петрова'), ru('Ивана Петрова, 1977 года рождения,'), ['same 45-летнего | 1977 года рождения']],
  ])('%s', (_, a, b, expected, day = '2022-08-29') => {
    expect(read(a, b, day)).toEqual(expected)
  })

  it.each([
    ['vi', vi('ông Phan Tấn Nhân (SN 1960)'), vi('ông Phan Tấn Nhân (46 tuổi)'), ['missing 1960', 'missing 46 tuổi']],
    ['en', en('John Smith, 45,'), en('John Smith, born in 1960,'), ['missing 45', 'missing in 1960']],
    ['id', id('Budi Santoso (berusia 25 tahun)'), id('Budi Santoso, kelahiran 1990,'), ['missing 25 tahun', 'missing 1990']],
    ['fr', fr('Jean Dupont, âgé de 45 ans,'), fr('Jean Dupont, né en 1960,'), ['missing 45 ans', 'missing 1960']],
  ])('%s: an age the year of birth cannot give stays two missing facts (no contradiction drawn)', (_, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })

  it.each([
    ['vi', vi('Nguyễn Hà Phúc (SN 1987)'), vi('Nguyễn Hà Phúc (35 tuổi)')],
    ['en', en('John Smith, 45,'), en('John Smith, born in 1960,')],
    ['id', id('Budi Santoso (berusia 25 tahun)'), id('Budi Santoso, kelahiran 1997,')],
  ])('%s: with no publication day, neither the age nor the year of birth is missing (not judged either)', (_, a, b) => {
    expect(read(a, b, null)).toEqual([])
  })

  it('offsets index the caller\'s string, decomposed tone marks included', () => {
    const a = vi('ông Phan Tấn Nhân (SN 1976)').normalize('NFD')
    const b = vi('ông Phan Tấn Nhân (46 tuổi)')
    const e = compare({ text: a, published: '2022-08-29' }, { text: b, published: '2022-08-29' }).equivalences.find((x) => x.reason === 'age-year')!
    expect(a.slice(e.a.start, e.a.end)).toBe(e.a.text)
    expect(b.slice(e.b.start, e.b.end)).toBe('46 tuổi')
  })
})

describe('traps: no age-year finding', () => {
  it.each([
    ['vi: no publication day, the year not judged', vi('ông Phan Tấn Nhân (SN 1960)'), vi('ông Phan Tấn Nhân (46 tuổi)'), null],
    ['en: no publication day', en('John Smith, 45,'), en('John Smith, born in 1960,'), null],
    ['vi: two people (a father and his son)', vi('ông Phan Tấn Nhân (SN 1960)'), vi('anh Lê Văn Hùng (46 tuổi)'), '2022-08-29'],
    ['en: two people', en('John Smith, 45,'), en('Mary Jones, born in 1960,'), '2022-08-29'],
    ['id: two people', id('Budi Santoso (berusia 25 tahun)'), id('Andi Wijaya, kelahiran 1990,'), '2022-08-29'],
    ['fr: two people', fr('Jean Dupont, âgé de 45 ans,'), fr('Paul Martin, né en 1960,'), '2022-08-29'],
  ])('%s', (_, a, b, published) => {
    expect(read(a, b, published).filter((x) => x.startsWith('same') || x.startsWith('conflict'))).toEqual([])
  })

  it.each([
    ['en: an age at another moment', 'John Smith, born in 1960, joined the army at 20 and served in Iraq.', 'John Smith joined the army at 19, the ministry said.'],
    ['vi: an age at another moment', 'Ông Phan Tấn Nhân (SN 1960) nhập ngũ năm 20 tuổi.', 'Ông Phan Tấn Nhân nhập ngũ khi 18 tuổi.'],
    ['en: a thing\'s age', 'The 100-year-old building on Main Street collapsed, John Smith, born in 1960, said.', 'The 70-year-old building on Main Street collapsed, the city said.'],
    ['en: years counted in prison', 'John Smith, born in 1960, was sentenced to 45 years in prison.', 'John Smith was sentenced to 30 years in prison.'],
    ['vi: "phát sinh năm" (arose in) is no year of birth', 'Công ty Hoàng Long phát sinh năm 2014 khoản nợ lớn.', 'Công ty Hoàng Long (8 tuổi) nợ lớn.'],
    ['id: years counted in prison', 'Budi Santoso, kelahiran 1990, divonis 25 tahun penjara.', 'Budi Santoso divonis 20 tahun penjara.'],
    ['vi: a daughter\'s age beside her father\'s name', 'Ông Phan Tấn Nhân (SN 1976) dẫn con gái 9 tuổi ra sông.', 'Ông Phan Tấn Nhân dẫn con gái 12 tuổi ra sông.'],
  ])('%s', (_, a, b) => {
    expect(read(a, b).filter((x) => x.startsWith('same'))).toEqual([])
  })
})

// Review rage53: a name that is not the same whole name is no one person, a report's age beside
// another year is an age at that year, and an undated report is not judged by the other's year.
describe('review rows: namesakes and other moments stay two missing facts', () => {
  it.each([
    ['vi: two women named Thị Lan', vi('chị Nguyễn Thị Lan (SN 1990)'), vi('chị Trần Thị Lan (50 tuổi)'), ['missing 1990', 'missing 50 tuổi']],
    ['vi: two men named Văn Hùng', vi('anh Nguyễn Văn Hùng (SN 1990)'), vi('anh Trần Văn Hùng (50 tuổi)'), ['missing 1990', 'missing 50 tuổi']],
    ['vi: Hùng and Hưng are two people', vi('anh Nguyễn Văn Hùng (SN 1990)'), vi('anh Nguyễn Văn Hưng (50 tuổi)'), ['missing 1990', 'missing 50 tuổi']],
    ['vi: Nguyễn Văn An is no Nguyễn Văn A', vi('ông Nguyễn Văn An (45 tuổi)'), vi('ông Nguyễn Văn A (SN 1990)'), ['missing 45 tuổi', 'missing 1990']],
    ['vi: bare (45) of Nguyễn Văn An, impossible', vi('anh Nguyễn Văn An (45)'), vi('anh Nguyễn Văn An (SN 1990)'), ['missing 45', 'missing 1990']],
    ['en: two Smith Jr.s', en('John Smith Jr., born in 1990,'), en('Robert Smith Jr., 60,'), ['missing in 1990', 'missing 60']],
    ['en: Victim John Smith / Victim Mary Smith', 'Victim John Smith, born in 1990, was arrested on Monday in Leeds after the crash.', 'Victim Mary Smith, 60, was arrested on Monday in Leeds after the crash.', ['missing in 1990', 'missing 60']],
    ['vi: Trump / Melania Trump, no day', vi('ông Trump (SN 1946)'), vi('bà Melania Trump (52 tuổi)'), ['missing 1946', 'missing 52 tuổi'], null],
    ['en: Trump / Melania Trump, no day', en('Trump, born in 1946,'), en('Melania Trump, 52,'), ['missing in 1946', 'missing 52'], null],
    ['vi: anh Hùng / ông Nguyễn Văn Hùng, no day', vi('anh Hùng (SN 1990)'), vi('ông Nguyễn Văn Hùng (60 tuổi)'), ['missing 1990', 'missing 60 tuổi'], null],
    ['vi: two women named Thị Lan, no day', vi('chị Nguyễn Thị Lan (SN 1990)'), vi('chị Trần Thị Lan (50 tuổi)'), ['missing 1990', 'missing 50 tuổi'], null],
    ['vi: age at death (qua đời năm 2000)', 'Cụ Nguyễn Văn Tâm, 86 tuổi, qua đời năm 2000 tại quê nhà.', 'Cụ Nguyễn Văn Tâm sinh năm 1914 tại Nam Định.', ['missing 86 tuổi', 'missing năm 2000', 'missing năm 1914'], '2024-05-01'],
  ])('%s', (_, a, b, expected, day = '2022-08-29') => {
    expect(read(a, b, day)).toEqual(expected)
  })

  it('en: age at death (died in 2000) is not judged at the paper\'s year', () => {
    const out = read('John Smith, 86, died in 2000 at his home in Leeds, his family said.', 'John Smith, born in 1914, died at his home in Leeds, his family said.', '2024-05-01')
    expect(out).toContain('missing 86')
    expect(out.filter((x) => x.startsWith('same') || x.includes('| born in 1914'))).toEqual([])
  })

  it('en: one report undated, the other 2024: not judged by the other\'s year', () => {
    const r = compare({ text: en('John Smith, 45,') }, { text: en('John Smith, born in 1970,'), published: '2024-05-01' })
    expect(read(en('John Smith, 45,'), en('John Smith, born in 1970,'), null).length).toBe(0)
    expect(r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)).toEqual(['45', 'in 1970'])
    expect([...r.divergences, ...r.candidates].filter((d) => d.kind === 'number')).toEqual([])
  })

  it.each([
    ['vi: Huy/Duy respelt', vi('anh Phạm Đức Huy (31 tuổi)'), vi('anh Phạm Đức Duy (38 tuổi)'), 'conflict 31 tuổi | 38 tuổi'],
    ['en: Mohammed Ali / Muhammad Aly', en('Mohammed Ali, 30,'), en('Muhammad Aly, 34,'), 'conflict 30 | 34'],
  ])('%s: the pairer\'s own contradiction of two ages stands', (_, a, b, expected) => {
    expect(read(a, b)).toContain(expected)
  })
})

describe('two ages of one person', () => {
  it.each([
    ['en: told two years apart in one year', en('45-year-old John Smith'), en('52-year-old John Smith'), ['conflict 45-year-old | 52-year-old']],
    ['vi: told in sentences that share little', 'Ông Phan Tấn Nhân (46 tuổi) là chủ xe tải.', 'Chiều 29-8, thi thể ông Phan Tấn Nhân (52 tuổi) được tìm thấy ở sông Khang.', ['conflict 46 tuổi | 52 tuổi']],
  ])('%s', (_, a, b, expected) => {
    expect(read(a, b).filter((x) => x.startsWith('conflict'))).toEqual(expected)
  })

  it('trap: two ages told in papers two years apart (GVC: the warrant and the verdict)', () => {
    const r = compare({ text: 'Police charged 20-year-old Douglas Shine with the killing.', published: '2015-02-10' }, { text: 'A jury on Friday convicted 22-year-old Douglas Shine of the killing.', published: '2017-01-20' })
    expect([...r.divergences, ...r.candidates].filter((d) => d.kind === 'number')).toEqual([])
  })
})

describe('one name told the same age in many sentences', () => {
  it('is judged once: one equivalence, none of its mentions missing (review rage53: cost grew with every pair)', () => {
    const n = 60
    const a = Array.from({ length: n }, (_, i) => `On day ${i + 1} the court heard that John Smith, 45, spoke about item ${i * 7 + 3}.`).join(' ')
    const b = Array.from({ length: n }, (_, i) => `On day ${i + 1} the hearing was told that John Smith, born in 1977, talked about matter ${i * 7 + 3}.`).join(' ')
    const out = read(a, b)
    expect(out.filter((x) => x.startsWith('same'))).toEqual(['same 45 | born in 1977'])
    expect(out.filter((x) => x === 'missing 45' || x === 'missing in 1977')).toEqual([])
  })
})
