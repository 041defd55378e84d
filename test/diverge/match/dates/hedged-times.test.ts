/**
 * A clock time given exactly on one side and about on the other is one instant at two
 * precisions, not two missing facts (hedged-times.ts; after MSRP train 52393/52606, round
 * missing19-1). Two exact times, a time far from the hedged hour, and a time on a calendar day
 * stay what they were.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingDates = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'date').map((d) => (d.a ?? d.b)!.text)

describe('an exact time and the hedged hour are not missing', () => {
  it.each([
    ['en, about the hour', 'At about 3 p.m. on Friday, a relative called police.', 'Two hours later, at 3:22 p.m., a relative contacted police.', ['3 p.m.', '3:22 p.m.']],
    ['en, around the hour, a little before', 'The plane landed around 9 a.m. in Denver.', 'The plane landed at 8:45 a.m. in Denver.', ['9 a.m.', '8:45 a.m.']],
    ['vi, khoảng', 'Vụ cháy xảy ra khoảng 15h chiều qua.', 'Vụ cháy xảy ra lúc 15h20 chiều qua.', ['15h chiều', '15h20 chiều']],
    // The hedges are compatible.ts's approximation words, shared: xấp xỉ and circa hedge a time too.
    ['vi, xấp xỉ', 'Vụ cháy xảy ra xấp xỉ 15h chiều qua.', 'Vụ cháy xảy ra lúc 15h20 chiều qua.', ['15h chiều', '15h20 chiều']],
    ['en, circa', 'The plane landed circa 9 a.m. in Denver.', 'The plane landed at 8:45 a.m. in Denver.', ['9 a.m.', '8:45 a.m.']],
    ['en, within a hedged half hour', 'The fire broke out around 5:30 p.m. at the mill.', 'It started at 5:40 p.m., neighbours said.', ['5:30 p.m.', '5:40 p.m.']],
  ])('%s', (_why, a, b, facts) => {
    const got = missingDates(a, b)
    for (const fact of facts) expect(got).not.toContain(fact)
  })
})

describe('times that are not one instant at two precisions stay missing', () => {
  it.each([
    ['en, two exact times', 'The fire started at 3 p.m. on Friday.', 'The fire started at 3:22 p.m. on Friday.', '3:22 p.m.'],
    ['en, far from the hedged hour', 'At about 3 p.m. a relative called police.', 'At 4:10 p.m. a relative contacted police.', '4:10 p.m.'],
    ['vi, far from the hedged hour', 'Vụ cháy xảy ra khoảng 15h chiều qua.', 'Vụ cháy xảy ra lúc 16h50 chiều qua.', '16h50 chiều'],
    // two hedged times twenty minutes apart now disagree outright: clock-hedges.test.ts
  ])('%s', (_why, a, b, fact) => {
    expect(missingDates(a, b)).toContain(fact)
  })
})

// A hedge on a time off the hour reaches a quarter hour (clock-hedges.ts): the hour itself is beyond
// it, so the two times are judged (a contradiction in one statement, else missing), not absorbed.
describe('the hour beyond a hedged half hour is not absorbed', () => {
  const judged = (a: string, b: string): string[] =>
    compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'date' || (d.kind === 'missing' && d.factType === 'date')).flatMap((d) => [d.a?.text, d.b?.text]).filter((t) => t !== undefined)
  it.each([
    ['vi, one statement', 'Vụ cháy xảy ra vào khoảng 17 giờ 30 chiều tại xưởng gỗ.', 'Vụ cháy xảy ra lúc 17h, theo người dân.', '17h'],
    ['en, two sentences', 'The fire broke out around 5:30 p.m. at the mill.', 'It started at 5 p.m., neighbours said.', '5 p.m.'],
  ])('%s', (_why, a, b, fact) => {
    expect(judged(a, b)).toContain(fact)
  })
})
