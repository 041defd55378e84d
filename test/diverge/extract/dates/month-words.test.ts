import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

/** Each date of the text as "text = month/year". */
const months = (text: string): string[] => extractDates(text).map((d) => `${d.text} = ${d.day ?? '-'}/${d.month ?? '-'}/${d.year ?? '-'}`)

describe('a month without a day after its preposition is a date of month precision', () => {
  it.each([
    ['ru: prepositional month', 'В феврале завод закрылся.', ['феврале = -/2/-']],
    ['ru: with its year', 'В марте 2019 года SEC обвинила компанию.', ['марте 2019 года = -/3/2019']],
    ['de: im and a capitalised month', 'Das Werk wurde im Februar geschlossen.', ['Februar = -/2/-']],
    ['es: en, de and a year', 'La planta cerró en marzo de 2019.', ['marzo de 2019 = -/3/2019']],
    ['fr: en and a year', "L'usine a fermé en mars 2019.", ['mars 2019 = -/3/2019']],
    ['pt: em', 'A fábrica fechou em fevereiro.', ['fevereiro = -/2/-']],
    ['pl: locative month and r.', 'Zakład zamknięto w lutym 2019 r.', ['lutym 2019 r = -/2/2019']],
    ['id: pada and a capitalised month', 'Pabrik itu ditutup pada Maret 2019.', ['Maret 2019 = -/3/2019']],
    // traps: no preposition, or a month word in the wrong case
    ['es: Plaza de Mayo is a name', 'Marcharon en la Plaza de Mayo.', []],
    ['es: a capitalised month word after en is a name', 'Vive en Mayo, un pueblo.', []],
    ['fr: Mars the planet', 'La sonde est arrivée en orbite autour de Mars.', []],
    ['de: a month word without im', 'August Müller sagte das am Montag.', []],
    ['ru: a month word after another preposition', 'Отчёт о мае был опубликован.', []],
  ])('%s', (_name, text, expected) => {
    expect(months(text)).toEqual(expected)
  })
})

describe('one event dated to a month in two reports', () => {
  it.each([
    ['ru: февраль / март 2019', 'В феврале 2019 года SEC обвинила компанию в мошенничестве.', 'В марте 2019 года SEC обвинила компанию в мошенничестве.', ['феврале 2019 года | марте 2019 года']],
    ['de: Februar / März', 'Das Werk wurde im Februar geschlossen, teilte die Firma mit.', 'Das Werk wurde im März geschlossen, teilte die Firma mit.', ['Februar | März']],
    ['es: febrero / marzo', 'La planta cerró en febrero, informó la empresa.', 'La planta cerró en marzo, informó la empresa.', ['febrero | marzo']],
    ['en: February / March (as before)', 'The plant closed in February, the company said.', 'The plant closed in March, the company said.', ['February | March']],
    ['vi: tháng 2 / tháng 3 (as before)', 'Nhà máy đóng cửa hồi tháng 2, công ty cho biết.', 'Nhà máy đóng cửa vào tháng 3, công ty cho biết.', ['tháng 2 | tháng 3']],
  ])('%s: flagged', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })

  it.each([
    ['ru: a month against a day inside it', 'Завод закрыли в марте 2019 года, сообщила компания.', 'Завод закрыли 15 марта 2019 года, сообщила компания.'],
    ['vi: a month against a day inside it', 'Nhà máy đóng cửa vào tháng 3 năm 2019, công ty cho biết.', 'Nhà máy đóng cửa ngày 15/3/2019, công ty cho biết.'],
    ['ru: two months of two clauses', 'В марте его избрали мэром, а в феврале завод закрылся.', 'В феврале завод закрылся, а в марте его избрали мэром.'],
    ['de: two months of two clauses', 'Im März wurde er gewählt; im Februar schloss das Werk.', 'Im Februar schloss das Werk, und im März wurde er gewählt.'],
    ['en: May the verb, March the verb', 'They may march on the capital on Friday, officials said.', 'They will March on the capital on Friday, officials said.'],
    ['vi: tháng as a duration is no month', 'Dự án kéo dài 3 tháng, công ty cho biết.', 'Dự án kéo dài 3 tháng và hoàn thành vào tháng 5, công ty cho biết.'],
  ])('%s: not flagged', (_name, a, b) => {
    expect(figureFlags(a, b, ['date'])).toEqual([])
  })

  it('ru: a month against a day inside it is listed as one date', () => {
    const report = compare('Завод закрыли в марте 2019 года, сообщила компания.', 'Завод закрыли 15 марта 2019 года, сообщила компания.')
    expect(report.equivalences.map((e) => `${e.a.text} | ${e.b.text}: ${e.reason}`)).toEqual(['марте 2019 года | 15 марта 2019: date-format'])
  })
})
