/**
 * A count's clause words pass over a short aside between commas right after it (clause-words.ts,
 * fresh38-1): "42 people, mostly men, were apprehended" keeps its verb. Traps first: a list, a
 * long aside, another figure.
 */
import { describe, expect, it } from 'vitest'
import { foldWord } from '../../../../src/normalize/fold'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const clauseOf = (text: string, notation: 'en' | 'vi'): readonly string[] | undefined => extractNumbers(text, [], { notation }).find((f) => f.kind === 'count')?.clause

describe('a short aside after a count', () => {
  it.each([
    ['en trap: an aside of more than three words', 'Police said 42 people, most of them young men, were arrested.', 'en', undefined],
    ['en trap: an aside closed by a full stop', 'He met 3 people, Mr. Smith and others.', 'en', undefined],
    ['vi trap: no closing comma', 'Có 42 người, chủ yếu là nam giới.', 'vi', undefined],
    ['en: mostly men', 'Officials said 42 people, mostly men, were apprehended.', 'en', ['were', 'apprehended']],
    ['en: no aside, as before', 'Officials said 42 people were apprehended.', 'en', ['were', 'apprehended']],
    ['vi: đa số nam', 'Công an cho biết 42 người, đa số nam, đã bị bắt giữ.', 'vi', ['đã', 'bị', 'bắt', 'giữ'].map((w) => foldWord(w))],
  ])('%s', (_why, text, notation, want) => {
    expect(clauseOf(text, notation as 'en' | 'vi')).toEqual(want)
  })
})
