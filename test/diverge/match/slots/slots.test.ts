import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import type { Fact } from '../../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { factKey, matchSlots, sameFact } from '../../../../src/diverge/match/slots/slots'

/** Every date and number of a sentence, as the pipeline extracts them. */
function facts(text: string): Fact[] {
  const dates = extractDates(text)
  return [...dates, ...extractNumbers(text, dates)].sort((x, y) => x.start - y.start)
}

/** The only fact of a short phrase. */
function one(text: string): Fact {
  const fs = facts(text)
  expect(fs, text).toHaveLength(1)
  return fs[0]!
}

describe('factKey: one key for one fact in any format', () => {
  it.each([
    ['150 tỉ USD', 'amount:usd:150000000000'],
    ['150 tỷ USD', 'amount:usd:150000000000'],
    ['150 billion USD', 'amount:usd:150000000000'],
    ['$150 bn', 'amount:usd:150000000000'],
    ['150 tỷ đô la Mỹ', 'amount:usd:150000000000'],
    ['ngày 13.8', 'date:13/8'],
    ['ngày 13/8', 'date:13/8'],
    ['ngày 13-08', 'date:13/8'],
    ['ngày 13 tháng 8', 'date:13/8'],
    ['13/08/2025', 'date:13/8/2025'],
    ['nhận 2.709 và', 'plain::2709'],
    ['nhận 2709 và', 'plain::2709'],
    ['World Cup 2022 và', 'year:2022'],
    ['tăng 3,5%', 'percent::3.5'],
    ['tăng 3.5%', 'percent::3.5'],
    ['1.000.000 và', 'plain::1000000'],
    ['1,000,000 and', 'plain::1000000'],
    ['tháng 8/2025', 'month:8/2025'],
    ['lúc 18:47', 'time:18:47'],
    ['lúc 18h47', 'time:18:47'],
    ['at 6:47 p.m.', 'time:18:47'],
    ['năm 2025', 'year:2025'],
    ['in 2025 the', 'year:2025'],
    // a rate is not the total it is counted in: 100 km/h is no other form of 100 km
    ['gió mạnh lên tới 100 km/h.', 'count:km/h:100'],
    ['cách Sydney khoảng 100 km về phía bắc', 'count:km:100'],
    ['winds of 100 km/h', 'count:km/h:100'],
    ['about 100 km north', 'count:km:100'],
  ])('%s → %s', (text, key) => {
    expect(factKey(one(text))).toBe(key)
  })
})

describe('sameFact', () => {
  it.each([
    ['150 tỉ USD', '150 tỷ USD', true],
    ['150 tỉ USD', '$150 bn', true],
    ['150 tỉ USD', '150 tỉ euro', false],
    ['tăng 3,5%', 'tăng 3.5%', true],
    ['nhận 2.709 Elo', 'nhận 2709 Elo', true],
    ['nhận 2.000 người', 'nhận 2000 người', true],
    ['1.000.000 và', '1,000,000 và', true],
    ['35 tuổi', '38 tuổi', false],
    ['ngày 13/8', 'ngày 13/8/2025', true],
    ['sáng 13/8', 'ngày 13/8', true],
    ['hôm qua (12.8)', 'ngày 12/8', true],
    ['ngày 12/8', 'ngày 13/8', false],
    ['ngày 13/8/2024', 'ngày 13/8/2025', false],
    ['tháng 8', 'tháng 8/2025', true],
    ['năm 2025', 'in 2025 the', true],
    ['lúc 18:47', 'lúc 6:47 p.m.', true],
    ['lúc 18:47', 'ngày 18/4', false],
    // the same slash digits read day first (a day-first lead, Vietnamese) and month first (English)
    ['el 8/09/2023', 'on 8/09/2023', true],
    ['ngày 8/9', 'on 8/9 the', true],
    ['ngày 8/9', 'on 8/10 the', false],
    ['el 8/09/2023', 'on 8/09/2024', false],
  ])('%s ~ %s → %s', (x, y, want) => {
    expect(sameFact(one(x), one(y))).toBe(want)
    expect(sameFact(one(y), one(x))).toBe(want)
  })
})

const texts = (pairs: ReadonlyArray<[Fact, Fact]>): string[][] => pairs.map(([x, y]) => [x.text, y.text])

describe('matchSlots: contradictions', () => {
  it.each([
    ['age', 'Trung vệ 35 tuổi đã ký hợp đồng.', 'Trung vệ 38 tuổi đã ký hợp đồng.', [['35 tuổi', '38 tuổi']]],
    ['date', 'Ngày 12/8, Taliban chiếm 4 tỉnh lị.', 'Ngày 13/8, Taliban chiếm 4 tỉnh lị.', [['12/8', '13/8']]],
    ['date in another format still conflicts', 'Ngày 12/8, Taliban chiếm 4 tỉnh lị.', 'Ngày 13.8, Taliban chiếm 4 tỉnh lị.', [['12/8', '13.8']]],
    ['count', 'Hà Nội ghi nhận 2 ca mắc mới và 5 ca tử vong.', 'Hà Nội ghi nhận 3 ca mắc mới và 5 ca tử vong.', [['2 ca', '3 ca']]],
    ['amount across notations', 'Gói 150 tỉ USD được duyệt.', 'Gói $180 bn được duyệt.', [['150 tỉ USD', '$180 bn']]],
    ['percent', 'Doanh số tăng 32% so với năm 2019.', 'Doanh số tăng 35% so với năm 2019.', [['32%', '35%']]],
    ['range end', 'Giải diễn ra từ 12/8 đến 16/8 tại St Louis.', 'Giải diễn ra từ 12/8 đến 17/8 tại St Louis.', [['16/8', '17/8']]],
    ['one of a list, by its neighbours', 'TP.HCM (4.425), Bình Dương (3.255), Long An (657).', 'TP.HCM (4.425), Bình Dương (3.855), Long An (657).', [['3.255', '3.855']]],
    ['year whose changed digit leaves the year range', 'Vòng loại World Cup 2022 khu vực châu Á.', 'Vòng loại World Cup 5022 khu vực châu Á.', [['2022', '5022']]],
    ['ordinal', 'Busan là cảng lớn thứ 5 trên thế giới.', 'Busan là cảng lớn thứ 6 trên thế giới.', [['thứ 5', 'thứ 6']]],
    ['year as a date', 'Khởi công từ năm 2010 song dở dang.', 'Khởi công từ năm 2012 song dở dang.', [['năm 2010', 'năm 2012']]],
    ['English count', 'At least 12 people were killed on Aug. 13.', 'At least 15 people were killed on Aug. 13.', [['12 people', '15 people']]],
  ])('%s', (_name, a, b, want) => {
    expect(texts(matchSlots(facts(a), facts(b)).conflicts)).toEqual(want)
  })
})

describe('matchSlots: silence on format-only differences', () => {
  it.each([
    ['tỉ / tỷ', 'Gói 150 tỉ USD được duyệt.', 'Gói 150 tỷ USD được duyệt.'],
    ['Vietnamese / English amount', 'Gói 150 tỉ USD được duyệt.', 'Gói 150 billion USD được duyệt.'],
    ['decimal comma / point', 'Lãi suất giảm 3,5% trong quý.', 'Lãi suất giảm 3.5% trong quý.'],
    ['percent sign / words', 'Lãi suất giảm 3,5% trong quý.', 'Lãi suất giảm 3,5 phần trăm trong quý.'],
    ['thousands dots / none', 'Quang Liêm có 2.709 Elo.', 'Quang Liêm có 2709 Elo.'],
    ['thousands dots / commas', 'Công ty nhận 1.000.000 USD.', 'Công ty nhận 1,000,000 USD.'],
    ['2.000 read as a count, 2000 as a year', 'Khoảng 2.000 người tham dự.', 'Khoảng 2000 người tham dự.'],
    ['slash / dot date', 'Ngày 13/8, Tổng Bí thư tới Busan.', 'Ngày 13.8, Tổng Bí thư tới Busan.'],
    ['dot date after a weak trigger', 'Giải kéo dài đến 16/8 tại St Louis.', 'Giải kéo dài đến 16.8 tại St Louis.'],
    ['slash / words date', 'Ngày 13/8, Tổng Bí thư tới Busan.', 'Ngày 13 tháng 8, Tổng Bí thư tới Busan.'],
    ['date with and without year', 'Ngày 13/8, Tổng Bí thư tới Busan.', 'Ngày 13/8/2025, Tổng Bí thư tới Busan.'],
    ['teaser cue', 'Tổng Bí thư hôm qua (12.8) tới Busan.', 'Tổng Bí thư ngày 12/8 tới Busan.'],
    ['date swap with a year after it', 'Từ 8/1 năm sau, Yahoo mã hóa thư.', 'Từ 8.1 năm sau, Yahoo mã hóa thư.'],
    ['word numeral / digits', 'Ông ngồi ngoài hai tháng.', 'Ông ngồi ngoài 2 tháng.'],
    ['ordinal word / digit', 'Busan là cảng lớn thứ năm thế giới.', 'Busan là cảng lớn thứ 5 thế giới.'],
    ['time formats', 'Tàu cập cảng lúc 18:47.', 'Tàu cập cảng lúc 18h47.'],
    ['age formats', 'A 35-year-old man was arrested.', 'A man aged 35 was arrested.'],
  ])('%s', (_name, a, b) => {
    const m = matchSlots(facts(a), facts(b))
    expect(m.conflicts).toEqual([])
    expect(m.onlyA).toEqual([])
    expect(m.onlyB).toEqual([])
  })
})

describe('matchSlots: when in doubt, no conflict', () => {
  it.each([
    ['different kinds', 'Có 12 người bị thương.', 'Có 12% bị thương.'],
    ['different counted nouns', 'Hà Nội có 12 người mắc.', 'Hà Nội có 15 ca mắc.'],
    ['different currencies', 'Gói 150 tỉ USD.', 'Gói 180 tỉ đồng.'],
    ['date granularity', 'Ramos trở lại vào tháng 10.', 'Ramos trở lại vào ngày 12/10.'],
    ['date and time', 'Họ tới lúc 18:47.', 'Họ tới ngày 18/4.'],
    ['bare numbers with other numbers left', 'Lớp 8 có 30 em, lớp 9 có 28 em.', 'Nhóm 12 có 31 em, 40 em khác.'],
    [
      'sentences disagreeing on everything are two statements',
      'Doanh thu môi giới đạt 44,5 tỷ đồng, tăng 56%; tự doanh đạt 23,6 tỷ đồng, gấp 8 lần.',
      'Doanh thu tự doanh đạt 82 tỷ đồng, gấp 3,4 lần, tư vấn đạt 15 tỷ đồng, tăng 33%.',
    ],
  ])('%s', (_name, a, b) => {
    expect(matchSlots(facts(a), facts(b)).conflicts).toEqual([])
  })

  it('pairs the right one of two equal values, so the changed one conflicts', () => {
    const m = matchSlots(facts('Tàu chở 3 người và 3 tàu cá.'), facts('Tàu chở 2 người và 3 tàu cá.'))
    expect(texts(m.same)).toEqual([['3 tàu', '3 tàu']])
    expect(texts(m.conflicts)).toEqual([['3 người', '2 người']])
  })

  it('keeps every fact in exactly one list', () => {
    const a = facts('Ngày 19/8, TP có 4.371 ca, trong đó 3.603 trường hợp trong cộng đồng, tăng 15%.')
    const b = facts('Ngày 20/8, TP có 4.371 ca, trong đó 3.903 trường hợp trong cộng đồng.')
    const m = matchSlots(a, b)
    const seenA = [...m.same.map(([x]) => x), ...m.conflicts.map(([x]) => x), ...m.onlyA]
    const seenB = [...m.same.map(([, y]) => y), ...m.conflicts.map(([, y]) => y), ...m.onlyB]
    expect(new Set(seenA).size).toBe(a.length)
    expect(new Set(seenB).size).toBe(b.length)
    expect(seenA.length).toBe(a.length)
    expect(seenB.length).toBe(b.length)
  })

  it('handles empty sides', () => {
    const b = facts('Ngày 13/8 có 3 người.')
    expect(matchSlots([], b)).toEqual({ same: [], conflicts: [], onlyA: [], onlyB: b })
    expect(matchSlots(b, [])).toEqual({ same: [], conflicts: [], onlyA: b, onlyB: [] })
  })
})
