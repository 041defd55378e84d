/**
 * Two second shapes of a date that DANeS outlets print for the slash form (round fresh33-1):
 * two full dates glued by a dash into one token (*8/10-22/10/2021*, *28/9-3/10*), and a day and
 * month with a space for the slash (*Ngày 3 10*, *sáng 12 10*). Unread, each was two or three
 * bare numbers, and the other report's *từ ngày 8 đến 22/10* or *Ngày 3.10* was listed missing.
 *
 * The spaced form is read only where nothing else fits: a date word right before the day (ngày,
 * mùng, sáng, đêm … the STRONG cues, or a bracket after *sáng nay*, *hôm qua*; no score, class or
 * list has one), both numbers of one or two digits with no separator between them, the second a
 * month (1–12) the first is a day of, and punctuation, the text's end or *năm* + year after it. A counted noun after the pair
 * (*Ngày 3 10 người*) makes the second a count; a comma (*ngày 3, 10*) a list.
 */
import type { Token } from './fact-tokens'
import { validDay } from './date-words'

/** One date of a span written in one token: its parts and offsets in the text. */
export interface SpanDate {
  readonly day: number
  readonly month: number
  readonly start: number
  readonly end: number
}

/** "8/10-22/10/2021", "28/9-3/10" (dots in Vietnamese text): both dates, the year (given once, at the end) shared. */
export function dateSpanToken(t: Token, dots: boolean): { readonly first: SpanDate; readonly last: SpanDate; readonly year?: number } | undefined {
  const m = /^(\d{1,2})([/.])(\d{1,2})[-\u2013](\d{1,2})\2(\d{1,2})(?:\2(\d{4}))?$/.exec(t.raw)
  if (!m || (m[2] === '.' && !dots)) return undefined
  const [d1, m1, d2, m2] = [+m[1]!, +m[3]!, +m[4]!, +m[5]!]
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

/** "Ngày 3 10": the month of a day written with a space for its slash, the day at token `i` after a date word, or undefined. */
export function spacedMonth(tokens: readonly Token[], i: number): number | undefined {
  const day = tokens[i]!
  const month = tokens[i + 1]
  if (!month || month.kind !== 'num' || !/^\d{1,2}$/.test(day.raw) || !/^\d{1,2}$/.test(month.raw)) return undefined
  if (!validDay(+day.raw, +month.raw)) return undefined
  const after = tokens[i + 2]
  const closes = !after || (after.kind === 'punct' && after.raw !== '%' && after.raw !== ',') || after.key === 'năm' || after.raw === ','
  if (!closes) return undefined
  // "ngày 3 10, 11": a third number after the comma makes the three a list
  if (after?.raw === ',' && tokens[i + 3]?.kind === 'num') return undefined
  return +month.raw
}
