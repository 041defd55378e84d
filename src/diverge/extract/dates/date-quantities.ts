/**
 * Whether a number written as a day and a month (14/8, 13-8, 13.8, 3-4/10) is a date: what stands
 * around it that makes it a quantity instead (a share word before it, "chiếm 2/3", "không quá 1/3";
 * a counted noun, a unit or a percent after it, "3-4 thành viên"), a weekday before it that makes it
 * a date ("tối thứ bảy (2.11)"), and which of its two numbers is the day. extractDates asks these of
 * every such number; they read the tokens alone.
 */
import { type Token, keys } from '../fact-tokens'
import { FRACTION_BEFORE, PROPER_SHARE_ONLY, FRACTION_AFTER, QUANTITY_AFTER, validDay } from './date-words'
import { ENGLISH_WEEKDAYS, VI_WEEKDAY_NUMBERS } from '../../../normalize/month-names'

const WEEKDAY_NUMBERS = keys(`${VI_WEEKDAY_NUMBERS.join(' ')} nhật 2 3 4 5 6 7`)
const EN_WEEKDAYS = keys(ENGLISH_WEEKDAYS.join(' '))
/** Token `k` ends a weekday: "thứ bảy", "thứ 7", "chủ nhật", "Saturday". */
export function isWeekdayEnd(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (EN_WEEKDAYS.has(t.key)) return true
  const p = tokens[k - 1]?.key
  return WEEKDAY_NUMBERS.has(t.key) && (p === 'thứ' || (p === 'chủ' && t.key === 'nhật'))
}

/** Nothing around the d/m or d-d/m at `i` makes it a quantity: a share ("chiếm 2/3"), a part ("3/4 số"), a unit or %. */
export function noQuantityAround(tokens: readonly Token[], i: number, prev: string, after: string): boolean {
  return !shareBefore(prev, tokens[i]!.raw) && !FRACTION_AFTER.has(after) && !quantityAfter(tokens, i) && tokens[i + 1]?.raw !== '%'
}

/**
 * A word before a d/m that makes it a share. After "quá" only a proper fraction is one: "không quá
 * 1/3" is a share, "không quá 30/6" a deadline (a day is never below its month's number as a share is).
 */
function shareBefore(prev: string, written: string): boolean {
  if (!FRACTION_BEFORE.has(prev)) return false
  if (prev !== PROPER_SHARE_ONLY) return true
  const m = /^(\d+)\/(\d+)$/.exec(written)
  return m !== null && +m[1]! < +m[2]!
}

const YEAR_DEICTIC = keys('sau nay ngoái tới trước qua này đó')
/** A counted noun follows token `i` ("3-4 thành viên"); "8/1 năm sau" and "năm 2025" name a year instead. */
export function quantityAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i + 1]
  if (!t || !QUANTITY_AFTER.has(t.key)) return false
  if (t.key !== 'năm' && t.key !== 'tháng') return true
  const n = tokens[i + 2]
  return !(n && (n.kind === 'num' || YEAR_DEICTIC.has(n.key)))
}

/** d/m unless only m/d is a valid date; English text reads m/d first (US order: 9/11 is 11 September). */
export function dayMonth(a: number, b: number, notation: 'vi' | 'en'): [number, number] {
  if (notation === 'en') return validDay(b, a) ? [b, a] : [a, b]
  return !validDay(a, b) && validDay(b, a) ? [b, a] : [a, b]
}
