import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LETTER, LOWER, MARK, UNSPACED, UPPER, WORD_CHAR, classAt, isWhitespace, lastRunClasses, scanRun, unitClassAt, widthAt } from '../../src/normalize/chars'

/** Word runs found with scanRun, as [start, end] pairs. */
function runs(text: string, mask: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let i = 0; i < text.length; ) {
    const end = scanRun(text, i, text.length, mask)
    if (end === i) i += widthAt(text, i)
    else {
      out.push([i, end])
      i = end
    }
  }
  return out
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u30fc\uff70\uff9e\uff9f]/u

/** The regex's runs, each cut where it passes between a script written without spaces and any other character ("8月13日" is four runs). */
const byRegex = (text: string, regex: RegExp): Array<[number, number]> =>
  Array.from(text.matchAll(regex)).flatMap((m) => {
    const out: Array<[number, number]> = []
    let start = m.index
    let previous: boolean | undefined
    for (let i = m.index; i < m.index + m[0].length; ) {
      const char = String.fromCodePoint(text.codePointAt(i)!)
      const unspaced = UNSPACED_SCRIPT.test(char)
      if (previous !== undefined && unspaced !== previous) {
        out.push([start, i])
        start = i
      }
      previous = unspaced
      i += char.length
    }
    out.push([start, m.index + m[0].length])
    return out
  })

describe('classAt', () => {
  it.each([
    ['a', WORD_CHAR | LETTER],
    ['Đ', WORD_CHAR | LETTER | UPPER],
    ['\u0301', WORD_CHAR | LETTER],
    ['漢', WORD_CHAR | LETTER | UNSPACED],
    ['𠀀', WORD_CHAR | LETTER | UNSPACED],
    ['𝐀', WORD_CHAR | LETTER | UPPER],
  ])('%s is a word character of the right classes', (char, bits) => {
    expect(classAt(char, 0) & (WORD_CHAR | LETTER | UPPER | UNSPACED)).toBe(bits)
  })

  it.each([[' '], ['.'], ['“'], ['\u00a0'], ['\ud800'], ['\udc00'], ['😀']])('%j is no word character', (char) => {
    expect(classAt(char, 0) & WORD_CHAR).toBe(0)
  })

  it('gives 0 past the end of the text', () => {
    expect(classAt('a', 1)).toBe(0)
  })
})

describe('scanRun', () => {
  it('finds the runs /[\\p{L}\\p{M}\\p{N}]+/gu finds, in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(runs(text, WORD_CHAR)).toEqual(byRegex(text, /[\p{L}\p{M}\p{N}]+/gu))
      }),
      { seed: 3, numRuns: 500 },
    )
  })

  it('finds the runs /[\\p{L}\\p{M}]+/gu finds, in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(runs(text, LETTER)).toEqual(byRegex(text, /[\p{L}\p{M}]+/gu))
      }),
      { seed: 4, numRuns: 500 },
    )
  })

  it('reports the classes met in the run', () => {
    scanRun('Hà Nội', 0, 6, WORD_CHAR)
    expect(lastRunClasses() & UPPER).toBe(UPPER)
    scanRun('Hà Nội', 4, 6, WORD_CHAR)
    expect(lastRunClasses() & UPPER).toBe(0)
  })

  it.each([
    ['digits against Han', '8月13日', [[0, 1], [1, 2], [2, 4], [4, 5]]],
    ['Latin against kana', 'G20サミット', [[0, 3], [3, 7]]],
    ['Vietnamese, one run as before', 'Nội13', [[0, 5]]],
    ['English, one run as before', 'Covid19', [[0, 7]]],
  ])('never runs across a script written without spaces: %s', (_name, text, expected) => {
    expect(runs(text, WORD_CHAR)).toEqual(expected)
  })

  it('stops at the given end', () => {
    expect(scanRun('abcdef', 1, 3, WORD_CHAR)).toBe(3)
  })
})

// The classes the match stage's scanners read one code unit at a time (diverge/match/missing/run-chars.ts,
// document-short-forms.ts): each must answer as the Unicode property it stands for.
describe('code-unit classes, as the regexes would', () => {
  const samples = ['a', 'Z', '0', '-', ' ', '\t', '\n', '.', 'đ', 'Ư', 'ễ', '\u0301', '\u0323', '٣', '中', 'ǅ', 'ʰ', 'ß', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '€', '\ud835', '\udc00']

  it.each(samples)('unitClassAt(%j) & LOWER is \\p{Ll}', (c) => {
    expect((unitClassAt(c, 0) & LOWER) !== 0).toBe(/\p{Ll}/u.test(c))
  })
  it.each(samples)('unitClassAt(%j) & MARK is \\p{M}', (c) => {
    expect((unitClassAt(c, 0) & MARK) !== 0).toBe(/\p{M}/u.test(c))
  })
  it.each(samples)('unitClassAt(%j) & UPPER is \\p{Lu}', (c) => {
    expect((unitClassAt(c, 0) & UPPER) !== 0).toBe(/\p{Lu}/u.test(c))
  })
  it.each(samples)('isWhitespace(%j) is \\s', (c) => {
    expect(isWhitespace(c.charCodeAt(0))).toBe(/\s/u.test(c))
  })
  it('reads half of a surrogate pair as no class, where classAt reads the whole character', () => {
    expect(unitClassAt('𝐀', 0)).toBe(0)
  })
  it('leaves LOWER and MARK out of a run\'s classes', () => {
    scanRun('ab\u0301', 0, 3, WORD_CHAR)
    expect(lastRunClasses() & (LOWER | MARK)).toBe(0)
  })
})
