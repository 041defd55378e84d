/**
 * A share against the part of a whole another report counts (share-counts.ts; issue 11, session
 * 19's reviews: *two thirds of its games* / *20 of its 30 games* was three `missing` facts).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  return {
    flags: r.divergences.filter((d) => d.kind === 'number').map((d) => [d.a!.text, d.b!.text]),
    same: r.equivalences.map((e) => [e.a.text, e.b.text, e.reason]),
    missing: r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text),
  }
}

describe('a share meets the part of a whole it rounds', () => {
  it.each([
    ['en, a fraction in words', 'The team won two thirds of its games last season.', 'The team won 20 of its 30 games last season.', ['two thirds', '20 of its 30 games', 'rounding']],
    ['en, a percent in digits', 'The team won 67 percent of its games last season.', 'The team won 20 of its 30 games last season.', ['67 percent', '20 of its 30 games', 'rounding']],
    ['en, a quarter of the seats', 'The party took a quarter of the seats in the council.', 'The party took 15 of the 60 seats in the council.', ['a quarter', '15 of the 60 seats', 'rounding']],
    ['vi, a fraction in words', 'Đội thắng hai phần ba số trận mùa trước.', 'Đội thắng 20 trong số 30 trận mùa trước.', ['hai phần ba', '20 trong số 30', 'rounding']],
    ['vi, a percent in digits', 'Đội thắng 67% số trận mùa trước.', 'Đội thắng 20 trong số 30 trận mùa trước.', ['67%', '20 trong số 30', 'rounding']],
  ])('%s: an equivalence, nothing missing', (_why, a, b, want) => {
    const got = read(a, b)
    expect(got.same).toContainEqual(want)
    expect(got.flags).toEqual([])
    expect(got.missing).toEqual([])
  })

  it.each([
    ['en, half against 20 of 30', 'The team won half of its games last season.', 'The team won 20 of its 30 games last season.', ['half', '20 of its 30 games']],
    ['vi, một nửa against 20 of 30', 'Đội thắng một nửa số trận mùa trước.', 'Đội thắng 20 trong số 30 trận mùa trước.', ['một nửa', '20 trong số 30']],
  ])('%s: a contradiction', (_why, a, b, want) => {
    expect(read(a, b).flags).toContainEqual(want)
  })

  it.each([
    ['en, the other part (won / lost)', 'The team won two thirds of its games last season.', 'The team lost 10 of its 30 games last season.'],
    ['en, another noun', 'The team won two thirds of its games last season.', 'The team lost 20 of its 30 players last season.'],
    ['en, a share of a narrower whole', 'The team won two thirds of its home games last season.', 'The team won 20 of its 30 games last season.'],
    ['vi, the other part (thắng / thua)', 'Đội thắng hai phần ba số trận mùa trước.', 'Đội thua 10 trong số 30 trận mùa trước.'],
    ['vi, another noun', 'Đội thắng hai phần ba số trận mùa trước.', 'Đội mất 20 trong số 30 cầu thủ mùa trước.'],
  ])('%s: no pair', (_why, a, b) => {
    const got = read(a, b)
    expect(got.flags).toEqual([])
    expect(got.same.filter(([, , reason]) => reason === 'rounding')).toEqual([])
  })
})
