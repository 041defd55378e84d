/**
 * A date that is one end of a range is read with the words beside the whole range (range-groups.ts,
 * inRangeWords): a single day in the other report meets the range's first day, not its last, when
 * the words around the range are what the two sentences share.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

/** Contradictions and candidates on dates, as "a | b", and the dates reported missing. */
function dates(a: string, b: string) {
  const report = compare(a, b, { minConfidence: 0 })
  const pairs = [...report.divergences, ...report.candidates].filter((d) => d.kind === 'date').map((d) => `${d.a!.text} | ${d.b!.text}`)
  const missing = report.divergences.filter((d) => d.kind === 'missing' && d.factType === 'date').map((d) => (d.a ?? d.b)!.text)
  return { pairs, missing }
}

describe('a range end stands in the words of its whole range', () => {
  it.each([
    [
      'vi: a tournament from 25/10 to 3/11 against one starting on 23/10',
      'Đội sẽ dự giải khởi tranh từ 25/10 đến 3/11 tại Bình Dương.',
      'Đội sẽ dự giải diễn ra tại Bình Dương vào ngày 23/10.',
      { pairs: ['25/10 | 23/10'], missing: ['3/11'] },
    ],
    [
      'en: a tournament from October 25 to November 3 against one starting on October 23',
      'The tournament runs from October 25 to November 3 in Binh Duong.',
      'The tournament starts in Binh Duong on October 23.',
      { pairs: ['October 25 | October 23'], missing: ['November 3'] },
    ],
    // Traps: the same first day is no conflict, and the range's last day is what the other report lacks.
    [
      'vi: the same start written as a range and as a day',
      'Đội sẽ dự giải khởi tranh từ 23/10 đến 3/11 tại Bình Dương.',
      'Đội sẽ dự giải diễn ra tại Bình Dương vào ngày 23/10.',
      { pairs: [], missing: ['3/11'] },
    ],
    [
      'en: the same start written as a range and as a day',
      'The tournament runs from October 23 to November 3 in Binh Duong.',
      'The tournament starts in Binh Duong on October 23.',
      { pairs: [], missing: ['November 3'] },
    ],
  ])('%s', (_why, a, b, expected) => {
    expect(dates(a, b)).toEqual(expected)
  })

  it.each([
    ['vi', 'Đội sẽ dự giải khởi tranh từ 25/10 đến 3/11 tại Bình Dương.', 'Đội sẽ dự giải diễn ra tại Bình Dương vào ngày 23/10.'],
    ['en', 'The tournament runs from October 25 to November 3 in Binh Duong.', 'The tournament starts in Binh Duong on October 23.'],
  ])('%s: the range end is never the one flagged against a start', (_lang, a, b) => {
    const flagged = compare(a, b).divergences.filter((d) => d.kind === 'date').map((d) => d.a!.text)
    expect(flagged).not.toContain(a.includes('3/11') ? '3/11' : 'November 3')
  })
})
