/**
 * Figures of Chinese (and Japanese) text, which writes no space around them: "1500亿美元",
 * "约1600亿美元", "两千多人", "十五名", "百分之五十", "3.5%", "第五大". A numeral
 * (normalize/cjk-numerals.ts) is a figure when an Arabic digit writes it, or, in Han numerals,
 * when a measure word, a currency or a percent sign follows (一 alone is "a", in 一些, 统一…).
 * Hedges are read into `lead` as the English words the hedge reader knows (reasons/hedges.ts):
 * 约/大约 about, 近/将近/接近 nearly, 超过/逾/多/余/以上 over, 不到/不足/以下 under.
 * Context words are the character pairs around the figure (../cjk/cjk-context.ts).
 */
import type { DateFact, NumberFact, QuantityKind } from '../fact'
import { isNumeralChar, readNumeral } from '../../../normalize/cjk-numerals'
import { pairsAfter, pairsBefore } from '../cjk/cjk-context'

type Measure = readonly [kind: QuantityKind, unit: string]

// Longest first where one is the head of another (日元 before 元, 个月 before 个).
const CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ['美元', 'usd'], ['日元', 'jpy'], ['日圆', 'jpy'], ['欧元', 'eur'], ['英镑', 'gbp'], ['港元', 'hkd'], ['港币', 'hkd'], ['韩元', 'krw'],
  ['卢布', 'rub'], ['越南盾', 'vnd'], ['人民币', 'cny'], ['元', 'cny'], ['円', 'jpy'], ['ドル', 'usd'], ['ユーロ', 'eur'],
]
// Measure words of people are one counted noun: 三人, 三名, 三位 say the same.
const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['个月', ['duration', 'month']], ['ヶ月', ['duration', 'month']], ['か月', ['duration', 'month']], ['小时', ['duration', 'hour']], ['時間', ['duration', 'hour']],
  ['分钟', ['duration', 'minute']], ['星期', ['duration', 'week']], ['周', ['duration', 'week']], ['天', ['duration', 'day']], ['年', ['duration', 'year']],
  ['岁', ['age', '']], ['歳', ['age', '']], ['周岁', ['age', '']],
  ['平方公里', ['count', 'km2']], ['公里', ['count', 'km']], ['千米', ['count', 'km']], ['キロ', ['count', 'km']], ['米', ['count', 'm']],
  ['公斤', ['count', 'kg']], ['千克', ['count', 'kg']], ['吨', ['count', 'tấn']],
  ['人', ['count', '人']], ['名', ['count', '人']], ['位', ['count', '人']],
  ...[...'个家辆架艘座所起次例条只头件项枚栋套张台部场户支批股倍匹隻'].map((c): readonly [string, Measure] => [c, ['count', c]]),
]
const PERCENT_SIGNS = new Set(['%', '％'])
const PERCENT_WORD = '百分之'

// Before the figure, nearest last; the longest that ends where the figure starts is taken.
const HEDGES_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['大约', 'about'], ['约为', 'about'], ['约合', 'about'], ['约', 'about'], ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['超过', 'over'], ['逾', 'over'], ['至少', 'over'], ['不到', 'under'], ['不足', 'under'], ['最多', 'under'], ['約', 'about'],
]
const HEDGES_AFTER: ReadonlyArray<readonly [string, string]> = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'over'], ['多', 'over'], ['余', 'over'], ['以下', 'under'], ['以内', 'under'], ['前後', 'about'], ['程度', 'about'],
]

/** The first entry of `list` written at `i`. */
function at<T>(text: string, i: number, list: ReadonlyArray<readonly [string, T]>): readonly [string, T] | undefined {
  for (const entry of list) if (text.startsWith(entry[0], i)) return entry
  return undefined
}

/** The first entry of `list` written so that it ends at `i`. */
function endingAt<T>(text: string, i: number, list: ReadonlyArray<readonly [string, T]>): readonly [string, T] | undefined {
  for (const entry of list) if (i >= entry[0].length && text.startsWith(entry[0], i - entry[0].length)) return entry
  return undefined
}

/** Whether [start, end) lies in one of `dates` (sorted or not: a sentence has few). */
function inDate(dates: readonly DateFact[], start: number, end: number): boolean {
  return dates.some((d) => d.start < end && start < d.end)
}

// What may follow a classifier without being its noun: a verb or preposition opening the clause (被困, 在, 已).
const NOT_NOUN_STARTS = new Set([...'被在已于是的和与及将都也均受遭获死'])

/** The two Han characters after a classifier at `at`, when they may be its noun. */
function countedNoun(text: string, at: number): string | undefined {
  const isHan = (k: number): boolean => text.charCodeAt(k) >= 0x4e00 && text.charCodeAt(k) <= 0x9fff
  if (!isHan(at) || !isHan(at + 1) || NOT_NOUN_STARTS.has(text[at]!)) return undefined
  return text.slice(at, at + 2)
}

/** The figures of a sentence of Chinese or Japanese `text` (offsets into it), none inside `dates`. */
export function extractCjkNumbers(text: string, dates: readonly DateFact[]): NumberFact[] {
  const out: NumberFact[] = []
  let i = 0
  while (i < text.length) {
    if (!isNumeralChar(text, i) || (i > 0 && isNumeralChar(text, i - 1))) {
      i++
      continue
    }
    const percentWord = i >= PERCENT_WORD.length && text.startsWith(PERCENT_WORD, i - PERCENT_WORD.length) && PERCENT_WORD.length > 0
    const numeral = readNumeral(text, i)
    if (!numeral || numeral.end === i) {
      i++
      continue
    }
    // A Han numeral that opens 百分之 is the word, not a figure: read from after it.
    if (text.startsWith(PERCENT_WORD, i)) {
      i += PERCENT_WORD.length
      continue
    }
    let start = percentWord ? i - PERCENT_WORD.length : i
    let end = numeral.end
    let hedge: string | undefined = numeral.over ? 'over' : undefined
    // "两千多人", "300余名": the hedge after the numeral, before its measure word.
    const overAfter = !percentWord ? at(text, end, HEDGES_AFTER.filter(([w]) => w === '多' || w === '余')) : undefined
    if (overAfter) {
      hedge = 'over'
      end += overAfter[0].length
    }
    let kind: QuantityKind = 'plain'
    let unit = ''
    const sign = text[end]
    const currency = at(text, end, CURRENCIES)
    const measure = currency ? undefined : at(text, end, MEASURES)
    if (percentWord) kind = 'percent'
    else if (sign !== undefined && PERCENT_SIGNS.has(sign)) {
      kind = 'percent'
      end++
    } else if (currency) {
      kind = 'amount'
      unit = currency[1]
      end += currency[0].length
      // "亿元人民币": the currency named again after the unit.
      if (text.startsWith('人民币', end) && unit === 'cny') end += 3
    } else if (measure) {
      ;[kind, unit] = measure[1]
      end += measure[0].length
      // "118名旅客", "75名救援人员": a classifier of people before a noun counts that noun, as
      // "118 passengers" does in English; 人 itself, or 名 with no noun after it, counts anyone.
      if (unit === '人' && measure[0] !== '人') unit = countedNoun(text, end) ?? unit
    }
    const ordinal = start > 0 && text[start - 1] === '第'
    if (ordinal) {
      kind = 'ordinal'
      unit = ''
      end = numeral.end
      start--
    }
    // Han numerals say a figure only with a measure, a currency or a percent; a Han "one" with a
    // measure word is the article (一个城市, 一名记者, 一位官员); 一人 (one person) still counts.
    const counted = kind !== 'plain'
    const hanArticle = numeral.han && numeral.value === 1 && kind === 'count' && measure?.[0] !== '人'
    const inAWord = numeral.han && !counted
    if (inAWord || hanArticle || inDate(dates, start, end)) {
      i = numeral.end
      continue
    }
    // A four-digit year with 年 is a date, read there; "30年" is a duration.
    const afterHedge = at(text, end, HEDGES_AFTER.filter(([w]) => w !== '多' && w !== '余'))
    if (afterHedge) {
      hedge = afterHedge[1]
      end += afterHedge[0].length
    }
    const before = endingAt(text, start, HEDGES_BEFORE)
    if (before) hedge = before[1]
    const contextEnd = before ? start - before[0].length : start
    const fact: NumberFact = {
      type: 'number',
      start,
      end,
      text: text.slice(start, end),
      value: numeral.value,
      kind,
      unit,
      before: pairsBefore(text, contextEnd),
      after: pairsAfter(text, end),
      lead: hedge === undefined ? [] : [hedge],
    }
    out.push(fact)
    i = end
  }
  return out
}
