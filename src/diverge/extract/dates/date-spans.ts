/**
 * Two second shapes of a date that DANeS outlets print for the slash form (round fresh33-1):
 * two full dates glued by a dash into one token (*8/10-22/10/2021*, *28/9-3/10*), and a day and
 * month with a space for the slash (*Ngày 3 10*, *sáng 12 10*). Unread, each was two or three
 * bare numbers, and the other report's *từ ngày 8 đến 22/10* or *Ngày 3.10* was listed missing.
 *
 * The spaced form is read only where nothing else fits: a date word right before the day (ngày,
 * mùng, sáng, đêm … the STRONG cues, or a bracket after *sáng nay*, *hôm qua*; no score, class or
 * list has one), both numbers of one or two digits with no separator between them, the second a
 * month (1–12) the first is a day of, and punctuation, the text's end, *năm* + a year, or a word that
 * opens a place or a clause (*tại Huế*) after it; *10 năm qua* is ten years. A counted noun after the pair
 * (*Ngày 3 10 người*) makes the second a count; a comma (*ngày 3, 10*) a list.
 */
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'
import { validDay } from './date-words'

/** One date of a span written in one token: its parts and offsets in the text. */
export interface SpanDate {
  readonly day: number
  readonly month: number
  readonly start: number
  readonly end: number
}

// The denominators fractions are written with: "1/4-3/4 inch", "1/3-2/3 số hộ" (a range of shares, no days).
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 8, 16])

/**
 * "8/10-22/10/2021", "28/9-3/10": both dates, the year (given once, at the end) shared. A dotted
 * span is read only after a date word (`dateWord`): "2.5-3.5 m" is a decimal range wherever
 * decimals take a dot. English reads both ends month first as it reads "3/5" alone, day first only
 * where month first cannot be. Two proper fractions of one denominator are a range of shares.
 */
export function dateSpanToken(
  t: Token,
  notation: 'vi' | 'en',
  dateWord: boolean,
): { readonly first: SpanDate; readonly last: SpanDate; readonly year?: number } | undefined {
  const m = /^(\d{1,2})([/.])(\d{1,2})[-\u2013](\d{1,2})\2(\d{1,2})(?:\2(\d{4}))?$/.exec(t.raw)
  if (!m || (m[2] === '.' && (notation !== 'vi' || !dateWord))) return undefined
  const [a1, b1, a2, b2] = [+m[1]!, +m[3]!, +m[4]!, +m[5]!]
  if (!dateWord && b1 === b2 && a1 < b1 && a2 < b2 && FRACTION_DENOMINATORS.has(b1)) return undefined
  const monthFirst = notation === 'en' && validDay(b1, a1) && validDay(b2, a2)
  const [d1, m1, d2, m2] = monthFirst ? [b1, a1, b2, a2] : [a1, b1, a2, b2]
  if (!validDay(d1, m1) || !validDay(d2, m2)) return undefined
  // a span runs forward: "22/10-8/10" is no span of dates (and the year boundary is too rare to guess)
  if (m1 > m2 || (m1 === m2 && d1 >= d2)) return undefined
  const firstEnd = t.start + m[1]!.length + 1 + m[3]!.length
  return {
    first: { day: d1, month: m1, start: t.start, end: firstEnd },
    last: { day: d2, month: m2, start: firstEnd + 1, end: t.end },
    ...(m[6] ? { year: +m[6] } : {}),
  }
}

// Words that open what follows a date, never a counted noun: "sáng 12 10 tại Huế", "ngày 3 10 khi".
const PLACE_OR_CLAUSE = keys('tại ở lúc khi và tới at in when')

/** "Ngày 3 10": the month of a day written with a space for its slash, the day at token `i` after a date word, or undefined. */
export function spacedMonth(tokens: readonly Token[], i: number): number | undefined {
  const day = tokens[i]!
  const month = tokens[i + 1]
  if (!month || month.kind !== 'num' || !/^\d{1,2}$/.test(day.raw) || !/^\d{1,2}$/.test(month.raw)) return undefined
  if (!validDay(+day.raw, +month.raw)) return undefined
  const after = tokens[i + 2]
  const yearNext = after?.key === 'năm' && /^\d{4}$/.test(tokens[i + 3]?.raw ?? '')
  const closes = !after || (after.kind === 'punct' && after.raw !== '%') || yearNext || PLACE_OR_CLAUSE.has(after.key)
  if (!closes) return undefined
  // "ngày 3 10, 11": a third number after the comma makes the three a list
  if (after?.raw === ',' && tokens[i + 3]?.kind === 'num') return undefined
  return +month.raw
}
