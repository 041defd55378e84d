/**
 * Vietnamese classifiers (classifiers.ts): a count after a classifier is keyed on the noun the
 * classifier counts, so "200 ngôi nhà" and "300 căn nhà" fill one slot, and a bare classifier
 * takes the noun it counted earlier in its sentence. English words are never read as classifiers.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { tokenize } from '../../../../src/diverge/extract/fact-tokens'
import { suffixAfter } from '../../../../src/diverge/extract/numbers/numeral-suffix'
import { figureFlags } from '../../../helpers'

/** Unit and last token of the count at the `nth` digit token of `text`. */
function countAt(text: string, nth = 0) {
  const tokens = tokenize(text)
  const i = tokens.map((t, k) => (t.kind === 'num' ? k : -1)).filter((k) => k >= 0)[nth]!
  const { kind, unit, last } = suffixAfter(tokens, tokens.map(() => false), i, '')
  return { kind, unit, lastRaw: tokens[last]!.raw }
}

const missingNumbers = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing' && d.factType === 'number')
    .map((d) => (d.a ?? d.b)!.text)

describe('a count after a classifier is keyed on the noun it counts', () => {
  it.each([
    ['vi: đám counts fires', 'Còn 18 đám cháy vẫn nằm ngoài tầm kiểm soát.', 0, { kind: 'count', unit: 'cháy', lastRaw: 'đám' }],
    ['vi: vụ counts fires too', 'Có 29 vụ cháy chưa được kiểm soát.', 0, { kind: 'count', unit: 'cháy', lastRaw: 'vụ' }],
    ['vi: ngôi and căn count homes', 'Bão làm sập 200 ngôi nhà.', 0, { kind: 'count', unit: 'nhà', lastRaw: 'ngôi' }],
    ['vi: chiếc counts what a bare count counts', 'Philippines mua 12 chiếc máy bay.', 0, { kind: 'count', unit: 'máy', lastRaw: 'chiếc' }],
    ['vi: a bare classifier takes the noun counted before it', 'Có 71 vụ cháy rừng đã xảy ra và 29 vụ trong số đó vẫn chưa được kiểm soát.', 1, { kind: 'count', unit: 'cháy', lastRaw: 'vụ' }],
    // Traps: what is not a classifier, or a classifier whose noun cannot be told.
    ['vi: lượt counts the turns themselves', 'Sau 5 lượt đá, đội chủ nhà thắng.', 0, { kind: 'count', unit: 'lượt', lastRaw: 'lượt' }],
    ['vi: trận counts matches', 'Đội tuyển còn 2 trận gặp Uzbekistan và UAE.', 0, { kind: 'count', unit: 'trận', lastRaw: 'trận' }],
    ['vi: a bare classifier with nothing before it stays itself', 'Đã có 3 chiếc được bàn giao.', 0, { kind: 'count', unit: 'chiếc', lastRaw: 'chiếc' }],
    ['vi: a capitalised name after a classifier is no noun of it', 'Đài Loan nhận 12 chiếc P-3C.', 0, { kind: 'count', unit: 'chiếc', lastRaw: 'chiếc' }],
    ['en: an English count is untouched', 'The storm destroyed 200 homes in the town.', 0, { kind: 'count', unit: 'home', lastRaw: 'homes' }],
    ['en: a word spelt like a classifier is not one', 'They sold 12 con tickets.', 0, { kind: 'count', unit: 'con', lastRaw: 'con' }],
  ])('%s', (_why, text, nth, expected) => {
    expect(countAt(text, nth)).toEqual(expected)
  })

  it.each([
    [
      'vi: two classifiers of one noun and two values conflict',
      'Cơn bão đổ bộ vào Quảng Ngãi hôm qua. Bão làm 200 ngôi nhà ở huyện Bình Sơn bị tốc mái. Lực lượng cứu hộ đã có mặt.',
      'Cơn bão đổ bộ vào Quảng Ngãi hôm qua. Bão làm 300 căn nhà ở huyện Bình Sơn bị tốc mái. Lực lượng cứu hộ đã có mặt.',
      ['200 ngôi | 300 căn'],
    ],
    [
      'en: two nouns that are not synonyms stay two slots',
      'The storm hit Manila on Monday. It destroyed 200 homes in the city. Rescue teams arrived.',
      'The storm hit Manila on Monday. It destroyed 300 cars in the city. Rescue teams arrived.',
      [],
    ],
  ])('%s', (_why, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })

  it.each([
    ['vi: one count with and without its classifier', 'Philippines sẽ mua 12 chiếc máy bay FA-50 của Hàn Quốc.', 'Philippines sẽ mua 12 máy bay FA-50 của Hàn Quốc.'],
    ['vi: one count under two classifiers', 'Bão làm 200 ngôi nhà bị sập ở Quảng Ngãi.', 'Bão làm 200 căn nhà bị sập ở Quảng Ngãi.'],
    ['en: one count in two sentences', 'The storm destroyed 200 homes in Manila.', 'In Manila, 200 homes were destroyed by the storm.'],
  ])('agree, no figure missing: %s', (_why, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
    expect(missingNumbers(a, b)).toEqual([])
  })
})
