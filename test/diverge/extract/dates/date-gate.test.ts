import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/document/fact-tokens'
import { mayHoldDate } from '../../../../src/diverge/extract/dates/date-gate'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const gate = (text: string) => mayHoldDate(tokenize(text))

describe('mayHoldDate: sentences the date reader may date', () => {
  it.each([
    ['vi numeral', 'Sáng 14/8, Hà Nội ghi nhận ca bệnh'],
    ['vi month in words', 'vào tháng Tám năm ngoái'],
    ['vi spelled hour', 'lúc sáu giờ sáng'],
    ['vi mixed token', 'đợt dịch Covid-19 bùng phát'],
    ['en month name', 'Talks resumed in August'],
    ['en hyphened month part', 'He returns in mid-August'],
    ['en clock', 'at 6:47 p.m. local time'],
    ['fr', 'le 21 mars à Paris'],
    ['de', 'am 14.05. um 10 Uhr'],
  ])('%s: %s', (_, text) => {
    expect(gate(text)).toBe(true)
  })

  // Traps: no token any date opens at — the reader is not run, and would find nothing.
  it.each([
    ['vi words only', 'Thủ tướng Phạm Minh Chính tiếp Đại sứ Hàn Quốc.'],
    ['vi noon-like word without a clock before it', 'Buổi trưa, đoàn rời Hà Nội.'],
    ['en words only', 'The minister met the ambassador on Monday.'],
    ['en noon after no clock', 'They met at noon.'],
    ['empty', ''],
    ['symbols', '— … ?'],
  ])('%s: %s', (_, text) => {
    expect(gate(text)).toBe(false)
    expect(extractDates(text)).toEqual([])
  })
})
