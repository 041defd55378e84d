import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { expected } from '../../../../src/diverge/match/clauses/expectations'
import { foldWord } from '../../../../src/normalize/fold'

// The words before a figure, folded as clauses hold them.
const lead = (text: string): string[] => (text.match(/[\p{L}\p{N}-]+/gu) ?? []).map(foldWord)

describe('an expectation governs a figure unless a word of worth hands it to what it prices', () => {
  it.each([
    ['vi: a planned figure', 'Năm nay công ty dự kiến đạt', true],
    ['vi: a target', 'Mục tiêu doanh thu năm nay là', true],
    ['vi: "kế hoạch" as a target', 'Theo kế hoạch, sản lượng năm nay đạt', true],
    ['vi: the price of what a plan buys', 'không có thay đổi nào trong kế hoạch mua 12 chiến đấu cơ FA-50 trị giá', false],
    ['vi: "giá trị" after the plan', 'Kế hoạch xây cầu có giá trị', false],
    ['vi: an estimate of worth, right after the expectation', 'Hợp đồng dự kiến trị giá', true],
    ['vi: "hoạch" alone is no expectation', 'thu hoạch lúa được', false],
    ['en: a forecast figure', 'Analysts had forecast earnings of', true],
    ['en: the price of what an expected purchase buys', 'The air force is expected to buy 12 jets worth', false],
    ['en: expected worth, right after the expectation', 'The deal is expected worth', true],
    ['en: a target before the figure', 'The company set a sales target of', true],
    ['en: no expectation', 'The company earned', false],
  ])('%s', (_name, words, governed) => {
    expect(expected(lead(words))).toBe(governed)
  })
})

describe('a planned purchase and the contract, priced differently, are one slot', () => {
  const numbers = (a: string, b: string) =>
    compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])

  it.each([
    [
      'vi: the jets a plan buys',
      'Kế hoạch mua 12 chiến đấu cơ FA-50 trị giá 18,9 tỷ peso.',
      'Giá trị của bản hợp đồng 12 chiến đấu cơ FA-50 là 18 tỷ peso.',
      [['18,9 tỷ peso', '18 tỷ peso']],
    ],
    [
      'en: the jets a plan buys',
      'The air force is expected to buy 12 FA-50 fighter jets worth $440 million.',
      'The air force signed a deal for 12 FA-50 fighter jets worth $420 million.',
      [['$440 million', '$420 million']],
    ],
    // Traps: a planned figure against a reported one stays two slots.
    ['vi: a planned output against the output', 'Theo kế hoạch, sản lượng năm nay đạt 500 tấn.', 'Sản lượng năm nay đạt 450 tấn.', []],
    ['en: an expected profit against the profit', 'The company expected a profit of $40 million this year.', 'The company made a profit of $35 million this year.', []],
  ])('%s', (_name, a, b, pairs) => {
    expect(numbers(a, b)).toEqual(pairs)
  })
})
