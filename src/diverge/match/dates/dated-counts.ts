/**
 * A count told to a named end at its clause head and the same count dated by another day word in
 * the other report's clause: *As of Wednesday, there were 65 probable cases* / *Toronto yesterday
 * had 64 probable cases*; *Tính đến ngày 30/9, cả nước ghi nhận 98 ca* / *Hôm qua, cả nước ghi nhận
 * 150 ca*. A count that runs on is read on a day; a day named one way on one side and another way
 * on the other (a weekday against yesterday, a date against today) is not shown to be the same
 * day, so the two are counts of two days, not a conflict (total-ends.ts reads the head ends when
 * both sides state one). The same day word on both sides, or no day word on the other side,
 * leaves one slot. Only an end that names a day sets two counts apart ("By midnight" / "on Saturday
 * night" may be one night), and a day word that dates a report ("officials said Thursday", "released
 * today") is not the count's day; an "as of" end on the other side is its day.
 */
import { foldWord } from '../../../normalize/fold'
import { sayingWords } from '../../../normalize/saying-verbs'
import { ANYWHERE_END_HEADS, CALENDAR_WORDS, DAY_PHRASES } from '../../extract/dates/day-words'
import { headEnd } from '../numbers/total-ends'
import { runningSpan } from '../numbers/running-totals'
import type { Clause } from '../clauses/clauses'

/** Words that date a clause to one day: relative days, parts of them, weekdays (extract/dates/day-words.ts). */
const DAYS = DAY_PHRASES

/** The figure's clause and the clause right before it ("Hôm qua, cả nước ghi nhận 150 ca"), in order, to the figure's clause end. */
function clauseWords(c: Clause, withAfter = true): readonly string[] {
  let start = c.lead.length
  while (start > 0 && !c.leadBroken[start - 1]) start--
  if (start > 0) start--
  while (start > 0 && !c.leadBroken[start - 1]) start--
  return withAfter ? [...c.lead.slice(start), ...c.after] : c.lead.slice(start)
}

/**
 * Words that report a figure: the verbs of saying (normalize/saying-verbs.ts) and verbs of publishing
 * ("released", "công bố"). A day word beside one dates the report, not the count.
 */
const REPORTING = new Set([...sayingWords('en', 'vi'), ...'announces released reports bố'.split(' ').map(foldWord)])
/** Heads of an end read anywhere in the clause ("… 70 cases as of Wednesday", "tính đến hôm qua"). */
const END_HEADS = ANYWHERE_END_HEADS
/** Month names and date words in an end ("By the end of June", "tính đến ngày 30/9", "tính đến tháng 9"; its digits are not among the clause's words). */
const CALENDAR = CALENDAR_WORDS

const PART_OF_DAY = new Set(['cuối', 'giữa'].map(foldWord))

/**
 * The day word of the clause, as its words joined, else undefined: one after an end's head ("as of
 * Wednesday") first, else the first that does not date a reporting verb ("said Thursday", "on
 * Thursday said", "released today" date the report, not the count).
 */
function dayWord(words: readonly string[]): string | undefined {
  const days: Array<{ at: number; day: readonly string[] }> = []
  for (let i = 0; i < words.length; i++) {
    const day = DAYS.find((p) => p.every((w, k) => words[i + k] === w))
    if (day) days.push({ at: i, day })
  }
  const ended = days.find(({ at }) => END_HEADS.some((h) => h.every((w, k) => words[at - h.length + k] === w)))
  if (ended) return ended.day.join(' ')
  const near = (at: number, len: number): boolean => [at - 2, at - 1, at + len, at + len + 1].some((k) => REPORTING.has(words[k] ?? ''))
  return days.find(({ at, day }) => !near(at, day.length))?.day.join(' ')
}

/** Does the end clause name a day ("By Monday", "as of Sept. 30", "tính đến ngày 30/9", "by the end of June"), not only a time of one ("By midnight", "by the end of the day")? */
function namesDay(c: Clause): boolean {
  const words = clauseWords(c, false)
  // "cuối ngày", "giữa ngày": a time of the day, not a date
  return dayWord(words) !== undefined || words.some((w, k) => CALENDAR.has(w) && !(w === 'ngày' && PART_OF_DAY.has(words[k - 1] ?? '')))
}

/**
 * Two counts, one to a named end read at its clause head ("As of Wednesday"), the other dated by
 * another day word in its clause or the one before ("yesterday"): why they are two slots, else undefined.
 */
export function namedEndAgainstDay(x: Clause, y: Clause, counts: boolean): string | undefined {
  if (!counts || runningSpan(x) >= 0 || runningSpan(y) >= 0) return undefined
  const ex = headEnd(x)
  const ey = headEnd(y)
  // both ends at the head: total-ends.ts; neither: no end to compare
  if ((ex === undefined) === (ey === undefined)) return undefined
  const [end, other] = ex !== undefined ? [ex, y] : [ey!, x]
  if (end === 'now' || !namesDay(ex !== undefined ? x : y)) return undefined
  const day = dayWord(clauseWords(other))
  if (day === undefined || end === day || end.startsWith(`${day} `)) return undefined
  return `a count to a named end against one dated otherwise (${end} / ${day})`
}
