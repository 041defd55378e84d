import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../src/diverge/extract/dates/dates'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'

const scores = (text: string): string[] => extractNumbers(text, extractDates(text)).filter((f) => f.kind === 'score').map((f) => f.text)
const dates = (text: string): string[] => extractDates(text).map((f) => f.text)

describe('a score written with a slash after a score cue is a score, not a date', () => {
  it.each([
    // After VietnameseMDS cluster 97: Thể Thao Văn Hóa writes every set score with a slash.
    ['vi: a lost set (7/21 is no 21 July)', 'Sang set 3, Tiến Minh xuống sức và dễ dàng để thua 7/21.', ['7/21'], []],
    ['vi: a won set', 'Tiến Minh đã để đối phương ghi liền 5 điểm trước khi thắng 21/18.', ['21/18'], []],
    ['vi: a tennis set that could be a date (6/3)', 'Del Potro kết thúc set đấu bằng thắng lợi 6/3.', ['6/3'], []],
    ['en: the first set', 'Djokovic won the first set 6/1 in 34 minutes.', ['6/1'], []],
    ['vi: a date word right before it stays a date', 'Đội tuyển thắng ngày 6/3 tại Mỹ Đình.', [], ['6/3']],
    ['vi: no cue, a date', 'Sáng 14/8, Hà Nội ghi nhận 2 ca.', [], ['14/8']],
    ['vi: a large pair after a cue is a fraction, not a score', 'Dự luật được thông qua khi thắng 72/222 phiếu.', [], []],
  ])('%s', (_name, text, expectedScores, expectedDates) => {
    expect(scores(text)).toEqual(expectedScores)
    expect(dates(text)).toEqual(expectedDates)
  })
})
