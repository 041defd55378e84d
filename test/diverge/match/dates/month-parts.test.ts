import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['date'])
const equivalences = (a: string, b: string): string[] => compare(a, b).equivalences.map((e) => `${e.a.text} = ${e.b.text}`)

const VI = (when: string): string => `Lãnh đạo tỉnh cam kết với Phó Thủ tướng ${when} sẽ hoàn thành công tác giải phóng mặt bằng, bàn giao cho đơn vị thi công.`
const EN = (when: string): string => `The company promised the governor it would finish clearing the site ${when}, the ministry said.`

describe('a part of a month ("cuối tháng 8", "late August") against a day of that month', () => {
  it.each([
    ['vi: cuối tháng 8 / 15/8', VI('cuối tháng 8'), VI('chậm nhất ngày 15/8'), ['tháng 8 | 15/8']],
    ['vi: đầu tháng 8 / 25/8', VI('đầu tháng 8'), VI('trước ngày 25/8'), ['tháng 8 | 25/8']],
    ['vi: trung tuần tháng 7 / 28/7', VI('trong trung tuần tháng 7'), VI('trước ngày 28/7'), ['tháng 7 | 28/7']],
    ['vi: đầu tháng 8 / cuối tháng 8', VI('đầu tháng 8'), VI('cuối tháng 8'), ['tháng 8 | tháng 8']],
    ['en: late August / Aug. 15', EN('by late August'), EN('by Aug. 15'), ['August | Aug. 15']],
    ['en: early August / August 25', EN('by early August'), EN('by August 25'), ['August | August 25']],
    ['en: the end of August / August 12', EN('by the end of August'), EN('by August 12'), ['August | August 12']],
  ])('%s: a conflict', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  // Traps: a day inside the part, a bare month, a span that starts in the part.
  it.each([
    ['vi: cuối tháng 8 / 28/8', VI('cuối tháng 8'), VI('chậm nhất ngày 28/8')],
    ['vi: hạ tuần tháng 8 / 25/8', VI('hạ tuần tháng 8'), VI('ngày 25/8')],
    ['vi: giữa tháng 8 / 15/8', VI('giữa tháng 8'), VI('ngày 15/8')],
    ['vi: a bare month / a day', VI('trong tháng 8'), VI('chậm nhất ngày 15/8')],
    ['en: late August / Aug. 29', EN('by late August'), EN('by Aug. 29')],
    ['en: August / Aug. 15', EN('in August'), EN('by Aug. 15')],
  ])('%s: no conflict', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })

  // "mid-August" (one hyphened word) reads as "mid August": the part is the days 11–20
  it.each([
    ['en: by mid-August / by Aug. 28', EN('by mid-August'), EN('by Aug. 28'), ['mid-August | Aug. 28']],
    ['en: mid-Aug. / Aug. 5', EN('in mid-Aug.'), EN('on Aug. 5'), ['mid-Aug. | Aug. 5']],
    ['en: early-July / July 25', EN('by early-July'), EN('by July 25'), ['early-July | July 25']],
    ['en: mid-August / late August', EN('by mid-August'), EN('by late August'), ['mid-August | August']],
  ])('%s: a conflict', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    ['en: by mid-August / by Aug. 15', EN('by mid-August'), EN('by Aug. 15')],
    ['en: mid-Aug. / Aug. 20', EN('in mid-Aug.'), EN('on Aug. 20')],
    ['en: mid-July / the middle of July', EN('by mid-July'), EN('by the middle of July')],
    ['en: mid-June / June (a bare month)', EN('in mid-June'), EN('in June')],
    ['en: since mid-March / March 30 (a span)', 'Shares have risen 20 percent since mid-March, traders said.', 'Shares have risen 20 percent as of March 30, traders said.'],
    ['en: a mid-year review / Aug. 28', EN('after a mid-year review'), EN('by Aug. 28')],
  ])('%s: no conflict', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })

  it.each([
    ['vi: cuối tháng 8 = 28/8', VI('cuối tháng 8'), VI('chậm nhất ngày 28/8'), 'tháng 8 = 28/8'],
    ['en: late August = Aug. 29', EN('by late August'), EN('by Aug. 29'), 'August = Aug. 29'],
  ])('%s: an equivalence', (_name, a, b, expected) => {
    expect(equivalences(a, b)).toContain(expected)
  })

  it.each([
    ['vi: cuối tháng 8 / 15/8', VI('cuối tháng 8'), VI('chậm nhất ngày 15/8')],
    ['en: late August / Aug. 15', EN('by late August'), EN('by Aug. 15')],
  ])('%s: not listed as an equivalence', (_name, a, b) => {
    expect(equivalences(a, b)).toEqual([])
  })

  it.each([
    // "từ đầu tháng 7" opens a span that runs on past the part: the 31st is inside it
    ['vi: từ đầu tháng 7 / 31/7', 'Giá USD đã giảm 140 đồng từ đầu tháng 7 đến nay.', 'Giá USD đã giảm 140 đồng tính đến ngày 31/7.'],
    ['en: since early July / July 31', 'The dollar has lost 2 percent since early July, traders said.', 'The dollar has lost 2 percent as of July 31, traders said.'],
    // "giữa … và" is "between": two months' span, no middle of August
    ['vi: giữa tháng 8 và tháng 10 / 25/8', 'Đợt kiểm tra diễn ra giữa tháng 8 và tháng 10 tại các tỉnh phía Bắc.', 'Đợt kiểm tra diễn ra từ ngày 25/8 tại các tỉnh phía Bắc.'],
  ])('%s: a span opened in a part of the month is no conflict', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
