import { describe, it, expect } from 'vitest'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'

// The names of `s` as a document of `language` (franc's code) reads them.
const texts = (s: string, language?: string): string[] => extractNames(s, tokenize(s), [], language).map((n) => n.text)

// names47: Indonesian "di" (in, at) was read as the particle of Leonardo di Caprio, so "Musa Rajekshah di Pilgub Sumut"
// was one name; its short spelling "Musa Rajekshah" in the other report then met it as a respelling.
describe('extractNames: a particle that is a preposition of the document language ends the name', () => {
  it.each([
    ['id: di before the election', 'Partai itu mengusung Edy Rahmayadi dan Musa Rajekshah di Pilgub Sumut 2018.', 'ind', ['Partai', 'Edy Rahmayadi', 'Musa Rajekshah', 'Pilgub Sumut']],
    ['id: di before a city', 'Presiden Joko Widodo berada di Istana Merdeka.', 'ind', ['Joko Widodo', 'Istana Merdeka']],
    ['ms: di before a city', 'Najib Razak di Kuala Lumpur berkata demikian.', 'zlm', ['Najib Razak', 'Kuala Lumpur']],
    // traps: the particle inside a name stays in every other language, and Malay bin is a particle
    ['it: a family name', 'Leonardo di Caprio ha parlato ieri.', 'ita', ['Leonardo di Caprio']],
    ['en: a family name', 'Leonardo di Caprio spoke yesterday.', 'eng', ['Leonardo di Caprio']],
    ['vi: a foreign family name', 'Hôm qua ông Leonardo di Caprio phát biểu.', 'vie', ['Leonardo di Caprio']],
    ['no language known: nothing cut', 'Musa Rajekshah di Pilgub Sumut.', undefined, ['Musa Rajekshah di Pilgub Sumut']],
    ['ms: bin is a particle', 'Najib bin Razak berkata.', 'zlm', ['Najib bin Razak']],
  ])('%s', (_why, s, language, names) => {
    expect(texts(s, language)).toEqual(names)
  })
})
