import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'
import { compare } from '../../../../src'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

/** Each clock time of the text as "text = hh:mm". */
function clocks(text: string): string[] {
  const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return extractDates(text).filter((d) => d.minutes !== undefined).map((d) => `${d.text} = ${hhmm(d.minutes!)}`)
}

describe('a clock time written with an hour word or after a clock preposition', () => {
  it.each([
    ['de: an hour before Uhr', 'Das Feuerwerk begann um 21 Uhr.', ['21 Uhr = 21:00']],
    ['de: minutes after Uhr', 'Das Feuerwerk begann um 20 Uhr 30.', ['20 Uhr 30 = 20:30']],
    ['fr: à and heures', "Le feu d'artifice a commencé à 20 heures.", ['20 heures = 20:00']],
    ['fr: minutes after heures', "Le feu d'artifice a commencé à 20 heures 30.", ['20 heures 30 = 20:30']],
    ['es: a las and a dotted clock with horas', 'El espectáculo comenzó a las 20.30 horas.', ['20.30 horas = 20:30']],
    ['es: a las and an hour of the night', 'El espectáculo comenzó a las 9 de la noche.', ['9 de la noche = 21:00']],
    ['pl: o and a dotted clock', 'Spektakl rozpoczął się o 20.30.', ['20.30 = 20:30']],
    ['ru: в and a dotted clock', 'Салют начался в 20.30, сообщила мэрия.', ['20.30 = 20:30']],
    ['fr: glued hour and minutes, one time (as before)', "Le feu d'artifice a commencé à 20h00.", ['20h00 = 20:00']],
    ['vi: giờ and minutes (as before)', 'Pháo hoa bắt đầu lúc 20 giờ 30.', ['20 giờ 30 = 20:30']],
    // traps: lengths of time, rates, decimals
    ['es: horas after a length', 'El concierto duró 20 horas.', []],
    ['fr: heures after a length', 'Le concert a duré 20 heures.', []],
    ['ru: a rate after в', 'Цены выросли в 2.50 раза.', []],
    ['pl: a percent after o', 'Ceny wzrosły o 20.30 procent.', []],
    ['en: a decimal with no clock preposition', 'Shares closed at 20.30 on Friday.', []],
  ])('%s', (_name, text, expected) => {
    expect(clocks(text)).toEqual(expected)
  })
})

describe('one instant in two forms, one start at two hours', () => {
  it.each([
    ['de: 20.30 Uhr / 20 Uhr 30', 'Das Feuerwerk begann um 20.30 Uhr, teilte die Stadt mit.', 'Das Feuerwerk begann um 20 Uhr 30, teilte die Stadt mit.'],
    ['fr: 20 heures / 20h00', "Le feu d'artifice a commencé à 20 heures, selon la mairie.", "Le feu d'artifice a commencé à 20h00, selon la mairie."],
    ['ru: 20.30 / 20:30', 'Салют начался в 20.30, сообщила мэрия.', 'Салют начался в 20:30, сообщила мэрия.'],
    ['en/fr: 8:30 p.m. / 20h30', 'The fireworks began at 8:30 p.m., the city said.', "The fireworks began at 20h30, the city said."],
    ['vi: 8 giờ 30 tối / 20h30', 'Pháo hoa bắt đầu lúc 8 giờ 30 tối, thành phố cho biết.', 'Pháo hoa bắt đầu lúc 20h30, thành phố cho biết.'],
  ])('%s: an equivalence, no flag', (_name, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
    expect(compare(a, b).equivalences.map((e) => e.reason)).toEqual(['date-format'])
  })

  it.each([
    ['es: 20.30 horas / 21.30 horas', 'El espectáculo comenzó a las 20.30 horas, según el ayuntamiento.', 'El espectáculo comenzó a las 21.30 horas, según el ayuntamiento.', ['20.30 horas | 21.30 horas']],
    ['pl: 20.30 / 21.30', 'Spektakl rozpoczął się o 20.30, poinformował ratusz.', 'Spektakl rozpoczął się o 21.30, poinformował ratusz.', ['20.30 | 21.30']],
    ['vi: 8 giờ 30 tối / 21h30 (as before)', 'Pháo hoa bắt đầu lúc 8 giờ 30 tối, thành phố cho biết.', 'Pháo hoa bắt đầu lúc 21h30, thành phố cho biết.', ['8 giờ 30 tối | 21h30']],
  ])('%s: flagged', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})
