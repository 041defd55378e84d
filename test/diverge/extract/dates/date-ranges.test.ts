/**
 * Ranges of days and years, each day or year a date of its own (issue 11: 23-24/10 / ngày 23 và
 * 24-10, từ 20 đến 26-10 / 20-26/10, năm 2014-2018 / từ năm 2014 đến năm 2018 between
 * VietnameseMDS outlets, clusters 17, 60, 75, 79; October 23-24 in English).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const read = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month, f.year])

describe('a range of days or years gives each its date', () => {
  it.each([
    ['vi: days with a dash', 'Diễn ra từ 23-24/10, diễn đàn được xem là sự kiện lớn.', [['23', 23, 10, undefined], ['24/10', 24, 10, undefined]]],
    ['vi: days with và', 'Trong hai ngày 23 và 24-10, nhiều hoạt động diễn ra.', [['23', 23, 10, undefined], ['24-10', 24, 10, undefined]]],
    ['vi: days with đến', 'diễn ra trong 7 ngày (từ 20 đến 26-10), các đại biểu sẽ tới.', [['20', 20, 10, undefined], ['26-10', 26, 10, undefined]]],
    ['vi: a dashed pair then a day with its year', 'Ông thăm Nga trong 3 ngày 20-21 và 22/10/2013.', [['20', 20, 10, 2013], ['21', 21, 10, 2013], ['22/10/2013', 22, 10, 2013]]],
    ['vi: years after năm', 'Giai đoạn II sẽ được bắt đầu từ năm 2014-2018 với 10 triệu Euro.', [['năm 2014', undefined, undefined, 2014], ['2018', undefined, undefined, 2018]]],
    ['vi: a two-digit end crossing a century', 'Mùa giải năm 1999-00 kết thúc sớm.', [['năm 1999', undefined, undefined, 1999], ['00', undefined, undefined, 2000]]],
    ['vi: a reversed range still states both years', 'danh sách trúng tuyển lớp 10 năm 2023-2022.', [['năm 2023', undefined, undefined, 2023], ['2022', undefined, undefined, 2022]]],
    ['en: days after a month', 'The forum runs October 23-24, 2013 in Hanoi.', [['October 23', 23, 10, 2013], ['24, 2013', 24, 10, 2013]]],
    ['en: days after a short month', 'Talks are set for Oct. 23-24 in Geneva.', [['Oct. 23', 23, 10, undefined], ['24', 24, 10, undefined]]],
    ['en: days joined by "to" after a month', 'The visit runs from March 19 to 21 in Hanoi.', [['March 19', 19, 3, undefined], ['21', 21, 3, undefined]]],
    ['en: days joined by "through", the year after the end', 'The fair runs Oct. 3 through 5, 2024.', [['Oct. 3', 3, 10, undefined], ['5, 2024', 5, 10, 2024]]],
    ['en: between one day and another', 'Voting is held between May 2 and 4.', [['May 2', 2, 5, undefined], ['4', 4, 5, undefined]]],
    ['en: days before a month named after them (review rdate32)', 'The festival runs from 19 to 21 March in Austin.', [['19', 19, 3, undefined], ['21 March', 21, 3, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['vi: a score after tỷ số', 'Trận đấu kết thúc với tỷ số 3-4/10 lượt sút.', []],
    ['vi: a share of counted people', 'Số ca tăng từ 3 đến 5/10 người mỗi ngày.', []],
    ['vi: a school year', 'Trong năm học 2020-2021, trường có 500 học sinh.', []],
    ['vi: a day after the date is no range', 'Số liệu ngày 25 và 24/10 chưa được công bố.', [['24/10', 24, 10, undefined]]],
    ['en: a range of counts', 'It sold 23-24 million units last year.', []],
    ['en: a count after a date', 'On March 19 to 21 people were hurt.', [['March 19', 19, 3, undefined]]],
    ['en: a count before a day-first date with no "from"', 'The bill passed 19 to 12 March in the Senate.', [['12 March', 12, 3, undefined]]],
    ['en: a day before the date is no end', 'It rose from March 19 to 12 percent.', [['March 19', 19, 3, undefined]]],
    ['en: "and" with no "between" joins no range', 'Talks were held on May 2 and 4 ministers attended.', [['May 2', 2, 5, undefined]]],
    ['en: a count rising from a figure on a date (review rdate32)', 'The death toll rose from 15 on March 19 to 21 on Friday.', [['March 19', 19, 3, undefined]]],
    ['en: a count after a date with no "from" before it', 'Cases rose on March 19 to 21 in total.', [['March 19', 19, 3, undefined]]],
    ['en: a count and a clause after a date', 'Cases climbed on May 3 to 14 and two patients died.', [['May 3', 3, 5, undefined]]],
    ['vi: a count rising from a figure on a date', 'Số người chết tăng từ 15 người ngày 19/3 đến 21 người hôm thứ Sáu.', [['19/3', 19, 3, undefined]]],
  ])('%s: no range of dates', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('one range written two ways is stated on both sides', () => {
  const missing = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType !== 'name').map((d) => (d.a ?? d.b)!.text)
  it.each([
    ['vi: 23-24/10 / 23 và 24-10', 'Diễn đàn diễn ra trong hai ngày 23-24/10 tại Hà Nội với nhiều hội thảo.', 'Diễn đàn diễn ra trong hai ngày 23 và 24-10 tại Hà Nội với nhiều hội thảo.'],
    ['vi: từ 20 đến 26-10 / 20-26/10', 'Liên hoan diễn ra trong 7 ngày, từ 20 đến 26-10, tại Hà Nội và Đà Nẵng.', 'Liên hoan diễn ra trong 7 ngày, từ ngày 20-26/10, tại Hà Nội và Đà Nẵng.'],
    ['vi: năm 2014-2018 / từ năm 2014 đến năm 2018', 'Giai đoạn II của Chương trình sẽ được thực hiện từ năm 2014-2018 với kinh phí 10 triệu Euro.', 'Giai đoạn II của Chương trình sẽ được thực hiện từ năm 2014 đến năm 2018 với kinh phí 10 triệu Euro.'],
    ['en: a count from a figure on a date, reordered (review rdate32)', 'The death toll rose from 15 on March 19 to 21 on Friday, officials said.', 'The death toll rose to 21 on Friday from 15 on March 19, officials said.'],
    ['vi: a count from a figure on a date, reordered', 'Số người chết tăng từ 15 người ngày 19/3 đến 21 người hôm thứ Sáu, giới chức cho biết.', 'Số người chết tăng lên 21 người hôm thứ Sáu, từ 15 người ngày 19/3, giới chức cho biết.'],
    ['en: October 23-24 / October 23 to October 24', 'The forum will be held October 23-24 in Hanoi, the ministry said.', 'The forum will be held from October 23 to October 24 in Hanoi, the ministry said.'],
  ])('%s: nothing missing', (_why, a, b) => {
    expect(missing(a, b)).toEqual([])
  })
})
