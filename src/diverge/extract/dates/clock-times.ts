/**
 * Times of day: the hour read with what follows it ("3 giờ chiều", "6:47 p.m.": the part of the
 * day or a.m./p.m. moves it past noon), and the tokens that glue digits to letters ("18h47", "3h",
 * "6pm", and "13th" before a month, the one such token that is a date). extractDates asks these
 * where a token is an hour or mixes digits and letters.
 */
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'
import { gramHour } from './gram-hours'
import { AFTER_HOUR, DURATION_BEFORE, EN_MONTHS, validDay, type Parts } from './date-words'

/** Minutes since midnight after an optional "chiều" / "p.m." that follows token `j`; returns [minutes, last token, cue]. */
export function hourSuffix(tokens: readonly Token[], j: number, h: number, m: number): [number, number, string | undefined] {
  const nx = tokens[j + 1]
  let hour = h
  let cue: string | undefined
  let last = j
  if (nx?.kind === 'word' && AFTER_HOUR.has(nx.key)) {
    cue = nx.key
    if ((cue === 'chiều' || cue === 'tối') && h < 12) hour += 12
    if (cue === 'đêm' && h >= 7 && h < 12) hour += 12
    last = j + 1
  } else if (nx?.kind === 'word' && /^[ap]\.?m$/.test(nx.key)) {
    cue = nx.key.replace('.', '')
    if (cue === 'pm' && h < 12) hour += 12
    if (cue === 'am' && h === 12) hour = 0
    last = j + 1
    if (tokens[last + 1]?.raw === '.' && !tokens[last + 1]!.spaced && nx.key.includes('.')) last++
  }
  return [(hour % 24) * 60 + m, last, cue]
}

/**
 * The mark the end of a glued range ("9am-5pm") carries as the word before it, as "to" marks
 * "from 9 a.m. to 5 p.m.": a dash, which no word read before a date is, so the two ranges' ends pair.
 */
export const GLUED_RANGE_END = '-'

// Words that set a moment before a bare spaced hour (à 20 h, vers 20 h, dès 20 h, lúc 20 h); with its minutes
// (20 h 08) the hour is a time after any word but one of duration.
const SPACED_HOUR_AT = keys('à vers dès lúc')
const MINUTE_WORDS = keys('min mn minutes minute phút')
// Words before a spaced hour that make it a length of time (a duré 10 h 30, le marathon en 2 h 01,
// pendant 3 h 15, trong 2 h 30, lasted 10 h 30), besides date-words.ts's DURATION_BEFORE.
const SPACED_DURATION_BEFORE = keys('duré dure durent durera pendant durant en in for lasted lasting took trong mất')

/**
 * French typesetting's hour with its h spaced off (*à 20 h 08*, *vers 23 h 11*, *à 20 h*): the time
 * *20h08* is, its minutes read, where the tokens were numbers side by side (*00* / *08* flagged
 * as two figures at full confidence). Returns the minutes and the last token used, or undefined.
 */
export function spacedHour(tokens: readonly Token[], i: number, prev: string): { minutes: number; last: number } | undefined {
  const t = tokens[i]!
  const h = tokens[i + 1]
  if (!/^\d{1,2}$/u.test(t.raw) || +t.raw > 24 || (h?.raw !== 'h' && h?.raw !== 'H') || DURATION_BEFORE.has(prev) || SPACED_DURATION_BEFORE.has(prev)) return undefined
  const mt = tokens[i + 2]
  // (a flight of 10 h 30 min is a length of time)
  if (mt?.kind === 'num' && /^\d{2}$/u.test(mt.raw) && +mt.raw <= 59) return MINUTE_WORDS.has(tokens[i + 3]?.key ?? '') ? undefined : { minutes: (+t.raw % 24) * 60 + +mt.raw, last: i + 2 }
  return SPACED_HOUR_AT.has(prev) ? { minutes: (+t.raw % 24) * 60, last: i + 1 } : undefined
}

// The verbs after which a range of hours is how long something lasts: theo dõi, cách ly, nhịn (ăn), monitored, observed.
const WATCHED_FOR = keys('dõi ly nhịn monitored observed watched isolated fasted')

/** "18h47", "3h", "6pm", "13th August": returns the last token used, or -1. */
export function timeMixed(
  tokens: readonly Token[],
  i: number,
  prev: string,
  emit: (i: number, j: number, parts: Parts, cue?: string, start?: number, end?: number, part?: string) => void,
): number {
  const t = tokens[i]!
  // "6h00-12h00", "6am-2pm", "6am-noon": both ends of a span of hours glued into one token, each a time
  // ("theo dõi 12h-24h", "monitored 12h-24h": after a verb of watching or waiting the range is hours long, no time of day)
  const span = DURATION_BEFORE.has(prev) || WATCHED_FOR.has(prev) ? undefined : clockSpan(t.raw)
  if (span) {
    const cut = t.start + span.firstLength
    emit(i, i, { minutes: span.from }, undefined, t.start, cut)
    emit(i, i, { minutes: span.to }, undefined, cut + 1, t.end, GLUED_RANGE_END)
    return i
  }
  let m = /^(\d{1,2})h(\d{2})?$/i.exec(t.raw)
  if (m) {
    const h = +m[1]!
    const next = tokens[i + 1]?.key
    if (h > 24 || (h === 24 && next === 'qua') || DURATION_BEFORE.has(prev) || (m[2] !== undefined && +m[2] > 59)) return -1
    const [minutes, j, cue] = hourSuffix(tokens, i, h, m[2] ? +m[2] : 0)
    emit(i, j, { minutes }, cue)
    return j
  }
  const gram = DURATION_BEFORE.has(prev) ? undefined : gramHour(tokens, i)
  if (gram) {
    const [minutes, j, cue] = hourSuffix(tokens, i, gram.hour, gram.minutes)
    emit(i, j, { minutes }, cue)
    return j
  }
  m = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m$/i.exec(t.raw)
  if (m && +m[1]! >= 1 && +m[1]! <= 12) {
    const pm = m[3]!.toLowerCase() === 'p'
    const h = pm ? (+m[1]! % 12) + 12 : +m[1]! % 12
    const last = tokens[i + 1]?.raw === '.' && !tokens[i + 1]!.spaced && /\.m$/i.test(t.raw) ? i + 1 : i
    emit(i, last, { minutes: h * 60 + (m[2] ? +m[2] : 0) }, pm ? 'pm' : 'am')
    return last
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(t.raw)
  // "13th August", "the 21st of March"
  const of = tokens[i + 1]?.key === 'of' ? 1 : 0
  const nx = tokens[i + 1 + of]
  if (m && nx && /^[A-Z]/.test(nx.raw) && EN_MONTHS.has(nx.key) && validDay(+m[1]!, EN_MONTHS.get(nx.key)!)) {
    const month = EN_MONTHS.get(nx.key)!
    const nn = tokens[i + 2 + of]
    const year = nn?.kind === 'num' && /^\d{4}$/.test(nn.raw) ? +nn.raw : undefined
    const first = ordinalSpanFirst(tokens, i, +m[1]!)
    if (first) emit(first, first, year ? { day: +tokens[first]!.raw.slice(0, -2), month, year } : { day: +tokens[first]!.raw.slice(0, -2), month })
    const last = i + 1 + of + (year ? 1 : 0)
    emit(i, last, year ? { day: +m[1]!, month, year } : { day: +m[1]!, month })
    return last
  }
  return -1
}

// "from the 19th to the 21st of March": the words that open and join a span of ordinal days.
const ORDINAL_SPAN_OPEN = keys('from between')
const ORDINAL_SPAN_JOIN = keys('to through until till and')

/**
 * The token of the first ordinal day of a span ending in the ordinal at `i` ("from the 19th to
 * the 21st of March" → "19th"), earlier than `day`; only after "from" or "between", since "moved
 * the 19th to the 21st" is a rank's change.
 */
function ordinalSpanFirst(tokens: readonly Token[], i: number, day: number): number | undefined {
  let k = i - 1
  if (tokens[k]?.key === 'the') k--
  if (!ORDINAL_SPAN_JOIN.has(tokens[k]?.key ?? '')) return undefined
  const join = tokens[k]!.key
  const at = k - 1
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(tokens[at]?.raw ?? '')
  if (!m || +m[1]! < 1 || +m[1]! >= day) return undefined
  k = at - 1
  if (tokens[k]?.key === 'the') k--
  const opener = tokens[k]?.key ?? ''
  if (!ORDINAL_SPAN_OPEN.has(opener) || (join === 'and') !== (opener === 'between')) return undefined
  return at
}

// One end of a glued span: "6h", "6h00", "6am", "6:30pm", "noon", "midnight".
const CLOCK_END = /^(?:(\d{1,2})h(\d{2})?|(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m|(noon|midnight))$/i

function clockEnd(text: string): number | undefined {
  const m = CLOCK_END.exec(text)
  if (!m) return undefined
  if (m[6] !== undefined) return m[6].toLowerCase() === 'noon' ? 720 : 0
  const minutes = m[2] ?? m[4]
  if (minutes !== undefined && +minutes > 59) return undefined
  if (m[1] !== undefined) return +m[1] <= 24 ? (+m[1] % 24) * 60 + (minutes ? +minutes : 0) : undefined
  const h = +m[3]!
  if (h < 1 || h > 12) return undefined
  return ((h % 12) + (m[5]!.toLowerCase() === 'p' ? 12 : 0)) * 60 + (minutes ? +minutes : 0)
}

/** "6h00-12h00" → 360 and 720, with the first end's length; both ends alike in kind (hours with h, or a.m./p.m.). */
function clockSpan(raw: string): { readonly from: number; readonly to: number; readonly firstLength: number } | undefined {
  const dash = raw.search(/[-\u2013]/u)
  if (dash <= 0) return undefined
  const [first, second] = [raw.slice(0, dash), raw.slice(dash + 1)]
  // "6-12h" and "6h-noon" mix shapes; the a.m. first end is what makes "noon" a clock time
  const hourly = (x: string): boolean => /^\d{1,2}h/i.test(x)
  if (/noon|midnight/i.test(first) || hourly(first) !== hourly(second)) return undefined
  const to = clockEnd(second)
  // "1-3pm", "9-11am": a.m./p.m. written once, after the end, holds for a bare first hour too ("11-1pm" runs from 11 a.m.)
  const suffix = /^\d{1,2}(?:[:.]\d{2})?$/.test(first) ? /[ap]\.?m$/i.exec(second)?.[0] : undefined
  let from = clockEnd(suffix === undefined ? first : first + suffix)
  if (suffix !== undefined && from !== undefined && to !== undefined && from > to) from -= 720
  return from === undefined || to === undefined ? undefined : { from, to, firstLength: first.length }
}

// The words that close a clock range in English before its end: "from 6 a.m. to noon".
const RANGE_CLOSE = keys('to until till through')

/**
 * "from 6 a.m. to noon", "until midnight": the minutes of a bare noon or midnight at token `i` that
 * closes a range whose start, a clock time, ends at token `lastEnd`; otherwise undefined ("until
 * noon" alone is a time of day no more precise than "in the morning").
 */
export function rangeClosingWord(tokens: readonly Token[], i: number, lastEnd: number, lastWasClock: boolean): number | undefined {
  const key = tokens[i]!.key
  if ((key !== 'noon' && key !== 'midnight') || !lastWasClock || lastEnd !== i - 2 || !RANGE_CLOSE.has(tokens[i - 1]?.key ?? '')) return undefined
  return key === 'noon' ? 720 : 0
}
