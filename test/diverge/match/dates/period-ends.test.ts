import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { insidePeriod } from '../../../../src/diverge/match/dates/period-ends'

// The last date each sentence states, as the pairer would meet it.
const lastDate = (text: string) => extractDates(text).at(-1)!

describe('a day inside the period the other side ends on its day', () => {
  it.each([
    ['en: a day in the week before the period ends', 'Payments are due Aug. 15.', 'Payments are due from Friday through Aug. 22.', true],
    ['vi: hết ngày as the last day', 'Hạn nộp là ngày 18/8.', 'Người dân được nộp đến hết ngày 22/8.', true],
    // Traps: a day after the end, more than a week before it, both ends of periods, another month.
    ['en: a day after the period ends', 'Payments are due Aug. 25.', 'Payments are due through Aug. 22.', false],
    ['en: more than a week before', 'Payments are due Aug. 2.', 'Payments are due through Aug. 22.', false],
    ['en: both sides end a period', 'Payments are due through Aug. 15.', 'Payments are due through Aug. 22.', false],
    ['en: another month', 'Payments are due July 20.', 'Payments are due through Aug. 22.', false],
  ])('%s', (_why, a, b, inside) => {
    expect(insidePeriod(lastDate(a), lastDate(b))).toBe(inside)
  })
})
