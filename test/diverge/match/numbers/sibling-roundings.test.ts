// A figure one unit of its last digit away, when another figure of the two sentences is the same
// one rounded, is that rounding carried through (sibling-roundings.ts), not another reading.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

describe('a figure one unit away beside a rounded sibling', () => {
  it.each([
    ['en', 'Freddie Mac shares fell $1.49, to $50.01, on the New York Stock Exchange.', 'Freddie Mac shares fell $1.50 on Wednesday, to close at $50 on the New York Stock Exchange.'],
    ['en', 'The Nasdaq rose 5.91 points, or 0.29 percent, to 2,053.27.', 'The Nasdaq rose 6 points, or 0.30 percent, to 2,053.'],
    ['vi', 'VN-Index tăng 5,91 điểm, tương đương 0,29%, lên 505,27 điểm.', 'VN-Index tăng 6 điểm, tương đương 0,30%, lên 505 điểm.'],
  ])('%s: is that rounding carried through, an equivalence', (_lang, a, b) => {
    const report = compare(a, b)
    expect(report.divergences.filter((d) => d.kind === 'number')).toEqual([])
    expect(report.equivalences.map((e) => e.reason)).toContain('rounding')
  })

  it('two units away is still a contradiction', () => {
    const found = compare('Altria shares rose $1.20 to $38.28 on the New York Stock Exchange.', 'Altria shares rose $1.22 to $38.30 on the New York Stock Exchange.')
    expect(found.divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])).toContainEqual(['$38.28', '$38.30'])
  })
})
