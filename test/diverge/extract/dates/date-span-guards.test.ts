/**
 * What the second shapes of a date (date-spans.ts) and of a clock range (clock-times.ts) must not
 * read (review rdates34): a dotted decimal range, a fraction range, a slash span in English read
 * against its own text's order, a duration range read as clock times, a spaced pair before "năm"
 * with no year after it; and what they must: a spaced pair before a word, a glued clock range with
 * a.m./p.m. once.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const read = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month, f.minutes])
const divergences = (a: string, b: string) =>
  compare(a, b).divergences.map((d) => `${d.kind}${d.factType ? ' ' + d.factType : ''} ${d.a?.text ?? '-'} / ${d.b?.text ?? '-'}`)

describe('a second shape is read only where it is a date or clock time', () => {
  it.each([
    ['vi: a spaced pair before a place word', 'Mưa lớn kéo dài từ đêm 11 đến sáng 12 10 tại Huế.', [['11', 11, 10, undefined], ['12 10', 12, 10, undefined]]],
    ['vi: a spaced pair before năm and a year', 'Ngày 3 10 năm 2021, quận ra quyết định.', [['3 10 năm 2021', 3, 10, undefined]]],
    ['en: a slash span in US order', 'The fair runs 3/5-3/10 downtown.', [['3/5', 5, 3, undefined], ['3/10', 10, 3, undefined]]],
    ['en: a slash span only day-first can be', 'The fair runs 28/9-3/10 in Leeds.', [['28/9', 28, 9, undefined], ['3/10', 3, 10, undefined]]],
    ['vi: a dotted span after a date word', 'Lễ hội diễn ra từ ngày 28.9-3.10 tại Huế.', [['28.9', 28, 9, undefined], ['3.10', 3, 10, undefined]]],
    ['en: a glued range with p.m. once', 'Power will be cut 1-3pm on Sunday.', [['1', undefined, undefined, 780], ['3pm', undefined, undefined, 900]]],
    ['en: noon closing a range in words', 'Power will be cut from 6 a.m. to noon on Sunday.', [['6 a.m.', undefined, undefined, 360], ['noon', undefined, undefined, 720]]],
    ['en: midnight closing a range in words', 'Bars stay open from 6 p.m. until midnight.', [['6 p.m.', undefined, undefined, 1080], ['midnight', undefined, undefined, 0]]],
    ['en: a glued range with a.m. once', 'The office opens 9-11am on Sunday.', [['9', undefined, undefined, 540], ['11am', undefined, undefined, 660]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['vi: a dotted decimal range', 'Sóng biển cao 2.5-3.5 m, biển động mạnh.'],
    ['vi: a dotted decimal range with no unit', 'Mực nước dâng thêm 1.2-1.8 so với hôm qua.'],
    ['en: a fraction range', 'Hail stones were 1/4-3/4 inch across.'],
    ['vi: a fraction range', 'Mưa đá cỡ 1/4-3/4 viên bi.'],
    ['vi: a duration range after theo dõi', 'Bệnh nhân cần được theo dõi 12h-24h sau tiêm.'],
    ['en: a duration range after monitored', 'Patients are monitored 12h-24h after the shot.'],
    ['vi: ten years, no year after năm', 'Ngày 3 10 năm qua tăng mạnh.'],
    ['vi: a counted noun after the pair', 'Ngày 3 10 người bị thương.'],
    ['en: noon with no clock range', 'The parade stayed until noon on Sunday.'],
    ['en: noon after a number that is no time', 'Turnout rose from 6 to noon levels.'],
    ['en: a bare range with no a.m./p.m.', 'The score was 1-3 on Sunday.'],
  ])('trap: %s', (_why, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('the shapes compare as the figures they are', () => {
  it.each([
    ['vi: a changed dotted decimal range is a number', 'Sóng biển cao 2.5-3.5 m, biển động mạnh.', 'Sóng biển cao 2.5-3.6 m, biển động mạnh.', ['number 3.5 m / 3.6 m']],
    ['vi: a dotted and a comma decimal range are one', 'Sóng biển cao 2.5-3.5 m, biển động mạnh.', 'Sóng biển cao 2,5-3,5 m, biển động mạnh.', []],
    ['en: a US slash span and its month names', 'The fair runs 3/5-3/10 downtown, organisers said.', 'The fair runs from March 5 through March 10, organisers said.', []],
    ['en: a glued range against one ending at noon', 'Power will be cut 6am-2pm on Sunday.', 'Power will be cut from 6 a.m. to noon on Sunday.', ['date 2pm / noon']],
    ['en: a changed fraction range is no date', 'Hail stones were 1/4-3/4 inch across.', 'Hail stones were 1/4-2/4 inch across.', ['number 3 / 2']],
  ])('%s', (_why, a, b, want) => {
    expect(divergences(a, b).filter((d) => !d.startsWith('missing'))).toEqual(want)
  })
})
