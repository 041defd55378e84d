/**
 * A part of a month named before it: "cuối tháng 8", "trung tuần tháng 7", "late August", "the
 * end of August". Such a date names the days of that part, not the whole month: it agrees with a
 * day inside the part ("cuối tháng 8" / "28/8" is one date, less precise) and disagrees with one
 * outside it ("cuối tháng 8" / "15/8", a deadline given two ways), as "early" and "late" of one
 * month disagree. A bare month ("tháng 8") still agrees with any of its days.
 *
 * The part is read from the words right before the date, the nearest last: "đầu / giữa / cuối",
 * the Vietnamese ten-day thirds "thượng / trung / hạ tuần", "early / mid / late", "the beginning /
 * middle / end of". A part that opens a span ("từ đầu tháng 7", "since early July") dates the
 * span's start, whose days run on past the part: it names no part here. The hyphened English
 * form ("mid-August", "mid-Aug.", "since mid-March") is given by the date reader with its part as
 * the last word before the month, so it reads as the spaced form does.
 */
import { foldWord } from '../../../normalize/fold'
import type { DateFact, Fact } from '../../extract/fact'

/** First and last day of a part of a month. */
export type Days = readonly [number, number]

const EARLY: Days = [1, 10]
const MIDDLE: Days = [11, 20]
const LATE: Days = [21, 31]

const phrase = (p: string): readonly string[] => p.split(' ').map((w) => foldWord(w))

/** Parts as phrases of folded words ending right before the date; the longest is tried first. */
const PARTS: ReadonlyArray<readonly [readonly string[], Days]> = (
  [
    ['đầu', EARLY], ['giữa', MIDDLE], ['cuối', LATE],
    ['thượng tuần', EARLY], ['trung tuần', MIDDLE], ['hạ tuần', LATE],
    ['early', EARLY], ['mid', MIDDLE], ['late', LATE],
    ['beginning of', EARLY], ['start of', EARLY], ['middle of', MIDDLE], ['end of', LATE],
  ] as const
)
  .map(([p, days]) => [phrase(p), days] as const)
  .sort((x, y) => y[0].length - x[0].length)

/** Words that open a span at the date after them: the part is where the span starts, not the date's days. */
const SPAN_OPENERS: ReadonlySet<string> = new Set(phrase('từ since from kể'))
/**
 * "giữa" is also "between": "giữa tháng 8 và tháng 10" spans two months, naming no middle. Read
 * as the middle only when no second end ("và", "với", "and") follows the month.
 */
const BETWEEN = foldWord('giữa')
const SECOND_END: ReadonlySet<string> = new Set(phrase('và với and'))

/** The days of the part of its month a month-only date names, if it names one. */
export function monthPart(d: DateFact): Days | undefined {
  if (d.month === undefined || d.day !== undefined || d.minutes !== undefined) return undefined
  const before = d.before ?? []
  for (const [words, days] of PARTS) {
    const at = before.length - words.length
    if (at < 0 || !words.every((w, k) => before[at + k] === w)) continue
    // "the end of" / "cuối": the word before the part may open a span
    const opener = before[at - 1]
    if (opener !== undefined && SPAN_OPENERS.has(opener)) return undefined
    if (words.length === 1 && words[0] === BETWEEN && SECOND_END.has(d.after?.[0] ?? '')) return undefined
    return days
  }
  return undefined
}

/** The days a date of a known month may fall on: its day, its part of the month, or any. */
function daysOf(d: DateFact): Days | undefined {
  if (d.day !== undefined) return [d.day, d.day]
  return monthPart(d)
}

/**
 * Do two dates of one month agree on the part of it they name? False when one names a part
 * ("cuối tháng 8") and the other a day or a part outside it ("15/8", "đầu tháng 8"); true otherwise.
 */
export function partsAgree(a: DateFact, b: DateFact): boolean {
  if (a.month === undefined || a.month !== b.month) return true
  if (monthPart(a) === undefined && monthPart(b) === undefined) return true
  const x = daysOf(a)
  const y = daysOf(b)
  if (x === undefined || y === undefined) return true
  return x[0] <= y[1] && y[0] <= x[1]
}

/**
 * A date naming a part of its month fills a day's slot ('d:dm', slots.ts): it rivals the days of
 * the other side and pairs with them. Its second key is the bare month's ('d:m'), so that a
 * month without a day still meets it, as it did before the part was read.
 */
export function monthPartSlot(f: Fact): string | undefined {
  return f.type === 'date' && monthPart(f) !== undefined ? 'd:m' : undefined
}

/** A part of a month against a bare month: one slot, as two months are. */
export function partAgainstMonth(a: Fact, b: Fact): boolean {
  if (a.type !== 'date' || b.type !== 'date' || a.month === undefined || b.month === undefined) return false
  if (a.day !== undefined || b.day !== undefined || a.minutes !== undefined || b.minutes !== undefined) return false
  return (monthPart(a) !== undefined) !== (monthPart(b) !== undefined)
}
