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
    ['en, a participle after a possessive', "China's first manned space flight landed on Monday, officials said.", 'A Chinese space flight landed on Monday, officials said.', 'first'],
    ['en, an adjective participle after a possessive', "Vietnam's first confirmed case of the virus was a man from Hanoi, officials said.", 'A case of the virus was a man from Hanoi, officials said.', 'first'],
    ['en, a rank after the world\'s', "It is the world's first licensed vaccine against the disease, the agency said.", 'It is a vaccine against the disease, the agency said.', 'first'],
    ['en, a word in -ed that is no participle', "He made the pledge during Trump's first hundred days in office, aides said.", "He made the pledge during Trump's time in office, aides said.", 'first'],
    ['en, a rank in a race', 'He finished first in the race on Sunday.', 'He ran in the race on Sunday.', 'first'],
    ['en, an ordinal term', 'Cantor, who is in his seventh term, had sought to counter the charge.', 'Cantor had sought to counter the charge.', 'seventh'],
    ['vi, a rank in a group', 'Đội tuyển Việt Nam xếp thứ nhất bảng A sau lượt trận thứ ba.', 'Đội tuyển Việt Nam thi đấu ở bảng A sau lượt trận.', 'thứ ba'],
    ['vi, a rank before a participle', 'Đây là ca nhiễm thứ hai được xác nhận tại Hà Nội, Bộ Y tế cho biết.', 'Đây là ca nhiễm được xác nhận tại Hà Nội, Bộ Y tế cho biết.', 'thứ hai'],
    ['vi, the time he was elected', 'Đây là lần thứ hai ông được bầu làm chủ tịch.', 'Ông được bầu làm chủ tịch.', 'thứ hai'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).toContain(fact)
  })
})
