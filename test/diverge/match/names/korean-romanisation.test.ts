/**
 * Korean names in Latin letters (korean-romanisation.ts): surnames and their romanisations, the
 * units a romanised word splits into, and the unit-by-unit score of two spellings of one syllable.
 * Whole names are judged through nameSimilarity in name-match.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { isKoreanSurname, koreanUnits, romanisationSimilarity, sameSurname } from '../../../../src/diverge/match/names/korean-romanisation'

describe('Korean surnames', () => {
  it.each([
    ['lee', 'rhee', true],
    ['park', 'bak', true],
    ['chun', 'cheon', true],
    ['chun', 'jeon', true],
    ['kim', 'park', false],
    ['lee', 'nguyen', false],
  ])('%s / %s', (a, b, expected) => {
    expect(sameSurname(a, b)).toBe(expected)
  })

  it.each([
    ['kim', true],
    ['namkoong', true],
    ['nguyen', false],
    ['smith', false],
  ])('%s', (spelling, expected) => {
    expect(isKoreanSurname(spelling)).toBe(expected)
  })
})

describe('romanisation units', () => {
  it.each([
    ['hyeongjun', ['H', 'yeo', 'G', 'J', 'u', 'N']],
    ['busan', ['P', 'u', 'S', 'a', 'N']],
    ['pusan', ['P', 'u', 'S', 'a', 'N']],
    // A post-vocalic h before a consonant only lengthens the vowel (Ahn, Hahn).
    ['ahn', ['a', 'N']],
    ['suh', ['S', 'eo']],
  ])('%s', (word, expected) => {
    expect(koreanUnits(word)).toEqual(expected)
  })
})

describe('two spellings of one syllable', () => {
  it.each([
    ['busan', 'pusan', 0.9],
    ['heong', 'hyeong', 0.75],
    ['jung', 'jong', 0.8],
    // o/u for one Hangul vowel only before a final consonant: So and Su are two syllables.
    ['so', 'su', 0],
    ['kim', 'park', 0],
  ])('%s / %s', (a, b, expected) => {
    expect(romanisationSimilarity(a, b)).toBe(expected)
  })
})
