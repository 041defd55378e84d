/**
 * Two totals run up since a period's start (running-totals.ts) to two ends: *tính từ đầu năm đến
 * nay, … 98 vụ* / *Từ đầu năm đến hết tháng 9-2008, … 150 vụ*, *so far this year, 98 outbreaks* /
 * *since the start of the year through September, 150*. A total to now and one to a named end,
 * or to two named ends, are counts of two periods, however alike their sentences read. The end
 * is read right after the span's period word, in its clause: *đến nay*, *đến thời điểm này*,
 * *to date*, *so far*, *through today*, or none, is now; *đến hết tháng …*, *through September*,
 * *as of June* names one. Two totals to now, or to the
 * same named words, stay one slot (the named end's digits are not read: *đến hết tháng 8* /
 * *đến hết tháng 9* still compare).
 */
import { keys } from '../../../normalize/word-lists'
import { END_HEADS as HEADS, END_OPENERS as WHEN, NOW_ENDS as NOW, NOW_HEADS } from '../../extract/dates/day-words'
import { runningSpan } from './running-totals'
import type { Clause } from '../clauses/clauses'


/** Words that lead from a span's start to its end ("as" only in "as of"). */
const TO = keys('đến tới to through until till thru')
/** Whether `lead` from j on reads a way of saying now, with no clause break inside it. */
function nowAt(clause: Clause, j: number): boolean {
  const { lead, leadBroken } = clause
  return NOW.some((p) => p.every((w, i) => lead[j + i] === w && (i === p.length - 1 || !leadBroken[j + i])))
}

/**
 * The end of the clause's running span: 'now', the named end's words, or undefined when the clause
 * opens no span. The end is read only right after the span's period word, in its clause: after a
 * comma ("Since the start of the year, as many as 98", "…, to everyone's surprise, …") none is stated.
 */
function spanEnd(clause: Clause): string | undefined {
  const k = runningSpan(clause)
  if (k < 0) return undefined
  const { lead: words, leadBroken: broken } = clause
  let j = k + 1
  // "this year so far", "tính từ đầu năm đến nay"
  if (broken[k] || words[j] === 'so') return 'now'
  if (words[j] === 'as' && words[j + 1] === 'of' && !broken[j]) j++
  else if (!TO.has(words[j] ?? '')) return 'now'
  if (broken[j]) return 'now'
  return endAt(clause, j + 1)
}

/**
 * The end a clause names from its lead's word `j` on (after "đến", "through", "By"): 'now' when it
 * says so or stops there, else the named end's first two words, short of a clause break
 * ("through September, officials").
 */
function endAt(clause: Clause, j: number): string {
  const { lead, leadBroken } = clause
  if (j >= lead.length || nowAt(clause, j)) return 'now'
  return leadBroken[j] || j + 1 >= lead.length ? lead[j]! : `${lead[j]} ${lead[j + 1]}`
}

/** Two totals since a period's start to different ends (now against a named end, or two named ends): why they are two slots, else undefined. */
export function differentTotalEnds(x: Clause, y: Clause): string | undefined {
  const ex = spanEnd(x)
  const ey = spanEnd(y)
  if (ex === undefined || ey === undefined || ex === ey) return undefined
  return `totals since a period's start to two ends (${ex} / ${ey})`
}

/**
 * A count's end read at a clause head with no span beside it: "By March, 98 people had died" /
 * "So far, 150 people have died". Only the figure's clause or the clause right before it, and only
 * at its head, so "fell by 5 percent" or a phrase two commas back names no end.
 */
export function headEnd(clause: Clause): string | undefined {
  const { lead, leadBroken } = clause
  const n = lead.length
  // heads of the figure's clause and of the clause right before it
  let last = n
  while (last > 0 && !leadBroken[last - 1]) last--
  let prev = last - 1
  while (prev > 0 && !leadBroken[prev - 1]) prev--
  for (const h of prev >= 0 ? [last, prev] : [last]) {
    const at = (p: readonly string[]): boolean => p.every((w, i) => h + i < n && lead[h + i] === w && (i === p.length - 1 || !leadBroken[h + i]))
    if (NOW_HEADS.some(at)) return 'now'
    const head = HEADS.find(at)
    if (!head) continue
    const j = h + head.length
    if (leadBroken[j - 1] || j >= n) continue
    // a named end opens on a time word ("By March", "tính đến ngày 30/9"), not "by 5 percent"
    const end = endAt(clause, j)
    if (end === 'now' || WHEN.has(lead[j]!)) return end
  }
  return undefined
}
