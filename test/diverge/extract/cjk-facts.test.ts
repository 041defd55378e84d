import { describe, expect, it } from 'vitest'
import { extractCjkNumbers } from '../../../src/diverge/extract/numbers/cjk-numbers'
import { extractCjkDates } from '../../../src/diverge/extract/dates/cjk-dates'
import { withCjkDates, withCjkNumbers } from '../../../src/diverge/extract/cjk/cjk-facts'
import type { DateFact, NumberFact } from '../../../src/diverge/extract/fact'

const figure = (text: string): Partial<NumberFact> | undefined => {
  const [fact] = extractCjkNumbers(text, extractCjkDates(text))
  return fact && { text: fact.text, value: fact.value, kind: fact.kind, unit: fact.unit, lead: fact.lead }
}

describe('figures of Chinese and Japanese text', () => {
  it.each([
    ['a currency after a scale', '双方贸易额达到1500亿美元。', { text: '1500亿美元', value: 1500e8, kind: 'amount', unit: 'usd', lead: [] }],
    ['yuan', '投资2.5万元', { text: '2.5万元', value: 25000, kind: 'amount', unit: 'cny', lead: [] }],
    ['yuan named again', '投资3亿元人民币', { text: '3亿元人民币', value: 3e8, kind: 'amount', unit: 'cny', lead: [] }],
    ['yen, in Japanese', '総額は500億円に上る', { text: '500億円', value: 500e8, kind: 'amount', unit: 'jpy', lead: [] }],
    ['a hedge before', '贸易额约为1600亿美元', { text: '1600亿美元', value: 1600e8, kind: 'amount', unit: 'usd', lead: ['about'] }],
    ['a hedge inside', '贸易额1500多亿美元', { text: '1500多亿美元', value: 1500e8, kind: 'amount', unit: 'usd', lead: ['over'] }],
    ['a hedge after the numeral', '两千多人参加', { text: '两千多人', value: 2000, kind: 'count', unit: '人', lead: ['over'] }],
    ['a hedge after the unit', '死亡30人左右', { text: '30人左右', value: 30, kind: 'count', unit: '人', lead: ['about'] }],
    ['nearly', '将近300名', { text: '300名', value: 300, kind: 'count', unit: '人', lead: ['nearly'] }],
    ['a Han count of people', '造成三人死亡', { text: '三人', value: 3, kind: 'count', unit: '人', lead: [] }],
    ['名 with no noun after it counts people as 人 does', '十五名被困', { text: '十五名', value: 15, kind: 'count', unit: '人', lead: [] }],
    ['another measure word', '12辆汽车', { text: '12辆', value: 12, kind: 'count', unit: '辆', lead: [] }],
    ['percent sign', '增长3.5%', { text: '3.5%', value: 3.5, kind: 'percent', unit: '', lead: [] }],
    ['percent word', '占百分之五十', { text: '百分之五十', value: 50, kind: 'percent', unit: '', lead: [] }],
    ['an ordinal', '世界第五大港口', { text: '第五', value: 5, kind: 'ordinal', unit: '', lead: [] }],
    ['an age', '年仅25岁', { text: '25岁', value: 25, kind: 'age', unit: '', lead: [] }],
    ['a duration', '持续3个月', { text: '3个月', value: 3, kind: 'duration', unit: 'month', lead: [] }],
    ['a distance', '距离120公里', { text: '120公里', value: 120, kind: 'count', unit: 'km', lead: [] }],
    ['a bare Arabic figure', '编号1500', { text: '1500', value: 1500, kind: 'plain', unit: '', lead: [] }],
  ])('%s', (_name, text, expected) => {
    expect(figure(text)).toEqual(expected)
  })

  it.each([
    // A Han numeral with no measure is a word: 一些 (some), 统一 (unify), 万一 (in case).
    ['一些', '一些国家'],
    ['统一', '国家统一'],
    ['万一', '万一发生'],
    // Han "one" with a measure is the article (a city), unless it counts people or money.
    ['一个', '一个城市'],
    // A figure inside a date is the date's.
    ['a date', '8月13日'],
  ])('no figure in %s', (_name, text) => {
    expect(figure(text)).toBeUndefined()
  })
})

const date = (text: string): Partial<DateFact> | undefined => {
  const [fact] = extractCjkDates(text)
  return fact && { text: fact.text, day: fact.day, month: fact.month, year: fact.year, minutes: fact.minutes, cue: fact.cue }
}
const parts = (text: string, day?: number, month?: number, year?: number, minutes?: number, cue?: string) => ({ text, day, month, year, minutes, cue })

describe('dates and times of Chinese and Japanese text', () => {
  it.each([
    ['a full date', '2020年1月3日发生', parts('2020年1月3日', 3, 1, 2020)],
    ['month and day in a dateline', '新华社北京8月13日电', parts('8月13日', 13, 8)],
    ['a day alone', '习近平13日在北京', parts('13日', 13)],
    ['a spoken day', '8月13号', parts('8月13号', 13, 8)],
    ['Han numerals', '二〇二〇年十二月三十一日', parts('二〇二〇年十二月三十一日', 31, 12, 2020)],
    ['a year and month', '2019年5月', parts('2019年5月', undefined, 5, 2019)],
    ['an afternoon hour', '下午3点', parts('下午3点', undefined, undefined, undefined, 15 * 60, 'afternoon')],
    ['hour and minute', '14时30分', parts('14时30分', undefined, undefined, undefined, 14 * 60 + 30)],
    ['half past, evening', '晚上8点半', parts('晚上8点半', undefined, undefined, undefined, 20 * 60 + 30, 'evening')],
    ['a date and its time', '13日上午10时', parts('13日上午10时', 13, undefined, undefined, 10 * 60, 'morning')],
    ['a Japanese era', '令和5年4月1日', parts('令和5年4月1日', 1, 4, 2023)],
    ['the first year of an era', '令和元年', parts('令和元年', undefined, undefined, 2019)],
  ])('%s', (_name, text, expected) => {
    expect(date(text)).toEqual(expected)
  })

  it.each([
    // 日 opens 日本 (Japan) and 日元 (yen): no day.
    ['日本', '5日本'],
    ['日元', '100日元'],
    // 点 alone is "points" (三点意见), not o'clock.
    ['三点意见', '提出三点意见'],
    // A month past twelve or a day past 31 is no date.
    ['13月', '13月'],
    ['32日', '32日'],
    // Three digits and 年 is no year.
    ['300年', '300年'],
  ])('no date in %s', (_name, text) => {
    expect(date(text)).toBeUndefined()
  })
})

describe('the CJK readers leave other scripts alone', () => {
  const vi: DateFact[] = [{ type: 'date', start: 5, end: 9, text: '13/8', day: 13, month: 8 }]
  const en: NumberFact[] = [{ type: 'number', start: 0, end: 4, text: '1500', value: 1500, kind: 'plain', unit: '', before: [], after: [] }]
  it.each([
    ['Vietnamese dates', 'Ngày 13/8, ông Park đến Hà Nội.', vi],
    ['English dates', 'On 13/8 Park came to Hanoi.', vi],
  ])('%s: the same array', (_name, text, dates) => {
    expect(withCjkDates(text, dates)).toBe(dates)
  })

  it.each([
    ['Vietnamese figures', '1500 tỷ USD', en],
    ['English figures', '1500 billion dollars', en],
  ])('%s: the same array', (_name, text, numbers) => {
    expect(withCjkNumbers(text, [], numbers)).toBe(numbers)
  })

  it('a general reading inside a CJK figure gives way to it', () => {
    const text = '贸易额1500亿美元'
    const bare: NumberFact = { ...en[0]!, start: 3, end: 7 }
    expect(withCjkNumbers(text, [], [bare]).map((f) => f.text)).toEqual(['1500亿美元'])
  })
})

describe('the CJK readers on any text', () => {
  // Numerals, marks, hedges and units in every order: nothing throws, every fact is a slice of the text.
  const ALPHABET = [...'0123456789一二两十百千万亿多余约近年月日号时点分半上午下第人名元美%百分之，。 a']
  let seed = 59
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const texts = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 20) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]!).join(''))
  it('reads 300 random strings with every fact a slice of its text', () => {
    for (const text of texts) {
      const dates = extractCjkDates(text)
      for (const fact of [...dates, ...extractCjkNumbers(text, dates)]) expect(text.slice(fact.start, fact.end)).toBe(fact.text)
    }
  })

  it('reads a long run of numerals in linear time', () => {
    const text = '一二三四五六七八九十百千万亿'.repeat(20_000)
    const started = performance.now()
    extractCjkNumbers(text, extractCjkDates(text))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
