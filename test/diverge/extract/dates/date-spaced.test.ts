/**
 * Dates and times an outlet writes in a second shape (DANeS, round fresh33-1): a day and month
 * with a space for the slash after a date word (*Ngày 3 10*, *sáng 12 10*), two full dates joined
 * by a dash in one token (*8/10-22/10/2021*), a day-part on both ends of a span (*đêm 11 đến sáng
 * 12 10*), and a clock-time range glued into one token (*6h00-12h00*, *6am-2pm*).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const read = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month, f.year, f.minutes])

describe('a date or time in a second written shape is read', () => {
  it.each([
    ['vi: a spaced day and month after ngày', 'Ngày 3 10, UBND quận Hoàn Kiếm ra quyết định.', [['3 10', 3, 10, undefined, undefined]]],
    ['vi: a spaced day and month after a day-part', 'dự báo vào sáng 12 10.', [['12 10', 12, 10, undefined, undefined]]],
    ['vi: a spaced day and month in brackets after sáng nay', 'Trong sáng nay (9 10), trên vùng biển có 1 cơn bão.', [['9 10', 9, 10, undefined, undefined]]],
    ['vi: a span of day-parts, the month once', 'khoảng đêm 11 đến sáng 12 10, cơn bão này vào Biển Đông.', [['11', 11, 10, undefined, undefined], ['12 10', 12, 10, undefined, undefined]]],
    ['vi: a span of day-parts with slashes', 'khoảng đêm 11 đến sáng 12/10, bão vào Biển Đông.', [['11', 11, 10, undefined, undefined], ['12/10', 12, 10, undefined, undefined]]],
    ['vi: two full dates joined by a dash', 'tìm người đến quán từ ngày 8/10-22/10/2021.', [['8/10', 8, 10, 2021, undefined], ['22/10/2021', 22, 10, 2021, undefined]]],
    ['vi: two dates over a month end', 'từ 28/9-3/10, trường đóng cửa.', [['28/9', 28, 9, undefined, undefined], ['3/10', 3, 10, undefined, undefined]]],
    ['vi: a clock range glued', 'ghi nhận từ 6h00-12h00 ngày 4/10.', [['6h00', undefined, undefined, undefined, 360], ['12h00', undefined, undefined, undefined, 720], ['4/10', 4, 10, undefined, undefined]]],
    ['vi: hours only', 'từ 6h-12h hôm nay.', [['6h', undefined, undefined, undefined, 360], ['12h', undefined, undefined, undefined, 720]]],
    ['en: a clock range glued', 'Polls open 6am-2pm on Sunday.', [['6am', undefined, undefined, undefined, 360], ['2pm', undefined, undefined, undefined, 840]]],
    ['en: a clock range to noon', 'The road is shut 6am-noon.', [['6am', undefined, undefined, undefined, 360], ['noon', undefined, undefined, undefined, 720]]],
    ['en: a clock range to midnight', 'Bars open 6pm-midnight.', [['6pm', undefined, undefined, undefined, 1080], ['midnight', undefined, undefined, undefined, 0]]],
    ['en: two full dates joined by a dash', 'The fair runs 28/9-3/10/2021 in Leeds.', [['28/9', 28, 9, 2021, undefined], ['3/10/2021', 3, 10, 2021, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['vi: a list of days keeps its comma', 'Các ngày 3, 10 và 17 có mưa.', []],
    ['vi: a count after the pair', 'Ngày 3 10 người bị thương.', []],
    ['vi: a month over 12', 'Ngày 3 15, đội bóng thắng.', []],
    ['vi: a score with no date word', 'Đội nhà thắng 3 10 trước đối thủ.', []],
    ['vi: no date word before', 'Lớp 3 10, trường Lê Lợi.', []],
    ['vi: a bracketed pair with no day word', 'Kết quả (3 10) được công bố.', []],
    ['vi: a reversed pair of dates is no span', 'từ 22/10-8/10.', []],
    ['en: a version range', 'Upgrade from 2.10-3.1 is free.', []],
    ['en: a mixed-shape span is left alone', 'Open 6-12h daily.', []],
    ['vi: hours past 24 are no clock', 'từ 6h-30h.', []],
    ['vi: a duration range, not hours of the day', 'Bệnh nhân phải nhịn ăn trong 6h-12h.', []],
    ['en: a duration range, not hours of the day', 'Fast for 6h-12h before the test.', []],
  ])('trap: %s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('the same date or time in two shapes is not missing', () => {
  const missing = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'missing' && (d.factType === 'date' || d.factType === 'number')).map((d) => (d.a ?? d.b)!.text)
  it.each([
    ['vi: slash dropped', 'Ngày 3.10, UBND quận Hoàn Kiếm ra quyết định xử phạt bệnh viện.', '(Thanhtra) - Ngày 3 10, UBND quận Hoàn Kiếm ra quyết định xử phạt bệnh viện.'],
    ['vi: a span with its month once and in full', 'CDC thông báo tìm người đến quán cắt tóc từ ngày 8 đến 22/10.', 'Trung tâm thông báo tìm người đến quán cắt tóc từ ngày 8/10-22/10/2021.'],
    ['vi: a clock range glued and in words', 'Hà Nội ghi nhận 2 ca mới từ 6h00-12h00 ngày 4/10.', 'Hà Nội ghi nhận 2 ca mới từ 6h ngày 4/10 đến 12h ngày 4/10.'],
    ['en: a clock range glued and in words', 'The road was shut 6am-noon on Sunday.', 'The road was shut from 6 a.m. to 12 p.m. on Sunday.'],
  ])('%s', (_why, a, b) => {
    expect(missing(a, b)).toEqual([])
  })
})
