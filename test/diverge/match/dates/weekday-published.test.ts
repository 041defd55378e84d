/**
 * A weekday against a calendar day, given the reports' own dates (issue 11): *sank Saturday* in a
 * report published Monday 14 August 2000 is 12 August, so *sank on Aug. 12* says the same
 * (equivalence `weekday`) and *sank Sunday* another day (a divergence). Without a published date
 * a weekday names no day; another slot, a recurring day, or a date weeks away is left alone.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const MONDAY = '2000-08-14T09:00:00+04:00'
const SUNDAY = '2000-08-13'
const dayFlags = (a: string, b: string, publishedA: string | undefined, publishedB: string | undefined) => {
  const r = compare({ text: a, ...(publishedA ? { published: publishedA } : {}) }, { text: b, ...(publishedB ? { published: publishedB } : {}) })
  const weekdayEquivalences = r.equivalences.filter((e) => e.reason === 'weekday').map((e) => [e.a.text, e.b.text])
  const dateDivergences = r.divergences.filter((d) => d.kind === 'date').map((d) => [d.a?.text, d.b?.text])
  return { weekdayEquivalences, dateDivergences }
}

describe('a weekday against a date, read with the reports’ own dates', () => {
  it.each([
    ['en: sank Aug. 12 / sank Saturday, both Monday papers', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The Russian submarine Kursk sank Saturday in the Barents Sea with all 118 sailors aboard.', MONDAY, MONDAY, ['Aug. 12', 'Saturday']],
    ['en: written a day apart', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The Russian submarine Kursk sank Saturday in the Barents Sea with all 118 sailors aboard.', MONDAY, SUNDAY, ['Aug. 12', 'Saturday']],
    ['en: next Saturday counts forward', 'The summit of the Baltic states will open on Aug. 19 in Tallinn, the ministry said.', 'The summit of the Baltic states will open next Saturday in Tallinn, the ministry said.', MONDAY, MONDAY, ['Aug. 19', 'Saturday']],
    ['vi: chìm ngày 12/8 / chìm hôm thứ Bảy', 'Tàu ngầm Kursk chìm ngày 12/8 tại biển Barents cùng 118 thủy thủ trên tàu.', 'Tàu ngầm hạt nhân Kursk chìm hôm thứ Bảy tại biển Barents cùng 118 thủy thủ.', MONDAY, MONDAY, ['12/8', 'thứ Bảy']],
  ])('%s: one day (weekday)', (_why, a, b, pa, pb, pair) => {
    const { weekdayEquivalences, dateDivergences } = dayFlags(a, b, pa, pb)
    expect(weekdayEquivalences).toEqual([pair])
    expect(dateDivergences).toEqual([])
  })

  it.each([
    ['en: sank Aug. 12 / sank Sunday', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The Russian submarine Kursk sank Sunday in the Barents Sea with all 118 sailors aboard.', MONDAY, MONDAY, ['Aug. 12', 'Sunday']],
    ['vi: chìm ngày 12/8 / chìm hôm Chủ nhật', 'Tàu ngầm Kursk chìm ngày 12/8 tại biển Barents cùng 118 thủy thủ trên tàu.', 'Tàu ngầm hạt nhân Kursk chìm hôm Chủ nhật tại biển Barents cùng 118 thủy thủ.', MONDAY, MONDAY, ['12/8', 'Chủ nhật']],
  ])('%s: two days', (_why, a, b, pa, pb, pair) => {
    const { weekdayEquivalences, dateDivergences } = dayFlags(a, b, pa, pb)
    expect(weekdayEquivalences).toEqual([])
    expect(dateDivergences).toEqual([pair])
  })

  it.each([
    ['en: no published date', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The Russian submarine Kursk sank Sunday in the Barents Sea with all 118 sailors aboard.', undefined, undefined],
    ['vi: no published date', 'Tàu ngầm Kursk chìm ngày 12/8 tại biển Barents cùng 118 thủy thủ trên tàu.', 'Tàu ngầm hạt nhân Kursk chìm hôm Chủ nhật tại biển Barents cùng 118 thủy thủ.', undefined, undefined],
    ['en: another slot (the rescue, not the sinking)', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'Norwegian divers reached the Kursk Sunday in the Barents Sea and found all 118 sailors dead.', MONDAY, MONDAY],
    ['vi: another slot', 'Tàu ngầm Kursk chìm ngày 12/8 tại biển Barents cùng 118 thủy thủ trên tàu.', 'Thợ lặn Na Uy tiếp cận tàu Kursk hôm Chủ nhật tại biển Barents.', MONDAY, MONDAY],
    ['en: a date weeks away', 'The Russian submarine Kursk sank on July 2 during an exercise in the Barents Sea.', 'The Russian submarine Kursk sank Sunday during an exercise in the Barents Sea.', MONDAY, MONDAY],
    ['en: a recurring day', 'The crew trained on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The crew trained every Sunday in the Barents Sea with 118 sailors aboard.', MONDAY, MONDAY],
    ['vi: a recurring day', 'Thủy thủ đoàn tập luyện ngày 12/8 tại biển Barents cùng 118 người.', 'Thủy thủ đoàn tập luyện mỗi Chủ nhật tại biển Barents cùng 118 người.', MONDAY, MONDAY],
    ['en: a paper dated in year 99 (read as 1999 by Date.UTC)', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The Russian submarine Kursk sank Sunday in the Barents Sea with all 118 sailors aboard.', '0099-08-14', '0099-08-14'],
    ['en: an unreadable published date', 'The Russian submarine Kursk sank on Aug. 12 in the Barents Sea with 118 sailors aboard.', 'The Russian submarine Kursk sank Sunday in the Barents Sea with all 118 sailors aboard.', 'last Monday', 'not a date'],
  ])('%s: neither', (_why, a, b, pa, pb) => {
    const { weekdayEquivalences, dateDivergences } = dayFlags(a, b, pa, pb)
    expect(weekdayEquivalences).toEqual([])
    expect(dateDivergences).toEqual([])
  })

  // review rdays45: the verb alone is no slot; a weekday beside its own date; recurring days; decomposed text
  it.each([
    ['en: two suspects arrested', 'Police arrested a second suspect Saturday in connection with the bombing, officials said.', 'Police arrested the first suspect on Aug. 10 in connection with the bombing, officials said.', MONDAY, MONDAY],
    ['vi: two suspects arrested', 'Công an bắt giữ nghi phạm thứ hai hôm thứ Bảy liên quan đến vụ nổ.', 'Công an bắt giữ nghi phạm đầu tiên ngày 10/8 liên quan đến vụ nổ.', MONDAY, MONDAY],
    ['en: two people arrested', 'Police arrested the driver Saturday near the border.', 'Police arrested the owner on Aug. 10 near the border.', MONDAY, MONDAY],
    ['vi: a weekly day after its weekday', 'Chợ phiên họp vào Chủ nhật hàng tuần tại Bắc Hà, người dân cho biết.', 'Chợ phiên họp ngày 12/8 tại Bắc Hà, người dân cho biết.', MONDAY, MONDAY],
    ['vi: hằng tuần', 'Chợ phiên họp vào thứ Bảy hằng tuần tại Bắc Hà.', 'Chợ phiên họp ngày 13/8 tại Bắc Hà.', MONDAY, MONDAY],
    ['en: on Saturdays', 'The market opens on Sundays in the old town, traders said.', 'The market opens on Aug. 12 in the old town, traders said.', MONDAY, MONDAY],
  ])('%s: neither', (_why, a, b, pa, pb) => {
    const { weekdayEquivalences, dateDivergences } = dayFlags(a, b, pa, pb)
    expect(weekdayEquivalences).toEqual([])
    expect(dateDivergences).toEqual([])
  })

  it.each([
    ['en: a weekday beside its own date is that date', 'The Kursk sank Saturday, Aug. 12, in the Barents Sea, the navy said.', 'The Kursk sank on Aug. 13 in the Barents Sea, the navy said.', [['Aug. 12', 'Aug. 13']]],
    ['vi: a weekday beside its own date is that date', 'Tàu Kursk chìm hôm thứ Bảy 12/8 tại biển Barents, hải quân cho biết.', 'Tàu Kursk chìm ngày 13/8 tại biển Barents, hải quân cho biết.', [['12/8', '13/8']]],
  ])('%s: one flag, the dates', (_why, a, b, want) => {
    expect(dayFlags(a, b, MONDAY, MONDAY).dateDivergences).toEqual(want)
  })

  it.each([
    ['vi', 'Tàu ngầm Kursk bị chìm hôm thứ Bảy tại biển Barents.', 'Tàu ngầm Kursk bị chìm ngày 12/8 tại biển Barents.'],
    ['vi, a divergence', 'Tàu ngầm Kursk bị chìm hôm Chủ nhật tại biển Barents.', 'Tàu ngầm Kursk bị chìm ngày 12/8 tại biển Barents.'],
    ['en', 'The Kursk sank Saturday in the Barents Sea.', 'The Kursk sank on Aug. 12 in the Barents Sea.'],
  ])('%s: decomposed (NFD) text reads as composed (NFC)', (_why, a, b) => {
    const nfc = dayFlags(a.normalize('NFC'), b.normalize('NFC'), MONDAY, MONDAY)
    const nfd = dayFlags(a.normalize('NFD'), b.normalize('NFD'), MONDAY, MONDAY)
    expect(nfc.weekdayEquivalences.length + nfc.dateDivergences.length).toBe(1)
    expect(nfd.weekdayEquivalences.map((p) => p.map((t) => t?.normalize('NFC')))).toEqual(nfc.weekdayEquivalences)
    expect(nfd.dateDivergences.map((p) => p.map((t) => t?.normalize('NFC')))).toEqual(nfc.dateDivergences)
  })
})
