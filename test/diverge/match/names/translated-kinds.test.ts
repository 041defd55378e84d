/**
 * A body's name half translated (translated-kinds.ts; SemEval8-es S15, the fresh56 gold's one
 * divergence: *Kendall Regional Medical Center* / *Centro Médico Regional Kendal*). The kind words
 * told in two languages are one body's, never a respelling nor a `missing` name; its proper part
 * respelt is flagged on the proper words alone. Other meanings, or the same kind words in the same
 * order, are left to the other rules.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { KIND_WORDS_TRANSLATED, kindWordsTranslated } from '../../../../src/diverge/match/names/translated-kinds'

const flagsAndMissing = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'name' || d.kind === 'missing')
    .map((d) => `${d.kind}: ${d.a?.text ?? ''} | ${d.b?.text ?? ''}`)

const KENDALL_EN = 'El primer bebé de 2020 en Miami-Dade nació a las 12:16 a.m. en el Kendall Regional Medical Center. Sus padres son de Guatemala.'
const kendallEs = (name: string): string => `El primer bebé de 2020 en Miami-Dade llegó a las 12:16 a.m. en el ${name}, según NBC6.`

describe('a body named with its kind words translated is one body', () => {
  it.each([
    ['es: the proper part kept', KENDALL_EN, kendallEs('Centro Médico Regional Kendall')],
  ])('%s: no name flag, no missing name', (_, a, b) => {
    expect(flagsAndMissing(a, b).filter((f) => /Kendal|Harvard|Centro|Universidad/u.test(f))).toEqual([])
  })

  it.each([
    ['es: Kendall / Kendal', KENDALL_EN, kendallEs('Centro Médico Regional Kendal'), 'name: Kendall | Kendal'],
  ])('%s: the proper part respelt is flagged, on its own words', (_, a, b, flag) => {
    const found = flagsAndMissing(a, b)
    expect(found).toContain(flag)
    expect(found.filter((f) => f.startsWith('missing') && /Kendal|Harvard|Harvad/u.test(f))).toEqual([])
  })
})

describe('kind words read in each language', () => {
  it.each([
    ['en / es', 'Kendall Regional Medical Center', 'Centro Médico Regional Kendall'],
    ['en / de', 'Harvard University', 'Universität Harvard'],
    ['en / es', 'University of Granada', 'Universidad de Granada'],
    ['en / vi', 'Kendall Regional Medical Center', 'Trung tâm Y khoa Khu vực Kendall'],
    ['en / vi', 'Ministry of Health of Chile', 'Bộ Y tế Chile'],
    ['en / vi', 'Bach Mai Hospital', 'Bệnh viện Bạch Mai'],
    ['de / tr', 'Universität Ankara', 'Ankara Üniversitesi'],
  ])('%s: %s / %s', (_, a, b) => {
    expect(kindWordsTranslated(a, b)).toBe(KIND_WORDS_TRANSLATED)
  })

  it.each([
    ['other meanings: a university and its medical school', 'Harvard University', 'Harvard Medical School'],
    ['other meanings: two ministries', 'Ministerio de Salud', 'Ministry of Defence'],
    ['the same kind words in the same order (the other rules judge Kendall / Kendal)', 'Kendall Regional Medical Center', 'Kendal Regional Medical Center'],
    ['another proper part', 'Kendall Regional Medical Center', 'Centro Médico Regional Aventura'],
    ['another proper part (vi)', 'Bach Mai Hospital', 'Bệnh viện Việt Đức'],
    // kind words alone: no proper part holds the two together
    ['no proper part (en / vi)', 'Ministry of Health', 'Bộ Y tế'],
    ['proper parts of two lengths', 'Harvard University', 'Universität Harvard Kennedy'],
    // review rnames57: a health centre is a primary-care clinic, another body than a medical center
    ['medical is not health (en / es)', 'Kendall Medical Center', 'Centro de Salud de Kendall'],
    ['medical is not health (en / vi)', 'Kendall Medical Center', 'Trung tâm Y tế Kendall'],
    // English names two bodies Miami University and University of Miami: *Universidad de Miami* renders either
    ['X University / Universidad de X', 'Miami University', 'Universidad de Miami'],
    ['X University / Universidad de X (Harvard too: withdrawn)', 'Harvard University', 'Universidad de Harvard'],
    ['X University / Université de X (fr)', 'Miami University', 'Université de Miami'],
  ])('trap, %s: %s / %s', (_, a, b) => {
    expect(kindWordsTranslated(a, b)).toBeUndefined()
  })

  it.each([
    ['en / es: medical / health', 'The 20 patients were taken to the Kendall Medical Center on Monday, officials said.', 'Los 20 pacientes fueron llevados al Centro de Salud de Kendall el lunes, dijeron las autoridades.'],
    ['en / es: Miami University / Universidad de Miami', 'The first baby of 2020 in the county was born at 12:16 a.m. at Miami University, the hospital said on Wednesday.', 'El primer bebé de 2020 en el condado nació a las 12:16 a.m. en el Universidad de Miami, informó el hospital el miércoles.'],
  ])('trap, %s: two bodies, no equivalence', (_, a, b) => {
    expect(compare(a, b).equivalences.filter((e) => e.reason === KIND_WORDS_TRANSLATED)).toEqual([])
  })

  it('trap (es): another hospital named the same way is no respelling', () => {
    expect(flagsAndMissing(KENDALL_EN, kendallEs('Centro Médico Regional Aventura')).filter((f) => f.startsWith('name'))).toEqual([])
  })
})
