import { describe, expect, it } from 'vitest'
import { extractCjkDates } from '../../../src/diverge/extract/dates/cjk-dates'
import { withCjkDates } from '../../../src/diverge/extract/cjk/cjk-facts'
import type { DateFact } from '../../../src/diverge/extract/fact'

const clock = (text: string) => extractCjkDates(text).map((d) => [d.text, d.minutes ?? null, d.cue ?? null])

describe('a clock written with a colon after a part of day or a date', () => {
  it.each([
    ['Simplified, early morning', '今日凌晨2:40许发生相撞', [['凌晨2:40', 160, 'early morning']]],
    ['Traditional, early morning', '今日凌晨2:40許發生相撞', [['凌晨2:40', 160, 'early morning']]],
    ['afternoon, fullwidth colon', '下午3：15恢复通行', [['下午3：15', 915, 'afternoon']]],
    ['after a date', '6月29日14:05恢复通行', [['6月29日14:05', 845, null]]],
  ])('%s: read with it', (_label, text, expected) => {
    expect(clock(text)).toEqual(expected)
  })

  it.each([
    ['a score, no part of day', '比分2:1'],
    ['three digits after the colon', '凌晨2:405'],
    ['minutes past 59', '凌晨2:75'],
  ])('%s: no clock', (_label, text) => {
    expect(clock(text).filter(([, minutes]) => minutes !== null)).toEqual([])
  })

  it.each([
    ['English', 'The trains collided at 2:40 a.m.'],
    ['Vietnamese', 'Hai tàu va chạm lúc 2:40 sáng'],
  ])('%s text keeps the general reader\'s dates', (_label, text) => {
    const general: DateFact[] = [{ type: 'date', start: 0, end: 4, text: text.slice(0, 4), minutes: 160 }]
    expect(withCjkDates(text, general)).toBe(general)
  })
})
