/**
 * names51: *Joseph. F. Durfort Jr.* / *Joseph F Durford, Jr* (IndoSum): one report glues the
 * suffix to the name, the other sets it off after a comma, so one side read *Durfort Jr* and the
 * pair was two names, each `missing`. A suffix only one side carries is now left out of the
 * comparison; Sr against Jr stays two people.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { loneSuffixDropped } from '../../../../src/diverge/match/names/name-suffixes'

const flags = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text ?? null, d.b?.text ?? null])

describe('a generational suffix only one report carries', () => {
  it.each([
    ['Durfort Jr', 'Joseph F Durford', ['Durfort', 'Joseph F Durford']],
    ['Joseph F Durford', 'Durfort Jr.', ['Joseph F Durford', 'Durfort']],
    ['Ken Griffey Sr', 'Ken Griffey Jr', ['Ken Griffey Sr', 'Ken Griffey Jr']],
    ['Henry Ford II', 'Henry Ford III', ['Henry Ford II', 'Henry Ford III']],
    ['Durfort', 'Durford', ['Durfort', 'Durford']],
    // a suffix alone is no name to drop to
    ['Jr', 'Joseph', ['Jr', 'Joseph']],
    // a word that only ends like a suffix is kept (Junior, Fontaine IV… not Driv)
    ['Lee Junior', 'Lee', ['Lee Junior', 'Lee']],
  ])('%s / %s → %j', (a, b, expected) => {
    expect(loneSuffixDropped(a, b)).toEqual(expected)
  })

  it.each([
    ['id', 'Gatot memenuhi undangan Panglima Angkatan Bersenjata AS Jenderal Joseph. F. Durfort Jr. dalam acara Chiefs of Defence Conference di Washington.', 'Gatot dijadwalkan pergi ke AS memenuhi undangan Panglima Angkatan Bersenjata AS Jenderal Joseph F Durford, Jr. dalam acara Chiefs of Defence Conference.'],
    ['en', 'Gatot was invited by the US Chairman of the Joint Chiefs, General Joseph. F. Durfort Jr. to the Chiefs of Defence Conference in Washington.', 'Gatot was due to fly to the US at the invitation of the Chairman of the Joint Chiefs, General Joseph F Durford, Jr. for the Chiefs of Defence Conference.'],
    ['vi', 'Ông Gatot được Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ, Đại tướng Joseph. F. Durfort Jr. mời dự hội nghị Chiefs of Defence Conference tại Washington.', 'Ông Gatot dự kiến sang Mỹ theo lời mời của Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ, Đại tướng Joseph F Durford, Jr. để dự hội nghị Chiefs of Defence Conference.'],
  ])('%s: Durfort Jr / Joseph F Durford, Jr is one general respelt', (_lang, a, b) => {
    const found = flags(a, b)
    expect(found.some(([x, y]) => x?.includes('Durfort') && y?.includes('Durford'))).toBe(true)
  })

  it.each([
    // father and son, in sentences of two statements: each report names its own, no respelling
    ['en', 'Ken Griffey Sr. played for the Reds in the 1970s.', 'The club honoured Ken Griffey Jr. with a statue outside the stadium.'],
    ['vi', 'Ken Griffey Sr. chơi cho Reds trong thập niên 1970.', 'Câu lạc bộ dựng tượng Ken Griffey Jr. bên ngoài sân vận động.'],
    ['id', 'Ken Griffey Sr. bermain untuk Reds pada 1970-an.', 'Klub mendirikan patung Ken Griffey Jr. di luar stadion.'],
  ])('%s: Sr / Jr stay two people', (_lang, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
