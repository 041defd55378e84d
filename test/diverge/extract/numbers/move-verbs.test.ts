// "of" joins a move and its figure only after a move written as a noun ("a drop of $6.11"), never
// after a verb or particle ("made up of 9 to 12 experts"), and a range after it stays a range
// ("a fall of 10 to 15 percent"): review rmarkets49 bugs 2, 3 and 8.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { moveSign } from '../../../../src/diverge/extract/numbers/move-verbs'

const flags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.confidence >= 0.5)
    .map((d) => [d.a?.text, d.b?.text])

describe('the sign a move word gives the figure after it', () => {
  it.each([
    ['en: a move noun then of', ['a', 'drop', 'of'], -1],
    ['en: a decline of', ['a', 'decline', 'of'], -1],
    ['en: an increase of', ['an', 'increase', 'of'], 1],
    ['en: a jump of about', ['jump', 'of', 'about'], 1],
    ['en: a verb then by', ['rose', 'by'], 1],
    ['fr: a verb then de', ['a', 'reculé', 'de'], -1],
    ['vi: tăng', ['giá', 'tăng'], 1],
    ['en trap: made up of', ['made', 'up', 'of'], undefined],
    ['en trap: a verb then of', ['rose', 'of'], undefined],
    ['en trap: drop alone is no verb before a figure', ['a', 'drop'], undefined],
  ] as const)('%s', (_name, before, sign) => {
    expect(moveSign(before)).toBe(sign)
  })
})

describe('ranges after a move noun, and of after a particle', () => {
  it.each([
    ['en: a fall of 10 to 15 percent is a range', 'Analysts forecast a fall of 10 to 15 percent in home prices.', 'Analysts forecast a fall of 12 percent in home prices.'],
    ['en: a rise of 2 to 3 percent', 'Economists expect a rise of 2 to 3 percent in wages this year.', 'Economists expect a rise of 2.5 percent in wages this year.'],
    ['en trap: made up of 9 to 12 experts', 'The panel is made up of 9 to 12 experts, officials said.', 'The panel is made up of 10 experts, officials said.'],
  ])('%s: no contradiction', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })

  it.each([
    ['en: a drop of, the levels apart', 'Shares of Acme fell $6.21 to $20.90 in trading on Monday.', 'Shares of Acme closed at $21 on Monday, a drop of $6.11.', ['$20.90', '$21']],
  ])('%s: flagged', (_name, a, b, pair) => {
    expect(flags(a, b)).toContainEqual(pair)
  })
})
