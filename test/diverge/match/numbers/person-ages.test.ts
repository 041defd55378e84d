/**
 * One person's age against their year of birth or another age (match/numbers/person-ages.ts,
 * reasons/age-year.ts): *SN 1976* / *46 tuổi* in August 2022 is one fact written two ways (the
 * AbMuSu and ViMs golds' equivalents), never two `missing` facts; an impossible pair told of one
 * full name is a contradiction. Traps: two people's ages (IndoSum's *Lucas Moura berusia 25 tahun*
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
    ['vi: a respelt family name (ViMs 7)', vi('anh Phạm Đức Huy (SN 1985)'), vi('anh Phan Đức Huy (37 tuổi)'), ['same SN 1985 | 37 tuổi']],
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
    ['vi', vi('ông Phan Tấn Nhân (SN 1960)'), vi('ông Phan Tấn Nhân (46 tuổi)'), ['conflict SN 1960 | 46 tuổi']],
    ['en', en('John Smith, 45,'), en('John Smith, born in 1960,'), ['conflict 45 | born in 1960']],
    ['id', id('Budi Santoso (berusia 25 tahun)'), id('Budi Santoso, kelahiran 1990,'), ['conflict berusia 25 tahun | kelahiran 1990']],
    ['fr', fr('Jean Dupont, âgé de 45 ans,'), fr('Jean Dupont, né en 1960,'), ['conflict âgé de 45 ans | né en 1960']],
  ])('%s: an age the year of birth cannot give is a contradiction', (_, a, b, expected) => {
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

  it.each([
    ['id: two players\' ages (IndoSum)', 'Lucas Moura berusia 25 tahun dan bermain di Tottenham sejak musim lalu.', 'Riyad Mahrez berusia 26 tahun dan bermain di Tottenham sejak musim lalu.'],
    ['en: two people\'s ages in linked sentences', 'Police said John Smith, 45, was arrested on Monday in Leeds.', 'Police said Mary Jones, 52, was arrested on Monday in Leeds.'],
    ['vi: two people\'s ages in linked sentences', 'Công an đã bắt giữ Nguyễn Văn Hùng (45 tuổi) tại Hà Nội.', 'Công an đã bắt giữ Trần Thị Lan (52 tuổi) tại Hà Nội.'],
  ])('%s: no contradiction', (_, a, b) => {
    expect(read(a, b).filter((x) => x.startsWith('conflict'))).toEqual([])
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
