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

// tokenize gathers each sentence's tokens in one reused list and copies them out: each call's
// array must be its own, at its exact length, whatever came before it (a longer sentence, one of
// more tokens than the reused list keeps).
describe('fact tokens: each call its own list', () => {
  const long = Array.from({ length: 1500 }, (_, k) => `w${k}`).join(' ')
  it.each([
    ['ngày 13/8 tại TP.HCM, ông Park nói.', 'Ông Lâm cho biết.'],
    ['On Aug. 13, 2025, Mr Park said so.', 'He left.'],
    [long, 'Hà Nội, 13/8'],
    ['Hà Nội, 13/8', long],
    // Trap: an empty text between two others gives an empty list, not the last one's tokens.
    ['', 'Park Heong-joon'],
  ])('%#: %s then %s', (first, second) => {
    const a = tokenize(first)
    const before = a.map((t) => t.raw)
    const b = tokenize(second)
    expect(a.map((t) => t.raw)).toEqual(before)
    expect(a).not.toBe(b)
    expect(tokenize(first).map((t) => t.raw)).toEqual(before)
    expect(b.map((t) => t.raw).join('')).toBe(second.replace(/\s+/g, ''))
    expect(Object.keys(a).length).toBe(a.length)
  })
})
