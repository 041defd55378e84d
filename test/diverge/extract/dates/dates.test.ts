import { describe, expect, it } from 'vitest'
import { corpusArticles } from '../../../helpers'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { firstDate as first } from './first-date'

describe('extractDates: Vietnamese forms', () => {
  it.each([
    ['slash', 'Sáng 14/8, Hà Nội ghi nhận 2 ca', { text: '14/8', day: 14, month: 8, cue: 'sáng' }],
    ['slash with year', 'văn bản ngày 29/7/2021, nhà trường', { text: '29/7/2021', day: 29, month: 7, year: 2021 }],
    ['padded slash with year', '13/08/2025 18:47 GMT+7', { text: '13/08/2025', day: 13, month: 8, year: 2025 }],
    ['dash after ngày', 'chiếm thêm 4 tỉnh lị trong ngày 13-8 và', { text: '13-8', day: 13, month: 8 }],
    ['dot after Ngày', 'Ngày 13.8, Tổng Bí thư Tô Lâm đã dự lễ', { text: '13.8', day: 13, month: 8 }],
    ['dot after weak trigger', 'diễn ra từ 12.8 đến 16.8 tại Busan', { text: '12.8', day: 12, month: 8 }],
    ['dotted with year needs no trigger', 'ký kết 13.8.2025 tại Seoul', { text: '13.8.2025', day: 13, month: 8, year: 2025 }],
    ['teaser: hôm qua (12.8)', 'Tổng Bí thư hôm qua (12.8) đã tới Seoul', { text: '12.8', day: 12, month: 8, cue: 'hôm qua' }],
    ['chiều nay (20/8)', 'Quốc vương chiều nay (20/8) đã công bố', { text: '20/8', day: 20, month: 8, cue: 'chiều nay' }],
    ['weekday then paren date', 'vào tối thứ bảy (2.11) tại Nhà thi đấu', { text: '2.11', day: 2, month: 11 }],
    ['Chiều ngày', 'Chiều ngày 19/8, Thứ trưởng tới kiểm tra', { text: '19/8', day: 19, month: 8, cue: 'chiều' }],
    ['words', 'vào ngày 13 tháng 8 năm 2025 tại Busan', { text: '13 tháng 8 năm 2025', day: 13, month: 8, year: 2025 }],
    ['words without year', 'mùng 2 tháng 9 là Quốc khánh', { text: '2 tháng 9', day: 2, month: 9 }],
    ['month', 'Ramos cần chờ đến tháng 10 mới có thể', { text: 'tháng 10', month: 10 }],
    ['month/year', 'theo Elo tháng 8/2021 với 2.709 Elo', { text: 'tháng 8/2021', month: 8, year: 2021 }],
    ['month.year', 'từ tháng 7.2011 đến nay', { text: 'tháng 7.2011', month: 7, year: 2011 }],
    ['month in words', 'vào tháng Tám năm 2025', { text: 'tháng Tám năm 2025', month: 8, year: 2025 }],
    ['year', 'trận động đất năm 2010 ở Haiti', { text: 'năm 2010', year: 2010 }],
    ['US order when only it is valid', 'on 8/13 the talks', { text: '8/13', day: 13, month: 8 }],
    ['after a weekday', 'thứ Hai, 13/8, ông', { text: '13/8', day: 13, month: 8 }],
  ])('%s: %s', (_name, text, want) => {
    expect(first(text)).toEqual(want)
  })
})

describe('extractDates: English forms', () => {
  it.each([
    ['Aug. 13', 'seized on Aug. 13, the Taliban', { text: 'Aug. 13', day: 13, month: 8 }],
    ['Month d, yyyy', 'on Saturday, August 14, 2021, at', { text: 'August 14, 2021', day: 14, month: 8, year: 2021 }],
    ['d Month yyyy', 'born on 13 August 1960 in', { text: '13 August 1960', day: 13, month: 8, year: 1960 }],
    ['13th August', 'the 13th August 2025 meeting', { text: '13th August 2025', day: 13, month: 8, year: 2025 }],
    ['Month yyyy', 'since March 2020 the', { text: 'March 2020', month: 3, year: 2020 }],
    ['in Month', 'signed in August the deal', { text: 'August', month: 8 }],
    ['ISO', 'published 2025-08-13 by', { text: '2025-08-13', day: 13, month: 8, year: 2025 }],
  ])('%s: %s', (_name, text, want) => {
    expect(first(text)).toEqual(want)
  })
})

describe('extractDates: not dates', () => {
  it.each([
    ['13.8 without a trigger is a decimal', 'chỉ số đạt 13.8 điểm'],
    ['13.8 in English is a decimal', 'the index rose from 13.8 to 14.2'],
    ['dash without trigger is a score', 'thắng Hà Lan 2-1 trên sân'],
    ['invalid month', 'đứng thứ 72/222 quốc gia'],
    ['bare day', 'trong ngày 22, trời nắng'],
    ['lower-case may', 'he may 13 times'],
  ])('%s: %s', (_name, text) => {
    expect(extractDates(text)).toEqual([])
  })
})

describe('extractDates: a part of a month hyphened to it ("mid-August")', () => {
  /** The first date with its offsets and the last word before it (where month-parts.ts reads the part). */
  const withPart = (text: string): Record<string, unknown> | undefined => {
    const f = extractDates(text)[0]
    return f && { ...first(text), start: f.start, end: f.end, part: f.before?.[f.before.length - 1] }
  }
  it.each([
    ['mid-Month', 'We need a budget by mid-July or schools wont open', { text: 'mid-July', month: 7, start: 20, end: 28, part: 'mid' }],
    ['mid-May: May is a month after the hyphen', 'to lead a mission to the region in mid-May.', { text: 'mid-May', month: 5, start: 35, end: 42, part: 'mid' }],
    ['abbreviated, with its dot', 'shipments resume in mid-Aug. after repairs', { text: 'mid-Aug.', month: 8, start: 20, end: 28, part: 'mid' }],
    ['full name: the sentence keeps its dot', 'its verdict in mid-February.', { text: 'mid-February', month: 2, start: 15, end: 27, part: 'mid' }],
    ['with a year', 'the plant closed in mid-August 2013 after', { text: 'mid-August 2013', month: 8, year: 2013, start: 20, end: 35, part: 'mid' }],
    ['abbreviated with a year', 'due by mid-Sept. 2014, officials said', { text: 'mid-Sept. 2014', month: 9, year: 2014, start: 7, end: 21, part: 'mid' }],
    ['sentence-initial', 'Mid-March, prices began to climb', { text: 'Mid-March', month: 3, start: 0, end: 9, part: 'mid' }],
    ['early-', 'the talks resume by early-July, he said', { text: 'early-July', month: 7, start: 20, end: 30, part: 'early' }],
    ['late-', 'a decision expected in late-October', { text: 'late-October', month: 10, start: 23, end: 35, part: 'late' }],
    ['upper-case part and month', 'DUE BY MID-AUGUST, HE SAID', { text: 'MID-AUGUST', month: 8, start: 7, end: 17, part: 'mid' }],
    ['the part after three words', 'one two three words mid-May', { text: 'mid-May', month: 5, start: 20, end: 27, part: 'mid' }],
  ])('%s: %s', (_name, text, want) => {
    expect(withPart(text)).toEqual(want)
  })

  it.each([
    ['mid-year', 'a mid-year review of the budget'],
    ['midterm', 'ahead of the midterm elections'],
    ['mid-size', 'a mid-size sedan sold well'],
    ['mid-air', 'the two planes collided in mid-air.'],
    ['mid-teens', 'growth in the mid-teens percent'],
    ['mid-1800s', 'identified in the mid-1800s and'],
    ['a place after the hyphen', 'storms across mid-Texas and the mid-Atlantic'],
    ['late-night', 'a late-night vote in the Senate'],
    ['early-bird', 'an early-bird discount'],
    ['lower-case month word', 'a mid-march of the troops'],
    ['another prefix', 'an anti-August campaign'],
    ['a prefix of the right length', 'a semi-August sale'],
  ])('%s: %s', (_name, text) => {
    expect(extractDates(text)).toEqual([])
  })
})

describe('extractDates: several dates', () => {
  it.each([
    ['range', 'diễn ra từ 12/8 đến 16/8 tại', ['12/8', '16/8']],
    ['dotted chain', 'ngày 12.8 và 13.8', ['12.8', '13.8']],
    ['time and date', 'từ 8h ngày 16/8 đến 8h ngày 23/8', ['8h', '16/8', '8h', '23/8']],
    ['month range', 'trong tháng 8-9, mỗi tháng', ['tháng 8', '9']],
  ])('%s: %s', (_name, text, want) => {
    expect(extractDates(text).map((f) => f.text)).toEqual(want)
  })

  it('gives folded context words on both sides', () => {
    const [f] = extractDates('Giải diễn ra từ 12/8 tại St Louis')
    expect(f?.before).toEqual(['diễn', 'ra', 'từ'])
    expect(f?.after).toEqual(['tại', 'st', 'louis'])
  })
})

describe('extractDates on real sentences', () => {
  const sentences = corpusArticles().flatMap((article) => article.sentences)

  it('reads the whole corpus', () => {
    expect(sentences.length).toBeGreaterThan(1000)
  })

  it('never throws and keeps exact offsets, in NFC and NFD', () => {
    let count = 0
    for (const s of sentences) {
      for (const text of [s, s.normalize('NFD')]) {
        for (const f of extractDates(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text)
          count++
        }
      }
    }
    expect(count).toBeGreaterThan(100)
  })
})
