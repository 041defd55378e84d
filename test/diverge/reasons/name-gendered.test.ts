import { describe, expect, it } from 'vitest'
import { genderedPeople, genderedSurnames } from '../../../src/diverge/reasons/name-gendered'

describe("a Slavic surname's feminine and masculine forms", () => {
  it.each([
    // traps first: one name respelt or romanised, or two unrelated words
    ['trap: one name romanised two ways', 'Zelensky', 'Zelenskyy', false],
    ['trap: one feminine name respelt', 'Zelenska', 'Zelenskaya', false],
    ['trap: a short given name', 'Ana', 'An', false],
    ['trap: a Vietnamese syllable pair', 'Hoa', 'Hoà', false],
    ['trap: the same word', 'Navalny', 'Navalny', false],
    ['trap: a place and its demonym (rnames37)', 'Somalia', 'Somali', false],
    ['trap: another place and its demonym', 'Bosnia', 'Bosni', false],
    ['cs: Krásná / Krásný', 'Krásná', 'Krásný', true],
    ['en / uk: Zelenska / Zelensky', 'Zelenska', 'Zelensky', true],
    ['en / uk: Zelenska / Zelenskyy', 'Zelenska', 'Zelenskyy', true],
    ['ru: Navalnaya / Navalny', 'Navalnaya', 'Navalny', true],
    ['ru: Ivanova / Ivanov', 'Ivanov', 'Ivanova', true],
    ['cs: Nováková / Novák', 'Nováková', 'Novák', true],
    ['pl: Kowalska / Kowalski', 'Kowalska', 'Kowalski', true],
  ])('%s', (_why, x, y, expected) => {
    expect(genderedSurnames(x, y)).toBe(expected)
  })
})

describe('two people by their surnames\' genders: people only, another given name (rnames37)', () => {
  it.each([
    ['trap: a place', 'Somalia', 'Somali', 'place', 'unknown', false],
    ['trap: an organisation', 'Ivanova Group', 'Ivanov', 'org', 'unknown', false],
    ['trap: one woman, the same given name', 'Olena Zelenska', 'Olena Zelensky', 'person', 'person', false],
    ['trap: vi, one woman, the same given name', 'Bà Olena Zelenska', 'Bà Olena Zelensky', 'person', 'person', false],
    ['en: a wife and a husband', 'Olena Zelenska', 'Volodymyr Zelensky', 'person', 'person', true],
    ['en: a surname alone', 'Olena Zelenska', 'Zelensky', 'person', 'unknown', true],
    ['ru: Yulia Navalnaya / Alexei Navalny', 'Yulia Navalnaya', 'Alexei Navalny', 'unknown', 'unknown', true],
  ])('%s', (_why, a, b, kindA, kindB, expected) => {
    expect(genderedPeople(a, b, kindA, kindB)).toBe(expected)
  })
})
