import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/language'
import { cjkLanguage } from '../../src/normalize/cjk-script'
import { readNumeral } from '../../src/normalize/cjk-numerals'
import { tokenize } from '../../src/normalize/tokens'

const ZH_SHORT = '据报道，8月12日，习近平主席在北京会见了釜山市市长。'
const ZH = '新华社北京8月13日电 国家主席习近平13日在北京会见了韩国釜山市长。双方贸易额达到1500亿美元。'
const JA = '東京都は13日、新型コロナウイルスの感染者が新たに500人確認されたと発表した。'
const VI = 'Người dân thành phố Hồ Chí Minh đã chứng kiến trận mưa lớn nhất trong nhiều năm qua, theo đài khí tượng.'
const EN = 'Residents of the city saw the heaviest rain in many years yesterday, the weather service said in a statement.'

describe('a report is read as Chinese or Japanese by its script', () => {
  it.each([
    ['a short Chinese report (franc says und)', ZH_SHORT, 'cmn'],
    ['a Chinese report', ZH, 'cmn'],
    ['a Japanese report (Han with kana)', JA, 'jpn'],
    ['Vietnamese, unchanged', VI, 'vie'],
    ['English, unchanged', EN, 'eng'],
    // Trap: one Han name quoted in an English report leaves it English.
    ['English quoting a Han name', `${EN} (北京)`, 'eng'],
    // Trap: fewer than eight Han characters are too few to decide.
    ['seven Han characters', '北京上海广州深', 'und'],
  ])('%s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected)
  })

  it.each([
    ['half the letters Han', '北京上海广州深圳abcdefgh', 'cmn'],
    ['fewer than half Han', '北京上海广州深圳abcdefghi', undefined],
  ])('the script decides only when it writes half the letters: %s', (_name, text, expected) => {
    expect(cjkLanguage(text, [...text].length)).toBe(expected)
  })
})

describe('CJK numerals', () => {
  it.each([
    ['1500亿', 1500e8],
    ['2.5万', 25000],
    ['1,500', 1500],
    ['十五', 15],
    ['两千', 2000],
    ['三百零五', 305],
    ['一万二千', 12000],
    ['3万亿', 3e12],
    ['二〇二〇', 2020],
    ['１２', 12],
  ])('%s is %d', (text, value) => {
    expect(readNumeral(text, 0)?.value).toBe(value)
  })

  it('"多" before a scale is kept as a hedge, not a digit', () => {
    expect(readNumeral('1500多亿', 0)).toMatchObject({ value: 1500e8, over: true, end: 6 })
  })

  it('a run too long to be a figure is none (its reading stays linear)', () => {
    expect(readNumeral('一'.repeat(10_000), 0)).toBeUndefined()
  })
})

describe('comparison tokens of Han and kana', () => {
  it.each([
    // Han: each character and each pair; digits and Latin words written against Han are tokens of their own.
    ['Han pairs and characters', '北京会见', ['北', '北京', '京', '京会', '会', '会见', '见']],
    ['digits against Han', '8月13日', ['8', '月', '13', '日']],
    ['a figure and its unit', '1500亿美元', ['1500', '亿', '亿美', '美', '美元', '元']],
    ['Latin against Han', 'G20峰会', ['g20', '峰', '峰会', '会']],
    // Kana writes syllables: pairs only.
    ['kana pairs', 'ウイルス', ['ウイ', 'イル', 'ルス']],
    // Vietnamese and English words are cut as before.
    ['Vietnamese', 'Hà Nội 13/8', ['hà', 'nội', '13', '8']],
    ['English', "Busan's 2025 plan", ['busan', 's', '2025', 'plan']],
  ])('%s', (_name, text, keys) => {
    expect(tokenize(text).map((t) => t.key)).toEqual(keys)
  })

  it('every token indexes the text it came from', () => {
    const text = '据报道，8月12日，习近平在北京会见了釜山市长。'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.key)
  })
})
