/**
 * Figures of Chinese (and Japanese) text, which writes no space around them: "1500亿美元",
 * "约1600亿美元", "两千多人", "十五名", "百分之五十", "3.5%", "第五大". A numeral
 * (normalize/cjk-numerals.ts) is a figure when an Arabic digit writes it, or, in Han numerals,
 * when a measure word, a currency or a percent sign follows (一 alone is "a", in 一些, 统一…).
 * Hedges are read into `lead` as the English words the hedge reader knows (reasons/hedges.ts):
 * 约/大约 about, 近/将近/接近 nearly, 超过/逾/多/余/以上 over, 不到/不足/以下 under.
 * Context words are the character pairs around the figure (../cjk/cjk-context.ts). Traditional forms
 * (個 歲 餘 港幣 …) read as the Simplified. Not figures: 一两个 / 三四人 ("one or two"), phone and ID
 * numbers, digits glued to a Latin word (G20, iPhone15), 3号线. 数百 / 几十 / 上千 are vague magnitudes,
 * 3至5人 a range whose ends both carry the measure.
 */
import type { DateFact, NumberFact, QuantityKind } from '../fact'
import { isNumeralChar, readNumeral } from '../../../normalize/cjk-numerals'
import { pairsAfter, pairsBefore } from '../cjk/cjk-context'

type Measure = readonly [kind: QuantityKind, unit: string]

// Longest first where one is the head of another (日元 before 元, 个月 before 个).
const CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ['美元', 'usd'], ['日元', 'jpy'], ['日圆', 'jpy'], ['欧元', 'eur'], ['英镑', 'gbp'], ['港元', 'hkd'], ['港币', 'hkd'], ['韩元', 'krw'],
  ['卢布', 'rub'], ['越南盾', 'vnd'], ['人民币', 'cny'],
  // Traditional forms (Hong Kong, Taiwan): 港幣 歐元 英鎊 韓元 盧布 人民幣 日圓.
  ['港幣', 'hkd'], ['歐元', 'eur'], ['英鎊', 'gbp'], ['韓元', 'krw'], ['盧布', 'rub'], ['人民幣', 'cny'], ['日圓', 'jpy'], ['元', 'cny'], ['円', 'jpy'], ['ドル', 'usd'], ['ユーロ', 'eur'],
]
// Measure words of people are one counted noun: 三人, 三名, 三位 say the same.
const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['个月', ['duration', 'month']], ['ヶ月', ['duration', 'month']], ['か月', ['duration', 'month']], ['小时', ['duration', 'hour']], ['時間', ['duration', 'hour']],
  ['分钟', ['duration', 'minute']], ['星期', ['duration', 'week']], ['周', ['duration', 'week']], ['天', ['duration', 'day']], ['日内', ['duration', 'day']], ['日內', ['duration', 'day']], ['日間', ['duration', 'day']], ['年', ['duration', 'year']],
  ['岁', ['age', '']], ['歳', ['age', '']], ['周岁', ['age', '']],
  // Traditional forms: 個月 小時 分鐘 週 歲 週歲 噸 (the single-character measure words are listed below).
  ['個月', ['duration', 'month']], ['小時', ['duration', 'hour']], ['分鐘', ['duration', 'minute']], ['週歲', ['age', '']], ['週', ['duration', 'week']],
  ['歲', ['age', '']], ['噸', ['count', 'tấn']],
  ['平方公里', ['count', 'km2']], ['公里', ['count', 'km']], ['千米', ['count', 'km']], ['キロ', ['count', 'km']], ['米', ['count', 'm']],
  ['公斤', ['count', 'kg']], ['千克', ['count', 'kg']], ['吨', ['count', 'tấn']],
  ['人', ['count', '人']], ['名', ['count', '人']], ['位', ['count', '人']],
  ...[...'个家辆架艘座所起次例条只头件项枚栋套张台部场户支批股倍匹隻'].map((c): readonly [string, Measure] => [c, ['count', c]]),
  // Their Traditional forms count the same noun as the Simplified (三個 = 三个).
  ...([['個', '个'], ['輛', '辆'], ['條', '条'], ['頭', '头'], ['項', '项'], ['棟', '栋'], ['張', '张'], ['臺', '台'], ['場', '场'], ['戶', '户'], ['隻', '只']] as const)
    .map(([c, simplified]): readonly [string, Measure] => [c, ['count', simplified]]),
]
const PERCENT_SIGNS = new Set(['%', '％'])
const PERCENT_WORD = '百分之'

// Before the figure, nearest last; the longest that ends where the figure starts is taken.
const HEDGES_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['大约', 'about'], ['约为', 'about'], ['约合', 'about'], ['约', 'about'], ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['超过', 'over'], ['逾', 'over'], ['至少', 'over'], ['不到', 'under'], ['不足', 'under'], ['最多', 'under'], ['約', 'about'],
  ['大約', 'about'], ['約為', 'about'], ['將近', 'nearly'], ['超過', 'over'],
]
const HEDGES_AFTER: ReadonlyArray<readonly [string, string]> = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'over'], ['多', 'over'], ['余', 'over'], ['餘', 'over'], ['以下', 'under'], ['以内', 'under'], ['前後', 'about'], ['程度', 'about'],
]

/** 多 / 余 / 餘 right after a numeral, before its measure word: "two thousand odd". */
const OVER_MARKS: ReadonlySet<string> = new Set(['多', '余', '餘'])
/** The units of time written after 个多 / 个余 ("3个多月"). */
const SPLIT_DURATIONS: ReadonlyArray<readonly [string, string]> = [['月', 'month'], ['小时', 'hour'], ['小時', 'hour'], ['星期', 'week']]
/** Words that open with 多 or 余 and are no hedge: 多次 (many times), 多名 / 多人 (many people), 余下 (the rest). */
const OVER_WORDS = ['多次', '多名', '多人', '多个', '多家', '多地', '多处', '多起', '余下']
/** What joins a range's two ends: 3至5人, 3到5人, 3-5人, 3～5人. */
const RANGE_MARKS: ReadonlySet<string> = new Set(['至', '到', '-', '－', '~', '～', '—', '–'])
/** Before a bare 十/百/千/万 ("数百人", "几十人", "上千人", "成千"), a vague magnitude: some hundreds, not one hundred. */
const VAGUE_BEFORE: ReadonlySet<string> = new Set(['数', '數', '几', '幾', '上', '成'])
/** Han digits side by side with no unit (一两个, 三四人, 七八个) are "one or two", "three or four": no figure. */
const ADJACENT_HAN_DIGITS = /^[一二两兩三四五六七八九]{2,}$/u
/** An Arabic run this long with no separator is a phone or ID number (13812345678, an 18-digit ID card), never a count. */
const LONG_DIGITS = /^[0-9０-９]{11,}$/u
const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch)

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
    const written = text.slice(i, numeral.end)
    // "G20峰会", "iPhone15": digits glued to a Latin word are that word's (the general readers keep it); a
    // phone or ID number, and Han digits side by side, are no figure.
    const glued = !numeral.han && (isLatinLetter(text[i - 1]) || (text[i - 1] === '-' && isLatinLetter(text[i - 2])) || isLatinLetter(text[numeral.end]))
    // 3号线, 5号楼, 台風5号: a numbered thing (the dates reader takes the 号 of a day).
    const numbered = text[numeral.end] === '号' || text[numeral.end] === '號'
    if (glued || numbered || LONG_DIGITS.test(written) || ADJACENT_HAN_DIGITS.test(written)) {
      i = numeral.end
      continue
    }
    const vague = !percentWord && i > 0 && VAGUE_BEFORE.has(text[i - 1]!) && /^[十百千万萬亿億]+$/u.test(written)
    let start = percentWord ? i - PERCENT_WORD.length : vague ? i - 1 : i
    let end = numeral.end
    let hedge: string | undefined = numeral.over ? 'over' : undefined
    // "两千多人", "300余名": the hedge after the numeral, before its measure word.
    const overAfter = !percentWord ? at(text, end, HEDGES_AFTER.filter(([w]) => OVER_MARKS.has(w))) : undefined
    if (overAfter) {
      hedge = 'over'
      end += overAfter[0].length
    }
    let kind: QuantityKind = 'plain'
    let unit = ''
    const sign = text[end]
    const currency = at(text, end, CURRENCIES)
    const split = (text[end] === '个' || text[end] === '個') && OVER_MARKS.has(text[end + 1] ?? '') && at(text, end + 2, SPLIT_DURATIONS) !== undefined
    const measure = currency || split ? undefined : at(text, end, MEASURES)
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
      // "一年多", "三天多": 多/余 after a duration's unit is "over" (after a count, 多次 is "many times").
      if (kind === 'duration' && OVER_MARKS.has(text[end] ?? '') && !OVER_WORDS.some((w) => text.startsWith(w, end))) {
        hedge = 'over'
        end++
      }
      // "118名旅客", "75名救援人员": a classifier of people before a noun counts that noun, as
      // "118 passengers" does in English; 人 itself, or 名 with no noun after it, counts anyone.
      if (unit === '人' && measure[0] !== '人') unit = countedNoun(text, end) ?? unit
    } else {
      // "3个多月", "两个多小时": 多/余 between 个 and a unit of time is a duration "over", not a count of 个.
      const time = (text[end] === '个' || text[end] === '個') && OVER_MARKS.has(text[end + 1] ?? '') ? at(text, end + 2, SPLIT_DURATIONS) : undefined
      if (time) {
        kind = 'duration'
        unit = time[1]
        hedge = 'over'
        end += 2 + time[0].length
      }
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
    // "三至五人": a Han numeral that opens a range is a figure (its measure is the second end's).
    const opensRange = RANGE_MARKS.has(text[end] ?? '') && isNumeralChar(text, end + 1)
    const inAWord = numeral.han && !counted && !opensRange
    if (inAWord || hanArticle || inDate(dates, start, end)) {
      i = numeral.end
      continue
    }
    // 左右, 以上, 以下… after the figure and its measure.
    const afterHedge = at(text, end, HEDGES_AFTER.filter(([w]) => !OVER_MARKS.has(w)))
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
      // 数百 is [100, 1000): the order it names (vague-magnitudes.ts reads "hundreds of" the same way).
      ...(vague ? { range: [numeral.value, numeral.value * 10] as const, magnitude: [numeral.value, numeral.value * 10] as const } : {}),
    }
    out.push(fact)
    i = end
  }
  return cjkRanges(text, out)
}

/**
 * "3至5人", "三到五名", "3-5人": both ends carry the range, and the first takes the second's measure,
 * so a value inside it is no contradiction. A bare first end whose second is no figure here (3至5日, a
 * date) is dropped: alone it is a plain number of no slot.
 */
function cjkRanges(text: string, facts: NumberFact[]): NumberFact[] {
  const out: NumberFact[] = []
  for (let k = 0; k < facts.length; k++) {
    const lo = facts[k]!
    const opens = RANGE_MARKS.has(text[lo.end] ?? '') && isNumeralChar(text, lo.end + 1)
    if (!opens || lo.kind !== 'plain') {
      out.push(lo)
      continue
    }
    const hi = facts[k + 1]
    if (hi === undefined || hi.start !== lo.end + 1 || hi.range !== undefined || hi.kind === 'plain' || hi.kind === 'ordinal' || hi.value <= lo.value) continue
    const range = [lo.value, hi.value] as const
    out.push({ ...lo, kind: hi.kind, unit: hi.unit, after: hi.after, range }, { ...hi, range })
    k++
  }
  return out
}
