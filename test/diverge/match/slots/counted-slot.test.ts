/**
 * A count of one specific noun on each side names its slot (issue 11: pair facts by counted noun
 * when the sentences share little wording). Sentences after MSRP train pairs and VietnameseMDS.
 */
import { describe, expect, it } from 'vitest'
import { sameCountedNoun } from '../../../../src/diverge/match/slots/counted-slot'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const fact = (text: string) => extractNumbers(text)[0]!

describe('two counts of the same specific noun', () => {
  it.each([
    ['en: accidents', 'a record 45 accidents', 'including 47 accidents', true],
    ['en: bishops, a factor two apart', 'support from 50 bishops', 'an estimated 25 bishops', true],
    ['en: a noun that counts anyone', 'the remaining 5 men', '3 men and two women', false],
    ['en: cents are money, not a counted thing', 'earned 13 cents', 'earned 15 cents', false],
    ['en: more than a factor two apart, two scopes', 'about 37,000 U.S. troops', '100,000 U.S. troops', false],
    ['en: different nouns', '45 accidents', '47 deaths', false],
    ['en: percentage points measure a move of anything', 'fell 2 percentage points', 'fell 1.5 percentage points', false],
    ['en: a fraction of a percentage point in words', 'fell a half of a percentage point', 'down nearly a full percentage point', false],
    ['vi: percentage points are points', 'giảm 2 điểm phần trăm', 'giảm 1,5 điểm phần trăm', false],
    ['vi: the same measured noun', 'hơn 1.300 tấn khí độc', 'lên tới 1.000 tấn', true],
    ['vi: a classifier of any incident', '45 vụ tai nạn', '47 vụ cháy', false],
    ['vi: points of a match count nothing specific', 'ghi 2 điểm', 'ghi 5 điểm', false],
  ])('%s', (_why, a, b, want) => {
    expect(sameCountedNoun(fact(a), fact(b))).toBe(want)
  })
})

describe('in sentences worded apart', () => {
  const flagged = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  it.each([
    [
      'en: an accident record',
      'Since being drafted into service in 1971, it has racked up a record 45 accidents, with 393 deaths.',
      'It has a chequered safety record, including 47 accidents that resulted in 668 deaths.',
      ['45 accidents', '47 accidents'],
    ],
  ])('%s: the two counts contradict', (_why, a, b, pair) => {
    expect(flagged(a, b)).toContainEqual(pair)
  })

  it.each([
    [
      'en: a part of the arrested against all of them',
      'The remaining five men continue to be questioned under Section 17 of the Terrorism Act.',
      'Three men and two women who were at the property were arrested under Section 41 of the Terrorism Act 2000.',
    ],
    ['en: a province against the country', 'About 37,000 U.S. troops are based in the south.', 'In all, 100,000 U.S. troops serve in the country.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(flagged(a, b)).toEqual([])
  })
})
