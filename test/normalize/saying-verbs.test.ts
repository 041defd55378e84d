import { describe, expect, it } from 'vitest'
import { foldWord } from '../../src/normalize/fold'
import { SAYING_WORDS, sayingAt, sayingList, sayingPhrases, sayingSubset, sayingWords } from '../../src/normalize/saying-verbs'

const folded = (text: string): string[] => text.split(' ').map(foldWord)

describe('a word that says on its own is a saying word; a syllable of a longer form or a look-alike is not', () => {
  it.each([
    ['vi: biết (cho biết)', 'biết', true],
    ['vi: báo (thông báo)', 'Báo', true],
    ['vi: nói', 'nói', true],
    ['en: said', 'said', true],
    ['en: told', 'Told', true],
    ['fr: déclaré (a déclaré)', 'déclaré', true],
    ['de: teilte (teilte … mit)', 'teilte', true],
    ['es: informó', 'informó', true],
    ['pt: afirmou', 'afirmou', true],
    ['id: mengatakan', 'mengatakan', true],
    ['trap vi: cho, a word of its own', 'cho', false],
    ['trap vi: bố of tuyên bố is "father"', 'bố', false],
    ['trap vi: định of khẳng định', 'định', false],
    ['trap fr: a, the auxiliary', 'a', false],
    ['trap de: mit, the particle', 'mit', false],
    ['trap en: sad', 'sad', false],
  ])('%s', (_, word, want) => {
    expect(SAYING_WORDS.has(foldWord(word))).toBe(want)
  })
})

describe('a form of saying spans its words at a position', () => {
  it.each([
    ['vi: cho biết', 'ông Hùng cho biết hôm qua', 2, 2],
    ['vi: khẳng định', 'bà Lan khẳng định rằng', 2, 2],
    ['en: said', 'the mayor said on Monday', 2, 1],
    ['fr: a déclaré', 'le maire a déclaré jeudi', 2, 2],
    ['trap vi: cho alone', 'cho người dân', 0, 0],
    ['trap en: past the end', 'the mayor', 2, 0],
    ['trap en: sayings', 'old sayings', 1, 0],
  ])('%s', (_, text, at, want) => {
    const words = folded(text)
    expect(sayingAt((k) => words[k] ?? '', at)).toBe(want)
  })
})

describe('languages are read apart when named', () => {
  it.each([
    ['en only has said', ['en'] as const, 'said', true],
    ['en only lacks nói', ['en'] as const, 'nói', false],
    ['vi only has nói', ['vi'] as const, 'nói', true],
    ['vi only lacks sagte', ['vi'] as const, 'sagte', false],
  ])('%s', (_, languages, word, want) => {
    expect(sayingWords(...languages).has(foldWord(word))).toBe(want)
  })

  it('lists forms without marks, phrases longest first', () => {
    expect(sayingList('fr')).toContain('a déclaré')
    expect(sayingList()).not.toContain('*')
    const lengths = sayingPhrases().map((p) => p.length)
    expect(lengths).toEqual([...lengths].sort((x, y) => y - x))
  })
})

describe('sayingSubset', () => {
  it.each([
    ['en', 'said stated', true],
    ['vi', 'biết báo', true],
    ['en', 'said released', false], // released publishes, it does not say: not in the shared list
    ['vi', 'kể', false],
  ] as const)('%s %s: a subset of the shared list → %s', (language, list, ok) => {
    if (ok) expect([...sayingSubset(language, list)]).toEqual(folded(list))
    else expect(() => sayingSubset(language, list)).toThrow()
  })
})
