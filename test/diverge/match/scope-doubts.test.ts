import { describe, expect, it } from 'vitest'
import { adjustment, comparisonBase, earlierPeriod } from '../../../src/diverge/match/scope-doubts'
import { foldWord } from '../../../src/normalize/fold'
import { figureFlags } from '../../helpers'

const words = (s: string): string[] => (s.match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? []).map((w) => foldWord(w))

describe('what a sentence says of the scope of its figures', () => {
  it.each([
    ['a loss of $2.08 a share, excluding one-time items', 'excluding'],
    ['earnings before special charges were 40 cents', 'excluding'],
    ['tuition of about $5,247, including miscellaneous, campus-based fees', 'including'],
    ['Egypt, Mongolia and others, including Tunisia, signed', undefined],
    ['lợi nhuận 120 tỷ đồng, không tính các khoản bất thường', 'excluding'],
    ['doanh thu 500 tỷ đồng, chưa kể thuế', 'excluding'],
    ['chi phí 20 tỷ đồng, tính cả thuế', 'including'],
    ['lợi nhuận 120 tỷ đồng trong quý 2', undefined],
  ])('%s → %s', (text, expected) => {
    expect(adjustment(words(text))).toBe(expected)
  })

  it.each([
    ['that was more than double the', true],
    ['compared with', true],
    ['doanh thu tăng mạnh so với', true],
    ['compared with last year sales rose to', false],
    ['the airline earned', false],
  ])('a comparison base after "%s": %s', (lead, expected) => {
    expect(comparisonBase(words(lead))).toBe(expected)
  })

  it.each([
    ['13 cents a share for the year-earlier quarter', true],
    ['trade of $33.4 billion last year', true],
    ['lãi 102 tỷ đồng trong quý này năm ngoái', true],
    ['sales rose 7 percent from a year earlier', false],
    ['the index, having risen 1.1 percent last week', false],
    ['lãi 102 tỷ đồng, tăng so với năm ngoái', false],
  ])('%s names an earlier period of its own: %s', (text, expected) => {
    expect(earlierPeriod(words(text))).toBe(expected)
  })
})

describe('figures scoped apart stay candidates, their twins without the words stay contradictions', () => {
  it.each([
    [
      'en: one estimate excludes one-time items',
      'Analysts expected a loss of $2.08 a share, excluding one-time items, according to Thomson First Call.',
      'Analysts expected a loss of $2.08 a share, according to Thomson First Call.',
    ],
    ['vi: one profit leaves out unusual income', 'Công ty đạt lợi nhuận 120 tỷ đồng trong quý 2, không tính các khoản thu bất thường.', 'Công ty đạt lợi nhuận 120 tỷ đồng trong quý 2.'],
    [
      'en: the base a figure is compared with',
      'The airline earned $246 million, or 30 cents a share, in the quarter.',
      'That was more than double the $246 million, or 30 cents a share, the airline earned.',
    ],
    ['vi: the base a figure is compared with', 'Doanh thu quý 3 của công ty đạt 500 tỷ đồng.', 'Doanh thu quý 3 của công ty tăng mạnh so với 500 tỷ đồng.'],
  ])('%s', (_, a, b) => {
    // b with another figure: the pair a reader would otherwise be told conflicts
    const other = b.replace(/\$2\.08/, '$2.75').replace('$246 million', '$102 million').replace('30 cents', '13 cents').replace(/120 tỷ|500 tỷ/, (m) => (m === '120 tỷ' ? '150 tỷ' : '450 tỷ'))
    const plain = a.replace(/, excluding one-time items|, không tính các khoản thu bất thường/, '')
    const twin = other.replace('That was more than double the', 'The airline earned').replace('tăng mạnh so với', 'đạt')
    expect(figureFlags(a, other)).toEqual([])
    expect(figureFlags(plain, twin)).not.toEqual([])
  })
})
