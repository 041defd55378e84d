/**
 * Dates and clock times of Chinese (and Japanese) text: 2020年1月3日, 1月3日, 3日 (a day of the
 * month the report dates by), 8月13日电, 二〇二〇年十二月, 令和5年, and 下午3点 / 14时30分 /
 * 晚上8点半. Written with no space and in fixed order (year, month, day, part of day, hour,
 * minute), so one left-to-right reading of the parts gives the date. Numerals are read by
 * normalize/cjk-numerals.ts.
 */
import type { DateFact } from '../fact'
import { isNumeralChar, readNumeral } from '../../../normalize/cjk-numerals'
import { pairsAfter, pairsBefore } from '../cjk/cjk-context'

/** Japanese eras in use: the year before each era's first (令和元年 is 2019). */
const ERAS: ReadonlyArray<readonly [string, number]> = [['令和', 2018], ['平成', 1988], ['昭和', 1925]]
/** Parts of the day, as the cue words the English reader gives (a cue compares across languages), and the hours that move past noon. */
const PARTS_OF_DAY: ReadonlyArray<readonly [string, string, boolean]> = [
  ['凌晨', 'early morning', false], ['早上', 'morning', false], ['上午', 'morning', false], ['中午', 'noon', true], ['下午', 'afternoon', true],
  ['傍晚', 'evening', true], ['晚上', 'evening', true], ['夜间', 'night', true], ['夜間', 'night', true], ['午前', 'morning', false], ['午後', 'afternoon', true],
]

/** What 日 opens when it is no day: 日本 (Japan), 日元 / 日圆 / 日圓 (yen), 3日内 / 3日間 (within, for three days). */
const NOT_DAYS: ReadonlySet<string> = new Set(['本', '元', '圆', '圓', '内', '內', '间', '間'])
/** What 号/號 opens when it numbers a thing, not a day: 3号线 (metro line 3), 5号楼, 1号文件, 2号机. */
const NUMBERED: ReadonlySet<string> = new Set([...'线線楼樓院房车車机機台臺位文令码碼牌馆館门門口码种種舱艙床'])

/** A kana at `i`: Japanese writes its days with 日, so 号 before kana numbers a thing (台風5号が). */
function isKanaAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0x3040 && c <= 0x30ff
}

interface Reading {
  year?: number
  month?: number
  day?: number
  minutes?: number
  cue?: string
}

function partOfDayAt(text: string, i: number): readonly [string, string, boolean] | undefined {
  for (const entry of PARTS_OF_DAY) if (text.startsWith(entry[0], i)) return entry
  return undefined
}

/** The minutes of "H:MM" after the colon at `from`: two ASCII digits, not followed by a third (a ratio 2:405 is no clock). */
function colonClock(text: string, hour: number, from: number): { minutes: number; end: number } | undefined {
  const digit = (k: number): boolean => text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57
  if (!digit(from) || !digit(from + 1) || digit(from + 2)) return undefined
  const minute = Number(text.slice(from, from + 2))
  return minute < 60 ? { minutes: hour * 60 + minute, end: from + 2 } : undefined
}

/** The clock time at `i` (a numeral then 点/时/時, a minute after), or undefined; `cued` when a part of day or a date came before. */
function clockAt(text: string, i: number, cued: boolean): { minutes: number; end: number } | undefined {
  const hour = readNumeral(text, i)
  if (!hour || hour.over || !Number.isInteger(hour.value) || hour.value > 24) return undefined
  const mark = text[hour.end]
  // "凌晨2:40", "下午3：15": a clock written with a colon, read here only after a part of day or a date
  // (alone, the general reader has it), so that it keeps its part of day.
  if ((mark === ':' || mark === '：') && cued) return colonClock(text, hour.value, hour.end + 1)
  // 时/時 is an hour wherever it stands; 点 ("points", 三点意见) only after a part of day or a date, or with its minutes.
  if (mark !== '时' && mark !== '時' && mark !== '点' && mark !== '點') return undefined
  let end = hour.end + 1
  let minutes = hour.value * 60
  if (text[end] === '半') return { minutes: minutes + 30, end: end + 1 }
  const minute = isNumeralChar(text, end) ? readNumeral(text, end) : undefined
  if (minute && (text[minute.end] === '分') && Number.isInteger(minute.value) && minute.value < 60) return { minutes: minutes + minute.value, end: minute.end + 1 }
  const oclock = text.startsWith('钟', end) || text.startsWith('鐘', end)
  if ((mark === '点' || mark === '點') && !cued && !oclock) return undefined
  if (oclock) end++
  return { minutes, end }
}

/** The dates and times of a sentence of Chinese or Japanese `text` (offsets into it). */
export function extractCjkDates(text: string): DateFact[] {
  const out: DateFact[] = []
  let i = 0
  while (i < text.length) {
    const start = i
    const read: Reading = {}
    let end = i
    // Year: an era and its year, or a numeral of four digits and 年.
    const era = ERAS.find(([name]) => text.startsWith(name, i))
    if (era) {
      const first = text.startsWith('元', i + era[0].length) ? { value: 1, end: i + era[0].length + 1 } : readNumeral(text, i + era[0].length)
      if (first && text[first.end] === '年' && first.value >= 1 && first.value < 100) {
        read.year = era[1] + first.value
        end = first.end + 1
      }
    } else if (isNumeralChar(text, i) && (i === 0 || !isNumeralChar(text, i - 1))) {
      const year = readNumeral(text, i)
      if (year && text[year.end] === '年' && year.end - i === 4 && year.value >= 1000 && year.value <= 2200) {
        read.year = year.value
        end = year.end + 1
      }
    }
    // Month and day, each a numeral with its mark.
    if (isNumeralChar(text, end) && (end > start || end === 0 || !isNumeralChar(text, end - 1))) {
      const month = readNumeral(text, end)
      if (month && text[month.end] === '月' && Number.isInteger(month.value) && month.value >= 1 && month.value <= 12) {
        read.month = month.value
        end = month.end + 1
      }
    }
    if (isNumeralChar(text, end) && (end > start || end === 0 || !isNumeralChar(text, end - 1))) {
      const day = readNumeral(text, end)
      const mark = day ? text[day.end] : undefined
      // 号 is spoken Chinese for a day of the month; 日 also opens 日本 (Japan) and 日元 (yen), which are no days.
      const next = day ? text[day.end + 1] : undefined
      // 号/號 (spoken, and Traditional) with no month before it is a day only when no numbered thing or kana follows.
      const numbered = next !== undefined && (NUMBERED.has(next) || isKanaAt(text, day!.end + 1))
      const dayMark = ((mark === '号' || mark === '號') && (read.month !== undefined || !numbered)) || (mark === '日' && (next === undefined || !NOT_DAYS.has(next)))
      if (day && dayMark && Number.isInteger(day.value) && day.value >= 1 && day.value <= 31) {
        read.day = day.value
        end = day.end + 1
      }
    }
    // A part of day and a clock time, after a date or alone.
    const part = partOfDayAt(text, end)
    let clockFrom = part ? end + part[0].length : end
    if (part) read.cue = part[1]
    if (isNumeralChar(text, clockFrom) && (clockFrom > start || clockFrom === 0 || !isNumeralChar(text, clockFrom - 1))) {
      const clock = clockAt(text, clockFrom, part !== undefined || end > start)
      if (clock) {
        const pastNoon = part?.[2] === true && clock.minutes < 12 * 60
        // 晚上12点 / 凌晨12点 is midnight, not noon (中午12点 stays noon).
        const midnight = part !== undefined && part[1] !== 'noon' && part[1] !== 'afternoon' && clock.minutes >= 12 * 60 && clock.minutes < 13 * 60 && (part[2] || part[1] === 'early morning')
        read.minutes = midnight ? clock.minutes - 12 * 60 : clock.minutes + (pastNoon ? 12 * 60 : 0)
        end = clock.end
        clockFrom = end
      }
    }
    const stated = read.year !== undefined || read.month !== undefined || read.day !== undefined || read.minutes !== undefined
    if (!stated) {
      i++
      continue
    }
    // A part of day read but no clock after it belongs with the date, not past its end.
    if (read.minutes === undefined && part) end = Math.max(end, clockFrom)
    const fact: { -readonly [K in keyof DateFact]: DateFact[K] } = { type: 'date', start, end, text: text.slice(start, end), before: pairsBefore(text, start), after: pairsAfter(text, end) }
    if (read.day !== undefined) fact.day = read.day
    if (read.month !== undefined) fact.month = read.month
    if (read.year !== undefined) fact.year = read.year
    if (read.minutes !== undefined) fact.minutes = read.minutes
    if (read.cue !== undefined) fact.cue = read.cue
    out.push(fact)
    i = end
  }
  return out
}
