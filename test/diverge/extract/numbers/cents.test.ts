/**
 * Cents are hundredths of a dollar (issue 11: amounts in different units): "gained 94 cents" and
 * "gained $1.09" are one move told in two units, not a count of cents beside a dollar amount.
 * Sentences after MSRP train pairs.
 */
import { describe, expect, it } from 'vitest'
import { centsAsDollars } from '../../../../src/diverge/extract/numbers/cents'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const read = (text: string) => centsAsDollars(extractNumbers(text, [], { notation: text.includes('đ') ? 'vi' : 'en' }), text).map((f) => [f.text, f.kind, f.unit, f.value, f.per])

describe('a count of cents', () => {
  it.each([
    ['en: cents of a dollar', 'PeopleSoft gained 94 cents to $18.09.', ['94 cents', 'amount', 'usd', 0.94, undefined]],
    ['en: cents a share keep their rate', 'It earned 13 cents a share.', ['13 cents', 'amount', 'usd', 0.13, 'share']],
    ['en: cents of another currency stay cents', 'The Canadian dollar rose 2 cents to C$1.3252.', ['2 cents', 'count', 'cent', 2, undefined]],
    ['en: euro cents stay cents', 'The euro rose 2 cents to $1.15.', ['2 cents', 'count', 'cent', 2, undefined]],
    ['vi: đồng are no cents', 'Giá xăng tăng 94 đồng mỗi lít.', ['94 đồng', 'amount', 'vnd', 94, 'lít']],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toContainEqual(want)
  })
})

describe('cents against dollars in two reports', () => {
  const numbers = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  it('en: one move, 94 cents against $1.09, contradicts', () => {
    expect(numbers('PeopleSoft gained 94 cents, or 5.5 percent, to $18.09.', "PeopleSoft gained $1.09, or 6.3 percent, to $18.24 and was Nasdaq's most active issue.")).toContainEqual(['94 cents', '$1.09'])
  })
  it('en: 50 cents and $0.50 agree', () => {
    expect(numbers('Shares of Acme rose 50 cents to $12.50 on Monday.', 'Acme shares rose $0.50 to $12.50 on Monday.')).toEqual([])
  })
})
