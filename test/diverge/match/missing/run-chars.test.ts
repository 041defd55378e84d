import { describe, expect, it } from 'vitest'
import { ASTRAL_HALF, CAPITAL_LETTER, HYPHEN, NO_LETTER, OTHER_LETTER, SMALL_LETTER, letterClassAt, wordPieceAt, wordlikeAt } from '../../../../src/diverge/match/missing/run-chars'

// The fast paths must answer as the regexes they stand for would.
describe('run characters, as the regexes would', () => {
  const samples = ['a', 'Z', '0', '9', '-', '_', ' ', '\t', '\n', '.', 'đ', 'Ư', 'ễ', '\u0301', '٣', '中', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '€', '𝐀', '😀']

  it.each(samples)('wordlikeAt(%j)', (c) => {
    expect(wordlikeAt(c, 0)).toBe(/[\p{L}\p{N}]/u.test(c[0]!))
  })

  it.each([...samples, 'ǅ', 'ℂ', 'ß', 'ʰ', '\u0323'])('letterClassAt(%j)', (c) => {
    const expected = /[\ud800-\udfff]/u.test(c[0]!) || c.length > 1
      ? ASTRAL_HALF
      : c === '-' ? HYPHEN : /\p{Lu}/u.test(c) ? CAPITAL_LETTER : /\p{Ll}/u.test(c) ? SMALL_LETTER : /[\p{L}\p{M}]/u.test(c) ? OTHER_LETTER : NO_LETTER
    expect(letterClassAt(c, 0)).toBe(expected)
  })

  it.each(samples)('wordPieceAt(%j)', (c) => {
    const piece = /^[\p{L}\p{N}-]/u.exec(c)?.[0].length ?? 0
    expect(wordPieceAt(c, 0)).toBe(piece)
  })
})
