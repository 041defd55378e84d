/**
 * rpolish58's review of the Slavic case endings (normalize/slavic-endings.ts): a hard stem with -ia is a country beside
 * its man or people (Kolumb / Kolumbia, Norweg / Norwegia), and a hyphen after a name that is no acronym (Hyun-a) is
 * no case — neither pair is one name in two cases, in a Polish report or any other.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const caseJoined = (a: string, b: string): string[] =>
  compare(a, b).equivalences.filter((e) => e.reason === 'case-ending').map((e) => `${e.a!.text} | ${e.b!.text}`)

describe('two different names are not joined as one name in two cases', () => {
  it.each([
    ['pl: Columbus / Colombia', 'Wystawa o tym, jak Kolumb dotarł do Ameryki, otwarta została w Warszawie we wtorek.', 'Wystawa o tym, jak Kolumbia dotarła do Ameryki, otwarta została w Warszawie we wtorek.'],
    ['pl: Algiers / Algeria', 'Stolica to Algier, powiedział minister w Warszawie podczas konferencji prasowej.', 'Stolica to Algieria, powiedział minister w Warszawie podczas konferencji prasowej.'],
    ['pl: a Norwegian / Norway', 'Wyścig wygrał Norweg, a drugie miejsce zajął Polak, podali organizatorzy.', 'Wyścig wygrała Norwegia, a drugie miejsce zajął Polak, podali organizatorzy.'],
    ['pl: a Belgian / Belgium', 'Wyścig wygrał Belg, a drugie miejsce zajął Polak, podali organizatorzy.', 'Wyścig wygrała Belgia, a drugie miejsce zajął Polak, podali organizatorzy.'],
    ['pl: Hyun-a / Hyun', 'Spotkanie z Hyun-a odbyło się w Seulu, podała agencja Yonhap w środę.', 'Spotkanie z Hyun odbyło się w Seulu, podała agencja Yonhap w środę.'],
    ['en: Kolumb / Kolumbia (as before)', 'The exhibition on how Kolumb reached America opened in Warsaw on Tuesday.', 'The exhibition on how Kolumbia reached America opened in Warsaw on Tuesday.'],
    ['vi: Kolumb / Kolumbia (as before)', 'Triển lãm về Kolumb đến châu Mỹ đã khai mạc tại Warszawa hôm thứ Ba.', 'Triển lãm về Kolumbia đến châu Mỹ đã khai mạc tại Warszawa hôm thứ Ba.'],
  ])('%s', (_name, a, b) => {
    expect(caseJoined(a, b)).toEqual([])
  })

  it.each([
    ['pl: PiS / PiS-u', 'Posłowie PiS głosowali przeciw ustawie, podała agencja PAP w środę.', 'Posłowie PiS-u głosowali przeciw ustawie, podała agencja PAP w środę.'],
  ])('still one name: %s', (_name, a, b) => {
    expect(caseJoined(a, b).length).toBe(1)
  })
})
