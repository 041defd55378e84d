/**
 * An ordinal word straight before a past participle (was first elected, were first reported) says
 * when, not a rank or a count a reader would miss (ordinal-adverbs.ts; BASIL round missing50-1).
 * Ranks and counts in order stay missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNumbers = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number').map((d) => (d.a ?? d.b)!.text)

describe('an ordinal used as an adverb of time is not missing', () => {
  it.each([
    ['en, first elected', 'Jackson was first elected to office in 1995 and resigned last year.', 'Jackson was elected to office in 1995 and resigned last year.', 'first'],
    ['en, first reported', 'The fees were first reported in January 2017 by a newspaper.', 'The fees were reported in January 2017 by a newspaper.', 'first'],
    ['en, after the source', 'The Wall Street Journal first reported news of the plan on Monday.', 'The Wall Street Journal reported news of the plan on Monday.', 'first'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).not.toContain(fact)
  })
})

describe('ranks and orders stay missing', () => {
  it.each([
    ['en, a participle after a determiner is an adjective', 'The first reported case came in 2019, officials said.', 'A case came in 2019, officials said.', 'first'],
    ['en, a rank in a race', 'He finished first in the race on Sunday.', 'He ran in the race on Sunday.', 'first'],
    ['en, an ordinal term', 'Cantor, who is in his seventh term, had sought to counter the charge.', 'Cantor had sought to counter the charge.', 'seventh'],
    ['vi, a rank in a group', 'Đội tuyển Việt Nam xếp thứ nhất bảng A sau lượt trận thứ ba.', 'Đội tuyển Việt Nam thi đấu ở bảng A sau lượt trận.', 'thứ ba'],
    ['vi, the time he was elected', 'Đây là lần thứ hai ông được bầu làm chủ tịch.', 'Ông được bầu làm chủ tịch.', 'thứ hai'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).toContain(fact)
  })
})
