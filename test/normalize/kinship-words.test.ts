import { describe, expect, it } from 'vitest'
import { foldWord } from '../../src/normalize/fold'
import { KINSHIP_WORDS } from '../../src/normalize/kinship-words'

describe('a word for a member of a family is a kinship word; a look-alike is not', () => {
  it.each([
    ['en: cousin', 'cousin', true],
    ['en: Brother', 'Brother', true],
    ['en: stepdaughter', 'stepdaughter', true],
    ['vi: vợ', 'vợ', true],
    ['vi: cháu', 'Cháu', true],
    ['vi: con', 'con', true],
    ['trap en: brotherhood', 'brotherhood', false],
    ['trap en: sun', 'sun', false],
    ['trap vi: em is left to the rule that reads it', 'em', false],
    ['trap vi: nội of Hà Nội', 'Nội', false],
  ])('%s', (_, word, want) => {
    expect(KINSHIP_WORDS.has(foldWord(word))).toBe(want)
  })
})
