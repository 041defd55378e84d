import { describe, expect, it } from 'vitest'
import { corpusArticles } from '../../../helpers'
import { expectLinear } from '../../../growth'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import type { NumberFact } from '../../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

type Brief = Pick<NumberFact, 'text' | 'value' | 'kind' | 'unit'>
const brief = (f: NumberFact): Brief => ({ text: f.text, value: f.value, kind: f.kind, unit: f.unit })
const all = (text: string): Brief[] => extractNumbers(text).map(brief)

describe('extractNumbers: one fact', () => {
  it.each([
    ['amount tỉ USD', 'gói 150 tỉ USD cho', { text: '150 tỉ USD', value: 150e9, kind: 'amount', unit: 'usd' }],
    ['amount tỷ đô la Mỹ', 'gói 150 tỷ đô la Mỹ cho', { text: '150 tỷ đô la Mỹ', value: 150e9, kind: 'amount', unit: 'usd' }],
    ['amount $ bn', 'a $150 bn package', { text: '$150 bn', value: 150e9, kind: 'amount', unit: 'usd' }],
    ['amount US$ billion', 'a US$150 billion package', { text: 'US$150 billion', value: 150e9, kind: 'amount', unit: 'usd' }],
    ['amount $5m', 'a $5m deal', { text: '$5m', value: 5e6, kind: 'amount', unit: 'usd' }],
    ['amount €3.5m', 'the €3.5m deal', { text: '€3.5m', value: 3.5e6, kind: 'amount', unit: 'eur' }],
    ['amount nghìn tỉ đồng', 'tổng cộng 3 nghìn tỉ đồng', { text: '3 nghìn tỉ đồng', value: 3e12, kind: 'amount', unit: 'vnd' }],
    ['amount đồng/ngày', 'tiền giường 427.000 đồng/ngày.', { text: '427.000 đồng/ngày', value: 427000, kind: 'amount', unit: 'vnd' }],
    ['amount 50.000đ', 'giá 50.000đ một', { text: '50.000đ', value: 50000, kind: 'amount', unit: 'vnd' }],
    ['amount nhân dân tệ', 'góp 150 triệu nhân dân tệ để', { text: '150 triệu nhân dân tệ', value: 150e6, kind: 'amount', unit: 'cny' }],
    ['amount won', 'đầu tư 5 tỷ won vào', { text: '5 tỷ won', value: 5e9, kind: 'amount', unit: 'krw' }],
    ['the place in a series after thứ', 'đợi đến phút thứ 26 thì', { text: 'thứ 26', value: 26, kind: 'plain', unit: 'phút' }],
    ['a rank after thứ stays an ordinal', 'là nước lớn thứ 3 thế giới', { text: 'thứ 3', value: 3, kind: 'ordinal', unit: '' }],
    ['thousands set off by a space', 'burned nearly 80 937 hectares.', { text: '80 937 hectares', value: 80937, kind: 'count', unit: 'hectare' }],
    ['thousands set off by a space, vi', 'có 3 000 người', { text: '3 000 người', value: 3000, kind: 'count', unit: 'người' }],
    ['a decimal with no leading zero', 'reaches .20 parts per million', { text: '.20 parts', value: 0.2, kind: 'count', unit: 'part' }],
    ['pounds alone weigh', 'weighed 220 pounds on', { text: '220 pounds', value: 220, kind: 'count', unit: 'pound' }],
    ['pounds after a multiplier pay', 'cost 5 million pounds.', { text: '5 million pounds', value: 5e6, kind: 'amount', unit: 'gbp' }],
    ['percent 3,5%', 'tăng 3,5% so với', { text: '3,5%', value: 3.5, kind: 'percent', unit: '' }],
    ['percent 3.5%', 'tăng 3.5% so với', { text: '3.5%', value: 3.5, kind: 'percent', unit: '' }],
    ['percent phần trăm', 'giảm 7 phần trăm số', { text: '7 phần trăm', value: 7, kind: 'percent', unit: '' }],
    ['percent per cent', 'rose 4.2 per cent in', { text: '4.2 per cent', value: 4.2, kind: 'percent', unit: '' }],
    ['age tuổi', 'trung vệ 35 tuổi đã', { text: '35 tuổi', value: 35, kind: 'age', unit: '' }],
    ['age aged', 'a man aged 35 was', { text: 'aged 35', value: 35, kind: 'age', unit: '' }],
    ['age 35-year-old', 'a 35-year-old man', { text: '35-year-old', value: 35, kind: 'age', unit: '' }],
    ['duration năm', 'kỷ niệm 30 năm thiết lập', { text: '30 năm', value: 30, kind: 'duration', unit: 'year' }],
    ['duration months', 'after 3 months of talks', { text: '3 months', value: 3, kind: 'duration', unit: 'month' }],
    ['duration 24h', 'trong 24h qua', { text: '24h', value: 24, kind: 'duration', unit: 'hour' }],
    ['count người', 'có 12 người chết', { text: '12 người', value: 12, kind: 'count', unit: 'người' }],
    ['count with multiplier', 'vẫn còn 38 triệu người Afghanistan', { text: '38 triệu người', value: 38e6, kind: 'count', unit: 'người' }],
    ['count Elo, Vietnamese thousands', 'tháng 8/2021 với 2.709 Elo.', { text: '2.709 Elo', value: 2709, kind: 'count', unit: 'elo' }],
    ['count English plural', 'at least 12 people were killed', { text: '12 people', value: 12, kind: 'count', unit: 'people' }],
    ['measure 5km', 'cách đó chừng 5km, một', { text: '5km', value: 5, kind: 'count', unit: 'km' }],
    ['ordinal thứ 5 trên thế giới', 'cảng lớn thứ 5 trên thế giới', { text: 'thứ 5', value: 5, kind: 'ordinal', unit: '' }],
    ['ordinal hạng', 'đứng hạng 3 chung cuộc', { text: 'hạng 3', value: 3, kind: 'ordinal', unit: '' }],
    ['ordinal 5th', 'finished 5th in', { text: '5th', value: 5, kind: 'ordinal', unit: '' }],
    ['year năm is a date, bare year a number', 'World Cup 2022 khu vực châu Á', { text: '2022', value: 2022, kind: 'year', unit: '' }],
    ['year in', 'founded in 1995 by', { text: 'in 1995', value: 1995, kind: 'year', unit: '' }],
    ['plain Vietnamese million', 'nhận 1.000.000 và', { text: '1.000.000', value: 1e6, kind: 'plain', unit: '' }],
    ['plain English million', 'got 1,000,000 and', { text: '1,000,000', value: 1e6, kind: 'plain', unit: '' }],
    ['series noun: it names the slot, not a counted unit', 'học sinh lớp 8 vui vẻ', { text: '8', value: 8, kind: 'plain', unit: 'lớp' }],
    ['a document number is one identifier', 'theo Chỉ thị 03/CT-TW của Bộ', { text: '03/CT-TW', value: 30000, kind: 'document', unit: 'ct-tw' }],
    ['a document number with its year', 'theo Nghị định 51/2012/NĐ-CP của', { text: '51/2012/NĐ-CP', value: 512012, kind: 'document', unit: 'nđ-cp' }],
    ['a phone number with its area code', 'call (816) 234-7743 or send', { text: '(816) 234-7743', value: 8162347743, kind: 'phone', unit: '' }],
    ['a Vietnamese phone number', 'gọi số 0913.456.789 để', { text: '0913.456.789', value: 913456789, kind: 'phone', unit: '' }],
    ['a North American number written whole', 'call 800-458-8477 or send', { text: '800-458-8477', value: 8004588477, kind: 'phone', unit: '' }],
    ['a North American number with its country code', 'call 1-800-458-8477 or send', { text: '1-800-458-8477', value: 8004588477, kind: 'phone', unit: '' }],
    ['a North American number with dots', 'call 800.458.8477 or send', { text: '800.458.8477', value: 8004588477, kind: 'phone', unit: '' }],
    ['feet glued to the figure', 'dragged about 40ft by the parachute', { text: '40ft', value: 40, kind: 'count', unit: 'ft' }],
    ['pounds glued to the figure', 'a bag of 20lb in all', { text: '20lb', value: 20, kind: 'count', unit: 'lb' }],
    ['a licence plate', 'xe biển số 29A-123.45 đã', { text: '29A-123.45', value: parseInt('29A12345', 36), kind: 'plate', unit: '' }],
    ['name with number', 'chiếc iPhone 15 mới', { text: '15', value: 15, kind: 'plain', unit: '' }],
    ['fraction', 'chiếm 1/3 số phiếu', { text: '1/3', value: 1 / 3, kind: 'plain', unit: '' }],
    // planted-en: a sum hyphened into a compound adjective still states the sum
    ['en: a yearly price', 'Prime, the $119-a-year shipping program', { text: '$119', value: 119, kind: 'amount', unit: 'usd' }],
    ['en: a per-share price', 'a $35-per-share offer for the firm', { text: '$35', value: 35, kind: 'amount', unit: 'usd' }],
  ])('%s: %s', (_name, text, want) => {
    expect(all(text)).toEqual([want])
  })
})

describe('extractNumbers: a sum hedged by a hyphened word is no exact sum (review-revO 7-9)', () => {
  const hedged = (text: string) => extractNumbers(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit, hedge: f.lead?.at(-1), range: f.range }))
  it.each([
    ['en: something opens the last place', 'selling this for $16-something a pound', { text: '$16', value: 16, unit: 'usd', hedge: 'for', range: [16, 16.99] }],
    ['en: plus is a lower bound', 'Oil hit $100-plus a barrel', { text: '$100', value: 100, unit: 'usd', hedge: 'over', range: undefined }],
    ['en: ish is an approximation', 'it sells for $40-ish now', { text: '$40', value: 40, unit: 'usd', hedge: 'about', range: undefined }],
    ['en: the scale after the hedge is kept', 'worth $1-plus billion', { text: '$1-plus billion', value: 1e9, unit: 'usd', hedge: 'over', range: undefined }],
    ['en: a decade left open keeps its scale', 'a £30-odd million deal', { text: '£30-odd million', value: 30e6, unit: 'gbp', hedge: 'a', range: [30e6, 39.9e6] }],
    // traps: a compound that hedges nothing still states the exact sum
    ['en trap: a yearly price', 'the $119-a-year program', { text: '$119', value: 119, unit: 'usd', hedge: 'the', range: undefined }],
    ['en trap: a hyphened scale is no hedge', 'a $5-million grant', { text: '$5-million', value: 5e6, unit: 'usd', hedge: 'a', range: undefined }],
  ])('%s: %s', (_name, text, want) => {
    const [got] = hedged(text)
    expect({ ...got, range: got?.range?.map((x) => Math.round(x * 1000) / 1000) }).toEqual(want)
  })
})

describe('extractNumbers: several or none', () => {
  it.each([
    ['weekday thứ 5 tuần này', 'họp vào thứ 5 tuần này', []],
    ['dates are skipped', 'ngày 13/8 và sáng 14.8', []],
    ['Covid-19, G20, F0 are names', 'dịch Covid-19 tại G20 với F0', []],
    ['3G is a name', 'dung lượng 3G, một', []],
    ['en trap: no currency before the hyphened figure', 'a 10-a-side game in the park', []],
    ['two numbers across a space are two figures after a year', 'năm 2013 100 người', [{ text: '100 người', value: 100, kind: 'count', unit: 'người' }]],
  ])('%s: %s', (_name, text, want) => {
    expect(all(text)).toEqual(want)
  })

  it.each([
    ['range with currency', 'từ 150.000-300.000 đồng', [150000, 300000], 'amount', 'vnd'],
    ['range with multiplier', 'khoảng 10-12 triệu liều vắc xin', [10e6, 12e6], 'count', 'liều'],
    ['spaced range', 'điểm sàn từ 16 - 22 điểm', [16, 22], 'count', 'điểm'],
    ['between … and', 'needed to lose between 30 and 80 pounds.', [30, 80], 'count', 'pound'],
    ['giữa … và', 'giữa 20 và 25 độ C', [20, 25], 'count', 'độ'],
    ['đến range', 'từ 10.000 đến 15.000 công dân', [10000, 15000], 'count', 'công'],
    ['year range', 'nhiệm kỳ 2016-2021 đã', [2016, 2021], 'year', ''],
    ['season', 'Premier League 2021-22.', [2021, 2022], 'year', ''],
  ])('%s: %s', (_name, text, values, kind, unit) => {
    const facts = extractNumbers(text)
    expect(facts.map((f) => f.value)).toEqual(values)
    for (const f of facts) expect([f.kind, f.unit]).toEqual([kind, unit])
  })

  // A lifter's snatch, clean and jerk and total: three values of one unit, not two overlapping ranges.
  it.each([
    ['vi: unit glued to the last of three', 'Om Yun Chol (Triều Tiên, 127-162-289kg) đoạt HCV', ['127', '162', '289kg']],
    ['vi: unit spaced after the last of three', 'Om Yun Chol đạt 127-162-289 kg', ['127', '162', '289 kg']],
    ['en: unit glued to the last of three', 'Om Yun Chol (North Korea, 127-162-289kg) took gold', ['127', '162', '289kg']],
    ['en: unit spaced after the last of three', 'Om Yun Chol lifted 127-162-289 kg', ['127', '162', '289 kg']],
  ])('%s: a dashed series is a list of values', (_name, text, texts) => {
    const facts = extractNumbers(text)
    expect(facts.map((f) => f.text)).toEqual(texts)
    for (const f of facts) expect([f.kind, f.unit, f.range]).toEqual(['count', 'kg', undefined])
  })

  it.each([
    ['vi', 'nặng 127-162kg', [127, 162]],
    ['en', 'lifted 5.5-6kg', [5.5, 6]],
  ])('%s: two dashed figures with the unit glued to the second are a range', (_lang, text, range) => {
    const facts = extractNumbers(text)
    expect(facts.map((f) => f.range)).toEqual([range, range])
    expect(facts.map((f) => f.unit)).toEqual(['kg', 'kg'])
  })

  // A range written as one hyphenated word, or with "cho đến", gave no facts or no range (MSRP train 2564891/2565017).
  it.each([
    ['en: people 18-to-64', 'among whites, blacks, people 18-to-64, and earners', ['18', '64'], [18, 64], 'plain'],
    ['en: ages 18-to-64', 'adults ages 18-to-64 were surveyed', ['18', '64'], [18, 64], 'age'],
    ['en: 5-through-17 years old', 'children 5-through-17 years old', ['5', '17 years old'], [5, 17], 'age'],
    ['en: 18-to-64-year-olds', 'the 18-to-64-year-olds polled', ['18', '64-year-olds'], [18, 64], 'age'],
    ['vi: từ 18 cho đến 64 tuổi', 'người từ 18 cho đến 64 tuổi', ['18', '64 tuổi'], [18, 64], undefined],
    ['vi: 18-đến-64 tuổi', 'nhóm 18-đến-64 tuổi', ['18', '64 tuổi'], [18, 64], 'age'],
  ])('%s: both ends of a word range', (_name, text, texts, range, kind) => {
    const facts = extractNumbers(text)
    expect(facts.map((f) => f.text)).toEqual(texts)
    expect(facts.map((f) => f.range)).toEqual([range, range])
    if (kind) expect(facts.map((f) => f.kind)).toEqual([kind, kind])
  })

  it('gives folded context words, nearest last before and nearest first after', () => {
    const [f] = extractNumbers('Tổng Bí thư dự lễ kỷ niệm 30 năm thiết lập quan hệ hữu nghị')
    expect(f?.before).toEqual(['lễ', 'kỷ', 'niệm'])
    expect(f?.after).toEqual(['thiết', 'lập', 'quan'])
  })

  it('folds i/y in multipliers: tỉ = tỷ', () => {
    const values = (t: string): unknown[] => extractNumbers(t).map((f) => [f.value, f.kind, f.unit])
    expect(values('150 tỉ USD')).toEqual(values('150 tỷ USD'))
  })

  it('honours a forced notation', () => {
    expect(extractNumbers('rated 2.709 now', undefined, { notation: 'vi' })[0]?.value).toBe(2709)
    expect(extractNumbers('rated 2.709 now', undefined, { notation: 'en' })[0]?.value).toBe(2.709)
  })

  it('uses the skip spans it is given instead of finding dates', () => {
    expect(all('ngày 13/8').length).toBe(0)
    expect(extractNumbers('ngày 13/8', []).length).toBeGreaterThan(0)
  })
})

describe('extractNumbers on real sentences', () => {
  const sentences = corpusArticles().flatMap((article) => article.sentences)

  it('never throws, keeps exact offsets and never overlaps a date', () => {
    let count = 0
    for (const s of sentences) {
      for (const text of [s, s.normalize('NFD')]) {
        const dates = extractDates(text)
        for (const f of extractNumbers(text, dates)) {
          expect(text.slice(f.start, f.end)).toBe(f.text)
          expect(Number.isFinite(f.value)).toBe(true)
          expect(dates.some((d) => f.start < d.end && d.start < f.end)).toBe(false)
          count++
        }
      }
    }
    expect(count).toBeGreaterThan(500)
  })

  it('reads the same facts from NFC and NFD text', () => {
    for (const s of sentences.slice(0, 300)) {
      const nfc = extractNumbers(s).map((f) => [f.value, f.kind])
      const nfd = extractNumbers(s.normalize('NFD')).map((f) => [f.value, f.kind])
      expect(nfd).toEqual(nfc)
    }
  })

  it.each(['1.', '1,', '9', 'thứ ', '$', '12/'])('stays linear on a long run of %j', (unit) => {
    expectLinear((size) => unit.repeat(size), (text) => extractNumbers(text), 25_000)
  })
})
