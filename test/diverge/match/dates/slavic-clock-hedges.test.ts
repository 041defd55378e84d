/**
 * A hedge on a clock time in Polish and Czech (*około godziny 21:30*, *ok. 21.40*, *kolem 21.30*) reaches
 * as *about* and *khoảng* do (reasons/clock-rounding.ts): ten minutes apart under two hedges is one instant told
 * loosely, an hour apart is another time. A dotted time after a hedge or before *hodin* is a clock (extract/dates/
 * clock-words.ts), and so is a dotted time before *p.m.*; a dotted price (*12.50 za sztukę*) is not.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

const reasons = (a: string, b: string): string[] => compare(a, b).equivalences.map((e) => e.reason)

describe('two hedged clock times an hour apart: flagged', () => {
  it.each([
    ['pl: około godziny 21:30 / około 22.30', 'Do zdarzenia doszło około godziny 21:30 na ulicy Lwowskiej.', 'Do zdarzenia doszło około 22.30 na ulicy Lwowskiej.', ['21:30 | 22.30']],
    ['pl: ok. 21.30 / ok. 22.30', 'Pożar wybuchł ok. 21.30 w centrum miasta.', 'Pożar wybuchł ok. 22.30 w centrum miasta.', ['21.30 | 22.30']],
    ['cs: kolem 21.30 / ve 22.30 hodin', 'Útok se stal kolem 21.30 v centru Prahy.', 'Útok se stal ve 22.30 hodin v centru Prahy.', ['21.30 | 22.30 hodin']],
    ['en: about 9:30 p.m. / around 10.30 p.m.', 'The attack happened at about 9:30 p.m. on Main Street.', 'The attack happened around 10.30 p.m. on Main Street.', ['9:30 p.m. | 10.30 p.m.']],
    ['vi: khoảng 21h30 / khoảng 22h30 (as before)', 'Vụ việc xảy ra khoảng 21h30 trên phố Huế.', 'Vụ việc xảy ra khoảng 22h30 trên phố Huế.', ['21h30 | 22h30']],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('two clock times ten minutes apart under a hedge: one instant, an approximation', () => {
  it.each([
    ['pl: około godziny 21:30 / ok. 21.40', 'Do zdarzenia doszło około godziny 21:30 na ulicy Lwowskiej.', 'Do zdarzenia doszło ok. 21.40 na ulicy Lwowskiej.'],
    ['pl: około 21:30 / około 21:40', 'Do zdarzenia doszło około 21:30 na ulicy Lwowskiej.', 'Do zdarzenia doszło około 21:40 na ulicy Lwowskiej.'],
    ['pl: o 21:30 / około 21:40', 'Do zdarzenia doszło o 21:30 na ulicy Lwowskiej.', 'Do zdarzenia doszło około 21:40 na ulicy Lwowskiej.'],
    ['cs: kolem 21.30 / kolem 21.40 hodin', 'Útok se stal kolem 21.30 v centru Prahy.', 'Útok se stal kolem 21.40 hodin v centru Prahy.'],
    ['en: about 9:30 p.m. / around 9:40 p.m. (as before)', 'The fire broke out at about 9:30 p.m. in central Warsaw.', 'The fire broke out at around 9:40 p.m. in central Warsaw.'],
    ['vi: khoảng 21h30 / khoảng 21h40 (as before)', 'Vụ việc xảy ra khoảng 21h30 trên phố Huế.', 'Vụ việc xảy ra khoảng 21h40 trên phố Huế.'],
  ])('%s', (_name, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
    expect(reasons(a, b)).toEqual(['approximation'])
  })
})

describe('one time in two forms: no flag', () => {
  it.each([
    ['pl: o godzinie 21.30 / o 21:30', 'Do zdarzenia doszło o godzinie 21.30 na ulicy Lwowskiej.', 'Do zdarzenia doszło o 21:30 na ulicy Lwowskiej.'],
    ['en: 9:30 p.m. / 9.30 p.m.', 'The attack happened at 9:30 p.m. on Main Street.', 'The attack happened at 9.30 p.m. on Main Street.'],
  ])('%s', (_name, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
    expect(reasons(a, b)).toEqual(['date-format'])
  })
})

describe('traps', () => {
  it('pl: exact times ten minutes apart stay two (as before)', () => {
    expect(figureFlags('Do zdarzenia doszło o 21:30 na ulicy Lwowskiej.', 'Do zdarzenia doszło o 21:40 na ulicy Lwowskiej.')).toEqual(['21:30 | 21:40'])
  })

  // rpolish58's review: after a hedge a dotted figure before a unit, a currency or a multiplier is an amount
  it.each([
    ['pl: millions of euro', 'Na budowę przeznaczono około 2.45 mln euro, podał urząd w Krakowie.', 'Na budowę przeznaczono około 2.55 mln euro, podał urząd w Krakowie.', ['2.45 mln euro | 2.55 mln euro']],
    ['hr: kuna', 'Cijena je porasla na oko 12.50 kuna po litri, objavila je Ina u Zagrebu.', 'Cijena je porasla na oko 12.40 kuna po litri, objavila je Ina u Zagrebu.', ['12.50 kuna | 12.40 kuna']],
    ['cs: dolaru', 'Akcie stála kolem 12.40 dolaru, uvedla burza v Praze.', 'Akcie stála kolem 12.50 dolaru, uvedla burza v Praze.', ['12.40 dolaru | 12.50 dolaru']],
    ['pl: metres', 'Fala miała około 2.30 m wysokości, podali ratownicy w Gdańsku.', 'Fala miała około 2.50 m wysokości, podali ratownicy w Gdańsku.', ['2.30 m | 2.50 m']],
    ['pl: litres', 'Ranny mężczyzna stracił około 1.20 litra krwi, podali lekarze w Krakowie.', 'Ranny mężczyzna stracił około 1.50 litra krwi, podali lekarze w Krakowie.', ['1.20 litra | 1.50 litra']],
    ['en: about 9.30 million (as before)', 'The project will cost about 9.30 million euros, the city said.', 'The project will cost about 9.40 million euros, the city said.', ['9.30 million euros | 9.40 million euros']],
  ])('%s: an amount, no clock time', (_name, a, b, expected) => {
    expect(compare(a, b).divergences.map((d) => d.kind)).toEqual(['number'])
    expect(figureFlags(a, b)).toEqual(expected)
  })

  it.each([
    ['pl: a dotted price after około', 'Cena wynosi około 12.50 za sztukę w sklepie.', 'Cena wynosi około 14.50 za sztukę w sklepie.'],
    ['en: a dotted decimal after about', 'Shares rose about 20.30 percent on Friday.', 'Shares rose about 21.30 percent on Friday.'],
  ])('%s: a number, no clock time', (_name, a, b) => {
    expect(compare(a, b).divergences.map((d) => d.kind)).toEqual(['number'])
  })
})
