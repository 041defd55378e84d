/**
 * Dates and times of day, found in the token stream of fact-tokens.ts: one pass over the tokens
 * that reads each written form of a date ("14/8", "ngày 13 tháng 8 năm 2025", "August 14, 2021",
 * "năm 2010") and of a clock time ("18:47", "3 giờ chiều") where its cues make it one. Whether a
 * day and month is a quantity instead is date-quantities.ts's; the hour's suffix and the tokens
 * that glue digits to letters are clock-times.ts's; ranges of days are date-ranges.ts's.
 */
import { type Token, contextWords, guessNotation, tokenize } from '../fact-tokens'
import { hourSuffix, rangeClosingWord, spacedHour, timeMixed } from './clock-times'
import { dayMonth, isWeekdayEnd, noQuantityAround, quantityAfter } from './date-quantities'
import { scoreAfterCue } from '../identifiers/identifiers'
import { mixedFractionTail } from '../numbers/fractions'
import type { DateFact } from '../fact'
import { dateSpanToken, spacedMonth } from './date-spans'
import { type RangeDay, dayRangeEndAt, dayRangeToken, leadingDays, yearRangeEnd } from './date-ranges'
import { STRONG, WEAK, CHAIN, DURATION_BEFORE, CUE1, cueBefore, AFTER_HOUR, YEAR_BEFORE, CLOCK_ZONES, MONTH_LEAD, EN_MONTHS, VI_MONTHS, validDay, validYear, hyphenedMonthPart, type Parts } from './date-words'
import { VI_DIGITS } from '../numbers/number-words'
import { dayFirstAt, europeanDateAt, germanDayLedAt } from './european-months'
import { mayHoldDate } from './date-gate'
import { monthWithoutDay } from './month-words'
import { clockWordAt } from './clock-words'

/**
 * Every date and time of day in `text`; `tokens` may be passed when the caller already has
 * `tokenize(text)`. A year is a date only after "năm" ("năm 2025"); a bare "2025" is left to
 * `extractNumbers` (kind 'year').
 */
export function extractDates(text: string, tokens: readonly Token[] = tokenize(text)): DateFact[] {
  if (!mayHoldDate(tokens)) return []
  const notation = guessNotation(tokens)
  const out: DateFact[] = []
  let lastEnd = -1 // index of the last token of the previous date, for "12.8 và 13.8"
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  /** A date over tokens i..j (or the offsets s..e inside them); `part` ("mid" of "mid-August") is its nearest word before. */
  const emit = (i: number, j: number, parts: Parts, cue?: string, s = tokens[i]!.start, e = tokens[j]!.end, part?: string): void => {
    const fact: { -readonly [K in keyof DateFact]: DateFact[K] } = { type: 'date', start: s, end: e, text: text.slice(s, e) }
    if (parts.day !== undefined) fact.day = parts.day
    if (parts.month !== undefined) fact.month = parts.month
    if (parts.year !== undefined) fact.year = parts.year
    if (parts.minutes !== undefined) fact.minutes = parts.minutes
    const c = cue ?? cueBefore(tokens, i)
    if (c) fact.cue = c
    const ctx = contextWords(tokens, i, j)
    if (part !== undefined && ctx.before.push(part) > 3) ctx.before.shift()
    fact.before = ctx.before
    fact.after = ctx.after
    out.push(fact)
    lastEnd = j
  }
  /** "năm 2025" or ", 2025" after a day and month: returns the year and its last token. */
  const yearAfter = (j: number): [number, number] | null => {
    const a = tokens[j + 1]
    const b = tokens[j + 2]
    if (!a || !b || b.kind !== 'num' || !/^\d{4}$/.test(b.raw) || !validYear(+b.raw)) return null
    return a.key === 'năm' || a.key === ',' ? [+b.raw, j + 2] : null
  }
  /** Emit a date ending at token j, extended by a following year; returns the last token. */
  const emitWithYear = (i: number, j: number, parts: Parts): number => {
    const y = yearAfter(j)
    emit(i, y ? y[1] : j, y ? { ...parts, year: y[0] } : parts)
    return y ? y[1] : j
  }
  /** The earlier days of a range ending in the date at token `i` ("ngày 23 và 24-10"), in its month and year. */
  const emitDays = (i: number, days: readonly RangeDay[], parts: Parts): void => {
    for (const d of days) emit(i, i, { ...parts, day: d.day }, undefined, d.start, d.end)
  }

  let m0: RegExpExecArray | null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const prev = word(i - 1)
    // "tháng 8", "tháng 8/2025", "tháng 8 năm 2025", "tháng Tám", "tháng 8-9"
    if (t.key === 'tháng' && tokens[i - 1]?.kind !== 'num') {
      const nx = tokens[i + 1]
      if (!nx) continue
      let m = /^(\d{1,2})(?:[/.-](\d{4}))?$/.exec(nx.raw)
      if (nx.kind === 'num' && m && +m[1]! >= 1 && +m[1]! <= 12) {
        let year = m[2] ? +m[2] : undefined
        let j = i + 1
        const y = year === undefined && tokens[j + 1]?.key === 'năm' ? yearAfter(j) : null
        if (y) [year, j] = y
        emit(i, j, year === undefined ? { month: +m[1]! } : { month: +m[1]!, year })
        i = j
        continue
      }
      // "tháng 8-9": two months, each span covering its own digits
      m = /^(\d{1,2})[-\u2013](\d{1,2})$/.exec(nx.raw)
      if (nx.kind === 'num' && m && +m[1]! >= 1 && +m[2]! <= 12 && +m[1]! < +m[2]!) {
        emit(i, i + 1, { month: +m[1]! }, undefined, t.start, nx.start + m[1]!.length)
        emit(i + 1, i + 1, { month: +m[2]! }, undefined, nx.end - m[2]!.length)
        i++
        continue
      }
      if (nx.kind === 'word') {
        let month = VI_MONTHS.get(nx.key)
        let j = i + 1
        if (month === 10 && (tokens[i + 2]?.key === 'một' || tokens[i + 2]?.key === 'hai')) month = tokens[++j]!.key === 'một' ? 11 : 12
        // lower-case "tháng năm" is more often "months and years" than May
        if (month !== undefined && (nx.key !== 'năm' || /^N/.test(nx.raw))) i = emitWithYear(i, j, { month })
      }
      continue
    }
    // "mid-August", "mid-Aug. 2013": the month with its part, read as "mid August" is (month-parts.ts)
    const hp = t.kind === 'word' ? hyphenedMonthPart(t.raw) : undefined
    if (hp) {
      let j = hp.short && tokens[i + 1]?.raw === '.' && !tokens[i + 1]!.spaced ? i + 1 : i
      const year = tokens[j + 1]?.kind === 'num' && /^\d{4}$/.test(tokens[j + 1]!.raw) && validYear(+tokens[j + 1]!.raw) ? +tokens[++j]!.raw : undefined
      emit(i, j, year === undefined ? { month: hp.month } : { month: hp.month, year }, undefined, undefined, undefined, hp.part)
      i = j
      continue
    }
    // "в феврале 2019 года", "im Februar", "en febrero": a month after its preposition (month-words.ts)
    const named = t.kind === 'word' ? monthWithoutDay(tokens, i) : undefined
    if (named) {
      emit(i, named.last, named.year === undefined ? { month: named.month } : { month: named.month, year: named.year })
      i = named.last
      continue
    }
    // English: "Aug. 13", "August 13, 2025", "August 2025", "in August"
    // Asked at every token: the month's set first, the capital only of a month.
    if (t.kind === 'word' && EN_MONTHS.has(t.key) && /^[A-Z]/.test(t.raw)) {
      const month = EN_MONTHS.get(t.key)!
      let j = i
      if (tokens[j + 1]?.raw === '.' && !tokens[j + 1]!.spaced) j++
      const nx = tokens[j + 1]
      const dm = nx ? /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(nx.raw) : null
      // "October 23-24": two days of the month
      const days = nx?.kind === 'num' ? /^(\d{1,2})[-\u2013](\d{1,2})$/.exec(nx.raw) : null
      if (days && +days[1]! >= 1 && +days[1]! < +days[2]! && validDay(+days[2]!, month)) {
        const y = yearAfter(j + 1)
        const parts = y ? { month, year: y[0] } : { month }
        emit(i, j + 1, { ...parts, day: +days[1]! }, undefined, t.start, nx!.start + days[1]!.length)
        emit(j + 1, (i = y ? y[1] : j + 1), { ...parts, day: +days[2]! }, undefined, nx!.end - days[2]!.length)
        continue
      }
      if (dm && validDay(+dm[1]!, month)) {
        const opening = i
        i = emitWithYear(i, j + 1, { day: +dm[1]!, month })
        // "from March 19 to 21": the last day is a date of the month too
        const last = dayRangeEndAt(tokens, i, +dm[1]!, word(opening - 1))
        if (last !== undefined && validDay(+tokens[last]!.raw, month)) i = emitWithYear(last, last, { day: +tokens[last]!.raw, month })
      } else if (nx?.kind === 'num' && /^\d{4}$/.test(nx.raw) && validYear(+nx.raw)) {
        emit(i, j + 1, { month, year: +nx.raw })
        i = j + 1
      } else if (t.key !== 'may' && t.key !== 'mar' && (t.key.length > 3 || j > i) && MONTH_LEAD.has(prev)) {
        // "in January of last year": the year is counted from the paper's day (relative-dates.ts), not left out
        if (/^\s+(?:of\s+)?last\s+year/iu.test(text.slice(tokens[j]!.end, tokens[j]!.end + 20))) continue
        emit(i, j, { month })
        i = j
      }
      continue
    }
    if (t.kind === 'mixed') {
      const j = timeMixed(tokens, i, prev, emit)
      if (j >= 0) i = j
      continue
    }
    // "năm giờ chiều", "lúc sáu giờ sáng": a spelled hour is the clock time "5 giờ chiều" is (review K)
    const hour = t.kind === 'word' && word(i + 1) === 'giờ' && (AFTER_HOUR.has(word(i + 2)) || prev === 'lúc') ? VI_DIGITS.get(t.key) : undefined
    if (hour !== undefined && hour >= 1) {
      const [minutes, k, cue] = hourSuffix(tokens, i + 1, hour, 0)
      emit(i, k, { minutes }, cue)
      i = k
      continue
    }
    // out[-1] of an empty list is a property lookup by name, ~50 ns against ~2 for an element, and
    // this runs for every word of every sentence (most sentences date nothing).
    const closing = t.kind === 'word' ? rangeClosingWord(tokens, i, lastEnd, out.length > 0 && out[out.length - 1]!.minutes !== undefined) : undefined
    if (closing !== undefined) {
      emit(i, i, { minutes: closing })
      continue
    }
    if (t.kind !== 'num') continue
    // "năm 2025", "năm học 2020-2021" stays a number: only the year right after "năm" is a date
    if (prev === 'năm' && (m0 = /^(\d{4})(?:[-\u2013]\d{2,4})?$/.exec(t.raw)) && validYear(+m0[1]!)) {
      emit(i - 1, i, { year: +m0[1]! }, undefined, tokens[i - 1]!.start, t.start + 4)
      // "năm 2014-2018": the range's end is a year stated too
      const end = yearRangeEnd(t)
      if (end && validYear(end.year)) emit(i, i, { year: end.year }, undefined, end.start, end.end)
      continue
    }

    // "21 mars 2025", "21 de marzo", "am 21. März", "du 19 au 21 mars" (european-months.ts)
    const eu = europeanDateAt(tokens, i)
    if (eu) {
      const parts = eu.year !== undefined ? { month: eu.month, year: eu.year } : { month: eu.month }
      if (eu.first) emitDays(i, [eu.first], parts)
      emit(i, eu.last, { ...parts, day: eu.day }, undefined, eu.start)
      i = eu.last
      continue
    }
    const nx = tokens[i + 1]
    const after = word(i + 1)
    const strong = STRONG.has(prev)
    const chained = lastEnd >= 0 && lastEnd === i - 2 && (CHAIN.has(tokens[i - 1]!.key) || tokens[i - 1]!.raw === '-' || tokens[i - 1]!.raw === '\u2013')
    // "hôm qua (12.8)", "tối thứ bảy (2.11)"
    const parenCue = tokens[i - 1]?.raw === '(' && (CUE1.has(word(i - 2)) || word(i - 2) === 'qua' || word(i - 2) === 'nay' || isWeekdayEnd(tokens, i - 2))
    // after a weak trigger a counted noun says range: "từ 3-4 thành viên", but "đến 19-10 chị Huyền" is a date
    const triggered = strong || chained || parenCue || (WEAK.has(prev) && !quantityAfter(tokens, i) && nx?.raw !== '%')
    let m: RegExpExecArray | null

    // ISO 2025-08-13
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t.raw)) && validDay(+m[3]!, +m[2]!) && validYear(+m[1]!)) {
      emit(i, i, { day: +m[3]!, month: +m[2]!, year: +m[1]! })
      continue
    }
    // "8/10-22/10/2021": two whole dates, the year written once at the end (date-spans.ts)
    const span = dateSpanToken(t, notation, strong)
    if (span && (strong || (!scoreAfterCue(tokens, i) && (triggered || noQuantityAround(tokens, i, prev, after))))) {
      const year = span.year !== undefined ? { year: span.year } : {}
      emit(i, i, { day: span.first.day, month: span.first.month, ...year }, undefined, span.first.start, span.first.end)
      emit(i, i, { day: span.last.day, month: span.last.month, ...year }, undefined, span.last.start, span.last.end)
      continue
    }
    // "23-24/10", "20-26/10/2013": two days of one month
    const range = dayRangeToken(t, notation === 'vi')
    if (range) {
      // "tỷ số 3-4/10" is a score, as "thắng 21/18" is
      if (strong || (!scoreAfterCue(tokens, i) && (triggered || noQuantityAround(tokens, i, prev, after)))) {
        const y = range.year === undefined && tokens[i + 1]?.key === 'năm' ? yearAfter(i) : null
        const year = range.year ?? y?.[0]
        const parts = year === undefined ? { month: range.month } : { month: range.month, year }
        emitDays(i, [range.first], parts)
        emit(i, y ? y[1] : i, { ...parts, day: range.last.day }, undefined, range.last.start, y ? tokens[y[1]]!.end : range.last.end)
        if (y) i = y[1]
      }
      continue
    }
    // d/m/y, d.m.y, d-m-y: the year makes any separator unambiguous
    if ((m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(t.raw))) {
      const [d, mo] = dayMonth(+m[1]!, +m[3]!, dayFirstAt(tokens, i) ? 'vi' : notation)
      const year = m[4]!.length === 2 ? 2000 + +m[4]! : +m[4]!
      if (validDay(d, mo) && validYear(year)) {
        emitDays(i, leadingDays(tokens, i, d, lastEnd), { month: mo, year })
        emit(i, i, { day: d, month: mo, year })
      }
      continue
    }
    // m/yyyy
    if ((m = /^(\d{1,2})\/(\d{4})$/.exec(t.raw)) && +m[1]! >= 1 && +m[1]! <= 12 && validYear(+m[2]!) && +m[2]! >= 1900 && +m[2]! <= 2100) {
      emit(i, i, { month: +m[1]!, year: +m[2]! })
      continue
    }
    // "um 21 Uhr", "à 20 heures 30", "a las 20.30 horas", "o godz. 20.30" (clock-words.ts)
    const clock = clockWordAt(tokens, i)
    if (clock) {
      emit(i, clock.last, { minutes: clock.minutes })
      i = clock.last
      continue
    }
    if ((m = /^(\d{1,2})([./-])(\d{1,2})$/.exec(t.raw))) {
      const sep = m[2]!
      // "um 14.20 Uhr": German writes the clock with a dot before its "Uhr"
      if (sep === '.' && after === 'uhr' && m[3]!.length === 2 && +m[1]! <= 24 && +m[3]! <= 59) {
        emit(i, i + 1, { minutes: (+m[1]! % 24) * 60 + +m[3]! })
        i++
        continue
      }
      // "pukul 20.00": Indonesian and Malay write the clock with a dot after their o'clock word
      if (sep === '.' && prev === 'pukul' && m[3]!.length === 2 && +m[1]! <= 24 && +m[3]! <= 59) {
        emit(i, i, { minutes: (+m[1]! % 24) * 60 + +m[3]! })
        continue
      }
      // "thắng 21/18", "để thua 7/21": a set's score after a score cue, unless a date word stands right before it
      if (sep === '/' && !strong && scoreAfterCue(tokens, i)) continue
      // "a 2 1/2 week trial": the fraction of a mixed number, read with its whole by the number reader
      if (sep === '/' && !strong && mixedFractionTail(tokens, i, notation) !== undefined) continue
      // "le 8/09", "am 8/09": a day-first language's lead word says day first (european-months.ts)
      const [d, mo] = sep === '/' ? dayMonth(+m[1]!, +m[3]!, dayFirstAt(tokens, i) ? 'vi' : notation) : [+m[1]!, +m[3]!]
      if (!validDay(d, mo)) continue
      // "ngày 23 và 24-10": the days before it make a d-m a date as a trigger word does
      const days = sep === '.' && notation === 'en' ? [] : leadingDays(tokens, i, d, lastEnd)
      let ok: boolean
      if (days.length > 0 && !quantityAfter(tokens, i) && nx?.raw !== '%') {
        ok = true
      } else if (sep === '/') {
        ok = triggered || (noQuantityAround(tokens, i, prev, after) && t.raw !== '24/7')
      } else {
        // a dotted d.m is a decimal in English text; in Vietnamese any trigger makes it a date
        // ("đến 16.8 tại"), since Vietnamese decimals take a comma
        // ("am 14.05. um 10 Uhr", "vom 14.05. bis 16.05."): after a German day lead in any text, but
        // "ab 14.05 Uhr" is a time
        const dotted =
          sep === '.' && ((notation === 'vi' && (strong || chained || parenCue || WEAK.has(prev))) || (germanDayLedAt(tokens, i) && after !== 'uhr')) && !quantityAfter(tokens, i) && nx?.raw !== '%'
        ok = sep === '-' ? triggered : dotted
      }
      if (!ok) continue
      const y = yearAfter(i)
      emitDays(i, days, y && tokens[i + 1]!.key === 'năm' ? { month: mo, year: y[0] } : { month: mo })
      if (y && tokens[i + 1]!.key === 'năm') {
        emit(i, y[1], { day: d, month: mo, year: y[0] })
        i = y[1]
      } else emit(i, i, { day: d, month: mo })
      continue
    }
    // "18:47", "6:47 p.m."
    if ((m = /^(\d{1,2}):(\d{2})$/.exec(t.raw)) && +m[1]! <= 24 && +m[2]! <= 59) {
      const [minutes, j, cue] = hourSuffix(tokens, i, +m[1]!, +m[2]!)
      emit(i, j, { minutes }, cue)
      i = j
      continue
    }
    // "1018 GMT", "0835 GMT": a four-digit clock time is written only before its zone
    if ((m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(t.raw)) && CLOCK_ZONES.has(after) && nx?.kind === 'word' && /^[A-Z]+$/.test(nx.raw) && !YEAR_BEFORE.has(prev)) {
      emit(i, i, { minutes: +m[1]! * 60 + +m[2]! })
      continue
    }
    if (!/^\d{1,2}$/.test(t.raw)) continue
    const v = +t.raw
    // "Ngày 3 10", "đêm 11 đến sáng 12 10": the slash dropped, read only after a date word (date-spans.ts)
    const spaced = strong || parenCue ? spacedMonth(tokens, i) : undefined
    if (spaced !== undefined) {
      const y = yearAfter(i + 1)
      const parts = y && tokens[i + 2]!.key === 'năm' ? { month: spaced, year: y[0] } : { month: spaced }
      emitDays(i, leadingDays(tokens, i, v, lastEnd), parts)
      i = emitWithYear(i, i + 1, { day: v, month: spaced })
      continue
    }
    // "ngày 13 tháng 8 (năm 2025)", "mùng 2 tháng 9"
    if (after === 'tháng' && (strong || WEAK.has(prev))) {
      const mt = tokens[i + 2]
      const mo = mt?.kind === 'num' && /^\d{1,2}$/.test(mt.raw) ? +mt.raw : mt?.kind === 'word' ? VI_MONTHS.get(mt.key) : undefined
      if (mo !== undefined && validDay(v, mo) && !quantityAfter(tokens, i + 2)) {
        i = emitWithYear(i, i + 2, { day: v, month: mo })
        continue
      }
    }
    // "13 August 2025"
    if (nx?.kind === 'word' && /^[A-Z]/.test(nx.raw) && EN_MONTHS.has(nx.key) && validDay(v, EN_MONTHS.get(nx.key)!)) {
      let j = i + 1
      if (tokens[j + 1]?.raw === '.' && !tokens[j + 1]!.spaced) j++
      const nn = tokens[j + 1]
      const year = nn?.kind === 'num' && /^\d{4}$/.test(nn.raw) && validYear(+nn.raw) ? +nn.raw : undefined
      const month = EN_MONTHS.get(nx.key)!
      // "from 19 to 21 March": the first day shares the month
      emitDays(i, leadingDays(tokens, i, v, lastEnd, true), year ? { month, year } : { month })
      emit(i, year ? j + 1 : j, year ? { day: v, month: EN_MONTHS.get(nx.key)!, year } : { day: v, month: EN_MONTHS.get(nx.key)! })
      i = year ? j + 1 : j
      continue
    }
    // ("ngày 13" without a month is left to the numbers: a day alone names no date to compare)
    // "à 20 h 08": the h spaced off (clock-times.ts)
    const spacedH = after === 'h' ? spacedHour(tokens, i, prev) : undefined
    if (spacedH) {
      emit(i, spacedH.last, { minutes: spacedH.minutes })
      i = spacedH.last
      continue
    }
    // "3 giờ 30", "lúc 3 giờ", "3 giờ chiều"; "6 p.m."
    if (after === 'giờ' && v <= 24) {
      const mt = tokens[i + 2]
      const min = mt?.kind === 'num' && /^\d{1,2}$/.test(mt.raw) && +mt.raw < 60 ? +mt.raw : undefined
      const timey = min !== undefined ? !DURATION_BEFORE.has(prev) : WEAK.has(prev) || prev === 'vào' || AFTER_HOUR.has(word(i + 2))
      if (timey) {
        let j = i + (min !== undefined ? 2 : 1)
        if (min !== undefined && word(j + 1) === 'phút') j++
        const [minutes, k, cue] = hourSuffix(tokens, j, v, min ?? 0)
        emit(i, k, { minutes }, cue)
        i = k
      }
      continue
    }
    if (/^[ap]\.?m$/.test(after) && v >= 1 && v <= 12) {
      const [minutes, j, cue] = hourSuffix(tokens, i, v, 0)
      emit(i, j, { minutes }, cue)
      i = j
    }
  }
  return out
}
