/**
 * Publication times as newsrooms print them. Besides ISO 8601 (`2013-10-23T11:39:00+07:00`),
 * Vietnamese and most European sites print the day first (`23/10/2013 11:39`, `23-10-2013`,
 * `11h39 23/10/2013 (GMT+7)`), US sites the month first; RSS uses RFC 2822
 * (`Wed, 23 Oct 2013 11:39:00 +0700`). `dd/mm` and `mm/dd` cannot be told apart from the text
 * (3/4/2013), so the caller says which (`dateFormat`, day first by default) and a date that is
 * impossible in that order (a 13th month) is an error naming the other order, never a guess.
 */
import { CorroborateError, describe } from '../errors'
import type { DateFormat, PublishedOptions } from '../types'

const FORMATS: readonly DateFormat[] = ['dmy', 'mdy', 'iso']

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const RFC2822 = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(gmt|ut|utc|z|[+-]\d{4})?$/i
// A weekday phrase before a comma: "Thứ tư, ", "Wednesday, ".
const WEEKDAY = /^[\p{L}\p{M} ]+,\s*/u
// A numeric date (its separator repeated: 23/10/2013, not 23/10-2013) with a time after it or
// before it: 11:39, 11:39:05, 11h39, 1:39 PM. Groups: day-or-month, separator, month-or-day,
// year, then hour, minute, second, a/p (in TIME_THEN_DATE the time's four groups come first).
const DATE_THEN_TIME = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:(?:\s*[,-]\s*|\s+|T)(\d{1,2})[:hH](\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?/
const TIME_THEN_DATE = /^(\d{1,2})[:hH](\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?(?:\s*[,-]\s*|\s+)(\d{1,2})([/.-])(\d{1,2})\6(\d{4})/
// After the date and time only a zone may follow: GMT+7, UTC+07:00, +07:00, +0700, Z, in parentheses or not.
const ZONE = /^\s*(?:\(\s*)?(?:(?:GMT|UTC)(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2})|Z)(?:\s*\))?\s*$/i

const EXPECTED: Record<DateFormat, string> = {
  dmy: 'ISO 8601 (2013-10-23T11:39+07:00), a day-first date (23/10/2013, 23-10-2013 or 23.10.2013, optionally with a time 11:39[:05] and a zone GMT+7 or +07:00) or RFC 2822',
  mdy: 'ISO 8601 (2013-10-23T11:39+07:00), a month-first date (10/23/2013, optionally with a time 11:39[:05] [AM|PM] and a zone GMT+7 or +07:00) or RFC 2822',
  iso: 'an ISO 8601 date (2013-10-23, 2013-10-23T11:39:00+07:00)',
}

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
  /** minutes east of UTC; a time without a zone is read as UTC */
  offset: number
}

/**
 * The instant `text` names, in milliseconds since 1970 (UTC). A time without a zone is read as
 * UTC: the dedup window compares articles with each other, so only a consistent reading matters.
 * Throws `CorroborateError` `E_INPUT` (path `published`) for anything else.
 */
export function parsePublished(text: string, options: PublishedOptions = {}): number {
  const dateFormat = options.dateFormat ?? 'dmy'
  if (!FORMATS.includes(dateFormat)) throw new CorroborateError('E_OPTION', [{ path: 'options.dateFormat', expected: "'dmy', 'mdy' or 'iso'", received: describe(dateFormat) }])
  if (typeof text !== 'string') throw invalid(dateFormat, describe(text))
  const trimmed = text.trim()
  const parts = readIso(trimmed) ?? (dateFormat === 'iso' ? undefined : (readRfc2822(trimmed) ?? readNewsroom(trimmed, dateFormat)))
  if (!parts) throw invalid(dateFormat, describe(text))
  const problem = impossible(parts)
  if (problem) {
    const other = dateFormat === 'dmy' ? 'mdy' : 'dmy'
    const hint = dateFormat !== 'iso' && problem === 'month' && !ISO.test(trimmed) ? ` (read ${dateFormat === 'dmy' ? 'day' : 'month'} first; a ${dateFormat === 'dmy' ? 'month' : 'day'}-first date needs options.dateFormat '${other}')` : ''
    throw new CorroborateError('E_INPUT', [{ path: 'published', expected: `a real date and time${hint}`, received: `${JSON.stringify(text)}, whose ${problem} is out of range` }])
  }
  const { year, month, day, hour, minute, second, millisecond, offset } = parts
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset * 60_000
}

function invalid(dateFormat: DateFormat, received: string): CorroborateError {
  return new CorroborateError('E_INPUT', [{ path: 'published', expected: EXPECTED[dateFormat], received }])
}

function readIso(text: string): Parts | undefined {
  const m = ISO.exec(text)
  if (!m) return undefined
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0), millisecond: Math.floor(fraction), offset: zoneMinutes(m[8]) }
}

function readRfc2822(text: string): Parts | undefined {
  const m = RFC2822.exec(text)
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0
  if (!m || month === 0) return undefined
  return { year: +m[3]!, month, day: +m[1]!, hour: +m[4]!, minute: +m[5]!, second: +(m[6] ?? 0), millisecond: 0, offset: zoneMinutes(m[7]) }
}

/** `+07:00`, `-0330`, `+07`, `Z`, `GMT`: minutes east of UTC. */
function zoneMinutes(zone: string | undefined): number {
  const m = zone ? /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) : null
  if (!m) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0))
}

function readNewsroom(text: string, dateFormat: 'dmy' | 'mdy'): Parts | undefined {
  const body = text.replace(WEEKDAY, '')
  let date: string[]
  let time: Array<string | undefined>
  let rest: string
  const dateFirst = DATE_THEN_TIME.exec(body)
  const timeFirst = dateFirst ? null : TIME_THEN_DATE.exec(body)
  if (dateFirst) {
    date = [dateFirst[1]!, dateFirst[3]!, dateFirst[4]!]
    time = dateFirst.slice(5, 9)
    rest = body.slice(dateFirst[0].length)
  } else if (timeFirst) {
    date = [timeFirst[5]!, timeFirst[7]!, timeFirst[8]!]
    time = timeFirst.slice(1, 5)
    rest = body.slice(timeFirst[0].length)
  } else return undefined
  let offset = 0
  if (rest.trim()) {
    const zone = ZONE.exec(rest)
    if (!zone) return undefined
    const sign = zone[1] ?? zone[4]
    if (sign) offset = (sign === '-' ? -1 : 1) * (Number(zone[2] ?? zone[5]) * 60 + Number(zone[3] ?? zone[6] ?? 0))
  }
  const [first, second, year] = date.map(Number) as [number, number, number]
  const [day, month] = dateFormat === 'dmy' ? [first, second] : [second, first]
  let hour = Number(time[0] ?? 0)
  const meridiem = time[3]?.toLowerCase()
  if (meridiem) {
    // 12-hour clock: 12 AM is midnight, 12 PM noon; "13:00 PM" is not a time
    if (hour < 1 || hour > 12) hour = 99
    else hour = (hour % 12) + (meridiem === 'p' ? 12 : 0)
  }
  return { year, month, day, hour, minute: Number(time[1] ?? 0), second: Number(time[2] ?? 0), millisecond: 0, offset }
}

/** The field of `parts` that is out of range, if any. */
function impossible({ year, month, day, hour, minute, second, offset }: Parts): string | undefined {
  if (month < 1 || month > 12) return 'month'
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days) return 'day'
  if (hour > 23) return 'hour'
  if (minute > 59) return 'minute'
  if (second > 59) return 'second'
  if (Math.abs(offset) > 14 * 60) return 'time zone'
  return undefined
}
