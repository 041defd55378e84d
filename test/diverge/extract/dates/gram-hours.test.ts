import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { firstDate as first } from './first-date'

// gram-hours.ts: the hour written with g for giờ, read only where the text says it is an hour.
describe('an hour written with g', () => {
  it.each([
    ['minutes glued', 'Vụ việc xảy ra lúc 17g30 tại chợ.', { text: '17g30', minutes: 17 * 60 + 30 }],
    ['part of the day after', 'khoảng 17g chiều 7-8, đám cháy bùng lên', { text: '17g chiều', minutes: 17 * 60, cue: 'chiều' }],
    ['day after', 'Đến 20g cùng ngày, đám cháy được dập tắt.', { text: '20g', minutes: 20 * 60 }],
    ['lúc before', 'Cảnh sát có mặt lúc 21g.', { text: '21g', minutes: 21 * 60 }],
    ['hedged clause opener', 'Đến khoảng 20g, lực lượng chức năng đã khống chế được đám cháy.', { text: '20g', minutes: 20 * 60 }],
  ])('%s: %s', (_name, text, want) => {
    expect(first(text)).toEqual(want)
  })
})

describe('a weight written with g stays a weight', () => {
  it.each([
    ['vi, sugar', 'Cho 500g đường vào nồi.'],
    ['vi, hedged gold', 'Nghi phạm mang theo khoảng 20g vàng.'],
    ['vi, drug after đến', 'Lượng ma túy tăng đến 20g mỗi ngày.'],
    ['vi, range of weights', 'Mỗi gói nặng từ 10g đến 20g.'],
    ['en, weight', 'Each packet holds 17g of sugar.'],
    ['en, clause opener is no Vietnamese one', 'At 20g, the dose is lethal.'],
    ['vi, duration first', 'trong 24g qua'],
  ])('%s: %s', (_name, text) => {
    expect(extractDates(text).filter((d) => d.minutes !== undefined)).toEqual([])
  })
})

describe('an hour written with g is no number', () => {
  it('leaves "20g cùng ngày" to the dates', () => {
    const text = 'Đến 20g cùng ngày, đám cháy được dập tắt.'
    expect(extractNumbers(text, extractDates(text)).map((n) => n.text)).toEqual([])
  })
})
