/**
 * The margin phrase and the words bridging it to its figure, one list read by two rules
 * (match/numbers/margin-words.ts): poll-margins.ts in a clause's words, point-moves.ts in the three words
 * a fact keeps before it. Both readers now stop at the same words.
 */
import { describe, expect, it } from 'vitest'
import { foldWord } from '../../../../src/normalize/fold'
import type { NumberFact } from '../../../../src/diverge/extract/fact'
import { bridgeStart } from '../../../../src/diverge/match/numbers/margin-words'
import { isMarginFigure } from '../../../../src/diverge/match/numbers/point-moves'

const words = (s: string): string[] => (s ? s.split(' ').map(foldWord) : [])
const figure = (before: string, after = ''): NumberFact => ({ type: 'number', start: 0, end: 1, text: '3', value: 3, kind: 'percent', unit: '', before: words(before), after: words(after) })

describe('bridgeStart: where the bridge words before a figure begin', () => {
  it.each([
    ['en: "of plus or minus" bridges', 'margin of error of plus or minus', 3],
    ['en: "is approximately" bridges', 'margin of error is approximately', 3],
    ['vi: "là cộng trừ" bridges', 'sai số là cộng trừ', 2],
    ['vi: "ở mức" bridges', 'sai số ở mức', 2],
    ['trap: a noun ends the bridge', 'margin of error among voters', 5],
    ['trap: nothing before', '', 0],
  ])('%s', (_why, before, want) => {
    expect(bridgeStart(words(before))).toBe(want)
  })
})

describe('isMarginFigure reads the same bridge words as poll-margins', () => {
  it.each([
    ['en hit: "error of" before', 'error of about', '', true],
    ['en hit: "error is approximately" (the longer list, now shared)', 'error is approximately', '', true],
    ['vi trap: "sai số ở mức", "sai" past the three words a fact keeps', 'số ở mức', '', false],
    ['vi hit: "sai số khoảng"', 'sai số khoảng', '', true],
    ['vi hit: "sai số là"', 'sai số là', '', true],
    ['en hit: the phrase right after', 'a', 'margin of error', true],
    ['en hit: plus or minus', 'plus or minus', '', true],
    ['trap: "số" without "sai" (dân số)', 'dân số', '', false],
    ['trap: a victory margin\'s "by"', 'won by', '', false],
    ['trap: a noun between phrase and figure', 'error among voters', '', false],
  ])('%s', (_why, before, after, want) => {
    expect(isMarginFigure(figure(before, after))).toBe(want)
  })
})
