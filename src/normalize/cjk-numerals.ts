/**
 * Chinese and Japanese numerals, read off the text character by character: Arabic digits (ASCII
 * or fullwidth) and Han numerals (一二三…十百千, 两, 〇/零) with the scales 万 (10⁴) and 亿 (10⁸)
 * that both write after either ("1500亿", "2.5万", "两千多", "十五"). Shared by the CJK number
 * and date readers (diverge/extract/numbers/cjk-numbers.ts, dates/cjk-dates.ts).
 */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
])
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([['十', 10], ['百', 100], ['千', 1000]])
/** 廿 (twenty) and 卅 (thirty), in dates and counts (廿三日 is the 23rd): a digit and 十 in one character. */
const TENS: ReadonlyMap<string, number> = new Map([['廿', 2], ['卅', 3]])
const SCALES: ReadonlyMap<string, number> = new Map([['万', 1e4], ['亿', 1e8], ['萬', 1e4], ['億', 1e8]])

/** ASCII or fullwidth 0–9, as its value, else -1. */
export function arabicDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10
  return -1
}

/** Whether the character at `i` may be part of a numeral: a digit, a Han numeral, a unit or a scale. */
export function isNumeralChar(text: string, i: number): boolean {
  const ch = text[i]
  if (ch === undefined) return false
  return arabicDigit(ch.charCodeAt(0)) !== -1 || DIGITS.has(ch) || SMALL_UNITS.has(ch) || TENS.has(ch) || SCALES.has(ch)
}

/** Whether the character at `i` is a Han numeral or unit (not an Arabic digit). */
export function isHanNumeral(text: string, i: number): boolean {
  const ch = text[i]
  return ch !== undefined && (DIGITS.has(ch) || SMALL_UNITS.has(ch) || TENS.has(ch) || SCALES.has(ch))
}

const MAX_NUMERAL = 24

export interface Numeral {
  readonly start: number
  readonly end: number
  readonly value: number
  /** Written with a Han numeral (not only Arabic digits and scales): "三", "两千", not "1500亿". */
  readonly han: boolean
  /** "多" or "余" inside or right after it (两千多, 1500多亿): more than the value. */
  readonly over: boolean
}

/** The numeral of [start, end) as a value: the part before the biggest scale times it, plus the rest. */
function valueOf(chars: readonly string[]): number {
  for (const [scale, size] of [['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4]] as const) {
    const at = chars.lastIndexOf(scale)
    if (at === -1) continue
    const head = chars.slice(0, at)
    return (head.length === 0 ? 1 : valueOf(head)) * size + (at + 1 < chars.length ? valueOf(chars.slice(at + 1)) : 0)
  }
  // Digits with no unit between them (二〇二〇, 2020) are read positionally; with units (两千三百), by the units.
  const anyUnit = chars.some((c) => SMALL_UNITS.has(c) || TENS.has(c))
  let total = 0
  let digit = -1
  let arabic = ''
  const flushArabic = (): void => {
    if (arabic !== '') digit = Number(arabic.replace(/,/g, ''))
    arabic = ''
  }
  for (const c of chars) {
    const a = arabicDigit(c.charCodeAt(0))
    if (a !== -1 || c === '.' || c === ',') {
      arabic += a !== -1 ? String(a) : c
      continue
    }
    flushArabic()
    const d = DIGITS.get(c)
    if (d !== undefined) {
      digit = anyUnit ? d : (digit === -1 ? 0 : digit) * 10 + d
      continue
    }
    const tens = TENS.get(c)
    if (tens !== undefined) {
      total += tens * 10
      digit = -1
      continue
    }
    const unit = SMALL_UNITS.get(c)
    if (unit !== undefined) {
      total += (digit === -1 ? 1 : digit) * unit
      digit = -1
    }
  }
  flushArabic()
  return total + (digit === -1 ? 0 : digit)
}

/**
 * The numeral starting at `start` (which must be a numeral character), or undefined. Arabic digits
 * take "," and "." between digits (1,500 / 2.5); "多"/"余" before a scale (1500多亿) is kept as a hedge.
 */
export function readNumeral(text: string, start: number): Numeral | undefined {
  const chars: string[] = []
  let han = false
  let over = false
  let i = start
  // No figure is written in more characters; a longer run ("一一一…") is no figure, and its reading stays linear.
  while (i < text.length && i - start < MAX_NUMERAL) {
    const c = text.charCodeAt(i)
    const ch = text[i]!
    if (arabicDigit(c) !== -1) {
      chars.push(ch)
      i++
      continue
    }
    if ((ch === ',' || ch === '.') && chars.length > 0 && arabicDigit(text.charCodeAt(i - 1)) !== -1 && arabicDigit(text.charCodeAt(i + 1)) !== -1) {
      chars.push(ch)
      i++
      continue
    }
    if (DIGITS.has(ch) || SMALL_UNITS.has(ch) || TENS.has(ch)) {
      han = true
      chars.push(ch)
      i++
      continue
    }
    if (SCALES.has(ch) && chars.length > 0) {
      chars.push(ch)
      i++
      continue
    }
    if ((ch === '多' || ch === '余') && chars.length > 0 && SCALES.has(text[i + 1] ?? '')) {
      over = true
      i++
      continue
    }
    break
  }
  if (chars.length === 0 || i - start >= MAX_NUMERAL) return undefined
  const value = valueOf(chars)
  if (!Number.isFinite(value)) return undefined
  return { start, end: i, value, han, over }
}
