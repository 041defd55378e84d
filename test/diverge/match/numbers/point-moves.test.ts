/**
 * Percentage points are not percent (match/numbers/point-moves.ts, review I old bug): "1.5 percentage
 * points" / "1.5 percent" was an equivalence. A margin of error written both ways stays one, and
 * "three quarters of a percentage point" reads 0.75 (extract/numbers/fraction-words.ts), no false conflict.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  return { flags: r.divergences.filter((d) => d.kind !== 'missing').map((d) => [d.kind, d.a?.text, d.b?.text]), same: r.equivalences.map((e) => [e.a.text, e.b.text]) }
}

describe('percentage points against percent', () => {
  it.each([
    ['en: the same move in points and in percent is one fact (percent written loosely)', 'The bank cut its rate by 1.5 percentage points on Tuesday.', 'The bank cut its rate by 1.5 percent on Tuesday.', { flags: [], same: [['1.5 percentage points', '1.5 percent']] }],
    ['en: review K, 0.2 percent / 0.2 percentage point, no two missing', 'Mortgage rates rose 0.2 percent to 6.8 percent this week.', 'Mortgage rates rose 0.2 percentage point to 6.8 percent this week.', { flags: [], same: [['0.2 percent', '0.2 percentage point']] }],
    ['vi: review K, 0,3 điểm phần trăm / 0,3%, no two missing', 'Tỷ lệ thất nghiệp tăng 0,3 điểm phần trăm lên 2,5%.', 'Tỷ lệ thất nghiệp tăng 0,3% lên 2,5%.', { flags: [], same: [['0,3 điểm phần trăm', '0,3%']] }],
    ['en: review K, different moves in points and percent contradict', 'The Fed raised rates by 0.25 percent on Wednesday.', 'The Fed raised rates by 0.5 percentage point on Wednesday.', { flags: [['number', '0.25 percent', '0.5 percentage point']], same: [] }],
    ['en: review K, 0.3 points / 0.5 percent beside one level', 'Unemployment rose 0.3 percentage points to 4.1 percent in May.', 'Unemployment rose 0.5 percent to 4.1 percent in May.', { flags: [['number', '0.3 percentage points', '0.5 percent']], same: [] }],
    // a larger percent with no level to check may be the move relative to the rate (rate-changes.ts), so the review K row reads a smaller one
    ['vi: review K, 0,5 điểm phần trăm / 0,3% contradict', 'Tỷ lệ thất nghiệp tăng 0,5 điểm phần trăm trong quý hai.', 'Tỷ lệ thất nghiệp tăng 0,3% trong quý hai.', { flags: [['number', '0,5 điểm phần trăm', '0,3%']], same: [] }],
    ['en trap: "margin of error" in the clause is no margin figure, still one fact', 'Support rose 3 percentage points, outside the margin of error.', 'Support rose 3 percent, outside the margin of error.', { flags: [], same: [['3 percentage points', '3 percent']] }],
    ['en trap: one margin rounded, points against percent (MSRP train gold)', 'It has a plus or minus 4.9 percent margin of error.', 'It had a margin of error of plus or minus five percentage points.', { flags: [], same: [['4.9 percent', 'five percentage points']] }],
    ['en trap: four points are 4 percentage points', 'The approval rating fell four points to 41 percent, the poll found.', 'The approval rating fell 4 percentage points to 41 percent, the poll found.', { flags: [], same: [['four points', '4 percentage points']] }],
    ['en trap: a margin of error written both ways', 'The poll has a margin of error of plus or minus 3 percent.', 'The poll has a margin of error of plus or minus 3 percentage points.', { flags: [], same: [['3 percent', '3 percentage points']] }],
    ['en: three quarters of a percentage point is 0.75', 'The bank raised its rate by 0.75 percentage point on Tuesday.', 'The bank raised its rate by three quarters of a percentage point on Tuesday.', { flags: [], same: [['0.75 percentage point', 'three quarters of a percentage point']] }],
    ['en trap: a quarter of a percentage point, as before', 'Rates rose a quarter of a percentage point.', 'Rates rose 0.25 percentage point.', { flags: [], same: [['a quarter of a percentage point', '0.25 percentage point']] }],
    ['en trap: 0.75 against half a point still conflicts', 'The bank raised its rate by 0.75 percentage point on Tuesday.', 'The bank raised its rate by half a percentage point on Tuesday.', { flags: [['number', '0.75 percentage point', 'half a percentage point']], same: [] }],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})

describe('a margin of error fills one slot in points or in percent (clock29)', () => {
  it.each([
    ['en: one poll named, 3.1 points / 4 percent', 'The Gallup poll of 1,000 adults has a margin of error of 3.1 percentage points.', 'The Gallup poll of 1,000 adults has a margin of error of 4 percent.', { flags: [['number', '3.1 percentage points', '4 percent']], same: [] }],
    ['vi: one poll named, 3,1 điểm phần trăm / 4%', 'Khảo sát của Gallup với 1.000 người có sai số 3,1 điểm phần trăm.', 'Khảo sát của Gallup với 1.000 người có sai số 4%.', { flags: [['number', '3,1 điểm phần trăm', '4%']], same: [] }],
    ['en: one margin rounded to the whole point', 'The Gallup poll of 1,000 adults has a margin of error of 3.1 percentage points.', 'The Gallup poll of 1,000 adults has a margin of error of 3 percent.', { flags: [], same: [['3.1 percentage points', '3 percent']] }],
    ['vi: one margin rounded to the whole point', 'Khảo sát của Gallup với 1.000 người có sai số 3,1 điểm phần trăm.', 'Khảo sát của Gallup với 1.000 người có sai số 3%.', { flags: [], same: [['3,1 điểm phần trăm', '3%']] }],
    // poll-margins.ts: two margins with no one poll named are two polls (MSRP train gold), in points or percent alike
    ['en trap: no one poll named, two polls', 'The poll has a margin of error of 3.1 percentage points.', 'The survey has a margin of error of 4 percent.', { flags: [], same: [] }],
    ['en trap: a margin is no share of the vote', 'Smith won 4 percent of the vote, the Gallup poll found.', 'The Gallup poll has a margin of error of 3.1 percentage points.', { flags: [], same: [] }],
    ['vi: sai số of one scale, no poll named (poll-margins.ts does not apply): one slot', 'Cân điện tử có sai số 3,1 điểm phần trăm.', 'Cân điện tử có sai số 4%.', { flags: [['number', '3,1 điểm phần trăm', '4%']], same: [] }],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})

describe('a margin rounded as a reporter rounds, and a margin of victory is no margin of error (review-revl P1, P2)', () => {
  it.each([
    ['en: 3.5 rounds to 4, not 3', 'The survey of 1,000 voters has a margin of error of 3.5 percentage points.', 'The survey of 1,000 voters has a margin of error of 3 percent.', { flags: [['number', '3.5 percentage points', '3 percent']], same: [] }],
    ['en: the margin phrase after the figure', 'The Gallup poll of 1,000 adults has a 3.5 percentage point margin of error.', 'The Gallup poll of 1,000 adults has a 3 percent margin of error.', { flags: [['number', '3.5 percentage point', '3 percent']], same: [] }],
    ['vi: 3,5 rounds to 4, not 3', 'Khảo sát của Gallup với 1.000 người có sai số 3,5 điểm phần trăm.', 'Khảo sát của Gallup với 1.000 người có sai số 3%.', { flags: [['number', '3,5 điểm phần trăm', '3%']], same: [] }],
    ['en trap: 2.5 rounds up to 3', 'The survey of 1,000 voters has a margin of error of 2.5 percentage points.', 'The survey of 1,000 voters has a margin of error of 3 percent.', { flags: [], same: [['2.5 percentage points', '3 percent']] }],
    ['vi trap: 2,5 rounds up to 3', 'Khảo sát của Gallup với 1.000 người có sai số 2,5 điểm phần trăm.', 'Khảo sát của Gallup với 1.000 người có sai số 3%.', { flags: [], same: [['2,5 điểm phần trăm', '3%']] }],
    ['en trap: 3.1 still rounds to 3, the phrase after the figure', 'The Gallup poll of 1,000 adults has a 3.1 percentage point margin of error.', 'The Gallup poll of 1,000 adults has a 3 percent margin of error.', { flags: [], same: [['3.1 percentage point', '3 percent']] }],
    ['en: a margin of victory in points against another in percent', 'She won by a margin of 4.5 percentage points over her rival.', 'She won by a margin of 4 percent over her rival.', { flags: [['number', '4.5 percentage points', '4 percent']], same: [] }],
    ['vi: a margin of victory (cách biệt), as before', 'Bà thắng với cách biệt 4,5 điểm phần trăm so với đối thủ.', 'Bà thắng với cách biệt 4% so với đối thủ.', { flags: [['number', '4,5 điểm phần trăm', '4%']], same: [] }],
    ['en trap: 4.5 rounds to 5 as any figure does (compatible.ts)', 'She won by a margin of 4.5 percentage points over her rival.', 'She won by a margin of 5 percent over her rival.', { flags: [], same: [['4.5 percentage points', '5 percent']] }],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})
