/**
 * A value the clause rules give another slot is no rival (issue 11): "sold it to Safeway for $1.8
 * billion" beside "bought Dominick's for $693 million" leaves one sale price on each side, so the
 * pairing of two prices in sentences the aligner did not link is no guess among several. It is
 * still not "the only value of its kind": the rival lifts the doubt, not the pairing above a lone value.
 * Sentences after MSRP train and VietnameseMDS-style reports.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const pairing = (a: string, b: string, x: string, y: string) =>
  compare(a, b, { minConfidence: 0 }).divergences.find((d) => d.kind === 'number' && d.a?.text === x && d.b?.text === y)

describe('rivals set apart by their clauses', () => {
  it.each([
    [
      'en: a purchase by another owner beside the sale',
      "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
      "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.",
      '$2.5 billion',
      '$1.8 billion',
    ],
  ])('%s: the two prices contradict at the defaults', (_why, a, b, x, y) => {
    const flags = compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
    expect(flags).toContainEqual([x, y])
  })

  it.each([
    [
      'en: with the rival set apart, not as sure as a lone value',
      "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
      "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.",
      "Yucaipa sold Dominick's to Safeway for $1.8 billion in 1998.",
      '$2.5 billion',
      '$1.8 billion',
    ],
    [
      'vi: a rival of the same buyer keeps its doubt',
      'Trước đó Hoàng Anh đã nhượng lại toàn bộ chuỗi cho Vingroup vào năm 2010 với giá 2.500 tỷ đồng, theo nguồn tin.',
      'Hoàng Anh mua Sao Mai năm 2005 với giá 693 tỷ đồng và bán cho Vingroup với giá 1.800 tỷ đồng năm 2010.',
      'Hoàng Anh bán Sao Mai cho Vingroup với giá 1.800 tỷ đồng năm 2010.',
      '2.500 tỷ đồng',
      '1.800 tỷ đồng',
    ],
  ])('%s', (_why, a, withRival, alone, x, y) => {
    const rival = pairing(a, withRival, x, y)!.confidence!
    const lone = pairing(a, alone, x, y)!.confidence!
    expect(rival).toBeLessThan(lone)
  })
})
