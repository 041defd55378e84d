/**
 * Ranges of days and years, written with a dash or with words: *23-24/10*, *ngày 23 và 24-10*,
 * *từ 20 đến 26-10*, *20-21 và 22/10/2013*, *năm 2014-2018*. Each day or year of the range is a
 * date of its own, so the other report's *ngày 23/10*, *năm 2018* or *từ năm 2014 đến năm 2018*
 * finds its counterpart: read as three numbers (23, 24, 10) or as the first year alone, the range's
 * end was a fact the other report "never" stated, or a bare number paired against a day.
 */
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'

/** One day of a range: its value and its offsets in the text. */
export interface RangeDay {
  readonly day: number
  readonly start: number
  readonly end: number
}

// The words that join the days of one range, and the dashes.
const JOIN = keys('và đến tới and to')
const DASH = new Set(['-', '\u2013', '\u2014'])
// What stands before the first day of a range: "ngày 23 và 24-10", "từ 20 đến 26-10", "hai ngày 20-21 và 22/10".
const LEAD = keys('ngày mùng mồng từ vào')
const DAY_PARTS = keys('sáng trưa chiều tối đêm khuya')

/** "23-24/10", "20-26/10/2013" (and with dots in Vietnamese text): both days, month and year, or undefined. */
export function dayRangeToken(
  t: Token,
  dots: boolean,
): { readonly first: RangeDay; readonly last: RangeDay; readonly month: number; readonly year?: number } | undefined {
  const m = /^(\d{1,2})[-\u2013](\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}))?$/.exec(t.raw)
  if (!m || (m[3] === '.' && !dots)) return undefined
  const [d1, d2, month] = [+m[1]!, +m[2]!, +m[4]!]
  if (d1 < 1 || d1 >= d2 || d2 > 31 || month < 1 || month > 12) return undefined
  const secondAt = t.start + m[1]!.length + 1
  return {
    first: { day: d1, start: t.start, end: t.start + m[1]!.length },
    last: { day: d2, start: secondAt, end: t.end },
    month,
    ...(m[5] ? { year: +m[5] } : {}),
  }
}

// Before a day-first English date ("from 19 to 21 March"), only an opener makes the number a day:
// "passed 19 to 12 March" is a vote. "through" and its kin join as "to" does.
const EN_LEAD = keys('from between')
const EN_JOIN = keys('to through thru until till and')

/**
 * The days written before the date at token `i` that share its month: "ngày 23 và 24-10" → 23,
 * "từ 20 đến 26-10" → 20, "3 ngày 20-21 và 22/10/2013" → 20 and
 * 21, "from 19 to 21 March" → 19 (`english`). A day joined by a word or dash to the date, after a
 * word that introduces days, each earlier than the date's own day. Tokens up to `lastEnd` already
 * belong to another date.
 */
export function leadingDays(tokens: readonly Token[], i: number, day: number, lastEnd: number, english = false): RangeDay[] {
  // ("từ ngày 15 đến ngày 30.11" stays unread: read, its day met the other report's changed "ngày 45",
  // no day, as a number, two missing facts where the planted eval has one changed figure)
  // "đêm 11 đến sáng 12/10": a part of the day before each end, the span's shape is the same
  const parted = !english && DAY_PARTS.has(tokens[i - 1]?.key ?? '') ? 1 : 0
  const join = tokens[i - 1 - parted]
  const lead = tokens[i - 2 - parted]
  if (lastEnd >= i - 2 - parted || !join || !lead || lead.kind !== 'num') return []
  if (!(english ? EN_JOIN.has(join.key) : JOIN.has(join.key)) && !DASH.has(join.raw)) return []
  const before = tokens[i - 3 - parted]
  if (!before || before.kind !== 'word' || !(english ? EN_LEAD : parted ? DAY_PARTS : LEAD).has(before.key)) return []
  if (english && join.key === 'and' && before.key !== 'between') return []
  const m = /^(\d{1,2})(?:[-\u2013](\d{1,2}))?$/.exec(lead.raw)
  if (!m) return []
  const days: RangeDay[] = [{ day: +m[1]!, start: lead.start, end: lead.start + m[1]!.length }]
  if (m[2] !== undefined) days.push({ day: +m[2], start: lead.end - m[2].length, end: lead.end })
  for (let k = 0; k < days.length; k++) if (days[k]!.day < 1 || days[k]!.day >= (days[k + 1]?.day ?? day)) return []
  return days
}

/** The end of a year range right after "năm": "năm 2014-2018" → 2018, "năm 1999-00" → 2000, with its offsets. */
export function yearRangeEnd(t: Token): { readonly year: number; readonly start: number; readonly end: number } | undefined {
  const m = /^(\d{4})[-\u2013](\d{4}|\d{2})$/.exec(t.raw)
  if (!m) return undefined
  const from = +m[1]!
  let year = m[2]!.length === 4 ? +m[2]! : from - (from % 100) + +m[2]!
  if (m[2]!.length === 2 && year < from) year += 100
  // a reversed or empty range ("năm 2023-2022") still states both years: a typo to compare, not to drop
  if (Math.abs(year - from) > 100) return undefined
  return { year, start: t.end - m[2]!.length, end: t.end }
}

// "March 19 to 21", "Oct. 3 through 5", "between May 2 and 4": the words that close a span of days.
// "through" and its kin close only a span; "to" (and "and") also take a count to its new figure
// ("rose from 15 on March 19 to 21", "climbed on May 3 to 14"), so they close a span only when
// "from" (or "between") opens it right before the first day.
const SPAN_ONLY_JOIN = keys('through thru until till')
const OPENED_JOIN = keys('to')
/** Words that may follow a range's last day; any other word makes the number a count ("March 19 to 21 people"). */
const AFTER_END = keys('in at on and or with for when while as after before this next last the but')

/**
 * The token of the last day of a span that opens with day `first` of a month named before it, the
 * month's date ending at token `i`: "from March 19 to 21" → the token of 21. `opener` is the word
 * right before the month ("from", "between"); the end is a later day of the month, followed by
 * punctuation, a year or a small word.
 */
export function dayRangeEndAt(tokens: readonly Token[], i: number, first: number, opener: string): number | undefined {
  const join = tokens[i + 1]
  const end = tokens[i + 2]
  if (!join || !end || end.kind !== 'num' || !/^\d{1,2}$/.test(end.raw)) return undefined
  const opened = opener === 'from' || opener === 'between'
  const joins = SPAN_ONLY_JOIN.has(join.key) || DASH.has(join.raw) || (opened && OPENED_JOIN.has(join.key)) || (opener === 'between' && join.key === 'and')
  if (!joins) return undefined
  const day = +end.raw
  if (day <= first || day > 31) return undefined
  const after = tokens[i + 3]
  return !after || after.kind === 'punct' || (after.kind === 'word' && AFTER_END.has(after.key)) ? i + 2 : undefined
}
