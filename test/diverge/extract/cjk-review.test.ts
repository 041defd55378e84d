// Review of cjk59 (rcjk59): inputs the branch's tests did not try, each a wrong reading or a false
// contradiction found on the branch's tip, with the reading it should give.
import { describe, expect, it } from 'vitest'
import { extractCjkNumbers } from '../../../src/diverge/extract/numbers/cjk-numbers'
import { extractCjkDates } from '../../../src/diverge/extract/dates/cjk-dates'
import { withCjkDates, withCjkNumbers } from '../../../src/diverge/extract/cjk/cjk-facts'
import { compare } from '../../../src/index'
import { tokens } from '../../../src/normalize/tokens'

const figures = (text: string) =>
  extractCjkNumbers(text, extractCjkDates(text)).map((f) => ({ text: f.text, value: f.value, kind: f.kind, unit: f.unit, range: f.range ?? null }))
const dates = (text: string) => extractCjkDates(text).map((d) => ({ text: d.text, month: d.month ?? null, day: d.day ?? null, minutes: d.minutes ?? null }))
const contradictions = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.kind === 'number' || d.kind === 'date').map((d) => [d.a?.text, d.b?.text])

describe('Traditional characters read as the Simplified ones', () => {
  it.each([
    ['兩 (two)', '事故造成兩萬人受傷', [{ text: '兩萬人', value: 20000, kind: 'count', unit: '人', range: null }]],
    ['個 as 个', '持續三個月', [{ text: '三個月', value: 3, kind: 'duration', unit: 'month', range: null }]],
    ['輛 as 辆', '撞毀12輛汽車', [{ text: '12輛', value: 12, kind: 'count', unit: '辆', range: null }]],
    ['歲 (age)', '年僅25歲', [{ text: '25歲', value: 25, kind: 'age', unit: '', range: null }]],
    ['餘 as 余 (a hedge)', '三百餘人受傷', [{ text: '三百餘人', value: 300, kind: 'count', unit: '人', range: null }]],
    ['港幣', '損失500萬港幣', [{ text: '500萬港幣', value: 5e6, kind: 'amount', unit: 'hkd', range: null }]],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each([
    ['號 (day)', '5月3號發生', [{ text: '5月3號', month: 5, day: 3, minutes: null }]],
    ['點 with 半', '晚上八點半', [{ text: '晚上八點半', month: null, day: null, minutes: 20 * 60 + 30 }]],
    ['點 after a day', '3日下午3點', [{ text: '3日下午3點', month: null, day: 3, minutes: 15 * 60 }]],
  ])('dates: %s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected)
  })

  it('兩萬人 and 2万人 are one figure, not a missing pair', () => {
    const r = compare('警方表示，事故造成兩萬人受傷，現場一片混亂。', '警方表示，事故造成2万人受伤，现场一片混乱。')
    expect(r.divergences.filter((d) => d.kind === 'missing')).toEqual([])
    expect(r.equivalences.map((e) => [e.a.text, e.b.text])).toEqual([['兩萬人', '2万人']])
  })
})

describe('廿 and 卅 (twenty, thirty)', () => {
  it.each([
    ['廿三日', [{ text: '廿三日', month: null, day: 23, minutes: null }]],
    ['8月卅日', [{ text: '8月卅日', month: 8, day: 30, minutes: null }]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })
})

describe('vague figures are no exact count', () => {
  it.each([
    ['数百人 (some hundreds)', '造成数百人受伤', [{ text: '数百人', value: 100, kind: 'count', unit: '人', range: [100, 1000] }]],
    ['几十人 (some tens)', '造成几十人受伤', [{ text: '几十人', value: 10, kind: 'count', unit: '人', range: [10, 100] }]],
    ['上千人 (a thousand and more)', '上千人参加', [{ text: '上千人', value: 1000, kind: 'count', unit: '人', range: [1000, 10000] }]],
    ['一两个 (one or two)', '只有一两个人', []],
    ['三四人 (three or four)', '三四人受伤', []],
    ['七八辆 (seven or eight)', '七八辆车', []],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each([
    ['数百人 / 300人', '警方表示，这起事故造成数百人受伤，其中多人伤势严重。', '警方表示，这起事故造成300人受伤，其中多人伤势严重。'],
    ['几十人 / 40人', '警方表示，这起事故造成几十人受伤，其中多人伤势严重。', '警方表示，这起事故造成40人受伤，其中多人伤势严重。'],
  ])('no contradiction: %s', (_name, a, b) => {
    expect(contradictions(a, b)).toEqual([])
  })
})

describe('ranges 3至5人', () => {
  it.each([
    ['至', '3至5人受伤', [{ text: '3', value: 3, kind: 'count', unit: '人', range: [3, 5] }, { text: '5人', value: 5, kind: 'count', unit: '人', range: [3, 5] }]],
    ['到, Han numerals', '三到五名', [{ text: '三', value: 3, kind: 'count', unit: '人', range: [3, 5] }, { text: '五名', value: 5, kind: 'count', unit: '人', range: [3, 5] }]],
    ['a dash', '3-5天', [{ text: '3', value: 3, kind: 'duration', unit: 'day', range: [3, 5] }, { text: '5天', value: 5, kind: 'duration', unit: 'day', range: [3, 5] }]],
    ['days of a month: the bare first end is no figure', '3至5日', []],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it('3至5人 / 4人: a value inside the range is no contradiction', () => {
    expect(contradictions('警方表示，事故造成3至5人受伤，现场一片混乱。', '警方表示，事故造成4人受伤，现场一片混乱。')).toEqual([])
  })
})

describe('digits that are part of a name, a number or an ID', () => {
  it.each([
    ['a phone number', '联系电话13812345678', []],
    ['an ID card number', '身份证号110105199001011234', []],
    ['a fullwidth phone number', '电话１３８１２３４５６７８', []],
    ['a Latin name with digits', 'iPhone15售价5999元', [{ text: '5999元', value: 5999, kind: 'amount', unit: 'cny', range: null }]],
    ['G20', 'G20峰会在杭州举行', []],
    ['COVID-19', 'COVID-19疫情', []],
    ['a metro line', '地铁3号线', []],
    ['a Japanese typhoon number', '台風5号が上陸', []],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each([
    ['a metro line', '地铁3号线'],
    ['a building', '5号楼起火'],
    ['a Japanese typhoon number', '台風5号が上陸'],
    ['within three days', '3日内完成'],
  ])('no date: %s', (_name, text) => {
    expect(dates(text)).toEqual([])
  })

  it.each([
    ['号 after a month is still a day', '8月3号线路', [{ text: '8月3号', month: 8, day: 3, minutes: null }]],
    ['号 alone before a part of day', '3号下午', [{ text: '3号下午', month: null, day: 3, minutes: null }]],
  ])('dates: %s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected)
  })
})

describe('katakana words with the prolonged sound mark', () => {
  it.each([
    ['ニュース', ['ニュ', 'ュー', 'ース']],
    ['データ', ['デー', 'ータ']],
    ['ｶｰﾄﾞ', ['ｶｰ', 'ｰﾄ', 'ﾄﾞ']],
  ])('%s stays one word', (text, expected) => {
    expect(tokens(text)).toEqual(expected)
  })
})

// The CJK readers themselves read any Arabic digit; what keeps them off other languages is the gate.
describe('other languages: no CJK reading fires', () => {
  it.each([
    ['de', 'Bei dem Unfall wurden 3 bis 5 Menschen verletzt, 20 davon schwer.'],
    ['fr', 'L\'accident a fait 3 à 5 blessés, dont 20 graves, le 3 mai.'],
    ['es', 'El accidente dejó entre 3 y 5 heridos el 3 de mayo.'],
    ['ru', 'В аварии пострадали от 3 до 5 человек 3 мая.'],
    ['ar', 'أصيب 3 إلى 5 أشخاص في الحادث يوم 3 مايو.'],
    ['vi', 'Vụ tai nạn làm 3 đến 5 người bị thương hôm 3/5.'],
  ])('%s', (_lang, text) => {
    const numbers = [] as Parameters<typeof withCjkNumbers>[2]
    const found = [] as Parameters<typeof withCjkDates>[1]
    expect(withCjkNumbers(text, [], numbers)).toBe(numbers)
    expect(withCjkDates(text, found)).toBe(found)
  })
})

describe('多 after a duration, and 个多 before a unit of time', () => {
  const read = (text: string) => extractCjkNumbers(text, []).map((f) => ({ text: f.text, value: f.value, kind: f.kind, unit: f.unit, lead: f.lead }))
  it.each([
    ['3个多月 (over three months, not three 个)', '持续3个多月', [{ text: '3个多月', value: 3, kind: 'duration', unit: 'month', lead: ['over'] }]],
    ['两个多小时', '耗时两个多小时', [{ text: '两个多小时', value: 2, kind: 'duration', unit: 'hour', lead: ['over'] }]],
    ['一年多', '一年多来', [{ text: '一年多', value: 1, kind: 'duration', unit: 'year', lead: ['over'] }]],
    ['多次 is "many times", no hedge', '三天多次', [{ text: '三天', value: 3, kind: 'duration', unit: 'day', lead: [] }]],
    ['a count keeps its 个', '3个人', [{ text: '3个', value: 3, kind: 'count', unit: '个', lead: [] }]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('12 o\'clock with a part of day', () => {
  it.each([
    ['晚上12点 is midnight', '晚上12点', 0],
    ['凌晨12点半', '凌晨12点半', 30],
    ['中午12点 is noon', '中午12点', 12 * 60],
    ['下午1点', '下午1点', 13 * 60],
  ])('%s', (_name, text, minutes) => {
    expect(dates(text).map((d) => d.minutes)).toEqual([minutes])
  })
})

describe('a sentence of another language quoting one Han name', () => {
  // The CJK readers run on any sentence with a Han character; a bare figure of theirs must not take the place of the
  // general reader's count ("500 человек" had become a plain 500).
  it.each([
    ['ru', 'Поезд 习近平 号 прибыл в Москву 13 августа, на борту было 500 человек и 3 вагона.', 'Поезд 习近平 号 прибыл в Москву 14 августа, на борту было 600 человек и 3 вагона.', '500 человек'],
    ['fr', 'Le train 习近平 est arrivé le 13 août avec 500 passagers à Pékin.', 'Le train 习近平 est arrivé le 14 août avec 600 passagers à Pékin.', '500 passagers'],
  ])('%s: the count keeps its noun', (_lang, a, b, count) => {
    const spans = compare(a, b).divergences.map((d) => d.a?.text)
    expect(spans).toContain(count)
  })
})
