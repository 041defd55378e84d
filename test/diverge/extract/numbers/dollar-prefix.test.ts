/**
 * "$US1.06 million": country letters glued between the dollar sign and the figure. Unread, the
 * amount was no fact, and the other report's "$1.06 million" was reported missing (issue 11: a
 * fact stated in another form is not missing). Sentences after an MSRP train pair of the shared corpora.
 */
import { describe, expect, it } from 'vitest'
import type { NumberFact } from '../../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const brief = (text: string): Array<Pick<NumberFact, 'text' | 'value' | 'kind' | 'unit'>> =>
  extractNumbers(text).map((f) => ({ text: f.text, value: f.value, kind: f.kind, unit: f.unit }))

describe('a dollar sign with its country glued to the figure', () => {
  it.each([
    ['en: US dollars with a multiplier', 'Tyrer agreed to pay $US1.06 million in profits.', [{ text: '$US1.06 million', value: 1_060_000, kind: 'amount', unit: 'usd' }]],
    ['en: Australian dollars', 'Tickets cost $A25 each.', [{ text: '$A25', value: 25, kind: 'amount', unit: 'aud' }]],
    ['en: thousands grouped', 'He paid $US342,195 in interest.', [{ text: '$US342,195', value: 342_195, kind: 'amount', unit: 'usd' }]],
    ['en: New Zealand dollars, glued', 'The deal is worth $NZ3 million.', [{ text: '$NZ3 million', value: 3_000_000, kind: 'amount', unit: 'nzd' }]],
    ['en: New Zealand dollars, letters before the sign', 'The deal is worth NZ$3 million.', [{ text: 'NZ$3 million', value: 3_000_000, kind: 'amount', unit: 'nzd' }]],
    ['en: letters before the sign, as before', 'The euro rose to US$1.1914.', [{ text: 'US$1.1914', value: 1.1914, kind: 'amount', unit: 'usd' }]],
    ['en: a model code is no amount', 'The SUV5 model sold well.', []],
    ['vi: a code glued to digits is no amount', 'Mẫu xe SUV5 có giá 1,2 tỷ đồng.', [{ text: '1,2 tỷ đồng', value: 1.2e9, kind: 'amount', unit: 'vnd' }]],
    ['vi: US$ before the figure', 'Thương vụ trị giá US$1,2 tỷ.', [{ text: 'US$1,2 tỷ', value: 1.2e9, kind: 'amount', unit: 'usd' }]],
  ])('%s', (_why, text, expected) => {
    expect(brief(text)).toEqual(expected)
  })

  it('en: the same sum written $US1.06 million and $1.06 million is not missing', () => {
    const r = compare(
      'In the settlement, Tyrer agreed to pay $US1.06 million in allegedly ill-gotten trading profits, the SEC said.',
      'To settle the charges, Mr. Tyrer agreed to surrender $1.06 million in trading profits.',
    )
    expect(r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)).not.toContain('$1.06 million')
  })
})
