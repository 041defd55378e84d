/**
 * A calendar day given on one side and by its weekday in the same slot on the other is one day,
 * not a missing date (weekday-dates.ts; after MSRP train 2019822/2020185, round missing22-1, and
 * the judged Aug. 15 / Friday, July 3 / next Thursday). A weekday in another slot, a date with
 * its own weekday, a date whose year gives another weekday, an ordinal thứ hai, and one subject's
 * two actions (Police on Aug. 16 arrested / Police on Monday questioned) stay missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { EN_WEEKDAYS, VI_WEEKDAY_NUMBERS } from '../../../../src/diverge/extract/dates/day-words'
import { WEEKDAY } from '../../../../src/diverge/match/dates/weekday-dates'

const missingDates = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'date').map((d) => (d.a ?? d.b)!.text)

describe('a date given by its weekday in the same slot is not missing', () => {
  it.each([
    ['en, starting on', 'Starting on Aug. 16, every infected computer will flood the update site.', 'Starting on Saturday, every infected computer is expected to flood the update site.', 'Aug. 16'],
    ['en, the verb before', 'Brian Florence, 38, died Sept. 25 of a heart attack in Alexandria.', 'Mr. Florence died Thursday of heart failure, the lawyer said.', 'Sept. 25'],
    ['en, next before the weekday', 'Chapman is expected to appear for arraignment July 3.', 'Chapman is expected to appear for arraignment next Thursday, prosecutors said.', 'July 3'],
    ['en, the noun after', 'The results will be published in the July 10 issue of the journal Nature.', 'The results appear in Thursday’s issue of the journal Nature.', 'July 10'],
    ['en, the year agrees', 'Starting on Aug. 16, 2003, every infected computer will flood the site.', 'Starting on Saturday, every infected computer will flood the site.', 'Aug. 16, 2003'],
    ['vi, hôm thứ Ba', 'Tổng thống Obama gặp Thủ tướng Sharif ngày 22/10 tại Nhà Trắng.', 'Tổng thống Obama gặp Thủ tướng Sharif hôm thứ Ba tại Nhà Trắng.', '22/10'],
    ['en, a preposition after the weekday', 'The agency will accept any tax returns due Aug. 15 if they are filed by Aug. 22.', 'The agency will accept any tax returns due from Friday through Aug. 22.', 'Aug. 15'],
    ['en, the verb after, the subject before', 'Police on Aug. 16 arrested the suspect in Hanoi.', 'Police on Saturday arrested the suspect in Hanoi.', 'Aug. 16'],
    ['vi, chủ nhật', 'Cuộc biểu tình bắt đầu ngày 27/10 ở thủ đô.', 'Cuộc biểu tình bắt đầu chủ nhật ở thủ đô.', '27/10'],
    // thứ Tư/Năm/Sáu/Bảy: the weekday table once keyed them without their accents, never matched (tidy28).
    ['vi, hôm thứ Tư', 'Hội nghị khai mạc ngày 15/3/2023 tại Hà Nội với sự tham dự của các bộ ngành.', 'Hội nghị khai mạc hôm thứ Tư tại Hà Nội với sự tham dự của các bộ ngành.', '15/3/2023'],
    ['vi, hôm thứ Năm', 'Hội nghị khai mạc ngày 16/3/2023 tại Hà Nội với sự tham dự của các bộ ngành.', 'Hội nghị khai mạc hôm thứ Năm tại Hà Nội với sự tham dự của các bộ ngành.', '16/3/2023'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingDates(a, b)).not.toContain(fact)
  })
})

describe('a date the weekday does not stand for stays missing', () => {
  it.each([
    ['en, another slot', 'Jeter, who dislocated his shoulder in a collision March 31, took batting practice.', 'He took batting practice on the field for the second time Tuesday.', 'March 31'],
    ['en, another action', 'The blaze, started by lightning June 6, is considered 95 percent contained.', 'The blaze was only 5 percent contained early Monday.', 'June 6'],
    ['en, its own weekday beside it', 'On Sunday August 3, the House of Deputies voted.', 'On Tuesday, the House of Deputies voted.', 'August 3'],
    ['en, the year gives another day', 'Starting on Aug. 16, 2004, every infected computer will flood the site.', 'Starting on Saturday, every infected computer will flood the site.', 'Aug. 16, 2004'],
    ['vi, thứ hai is an ordinal', 'Đội tuyển gặp Thái Lan ngày 22/10 tại Mỹ Đình.', 'Đội tuyển gặp Thái Lan lần thứ hai tại Mỹ Đình.', '22/10'],
    ['vi, another slot', 'Ông bị bắt ngày 11/10 tại Santa Ana.', 'Tòa xét xử ông hôm thứ Ba.', '11/10'],
    // The subject before the day is no slot: the verb after it is the event.
    ['en, one subject, two actions', 'Police on Aug. 16 arrested the suspect in Hanoi.', "Police on Monday questioned the suspect's wife in Hanoi.", 'Aug. 16'],
    ['vi, one subject, two actions', 'Công an ngày 16/8 đã bắt giữ nghi phạm tại Hà Nội.', 'Công an hôm thứ Hai đã thẩm vấn vợ nghi phạm tại Hà Nội.', '16/8'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingDates(a, b)).toContain(fact)
  })
})

describe('the weekday pattern reads every day of the day-words tables', () => {
  const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1)
  const days: ReadonlyArray<readonly [string, string]> = [
    ...EN_WEEKDAYS.map((day) => [capital(day), `on ${capital(day)} the council met`] as const),
    ...VI_WEEKDAY_NUMBERS.map((day) => [`thứ ${capital(day)}`, `hôm thứ ${capital(day)} hội đồng họp`] as const),
    ['Chủ nhật', 'hôm Chủ nhật hội đồng họp'],
  ]
  it.each(days)('%s', (day, sentence) => {
    expect(sentence.match(WEEKDAY)).toEqual([day])
  })
  it('reads no weekday inside a longer word', () => {
    expect('Mondayish thứ Haii'.match(WEEKDAY)).toBeNull()
  })
})
