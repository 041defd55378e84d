/**
 * Two figures dated by two weekdays are as likely two moments as one misreported (fact-moments.ts):
 * Vietnamese weekdays date a sentence as English ones do (review R 9: a caption "hôm Chủ nhật"
 * against a body "sáng thứ Hai" contradicted @0.75 while its English twin was another moment).
 * Ordinals ("lần thứ hai", "ngày thứ hai") date nothing; one weekday in two spellings is one day.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberPairs = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text, d.b?.text])

const VI_BODY = 'Lũ quét ở Lào Cai.\nLũ quét sáng thứ Hai làm 30 người chết tại thôn Làng Nủ, 15 người mất tích.'
const vi = (day: string) => `Lũ quét ở Lào Cai.\nLũ quét sáng thứ Hai làm 30 người chết tại thôn Làng Nủ.\nCứu hộ tìm kiếm 12 người mất tích tại Làng Nủ ${day}. Ảnh: TTXVN`
const EN_BODY = 'Floods hit Lao Cai.\nA flash flood on Monday killed 30 people in Lang Nu village and left 15 missing.'
const en = (day: string) => `Floods hit Lao Cai.\nA flash flood on Monday killed 30 people in Lang Nu village.\nRescuers search for 12 missing people in Lang Nu${day}. Photo: Reuters`

describe('a figure dated by another weekday', () => {
  it.each([
    ['vi: hôm Chủ nhật against sáng thứ Hai', vi('hôm Chủ nhật'), VI_BODY],
    ['vi: hôm thứ Ba against sáng thứ Hai', vi('hôm thứ Ba'), VI_BODY],
    ['vi: lower case after a time of day (tối thứ ba)', vi('tối thứ ba'), VI_BODY],
    ['vi: a digit (hôm thứ 4)', vi('hôm thứ 4'), VI_BODY],
    ['en: on Tuesday against on Monday', en(' on Tuesday'), EN_BODY],
  ])('%s: two moments, no number contradiction', (_why, a, b) => {
    expect(numberPairs(a, b)).toEqual([])
  })

  it.each([
    ['vi: the same day in two spellings (thứ 2 / thứ Hai)', vi('hôm thứ 2'), VI_BODY, ['12 người', '15 người']],
    ['vi: no weekday on the caption', vi('hôm nay').replace(' hôm nay', ''), VI_BODY, ['12 người', '15 người']],
    ['vi: an ordinal, not a day (lần thứ hai)', vi('lần thứ hai'), VI_BODY, ['12 người', '15 người']],
    ['vi: the second day running (ngày thứ ba)', vi('ngày thứ ba'), VI_BODY, ['12 người', '15 người']],
    ['en: the same weekday', en(' on Monday'), EN_BODY, ['12 missing', '15 missing']],
  ])('%s: one moment, the figures still contradict', (_why, a, b, pair) => {
    expect(numberPairs(a, b)).toEqual([pair])
  })
})
