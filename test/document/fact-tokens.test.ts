import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/document/fact-tokens'

describe('fact tokens: what parts them', () => {
  it.each([
    ['a plain space', 'ông A', ['ông', 'A']],
    ['a zero-width space, as a space (not `\\s`)', 'ông\u200bA', ['ông', 'A']],
    ['a no-break space', '1.000\u00a0người', ['1.000', 'người']],
  ])('%s', (_, text, raws) => {
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.raw)).toEqual(raws)
    expect(tokens.every((t) => t.spaced)).toBe(true)
  })

  // Trap: a symbol between words is a token of its own, and the word after it is not spaced.
  it.each([
    ['a bar', 'ông|A', '|'],
    ['a line separator (`\\s`, but sentences end at it first)', 'ông\u2028A', '\u2028'],
  ])('%s is a symbol, not a space', (_, text, symbol) => {
    const tokens = tokenize(text)
    expect(tokens.map((t) => [t.raw, t.kind, t.spaced])).toEqual([['ông', 'word', true], [symbol, 'punct', false], ['A', 'word', false]])
  })
})
