import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index'

// One report written twice by the tests' author, in Simplified and in Traditional characters.
const SIMPLIFIED = '重庆能投渝新能源公司下属松藻煤矿27日凌晨发生事故，17人被困井下。当地派出6支救援队，伤者逾3万人。'
const TRADITIONAL = '重慶能投渝新能源公司下屬松藻煤礦27日凌晨發生事故，17人被困井下。當地派出6支救援隊，傷者逾3萬人。'
const TRADITIONAL_OTHER = '重慶能投渝新能源公司下屬松藻煤礦27日凌晨發生事故，19人被困井下。當地派出6支救援隊，傷者逾4萬人。'
const ENGLISH_A = 'Six rescue teams reached the mine on Sunday, where 17 miners were trapped.'
const ENGLISH_B = 'Six rescue teams reached the mine on Sunday, where 19 miners were trapped.'

const flagged = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.kind !== 'missing').map((d) => [d.kind, d.a?.text ?? null, d.b?.text ?? null])

describe('one report in Simplified and in Traditional characters', () => {
  it.each([
    ['Simplified / Traditional', SIMPLIFIED, TRADITIONAL],
    ['Traditional / Simplified', TRADITIONAL, SIMPLIFIED],
  ])('%s: nothing contradicts (no name variant, no figure)', (_label, a, b) => {
    expect(flagged(a, b)).toEqual([])
  })

  it.each([
    ['a rescue', '據報導，礦難發生後，當局派出6支救援隊趕赴現場。', '据报导，矿难发生后，当局派出6支救援队赶赴现场。'],
    ['a press conference', '劉德華在香港舉行記者會。', '刘德华在香港举行记者会。'],
    ['a derailment', '列車車頭起火，部分車廂發生側翻。', '列车车头起火，部分车厢发生侧翻。'],
  ])('links the sentence of %s written in both scripts', (_label, traditional, simplified) => {
    expect(compare(traditional, simplified).alignments.map((l) => [l.a, l.b])).toEqual([[[0], [0]]])
  })

  it.each([
    ['Chinese, the count and the 萬 scale', SIMPLIFIED, TRADITIONAL_OTHER, [['number', '17人', '19人'], ['number', '3万人', '4萬人']]],
    ['English, untouched', ENGLISH_A, ENGLISH_B, [['number', '17 miners', '19 miners']]],
  ])('%s: a real difference is still flagged', (_label, a, b, expected) => {
    expect(flagged(a, b)).toEqual(expected)
  })

  it('reports spans that index the caller\'s Traditional string', () => {
    for (const d of compare(SIMPLIFIED, TRADITIONAL_OTHER).divergences) if (d.b) expect(TRADITIONAL_OTHER.slice(d.b.start, d.b.end)).toBe(d.b.text)
  })
})
