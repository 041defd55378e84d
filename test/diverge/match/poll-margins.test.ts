/**
 * Two margins of error given differently are two polls (match/poll-margins.ts; fixh28: once "four
 * percentage points" was read, MSRP train 2551891 / 2551563 flagged 2 / four points of two polls).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const flags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind !== 'missing').map((d) => [d.kind, d.a?.text, d.b?.text])

describe('margins of error of two polls', () => {
  it.each([
    ['en trap: 2 / four percentage points', 'The poll had a margin of error of plus or minus 2 percentage points.', 'It had a margin of sampling error of plus or minus four percentage points and was conducted Thursday through Saturday.', []],
    ['en trap: 3 / 5 percentage points', 'The survey has a margin of error of 3 percentage points.', 'The survey has a margin of error of 5 percentage points.', []],
    ['vi trap: sai số cộng trừ 3% / 5%', 'Cuộc thăm dò có sai số cộng trừ 3%.', 'Cuộc thăm dò có sai số cộng trừ 5%.', []],
    ['en hit: a victory margin is no margin of error', 'He won by a margin of 10 points in the final.', 'He won by a margin of 14 points in the final.', [['number', '10 points', '14 points']]],
    ['en hit: the same poll\'s support still conflicts', 'The poll gave Smith 45 percent of the vote.', 'The poll gave Smith 49 percent of the vote.', [['number', '45 percent', '49 percent']]],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
