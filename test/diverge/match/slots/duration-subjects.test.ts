import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every pairing of two values at any confidence, with its evidence. */
const pairings = (a: string, b: string): Array<{ pair: string; evidence: readonly string[] }> => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates].filter((d) => d.kind !== 'missing').map((d) => ({ pair: `${d.a!.text} | ${d.b!.text}`, evidence: d.evidence }))
}

// After VietnameseMDS cluster 59 (hail in Biên Hòa): the hail lasted 20 minutes in one report and
// 15 in another, the heavy rain before it 10 or 30 minutes; every figure is a number of minutes.
describe('what a duration is the duration of', () => {
  it.each([
    [
      'vi: the hail twice',
      'Trận mưa đá diễn ra khoảng 20 phút, những viên đá khá to khiến nhiều gia đình hoảng sợ.',
      'Người dân phát hiện mưa đá (kéo dài khoảng 15 phút) cỡ bằng ngón tay út, nhiều gia đình hoảng sợ.',
      '20 phút | 15 phút',
      'durations of one thing (mưa đá / mưa đá)',
    ],
    [
      'en: the hail twice',
      'The hail lasted about 20 minutes, and stones as big as a finger fell on the town.',
      'Residents said the hail lasted about 15 minutes, with stones as big as a finger.',
      '20 minutes | 15 minutes',
      'durations of one thing (hail / hail)',
    ],
  ])('%s: one slot, said so', (_name, a, b, pair, evidence) => {
    expect(pairings(a, b).find((p) => p.pair === pair)?.evidence).toContain(evidence)
  })

  // MSRP train 3264732 / 3264648: the words before "followed" are the clause's subject, not the trial's.
  it('en: a length no verb of lasting introduces has no subject to keep it apart', () => {
    const a = 'The jury verdict, reached after less than four hours of deliberation, followed a 2 week trial, during which Waagner represented himself.'
    const b = 'The quick conviction followed a 2 1/2 week trial, during which the Venango County man represented himself.'
    expect(compare(a, b).divergences.map((d) => `${d.a?.text} | ${d.b?.text}`)).toContain('2 week | 2 1/2 week')
  })

  it.each([
    [
      'vi: heavy rain and hail (mưa lớn / mưa đá)',
      'Ngoài mưa đá, lượng mưa lớn kéo dài hơn 30 phút khiến quốc lộ 1A ngập nặng.',
      'Người dân phát hiện mưa đá kéo dài khoảng 15 phút khiến quốc lộ 1A ngập nặng.',
    ],
    [
      'en: heavy rain and light rain',
      'Heavy rain lasted more than 30 minutes and flooded the highway through the town.',
      'Light rain lasted about 15 minutes and flooded the highway through the town.',
    ],
    [
      'en: two sanctions, each after its own years (state goals / testing goals)',
      'Schools that fail to meet state goals for three years in a row must offer tutoring in addition to transfers.',
      "Schools that don't meet the testing goals for two years in a row must offer transfers.",
    ],
  ])('%s: two things, no pairing', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })
})
