import { describe, expect, it } from 'vitest'
import { genderedSurnames } from '../../../src/diverge/reasons/name-gendered'

describe("a Slavic surname's feminine and masculine forms", () => {
  it.each([
    // traps first: one name respelt or romanised, or two unrelated words
    ['trap: one name romanised two ways', 'Zelensky', 'Zelenskyy', false],
    ['trap: one feminine name respelt', 'Zelenska', 'Zelenskaya', false],
    ['trap: a short given name', 'Ana', 'An', false],
    ['trap: a Vietnamese syllable pair', 'Hoa', 'Hoà', false],
    ['trap: the same word', 'Navalny', 'Navalny', false],
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
