import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { compatibleReason } from '../../../src/diverge/reasons/compatible'
import type { NumberFact } from '../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'

/** The number of `sentence` whose text contains `value`. */
function number(sentence: string, value: string): NumberFact {
  const found = extractNumbers(sentence).find((f) => f.text.includes(value))
  if (!found) throw new Error(`no number "${value}" in "${sentence}"`)
  return found
}
const reason = (a: string, va: string, b: string, vb: string): [string | undefined, string | undefined] => [
  compatibleReason(number(a, va), number(b, vb)),
  compatibleReason(number(b, vb), number(a, va)),
]

// A sum of money is named to the digit its writer meant (allsides-dev: the Senate's "$1 trillion" bill
// is the Post's "$1.2 trillion" one, judged a disagreement): rounding it at its last digit hides at most
// 7 % of it, as a round figure's zeros do, while a share still rounds to a whole point.
describe('a sum of money rounds only within 7 % of it', () => {
  it.each([
    ['en: a trillion against 1.2 trillion', 'The Senate passed a $1 trillion plan.', '$1', 'A $1.2 trillion package passed.', '$1.2'],
    ['en: roughly a trillion against 1.2 trillion', 'The Senate passed a roughly $1 trillion bill.', '$1', 'A $1.2 trillion package passed.', '$1.2'],
    ['en: two million against 2.2 million', 'The fine was $2 million.', '$2', 'The fine was $2.2 million.', '$2.2'],
    ['vi: 1 tỉ đồng against 1,2 tỉ đồng', 'Dự án có vốn 1 tỉ đồng.', '1 tỉ', 'Dự án có vốn 1,2 tỉ đồng.', '1,2 tỉ'],
    ['vi: khoảng 1 tỉ đồng against 1,2 tỉ đồng', 'Dự án có vốn khoảng 1 tỉ đồng.', '1 tỉ', 'Dự án có vốn 1,2 tỉ đồng.', '1,2 tỉ'],
    ['fr: 1 € against 1,2 €', 'Le ticket coûte 1 € à Paris.', '1 €', 'Le ticket coûte 1,2 € à Paris.', '1,2 €'],
    ['fr: environ 1 € against 1,2 €', 'Le ticket coûte environ 1 € à Paris.', '1 €', 'Le ticket coûte 1,2 € à Paris.', '1,2 €'],
  ])('%s contradict', (_name, a, va, b, vb) => {
    expect(reason(a, va, b, vb)).toEqual([undefined, undefined])
  })

  // the traps the golds hold as one figure, and shares, which still round at their last digit
  it.each([
    ['en: 6.3 / 6.32 billion', 'Sales were $6.3 billion.', '$6.3', 'Sales were $6.32 billion.', '$6.32', 'rounding'],
    ['en: a billion / 1.06 billion', 'It cost $1 billion.', '$1', 'It cost $1.06 billion.', '$1.06', 'rounding'],
    ['en: less than $1 billion / $952 million', 'It cost less than $1 billion.', '$1', 'It cost $952 million.', '$952', 'approximation'],
    ['en: about 10 percent / 9.6 percent', 'About 10 percent of voters.', '10', 'Just 9.6 percent of voters.', '9.6', 'approximation'],
    ['en: a share rounded to a whole point (2.7 / 3 %)', 'Prices rose 2.7 percent.', '2.7', 'Prices rose 3%.', '3', 'rounding'],
    ['en: 4.4 / 4 percent', 'AT&T climbed 4.4 percent.', '4.4', 'AT&T climbed 4 percent.', '4', 'rounding'],
    ['vi: 12,346 / 12,35 triệu đồng', 'Doanh thu đạt 12,346 triệu đồng.', '12,346', 'Doanh thu đạt 12,35 triệu đồng.', '12,35', 'rounding'],
    ['vi: 3 tỉ / 3,1 tỉ đồng', 'Dự án có vốn 3 tỉ đồng.', '3 tỉ', 'Dự án có vốn 3,1 tỉ đồng.', '3,1 tỉ', 'rounding'],
    ['vi: hơn 40.000 / 40.215 người', 'Có hơn 40.000 người tham dự.', '40.000', 'Có 40.215 người tham dự.', '40.215', 'approximation'],
    ['vi: gần 1 tỉ đồng / 960 triệu đồng', 'Thiệt hại gần 1 tỉ đồng.', '1 tỉ', 'Thiệt hại 960 triệu đồng.', '960', 'approximation'],
    ['fr: 6,3 / 6,32 euros', 'Le billet coûte 6,3 euros.', '6,3', 'Le billet coûte 6,32 euros.', '6,32', 'rounding'],
    ['fr: environ 6 € / 6,2 €', 'Le billet coûte environ 6 €.', '6 €', 'Le billet coûte 6,2 €.', '6,2 €', 'approximation'],
  ])('%s: %s', (_name, a, va, b, vb, expected) => {
    expect(reason(a, va, b, vb)).toEqual([expected, expected])
  })
})

describe('compare(): one sum of money told as a coarser figure', () => {
  const flags = (a: string, b: string): string[][] =>
    compare({ text: a, source: 'A' }, { text: b, source: 'B' }).divergences.filter((d) => d.kind === 'number').map((d) => [d.a!.text, d.b!.text])
  const rounded = (a: string, b: string): string[][] =>
    compare({ text: a, source: 'A' }, { text: b, source: 'B' }).equivalences.filter((e) => e.reason === 'rounding').map((e) => [e.a.text, e.b.text])

  it.each([
    ['en', 'Senate passes $1 trillion infrastructure bill.', 'Senate passes $1.2 trillion infrastructure bill.', '$1 trillion', '$1.2 trillion'],
    ['vi', 'Quốc hội thông qua gói đầu tư 1 tỉ USD cho đường sắt.', 'Quốc hội thông qua gói đầu tư 1,2 tỉ USD cho đường sắt.', '1 tỉ USD', '1,2 tỉ USD'],
    ['fr', 'À Paris, le ticket de métro coûte désormais 2 € pour tous.', 'À Paris, le ticket de métro coûte désormais 2,2 € pour tous.', '2 €', '2,2 €'],
  ])('%s: flagged', (_lang, a, b, va, vb) => {
    expect(flags(a, b)).toEqual([[va, vb]])
  })

  it.each([
    ['en', 'Senate passes $6.3 billion infrastructure bill.', 'Senate passes $6.32 billion infrastructure bill.', '$6.3 billion', '$6.32 billion'],
    ['vi', 'Quốc hội thông qua gói đầu tư 12,346 triệu USD cho đường sắt.', 'Quốc hội thông qua gói đầu tư 12,35 triệu USD cho đường sắt.', '12,346 triệu USD', '12,35 triệu USD'],
    ['fr', 'À Paris, le ticket de métro coûte désormais 2 € pour tous.', 'À Paris, le ticket de métro coûte désormais 2,05 € pour tous.', '2 €', '2,05 €'],
  ])('%s: a rounding, not flagged', (_lang, a, b, va, vb) => {
    expect(flags(a, b)).toEqual([])
    expect(rounded(a, b)).toEqual([[va, vb]])
  })
})
