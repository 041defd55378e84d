/**
 * A share against the part of a whole another report counts (share-counts.ts; issue 11, session
 * 19's reviews: *two thirds of its games* / *20 of its 30 games* was three `missing` facts).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

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
    ['vi, a fraction in words', 'Đội thắng hai phần ba số trận mùa trước.', 'Đội thắng 20 trong số 30 trận mùa trước.', ['hai phần ba', '20 trong số 30 trận', 'rounding']],
    ['vi, a percent in digits', 'Đội thắng 67% số trận mùa trước.', 'Đội thắng 20 trong số 30 trận mùa trước.', ['67%', '20 trong số 30 trận', 'rounding']],
  ])('%s: an equivalence, nothing missing', (_why, a, b, want) => {
    const got = read(a, b)
    expect(got.same).toContainEqual(want)
    expect(got.flags).toEqual([])
    expect(got.missing).toEqual([])
  })

  it.each([
    ['en, half against 20 of 30', 'The team won half of its games last season.', 'The team won 20 of its 30 games last season.', ['half', '20 of its 30 games']],
    ['vi, một nửa against 20 of 30', 'Đội thắng một nửa số trận mùa trước.', 'Đội thắng 20 trong số 30 trận mùa trước.', ['một nửa', '20 trong số 30 trận']],
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

  // review-revl S1-S5: which part of the whole is said by the clause, before the figure and after the noun
  it.each([
    ['en, wins / defeats said after the noun', 'Under the coach, two thirds of its games ended in wins, the club said on Monday.', 'Under the coach, 10 of its 30 games ended in defeat, the club said on Monday.'],
    ['en, delayed / cancelled at the sentence start', 'Half of its flights were delayed on Monday because of the storm, the airline said.', '120 of its 300 flights were cancelled on Monday because of the storm, the airline said.'],
    ['en, complementary parts: women / men', 'Women made up 60 percent of the delegates at the congress.', 'Men made up 200 of the 500 delegates at the congress.'],
    ['vi, complementary parts: nữ / nam', 'Nữ chiếm 60% số đại biểu dự đại hội.', 'Nam chiếm 200 trên 500 đại biểu dự đại hội.'],
    ['vi, rain / floods after one preposition', 'Mưa lớn xảy ra ở 40% số tỉnh trong tuần qua.', 'Lũ lụt xảy ra ở 12 trên 63 tỉnh trong tuần qua.'],
    ['en, rain / floods', 'Rain was reported in 40 percent of the provinces last week.', 'Floods were reported in 12 of the 63 provinces last week.'],
    ['en, two clubs: no equivalence', 'Hanoi FC won two thirds of its games last season, the league said.', 'Viettel won 20 of its 30 games last season, the league said.'],
    ['vi, two clubs: no equivalence', 'Hà Nội FC thắng hai phần ba số trận mùa trước.', 'Viettel thắng 20 trong số 30 trận mùa trước.'],
    ['en, a bound: more than half', 'The team won more than half of its games last season, the coach said.', 'The team won 20 of its 30 games last season, the coach said.'],
    ['en, a bound: nearly two thirds', 'The team won nearly two thirds of its games last season, the coach said.', 'The team won 19 of its 30 games last season, the coach said.'],
    ['vi, a bound: hơn một nửa', 'Đội bóng thắng hơn một nửa số trận mùa trước, huấn luyện viên cho biết.', 'Đội bóng thắng 20 trong số 30 trận mùa trước, huấn luyện viên cho biết.'],
    ['en, a bound on the part: more than 20 of its 30', 'The team won half of its games last season, the coach said.', 'The team won more than 20 of its 30 games last season, the coach said.'],
  ])('%s: no pair', (_why, a, b) => {
    const got = read(a, b)
    expect(got.flags).toEqual([])
    expect(got.same.filter(([, , reason]) => reason === 'rounding')).toEqual([])
  })

  it.each([
    ['en, one clause says more (last season)', 'The team won two thirds of its games.', 'The team won 20 of its 30 games last season.', ['two thirds', '20 of its 30 games', 'rounding']],
    ['en, the same part after the noun', 'Two thirds of its games ended in wins.', '20 of its 30 games ended in wins.', ['Two thirds', '20 of its 30 games', 'rounding']],
    ['en, the same subject, game / games', 'Women made up 60 percent of the delegates at the congress.', 'Women made up 300 of the 500 delegates at the congress.', ['60 percent', '300 of the 500 delegates', 'rounding']],
    ['vi, the same subject', 'Nữ chiếm 60% số đại biểu dự đại hội.', 'Nữ chiếm 300 trên 500 đại biểu dự đại hội.', ['60%', '300 trên 500 đại', 'rounding']],
  ])('%s: still an equivalence', (_why, a, b, want) => {
    expect(read(a, b).same).toContainEqual(want)
  })

  it.each([
    ['en, the same subject, another share', 'Women made up 60 percent of the delegates at the congress.', 'Women made up 200 of the 500 delegates at the congress.', ['60 percent', '200 of the 500 delegates']],
    ['vi, the same subject, another share', 'Mưa lớn xảy ra ở 40% số tỉnh trong tuần qua.', 'Mưa lớn xảy ra ở 12 trên 63 tỉnh trong tuần qua.', ['40%', '12 trên 63 tỉnh']],
  ])('%s: still a contradiction', (_why, a, b, want) => {
    expect(read(a, b).flags).toContainEqual(want)
  })
})
