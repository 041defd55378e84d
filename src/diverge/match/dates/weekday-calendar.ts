/**
 * A date written with its weekday that the calendar belies (issue 11): *tiba di Gedung KPK, Sabtu
 * (3/1) malam* / *pada Sabtu, 3 Februari 2018* (IndoSum, round fresh45-1). 3 February 2018 was a
 * Saturday and 3 January a Wednesday: the weekday each report writes beside its date is one day,
 * and one report's month is a slip of the pen. Sentences the aligner did not link share too few
 * words to tie two days, and two different days are most often two events; but a report's own
 * weekday is evidence of which day it meant, whatever the words around.
 *
 * So two dates each with the same weekday right beside it, one true to the calendar and the other
 * not, in the year one of them states (the other states none, or the same), and apart by a
 * single slip (the day or the month alike), are one day written wrong once. A yearless date is
 * true if the calendar gives it its weekday in that year or the next (a memorial a year on). Two
 * dates both true to their weekday are two days (two Saturdays, a week or a month apart), and no
 * other rule may pair them as one (pair-facts.ts); without a year the calendar cannot speak; a day
 * beyond its month (30 February, 29 February 2023) weighs nothing; a coming or planned moment
 * (*will be held*) is no day of the event; a weekday elsewhere in the sentence (*said on Saturday
 * that the fire of Jan. 3*) dates another moment.
 */
import type { PreparedDocument } from '../../../document'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { VI_WEEKDAY_NUMBERS, weekdayOfWord } from '../../extract/dates/day-words'
import { foldWord } from '../../../normalize/fold'
import { dayInMonth } from '../../extract/dates/date-words'
import { datesAnotherMoment } from './lone-days'

/** Confidence of a day its own weekday belies: above the default threshold, below a linked pair's. */
export const BELIED_DAY = 0.6

/** How far back from a date its weekday may start: *Saturday, * and *thứ Bảy, ngày * fit. */
const REACH = 24
/** Words between a weekday and its date that keep it the date's own: *thứ Bảy, ngày 3/2*, *on Saturday, the 3rd*. */
const BETWEEN = new Set(['ngày', 'hôm', 'vào', 'tanggal', 'the', 'le', 'den', 'am', 'el'].map(foldWord))
/** Vietnamese day words after *thứ* (Monday = 1), and their digits (*thứ 7*). */
const VI_DAYS: ReadonlyMap<string, number> = new Map([
  ...VI_WEEKDAY_NUMBERS.map((w, k) => [foldWord(w), k + 1] as const),
  ...[2, 3, 4, 5, 6, 7].map((n) => [String(n), n - 1] as const),
])

const isWordChar = (c: string): boolean => /[\p{L}\p{M}\p{N}'’]/u.test(c)
/** Characters that may stand between a weekday and its date: *Sabtu (3/1)*, *Saturday, Feb. 3*. */
const isGap = (c: string): boolean => c === ',' || c === '(' || /\s/u.test(c)

/** The words right before `at`, nearest last, through gaps only (a stop or a dash ends them). */
function wordsBefore(text: string, at: number): string[] {
  const words: string[] = []
  let word = ''
  for (let k = at - 1; k >= Math.max(0, at - REACH); k--) {
    const c = text[k]!
    if (isWordChar(c)) {
      word = c + word
      continue
    }
    if (word) words.unshift(word)
    word = ''
    if (!isGap(c)) return words
  }
  return words
}

/** The weekday written right before a date (Sunday = 0), or undefined. */
export function weekdayBeside(text: string, start: number): number | undefined {
  const words = wordsBefore(text, start)
  let k = words.length - 1
  while (k > 0 && BETWEEN.has(foldWord(words[k]!))) k--
  const last = words[k]
  if (last === undefined) return undefined
  const before = k > 0 ? foldWord(words[k - 1]!) : ''
  // Vietnamese: *thứ Bảy* capitalised or *thứ 7* (lower-case *thứ hai* is also "second"), *Chủ nhật*
  if (before === 'thứ' && (/^\p{Lu}/u.test(last) || /^\d$/u.test(last))) return VI_DAYS.get(foldWord(last))
  if (before === 'chủ' && foldWord(last) === 'nhật') return 0
  if (before === 'thứ') return undefined
  return weekdayOfWord(last)?.day
}

/** A calendar day with its weekday beside it. */
interface WeekdayDate {
  readonly day: number
  readonly month: number
  readonly year: number | undefined
  readonly weekday: number
}

function weekdayDateOf(doc: PreparedDocument, l: Located<Fact>): WeekdayDate | undefined {
  const f = l.fact
  if (f.type !== 'date' || f.day === undefined || f.month === undefined || f.minutes !== undefined) return undefined
  const weekday = weekdayBeside(doc.original, l.span.start)
  return weekday === undefined ? undefined : { day: f.day, month: f.month, year: f.year, weekday }
}

/** The weekday of a day in `year`, or undefined when the month has no such day (29 February 2023, 31 April). */
function weekdayIn(year: number, d: WeekdayDate): number | undefined {
  if (!dayInMonth(d.day, d.month, year)) return undefined
  return new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay()
}

/**
 * Whether a date's weekday is true to the calendar: in its own year, or, with no year of its own,
 * in the other report's year or the next (a yearless *Saturday, Feb. 2* may be a memorial a year
 * on: the other's year is not lent to it as proof of a slip; an earlier year's day is written
 * with its year).
 */
function trueTo(year: number, d: WeekdayDate): boolean {
  const years = d.year !== undefined ? [d.year] : [year, year + 1]
  return years.some((y) => weekdayIn(y, d) === d.weekday)
}

/** Two dates each with the same weekday beside it, in one year (the year either states), read by both rules below. */
function weekdayPair(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument): { a: WeekdayDate; b: WeekdayDate; year: number } | undefined {
  const a = weekdayDateOf(docA, x)
  if (!a) return undefined
  const b = weekdayDateOf(docB, y)
  if (!b || a.weekday !== b.weekday) return undefined
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return undefined
  const year = a.year ?? b.year
  if (year === undefined || (a.day === b.day && a.month === b.month)) return undefined
  // a day beyond its month (30 February) is no date the calendar can weigh
  if (!dayInMonth(a.day, a.month, a.year) || !dayInMonth(b.day, b.month, b.year)) return undefined
  return { a, b, year }
}

/** What the calendar says of x of A and y of B, each with a weekday beside it. */
export interface CalendarVerdict {
  /** Why they are one day whose weekday belies one of them (a slip of the pen), or undefined. */
  readonly belied: string | undefined
  /** The calendar gives their one weekday to both: two days (two Saturdays), whatever else ties them. */
  readonly twoDays: boolean
}

const SILENT: CalendarVerdict = { belied: undefined, twoDays: false }

/** Both verdicts from one reading of the two weekdays: the pairer asks for both of every date pair. */
export function calendarVerdict(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument): CalendarVerdict {
  const pair = weekdayPair(x, y, docA, docB)
  if (!pair) return SILENT
  const { a, b, year } = pair
  const [trueA, trueB] = [trueTo(year, a), trueTo(year, b)]
  if (trueA && trueB) return { belied: undefined, twoDays: true }
  // one slip of the pen: the day alike or the month alike, not neither
  if (trueA === trueB || (a.day !== b.day && a.month !== b.month)) return SILENT
  // a day of a coming or planned moment (*a memorial will be held on Saturday*) is no day of the event (lone-days.ts)
  if (datesAnotherMoment(docA, x.sentence) || datesAnotherMoment(docB, y.sentence)) return SILENT
  return { belied: `one weekday beside both dates, which the calendar of ${year} gives only to ${trueA ? "A's" : "B's"}`, twoDays: false }
}
