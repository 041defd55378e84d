/**
 * Percentage points are not percent (match/point-moves.ts, review I old bug): "1.5 percentage
 * points" / "1.5 percent" was an equivalence. A margin of error written both ways stays one, and
 * "three quarters of a percentage point" reads 0.75 (extract/fraction-words.ts), no false conflict.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  return { flags: r.divergences.filter((d) => d.kind !== 'missing').map((d) => [d.kind, d.a?.text, d.b?.text]), same: r.equivalences.map((e) => [e.a.text, e.b.text]) }
}

describe('percentage points against percent', () => {
  it.each([
    ['en: 1.5 percentage points is not 1.5 percent', 'The bank cut its rate by 1.5 percentage points on Tuesday.', 'The bank cut its rate by 1.5 percent on Tuesday.', { flags: [], same: [] }],
    ['en: two percentage points is not 2 percent', 'The bank cut its rate by two percentage points on Tuesday.', 'The bank cut its rate by 2 percent on Tuesday.', { flags: [], same: [] }],
    ['vi: 1,5 điểm phần trăm is not 1,5%', 'Tỷ lệ thất nghiệp giảm 1,5 điểm phần trăm so với năm ngoái.', 'Tỷ lệ thất nghiệp giảm 1,5% so với năm ngoái.', { flags: [], same: [] }],
    ['en trap: four points are 4 percentage points', 'The approval rating fell four points to 41 percent, the poll found.', 'The approval rating fell 4 percentage points to 41 percent, the poll found.', { flags: [], same: [['four points', '4 percentage points']] }],
    ['en trap: a margin of error written both ways', 'The poll has a margin of error of plus or minus 3 percent.', 'The poll has a margin of error of plus or minus 3 percentage points.', { flags: [], same: [['3 percent', '3 percentage points']] }],
    ['en: three quarters of a percentage point is 0.75', 'The bank raised its rate by 0.75 percentage point on Tuesday.', 'The bank raised its rate by three quarters of a percentage point on Tuesday.', { flags: [], same: [['0.75 percentage point', 'three quarters of a percentage point']] }],
    ['en trap: a quarter of a percentage point, as before', 'Rates rose a quarter of a percentage point.', 'Rates rose 0.25 percentage point.', { flags: [], same: [['a quarter of a percentage point', '0.25 percentage point']] }],
    ['en trap: 0.75 against half a point still conflicts', 'The bank raised its rate by 0.75 percentage point on Tuesday.', 'The bank raised its rate by half a percentage point on Tuesday.', { flags: [['number', '0.75 percentage point', 'half a percentage point']], same: [] }],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})
