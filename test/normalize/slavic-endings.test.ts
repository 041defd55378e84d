import { describe, expect, it } from 'vitest'
import { latinSlavic, slavicCaseForms, slavicCaseInside } from '../../src/normalize/slavic-endings'

// polish57: one name in two cases of a Latin-script Slavic language is one name, a respelt stem two.
describe('two Slavic case forms of one name', () => {
  it.each([
    ['pl: genitive of a man', 'Donald Trump', 'Donalda Trumpa', true],
    ['pl: instrumental', 'Andrzej Duda', 'Andrzejem Dudą', true],
    ['pl: genitive of a -a surname', 'Zbigniew Stonoga', 'Zbigniewa Stonogi', true],
    ['pl: locative with d softened', 'Duda', 'Dudzie', true],
    ['pl: locative with k softened', 'Polska', 'Polsce', true],
    ['pl: locative with g softened', 'Praga', 'Pradze', true],
    ['pl: locative with r softened', 'Piotr', 'Piotrze', true],
    ['pl: locative of a company', 'Facebook', 'Facebooku', true],
    ['pl: accusative', 'Eurowizja', 'Eurowizję', true],
    ['pl: adjectival surname', 'Kowalski', 'Kowalskiego', true],
    ['pl: neuter place', 'Zakopane', 'Zakopanem', true],
    ['cs: locative with h softened', 'Praha', 'Praze', true],
    ['cs: dative', 'Babiš', 'Babišovi', true],
    ['cs: adjectival surname', 'Novotný', 'Novotného', true],
    ['hr: genitive', 'Zagreb', 'Zagreba', true],
    ['hr: instrumental', 'Plenković', 'Plenkovićem', true],
    ['sl: locative', 'Ljubljana', 'Ljubljani', true],
    // traps: a respelt stem, one spelling twice, a short name
    ['pl trap: letters swapped in the stem', 'Donald Trump', 'Donald Turmp', false],
    ['pl trap: -sky is no Polish case of -ski', 'Kowalski', 'Kowalsky', false],
    ['pl trap: another consonant', 'Nowak', 'Nowok', false],
    ['pl trap: one spelling twice is no case pair', 'Duda', 'Duda', false],
    ['trap: a two-letter name', 'Li', 'Lia', false],
    ['trap: names of unequal length', 'Duda', 'Andrzej Duda', false],
    // polish58's review: cases the rule missed, and names it joined
    ['pl: an acronym declined after a hyphen', 'PiS', 'PiS-u', true],
    ['pl: NATO-u', 'NATO', 'NATO-u', true],
    ['pl: a soft stem takes i before its ending', 'Wrocław', 'Wrocławia', true],
    ['pl: ń written ni before an ending', 'Poznań', 'Poznaniem', true],
    ['pl: ó opens to o before an ending', 'Kraków', 'Krakowa', true],
    ['pl: -ia genitive (as before)', 'Maria', 'Marii', true],
    ['pl: a vowel-final foreign name with an adjectival ending (as before)', 'Chamenei', 'Chameneiego', true],
    ['pl trap: a model number is no stem', 'F-16', 'F-16a', false],
    ['pl trap: a country and a woman', 'Mali', 'Malia', false],
    ['pl trap: a transliteration is no case', 'Zelenski', 'Zelenskiy', false],
    ['pl trap: a respelt acronym', 'PiS', 'PSL-u', false],
    ['pl trap: Mara is not Maria', 'Mara', 'Maria', false],
    ['pl trap: Tomas is not Tomasz', 'Tomas', 'Tomasz', false],
    ['pl trap: a short name is not read', 'Jan', 'Jana', false],
    // rpolish58's review: a hard stem with -ia is a country beside its man or people; a hyphen after no acronym
    ['pl trap: Columbus is not Colombia', 'Kolumb', 'Kolumbia', false],
    ['pl trap: Algiers is not Algeria', 'Algier', 'Algieria', false],
    ['pl trap: a Norwegian is not Norway', 'Norweg', 'Norwegia', false],
    ['pl trap: a Belgian is not Belgium', 'Belg', 'Belgia', false],
    ['pl trap: an unmarked n is no ń (a Romanian, Romania)', 'Rumun', 'Rumunia', false],
    ['pl trap: a Korean given name with a hyphen is no declined acronym', 'Hyun', 'Hyun-a', false],
    ['pl trap: Min-a', 'Min', 'Min-a', false],
    ['pl: a soft m (Radom / Radomia)', 'Radom', 'Radomia', true],
    ['pl: an acronym of capitals declined in lower case text stays one (SLD-em)', 'SLD', 'SLD-em', true],
  ])('%s: %s / %s', (_why, a, b, expected) => {
    expect(slavicCaseForms(a, b, true)).toBe(expected)
  })

  it.each([
    ['cs: Kafky is the genitive of Kafka in Czech', 'Kafka', 'Kafky', true],
    ['hr: Amerika / Americi', 'Amerika', 'Americi', true],
    ['cs: Praha / Prahou', 'Praha', 'Prahou', true],
    ['hr: Zagreb / Zagrebom', 'Zagreb', 'Zagrebom', true],
    ['sl: Ljubljana / Ljubljano', 'Ljubljana', 'Ljubljano', true],
    ['cs trap: a model number', 'Su-25', 'Su-25u', false],
  ])('outside Polish, %s', (_why, a, b, expected) => {
    expect(slavicCaseForms(a, b, false)).toBe(expected)
  })
})

describe('a short form in another case', () => {
  it.each([
    ['pl: a surname in another case inside the full name', 'Dudy', 'Andrzejem Dudą', true],
    ['pl: a word of a longer title', 'Eurowizję', 'Konkurs Piosenki Eurowizja Junior', true],
    ['pl trap: the word as written is a plain short form', 'Duda', 'Andrzej Duda', false],
    ['pl trap: a respelt surname', 'Dudka', 'Andrzej Duda', false],
  ])('%s: %s / %s', (_why, a, b, expected) => {
    expect(slavicCaseInside(a, b, true)).toBe(expected)
  })
})

describe('the languages whose reports are read so', () => {
  it.each([
    ['pol', true],
    ['ces', true],
    ['slk', true],
    ['hrv', true],
    ['srp', true],
    ['bos', true],
    ['slv', true],
    ['eng', false],
    ['vie', false],
    ['rus', false],
    ['deu', false],
    [undefined, false],
  ])('%s', (language, expected) => {
    expect(latinSlavic(language)).toBe(expected)
  })
})
