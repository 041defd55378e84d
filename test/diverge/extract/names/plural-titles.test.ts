import { describe, it, expect } from 'vitest'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'
import { figureFlags } from '../../../helpers'
import { compare } from '../../../../src'

const names = (s: string): Array<[string, string | undefined]> => extractNames(s, tokenize(s), []).map((n) => [n.text, n.title])

// alarms50 (BASIL's one judged false flag): "Justices Kennedy and Samuel A. Alito Jr." read Justices into the
// first name, so the other report's "Justice Kennedy" was flagged as that name respelt.
describe('extractNames: a plural title before a name or a list of names is the title', () => {
  it.each([
    ['en: justices before a list', 'Justices Kennedy and Samuel A. Alito Jr. said they were concerned.', [['Kennedy', 'justice'], ['Samuel A. Alito Jr', undefined]]],
    ['en: senators in short', 'Sens. John McCain and Lindsey Graham wrote the letter.', [['John McCain', 'senator'], ['Lindsey Graham', undefined]]],
    ['en: senators spelt out', 'Senators John McCain and Lindsey Graham wrote the letter.', [['John McCain', 'senator'], ['Lindsey Graham', undefined]]],
    ['en: representatives in short', 'Reps. Adam Schiff and Jerry Nadler wrote the letter.', [['Adam Schiff', 'representative'], ['Jerry Nadler', undefined]]],
    ['en: doctors', 'Drs. Anthony Fauci and Deborah Birx spoke.', [['Anthony Fauci', 'dr'], ['Deborah Birx', undefined]]],
    ['en: messieurs', 'Messrs. Smith and Jones declined to comment.', [['Smith', 'mr'], ['Jones', undefined]]],
    ['vi: các before the title', 'Các Bộ trưởng Nguyễn Văn Thắng và Hồ Đức Phớc đã dự họp.', [['Nguyễn Văn Thắng', 'bộ trưởng'], ['Hồ Đức Phớc', undefined]]],
    // traps: a plural that names a body or a place stays a word of the name
    ['en: the House of Representatives', 'The bill passed the House of Representatives on Tuesday.', [['House of Representatives', undefined]]],
    ['en: a panel of judges', 'The Judges Panel met in Paris.', [['Judges Panel', undefined], ['Paris', undefined]]],
    ['en: a place', 'He lives near Kings Cross in London.', [['Kings Cross', undefined], ['London', undefined]]],
    ['en: one justice stays as written', 'Justice Kennedy responded with a point.', [['Justice Kennedy', undefined]]],
  ] as const)('%s', (_why, s, expected) => {
    expect(names(s)).toEqual(expected)
  })
})

describe('compare: one person under a plural and a singular title is no name divergence', () => {
  const tail = ' asked about the case on Tuesday.'
  it.each([
    ['en: the BASIL pair', 'Justices Kennedy and Samuel A. Alito Jr. said they were concerned about the companies.', 'Justice Kennedy responded with a point about the case.'],
    ['en: a full name', `Justices Antonin Scalia and Clarence Thomas${tail}`, `Justice Antonin Scalia${tail}`],
    ['en: the name bare on one side', `Justices Kennedy and Alito${tail}`, `Kennedy${tail}`],
    ['en: senators', `Sens. John McCain and Lindsey Graham${tail}`, `Sen. John McCain${tail}`],
    ['vi: ministers', 'Các Bộ trưởng Nguyễn Văn Thắng và Hồ Đức Phớc đã dự họp hôm thứ Ba.', 'Bộ trưởng Nguyễn Văn Thắng đã dự họp hôm thứ Ba.'],
    ['vi: justices', 'Các Thẩm phán Kennedy và Alito đã đặt câu hỏi hôm thứ Ba.', 'Thẩm phán Kennedy đặt câu hỏi hôm thứ Ba.'],
  ])('%s', (_why, a, b) => {
    expect(figureFlags(a, b, ['name'])).toEqual([])
  })

  // traps: under one plural title, a name respelt is still flagged
  it.each([
    ['en: a surname respelt', `Justices Kennedey and Alito${tail}`, `Justice Anthony Kennedy${tail}`, ['Kennedey | Justice Anthony Kennedy']],
    ['vi: a surname respelt', 'Các Bộ trưởng Nguyễn Văn Thắng và Hồ Đức Phớc đã dự họp hôm thứ Ba.', 'Bộ trưởng Nguyễn Văn Thắn đã dự họp hôm thứ Ba.', ['Nguyễn Văn Thắng | Nguyễn Văn Thắn']],
  ])('%s', (_why, a, b, flags) => {
    expect(figureFlags(a, b, ['name'])).toEqual(flags)
  })
})

// ralarms50 (review): the town of Sens read as the abbreviation Sens. lost a real `missing`.
describe('compare: Sens, Reps without their dot before a name are words, not plural titles', () => {
  const missing = (a: string, b: string): string[] =>
    compare(a, b).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)
  it.each([
    ['fr: le maire de Sens', "Le maire de Sens a annoncé lundi la fermeture de l'usine.", "Le maire d'Auxerre a annoncé lundi la fermeture de l'usine.", ['Sens']],
    ['fr: la cathédrale de Sens', "La cathédrale de Sens a été fermée mardi après l'incendie.", "La cathédrale de Chartres a été fermée mardi après l'incendie.", ['Sens', 'Chartres']],
    ['vi: tại Sens', 'Vụ cháy xảy ra tại Sens, Pháp, tối thứ Hai.', 'Vụ cháy xảy ra tại Joigny, Pháp, tối thứ Hai.', ['Sens', 'Joigny']],
    ['en: the town of Sens', 'The floods hit the town of Sens, France, on Monday.', 'The floods hit the town of Joigny, France, on Monday.', ['Sens', 'Joigny']],
  ])('%s', (_why, a, b, expected) => {
    expect(missing(a, b)).toEqual(expected)
  })
  it.each([
    ['en: Sens. with its dot', 'Sens. John McCain and Lindsey Graham wrote the letter.', [['John McCain', 'senator'], ['Lindsey Graham', undefined]]],
    ['en: a town after of', 'The floods hit the town of Sens, France.', [['Sens', undefined], ['France', undefined]]],
  ])('%s', (_why, s, expected) => {
    expect(names(s)).toEqual(expected)
  })
})
