import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { firstDate as first } from './first-date'
import { compare } from '../../../../src'

// gram-hours.ts: the hour written with g for giờ, read only where the text says it is an hour.
describe('an hour written with g', () => {
  it.each([
    ['minutes glued', 'Vụ việc xảy ra lúc 17g30 tại chợ.', { text: '17g30', minutes: 17 * 60 + 30 }],
    ['part of the day after', 'khoảng 17g chiều 7-8, đám cháy bùng lên', { text: '17g chiều', minutes: 17 * 60, cue: 'chiều' }],
    ['day after', 'Đến 20g cùng ngày, đám cháy được dập tắt.', { text: '20g', minutes: 20 * 60 }],
    ['lúc before', 'Cảnh sát có mặt lúc 21g.', { text: '21g', minutes: 21 * 60 }],
    ['hedged clause opener', 'Đến khoảng 20g, lực lượng chức năng đã khống chế được đám cháy.', { text: '20g', minutes: 20 * 60 }],
    ['hedge opening the sentence', 'Khoảng 20g, lực lượng cứu hỏa có mặt tại hiện trường.', { text: '20g', minutes: 20 * 60 }],
    ['vào khoảng before', 'Vụ tai nạn xảy ra vào khoảng 20g tại quốc lộ 1A.', { text: '20g', minutes: 20 * 60 }],
    ['ngày with its date', 'Vụ cháy xảy ra 20g ngày 7/8.', { text: '20g', minutes: 20 * 60 }],
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
    ['vi, cùng is "together with"', 'Trộn 20g cùng 100ml sữa tươi rồi khuấy đều.'],
    ['vi, cùng with a gun', 'Nghi phạm mang theo 20g cùng một khẩu súng.'],
    ['vi, ngày as "a day"', 'Mỗi người dùng 20g ngày hai lần.'],
    ['vi, hedge inside the sentence', 'Mỗi gói chứa khoảng 20g, đủ dùng một tuần.'],
    ['vi, sau may be "after 20 hours"', 'Sau 20g, mưa lớn gây ngập nhiều tuyến phố.'],
    ['en, about opening the sentence', 'About 20g, the dose is lethal.'],
  ])('%s: %s', (_name, text) => {
    expect(extractDates(text).filter((d) => d.minutes !== undefined)).toEqual([])
  })
})

describe('a weight written with g keeps its contradiction a number', () => {
  it.each([
    ['vi, cùng', 'Trộn 20g cùng 100ml sữa tươi rồi khuấy đều.', 'Trộn 30g cùng 100ml sữa tươi rồi khuấy đều.'],
    ['vi, cùng a gun', 'Nghi phạm mang theo 20g cùng một khẩu súng.', 'Nghi phạm mang theo 12g cùng một khẩu súng.'],
    ['vi, ngày hai lần', 'Mỗi người dùng 20g ngày hai lần.', 'Mỗi người dùng 25g ngày hai lần.'],
    ['en, grams', 'Each packet holds 20g of sugar.', 'Each packet holds 30g of sugar.'],
  ])('%s', (_name, a, b) => {
    expect(compare(a, b).divergences.map((d) => d.kind)).toEqual(['number'])
  })
})

describe('an hour written with g is no number', () => {
  it('leaves "20g cùng ngày" to the dates', () => {
    const text = 'Đến 20g cùng ngày, đám cháy được dập tắt.'
    expect(extractNumbers(text, extractDates(text)).map((n) => n.text)).toEqual([])
  })
})
