import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { firstDate as first } from './first-date'

// date-quantities.ts tells a day and month from a quantity by what stands around it; read here through extractDates.
describe('a day and month after a share word: a date when a date word or the day says so', () => {
  it.each([
    // a trap for the fraction cue quá: a date word before wins
    ['quá then a date word', 'không quá ngày 1/3 năm sau', { text: '1/3', day: 1, month: 3 }],
    // after quá a day above its month is a deadline, not a share (no share is over a whole)
    ['deadline after không quá', 'nộp hồ sơ chậm nhất không quá 30/6 năm nay', { text: '30/6', day: 30, month: 6 }],
    ['deadline after quá, no year', 'hạn chót không quá 20/6', { text: '20/6', day: 20, month: 6 }],
  ])('%s: %s', (_name, text, want) => {
    expect(first(text)).toEqual(want)
  })
})

describe('quantities, not dates', () => {
  it.each([
    ['percent after a trigger', 'lãi suất tăng từ 3.5% lên'],
    ['multiplier after a trigger', 'giá tăng đến 13.8 triệu'],
    ['fraction cue before', 'chỉ có 1/6 số lượng này'],
    ['fraction cue after', 'đó có 1/3 là tiến sĩ'],
    ['fraction after không quá (no more than)', 'Chính phủ hỗ trợ không quá 1/3, còn lại là gia đình đóng góp'],
    ['24/7', 'cập nhật thông tin 24/7 bằng điện thoại'],
    ['range with a counted noun', 'nhóm từ 3-4 thành viên'],
  ])('%s: %s', (_name, text) => {
    expect(extractDates(text)).toEqual([])
  })
})
