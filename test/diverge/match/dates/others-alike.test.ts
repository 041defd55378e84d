/**
 * othersAlikeIn (others-alike.ts) answers as the pairwise reading did: every other figure of each
 * sentence has a `sameFact` partner in the other, the two figures compared left out of both.
 */
import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import type { Fact } from '../../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { othersAlikeIn } from '../../../../src/diverge/match/dates/others-alike'
import { sameFact } from '../../../../src/diverge/match/slots/slots'

function facts(text: string): Fact[] {
  const dates = extractDates(text)
  return [...dates, ...extractNumbers(text, dates)].sort((x, y) => x.start - y.start)
}

/** The reading moment-slots.ts made before: every pair of facts compared. */
function pairwise(a: readonly Fact[], b: readonly Fact[], x: Fact, y: Fact): boolean {
  const fx = a.filter((f) => f !== x)
  const fy = b.filter((f) => f !== y)
  const within = (f: Fact, list: readonly Fact[]): boolean => list.some((g) => sameFact(f, g))
  return fx.every((f) => within(f, fy)) && fy.every((f) => within(f, fx))
}

const at = (list: readonly Fact[], text: string): Fact => list.find((f) => f.text.includes(text))!

describe('other figures alike, counted through an index', () => {
  it.each([
    // [case, sentence A, sentence B, figure of A, figure of B, other figures alike]
    ['vi, only the time changed', 'Vụ cháy lúc 5 giờ sáng làm 3 người bị thương, thiệt hại 2 tỷ đồng.', 'Vụ cháy lúc 6 giờ sáng làm 3 người bị thương, thiệt hại 2 tỷ đồng.', '5 giờ', '6 giờ', true],
    ['en, only the time changed', 'The fire at 5 a.m. injured 3 people and cost $2 million.', 'The fire at 6 a.m. injured 3 people and cost $2 million.', '5 a.m.', '6 a.m.', true],
    ['en, a date written two ways', 'On 13/8/2025 at 5 p.m. the ferry left.', 'On 13 August at 6 p.m. the ferry left.', '5 p.m.', '6 p.m.', true],
    ['vi, a year against a date of that year', 'Năm 2019, lúc 9 giờ, nhà máy mở cửa.', 'Năm 2019, lúc 10 giờ, nhà máy mở cửa.', '9 giờ', '10 giờ', true],
    // traps: a figure of one side the other lacks, or one whose only partner is the figure compared
    ['vi trap, the toll moved with the time', 'Vụ cháy lúc 5 giờ sáng làm 3 người bị thương.', 'Vụ cháy lúc 6 giờ sáng làm 4 người bị thương.', '5 giờ', '6 giờ', false],
    ['en trap, the quote moved with the time', 'Gold stood at $367.90 at 10 a.m.', 'Gold stood at $365.25 at 8 a.m.', '10 a.m.', '8 a.m.', false],
    ['en trap, the other figure is the one compared', 'At 5 p.m. and at 6 p.m. the bells rang.', 'At 6 p.m. the bells rang.', '5 p.m.', '6 p.m.', false],
    ['vi trap, one side adds a figure', 'Lúc 9 giờ, đoàn xe đến.', 'Lúc 10 giờ, 12 xe đến.', '9 giờ', '10 giờ', false],
  ] as const)('%s', (_case, textA, textB, figureA, figureB, alike) => {
    const [a, b] = [facts(textA), facts(textB)]
    const [x, y] = [at(a, figureA), at(b, figureB)]
    expect(pairwise(a, b, x, y)).toBe(alike)
    expect(othersAlikeIn(a, b, x, y)).toBe(alike)
  })

  it.each([
    ['vi', (i: number) => `chuyến bay VN${123 + (i % 10)} hạ cánh lúc ${(i % 9) + 1} giờ, chở ${150 + (i % 10)} hành khách, ngày ${(i % 28) + 1}/${(i % 12) + 1},`],
    ['en', (i: number) => `flight ${123 + (i % 10)} landed at ${(i % 9) + 1} pm with ${150 + (i % 10)} passengers on ${(i % 28) + 1}/${(i % 12) + 1} in ${2000 + (i % 3)},`],
  ])('%s: every pair of figures of two long sentences answers as the pairwise reading', (_lang, line) => {
    const text = Array.from({ length: 30 }, (_, i) => line(i)).join(' ')
    const a = facts(text)
    const b = facts(text.replace(/\b9\b/gu, '8'))
    for (const x of a) for (const y of b.filter((_, k) => k % 7 === 0)) expect([x.text, y.text, othersAlikeIn(a, b, x, y)]).toEqual([x.text, y.text, pairwise(a, b, x, y)])
  })
})
