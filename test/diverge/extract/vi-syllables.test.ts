import { describe, expect, it } from 'vitest'
import { isVietnameseSyllable, scriptKind, vietnameseShaped } from '../../../src/diverge/extract/vi-syllables'

describe('isVietnameseSyllable', () => {
  it.each([
    ['nguyễn', true],
    ['nguyen', true], // written without marks
    ['cuong', true],
    ['đoàn', true],
    ['lan', true],
    ['krông', true], // marked, so taken though no Vietnamese spelling
    // traps: foreign words
    ['busan', false],
    ['lee', false],
    ['park', false],
  ])('%s → %s', (word, yes) => {
    expect(isVietnameseSyllable(word)).toBe(yes)
  })
})

describe('scriptKind', () => {
  it.each([
    ['đoàn', 'vi'],
    ['busan', 'foreign'],
    ['lan', undefined], // unmarked but Vietnamese-shaped: either script
  ])('%s → %s', (word, kind) => {
    expect(scriptKind(word)).toBe(kind)
  })
})

describe('vietnameseShaped', () => {
  it.each([
    ['phương', true],
    ['nguyen', true],
    ['krông', false], // a cluster no Vietnamese syllable opens with
    ['busan', false],
  ])('%s → %s', (word, yes) => {
    expect(vietnameseShaped(word)).toBe(yes)
  })
})
