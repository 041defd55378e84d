/**
 * A calendar day one report gives and the other gives by its weekday (issue 11, missing facts):
 * "Starting on Aug. 16, every computer…" / "Starting on Saturday, every computer…"; "died Sept.
 * 25" / "died Thursday"; "arraignment July 3" / "arraignment next Thursday"; "ngày 22/10 …" /
 * "hôm thứ Ba …". The weekday names the same day for a reader of that day's paper: the date is
 * stated in another form, not missing.
 *
 * Only in the same slot: the word of the event each dates is one word, not a function word —
 * the content word right after it when there is one (the verb of "Police on Aug. 16 arrested",
 * the noun of "the July 10 issue" / "Thursday's issue"; the word before is then the subject, so
 * "Police on Monday questioned" is another slot), else the first before it past on, next, this,
 * last, from, early, late, hôm, ngày, vào, sáng, chiều, tối ("died Sept. 25 of" / "died Thursday"). A date with its own weekday
 * beside it (Sunday August 3) is compared as that weekday, not by this rule. When the date gives
 * its year, the weekday must be that day's (Aug. 16, 2003 was a Saturday); without one, the
 * publication date would settle it, which the texts alone do not carry, so the slot decides.
 *
 * Vietnamese *thứ hai* … *thứ bảy* are also ordinals (lần thứ hai, đứng thứ 6): only a day word
 * written capitalised (thứ Hai, Thứ Sáu) or *chủ nhật* counts as a weekday.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../../normalize/word-lists'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { EN_WEEKDAYS as EN_DAYS, VI_WEEKDAY_NUMBERS } from '../../extract/dates/day-words'
import { weekdayBeside } from './weekday-calendar'

/** Vietnamese day words after thứ, folded, by weekday number (Sunday = 0). */
const VI_DAYS: ReadonlyMap<string, number> = new Map(VI_WEEKDAY_NUMBERS.map((w, k) => [foldWord(w), k + 1]))
/**
 * A weekday written out: an English name (group 1), thứ and a Vietnamese day word (group 2), or chủ nhật.
 * Written as literals, not built from day-words.ts' tables, so the ReDoS check (test/hardening/regex.test.ts)
 * can read them; the names are those of EN_WEEKDAYS and VI_WEEKDAY_NUMBERS (test/diverge/match/dates/weekday-dates.test.ts checks).
 */
export const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|(?<![\p{L}\p{M}])(?:[tT]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|[cC]hủ\s+[nN]hật)(?![\p{L}\p{M}])/gu

/** Words between a governing word and its day: passed over. */
const SKIP = keys("on next this last from early late the of 's hôm ngày vào sáng chiều tối trưa đêm rạng hồi")
/** Function words that govern nothing of their own: no slot. */
const EMPTY = keys('and or but a an in at to by for with as was is were be been has had have it he she they said says và của cho là được trong với thì mà khi từ đến')

/** Function words after a day that end its phrase ("died Sept. 25 of", "ngày 22/10 tại"): the day takes no event after it. */
const AFTER_EMPTY = new Set([
  ...EMPTY,
  ...keys('of that which who when where while after before since until till through into onto over under about during within without amid across toward towards upon via because if than so not'),
  ...keys('tại ở nhưng vì nên do sau trước lúc tới'),
])
/** Words passed over after a day, on the way to its verb: "Police on Aug. 16 also arrested", "was arrested", "Công an ngày 16/8 đã bắt". */
const AFTER_SKIP = keys('also then later again already just was were is are be been has had have đã đang sẽ vừa mới cũng lại tiếp tục bị được')

/** A day in a report: its weekday, where it is written (offsets of the original text, and of its NFC form), and the word of the event it dates. */
export interface DayMention {
  readonly weekday: number
  readonly start: number
  readonly end: number
  readonly nfcStart: number
  readonly nfcEnd: number
  readonly event: string | undefined
}

const WORD = /[\p{L}\p{M}\p{N}'’]+/gu

/**
 * The word of the event a day dates. A content word right after the day (past adverbs and
 * auxiliaries) is that event: the verb of "Police on Aug. 16 arrested", the noun of "the July 10
 * issue", and the word before the day is then its subject ("Police"), no slot. Otherwise the
 * governing word before it (past on, next, hôm, ngày, …): "died Sept. 25 of", "Starting on Aug.
 * 16,", "arraignment July 3", "bắt đầu ngày 27/10 ở". A function word either way is no slot.
 */
export function eventWord(text: string, at: number, end: number): string | undefined {
  const after = /^(?:['’]s)?((?:\s+[\p{L}\p{M}]+){1,3})/u.exec(text.slice(end, end + 40))
  for (const word of after?.[1]!.trim().split(/\s+/u) ?? []) {
    const w = foldWord(word)
    if (AFTER_SKIP.has(w)) continue
    if (!AFTER_EMPTY.has(w) && !SKIP.has(w)) return w
    break
  }
  const head = text.slice(Math.max(0, at - 60), at)
  // Only within the clause: a comma or a stop before the day ends the search.
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf('(')) + 1)
  const words = clause.match(WORD) ?? []
  for (let k = words.length - 1; k >= 0; k--) {
    const w = foldWord(words[k]!.replace(/['’]s$/u, ''))
    if (SKIP.has(w)) continue
    return EMPTY.has(w) ? undefined : w
  }
  return undefined
}

/**
 * The content words of the clause before a day, up to it ("Police arrested a second suspect" before
 * "Saturday"): one event's clause in two reports holds the same words, or one holds the other's.
 */
export function clauseBefore(text: string, at: number): ReadonlySet<string> {
  const head = text.slice(Math.max(0, at - 80), at)
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf('(')) + 1)
  return new Set((clause.match(WORD) ?? []).map((w) => foldWord(w.replace(/['’]s$/u, ''))).filter((w) => !SKIP.has(w) && !EMPTY.has(w)))
}

/** Whether two clauses before a day tell one event: one's content words all in the other's (a clause may say more). */
export function sameClause(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  return [...small].every((w) => large.has(w))
}

/** Every weekday a report writes, with its slot words, read once per report from its NFC text (decomposed Vietnamese reads alike). */
export function weekdays(doc: PreparedDocument): readonly DayMention[] {
  const text = doc.nfc.text
  const out: DayMention[] = []
  const re = WEEKDAY
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const weekday = m[1] !== undefined ? EN_DAYS.indexOf(m[1].toLowerCase()) : m[2] !== undefined ? VI_DAYS.get(foldWord(m[2]))! : 0
    const [nfcStart, nfcEnd] = [m.index, m.index + m[0].length]
    out.push({ weekday, start: doc.nfc.toOriginal(nfcStart), end: doc.nfc.toOriginal(nfcEnd), nfcStart, nfcEnd, event: eventWord(text, nfcStart, nfcEnd) })
  }
  return out
}


/** Is a day-and-month date of `own` given by its weekday in the same slot of `other`? */
export function statedByWeekday(own: PreparedDocument, other: PreparedDocument, located: Located<Fact>): boolean {
  const { fact, span } = located
  if (fact.type !== 'date' || fact.day === undefined || fact.month === undefined || fact.minutes !== undefined) return false
  const days = once(other, weekdays)
  if (days.length === 0) return false
  const text = own.original
  // a weekday written right beside the date (Sunday August 3, thứ Bảy 16/8, Sabtu (3/1)): the date has its own
  if (weekdayBeside(text, span.start) !== undefined) return false
  const event = eventWord(text, span.start, span.end)
  if (event === undefined) return false
  const weekday = fact.year !== undefined ? new Date(Date.UTC(fact.year, fact.month - 1, fact.day)).getUTCDay() : undefined
  return days.some((d) => (weekday === undefined || d.weekday === weekday) && d.event === event)
}
