/**
 * The words and limits dates are read by: trigger words before a date, units after a number that
 * make it a quantity, parts of day, month names, and the small word tests over them (a part of
 * the day before a date, a part of a month hyphened to it). Data for dates.ts, kept apart so the
 * reader stays one pass of logic.
 */
import { foldWord } from '../../../normalize/fold'
import { type Token, keys } from '../fact-tokens'
import { ENGLISH_MONTHS } from '../../../normalize/month-names'

export const STRONG = keys('ngày mùng mồng sáng trưa chiều tối đêm hôm khuya rạng')
export const WEAK = keys('qua lúc từ đến tới vào nay sớm')
export const CHAIN = keys('và hoặc đến tới and or to')
// Before a d/m with no date word, a share: "chiếm 1/3", "gần 2/3", "không quá 1/3" (no more than a third; round missing20-1).
export const FRACTION_BEFORE = keys('chiếm khoảng gần hơn trên dưới quá có còn chỉ mất bằng đạt lệ thứ hạng')
// "không quá 30/6" is a deadline: after this word only a proper fraction is a share (dates.ts shareBefore).
export const PROPER_SHARE_ONLY = foldWord('quá')
export const FRACTION_AFTER = keys('số trong của of')
// A unit after "từ 5-7" or "3.5" says quantity, not date.
export const QUANTITY_AFTER = keys(
  '% lên xuống triệu tỷ nghìn ngàn trăm đồng usd người ngày tuần tháng năm giờ tiếng phút giây lần độ km kg ca liều điểm bàn trận tuổi ' +
    'thành viên nước tỉnh chiếc con cái tàu bên đội vụ đợt nhóm doanh công kỳ cầu mũi chuyến cuộc nhà căn tầng bài phiên vòng hiệp hộ học sinh giải',
)
export const DURATION_BEFORE = keys('trong suốt mất sau hơn gần vòng kéo dài for')
export const CUE1 = keys('sáng trưa chiều tối đêm khuya yesterday today tomorrow tonight morning afternoon evening night')
export const CUE2 = new Set(
  'hôm_qua hôm_nay sáng_nay trưa_nay chiều_nay tối_nay đêm_nay sáng_qua trưa_qua chiều_qua tối_qua đêm_qua rạng_sáng sáng_sớm ngày_mai sáng_mai chiều_mai tối_mai last_night this_morning'
    .split(' ')
    .map((p) => p.split('_').map(foldWord).join(' ')),
)
export const CUE_SKIP = keys('( , ngày vào on')
export const AFTER_HOUR = keys('sáng trưa chiều tối đêm')
export const YEAR_BEFORE = keys('in since until năm từ')
export const CLOCK_ZONES = keys('gmt utc edt est cdt cst mdt mst pdt pst bst cet cest aest aedt jst ict')
export const MONTH_LEAD = keys('in since until by of during early late mid last next this from')
export const EN_MONTHS: ReadonlyMap<string, number> = ENGLISH_MONTHS
export const VI_MONTHS: ReadonlyMap<string, number> = new Map(
  [['một', 1], ['giêng', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['chạp', 12]].map(
    ([w, m]) => [foldWord(w as string), m as number] as const,
  ),
)

// Days up to 31 in any month: a report's "30/2" is a wrong date, still a date to compare (a planted
// 30/9 → 30/2 is a contradiction, not a date lost); the calendar asks dayInMonth.
export function validDay(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

/** Days in each month, February in a leap year. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** Whether a day exists in its month: 30 February and 31 April do not, 29 February only in a leap year when the year is known. */
export function dayInMonth(d: number, m: number, year?: number): boolean {
  if (!validDay(d, m)) return false
  if (m === 2 && d === 29 && year !== undefined) return isLeap(year)
  return d <= MONTH_DAYS[m - 1]!
}
export function validYear(y: number): boolean {
  return y >= 1000 && y <= 2999
}

export interface Parts {
  day?: number
  month?: number
  year?: number
  minutes?: number
}

/** Each month's full English name, to tell "Aug." (whose dot is the word's) from "August." (the sentence's). */
const FULL_MONTHS: ReadonlySet<string> = new Set([...EN_MONTHS.keys()].filter((k) => ![...EN_MONTHS.keys()].some((l) => l.length > k.length && EN_MONTHS.get(l) === EN_MONTHS.get(k))))

/**
 * "mid-August", "mid-Aug.", "early-July": a part of a month joined to the month by a hyphen, one
 * token. Returns the part word (as month-parts.ts reads it before a month), the month, and whether
 * the month is cut short ("Aug", whose dot follows). The month must be capitalized after the
 * hyphen: "mid-year", "mid-size", "mid-air", "late-night", "mid-Atlantic" name no month.
 */
export function hyphenedMonthPart(raw: string): { part: string; month: number; short: boolean } | undefined {
  // The part in any case ("Mid-", "MID-"), the month's first letter a capital (its others in any case).
  // Asked of every word: the part's first letter turns most away before the rest is tried.
  const m = /^([EeMmLl][A-Za-z]{2,4})[-\u2010\u2011]([A-Z][A-Za-z]+)$/.exec(raw)
  if (!m) return undefined
  const part = m[1]!.toLowerCase()
  if (part !== 'early' && part !== 'mid' && part !== 'late') return undefined
  const name = m[2]!.toLowerCase()
  const month = EN_MONTHS.get(name)
  return month === undefined ? undefined : { part, month, short: !FULL_MONTHS.has(name) }
}

/** Part of day or relative day just before token `i`: "sáng 13/8", "hôm qua (12.8)", "Chiều ngày 19/8". */
export function cueBefore(tokens: readonly Token[], i: number): string | undefined {
  const ws: string[] = []
  for (let k = i - 1; k >= 0 && k >= i - 5 && ws.length < 2; k--) {
    const t = tokens[k]!
    if (CUE_SKIP.has(t.key) && ws.length === 0) continue
    if (t.kind !== 'word') break
    ws.push(t.key)
  }
  if (ws.length === 2 && CUE2.has(`${ws[1]} ${ws[0]}`)) return `${ws[1]} ${ws[0]}`
  if (ws.length >= 1 && CUE1.has(ws[0]!)) return ws[0]
  return undefined
}
