import { describe, expect, it } from 'vitest'
import { contextWords, guessNotation, tokenize } from '../../../src/diverge/extract/fact-tokens'

const shape = (text: string) => tokenize(text).map((t) => [t.raw, t.kind])

describe('tokenize', () => {
  it.each([
    ['13/8', [['13/8', 'num']]],
    ['1.000.000 đồng', [['1.000.000', 'num'], ['đồng', 'word']]],
    ['Covid-19', [['Covid-19', 'mixed']]],
    ['TP.HCM', [['TP.HCM', 'word']]],
    ['3,5%', [['3,5', 'num'], ['%', 'punct']]],
    ['ngày 13.8.', [['ngày', 'word'], ['13.8', 'num'], ['.', 'punct']]],
    ['reaches .20 parts', [['reaches', 'word'], ['.20', 'num'], ['parts', 'word']]],
    ['(.5)', [['(', 'punct'], ['.5', 'num'], [')', 'punct']]],
    ['ended. 20 people', [['ended', 'word'], ['.', 'punct'], ['20', 'num'], ['people', 'word']]],
  ])('%s → %j', (text, tokens) => {
    expect(shape(text)).toEqual(tokens)
  })

  it('folds words and keeps numerals as written', () => {
    expect(tokenize('Hoà 1.5').map((t) => t.key)).toEqual(['hòa', '1.5'])
  })

  it('marks tokens that follow whitespace', () => {
    expect(tokenize('a, b').map((t) => t.spaced)).toEqual([true, false, true])
  })

  it('keeps offsets into the text, astral characters included', () => {
    const text = '𝐀 ngày 13/8 😀!'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw)
  })

  it('tokenizes a long text whole', () => {
    expect(tokenize('Ngày 13.8, ông nói 1.000.000 đồng. '.repeat(20000)).length).toBe(8 * 20000)
  })
})

describe('guessNotation', () => {
  it('reads Vietnamese text as dot-thousands notation', () => {
    expect(guessNotation(tokenize('Thành phố có 1.000 người và tỉ lệ 3,5%'))).toBe('vi')
  })

  it('reads English text as comma-thousands notation', () => {
    expect(guessNotation(tokenize('The city has 1,000 people and a rate of 3.5%'))).toBe('en')
  })
})

describe('contextWords', () => {
  it('gives the nearest words around a token span, punctuation skipped', () => {
    const tokens = tokenize('ông Park nói, ngày 13/8, tại Busan rằng')
    const at = tokens.findIndex((t) => t.raw === '13/8')
    expect(contextWords(tokens, at, at, 2)).toEqual({ before: ['nói', 'ngày'], after: ['tại', 'busan'] })
  })
})
