import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { firstDate as first } from './first-date'

// clock-times.ts reads the hour's suffix and the tokens that glue digits to letters; read here through extractDates.
describe('clock times', () => {
  it.each([
    ['colon', 'lúc 18:47 giờ Hà Nội', { text: '18:47', minutes: 18 * 60 + 47 }],
    ['18h47', 'lúc 18h47, đoàn tới', { text: '18h47', minutes: 18 * 60 + 47 }],
    ['3h', 'gặp Nakamura lúc 3h.', { text: '3h', minutes: 180 }],
    ['giờ with minutes and cue', 'khoảng 3 giờ 30 chiều', { text: '3 giờ 30 chiều', minutes: 15 * 60 + 30, cue: 'chiều' }],
    ['lúc N giờ', 'họp lúc 9 giờ', { text: '9 giờ', minutes: 540 }],
    ['p.m.', 'at 6:47 p.m. local time', { text: '6:47 p.m.', minutes: 18 * 60 + 47, cue: 'pm' }],
    ['6pm', 'died yesterday at 6pm', { text: '6pm', minutes: 1080, cue: 'pm' }],
    ['four digits before a zone', 'at 654 pence by 1018 GMT, but', { text: '1018', minutes: 10 * 60 + 18 }],
    // review K: a spelled hour before a part of the day, or after "lúc", reads as the digits do
    ['spelled năm giờ chiều', 'Đến năm giờ chiều, đám cháy được dập tắt.', { text: 'năm giờ chiều', minutes: 17 * 60, cue: 'chiều' }],
    ['spelled sáu giờ sáng', 'Đến sáu giờ sáng, đám cháy được dập tắt.', { text: 'sáu giờ sáng', minutes: 6 * 60, cue: 'sáng' }],
    ['lúc + spelled hour', 'họp lúc chín giờ', { text: 'chín giờ', minutes: 540 }],
  ])('%s: %s', (_name, text, want) => {
    expect(first(text)).toEqual(want)
  })
})

describe('durations, not clock times', () => {
  it.each([
    ['duration hours', 'trong 24h qua'],
    ['duration giờ', 'trong 3 giờ'],
    ['spelled duration giờ', 'trong năm giờ qua, mưa to'],
    ['spelled giờ đồng hồ', 'Năm giờ đồng hồ sau, cứu hộ đến.'],
  ])('%s: %s', (_name, text) => {
    expect(extractDates(text)).toEqual([])
  })
})
