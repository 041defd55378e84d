/**
 * Two totals run up since a period's start (running-totals.ts) to two ends: *tính từ đầu năm đến
 * nay, … 98 vụ* / *Từ đầu năm đến hết tháng 9-2008, … 150 vụ*, *so far this year, 98 outbreaks* /
 * *since the start of the year through September, 150*. A total to now and one to a named end,
 * or to two named ends, are counts of two periods, however alike their sentences read. The end
 * is read right after the span's period word: *đến nay*, *to date*, *so far*, or none, is now;
 * *đến hết tháng …*, *through September*, *as of June* names one. Two totals to now, or to the
 * same named words, stay one slot (the named end's digits are not read: *đến hết tháng 8* /
 * *đến hết tháng 9* still compare).
 */
import { foldWord } from '../../normalize/fold'
import { runningSpan } from './running-totals'
import type { Clause } from './slot-qualifiers'

const keys = (list: string): ReadonlySet<string> => new Set(list.split(' ').map(foldWord))

/** Words that lead from a span's start to its end. */
const TO = keys('đến tới to through until till thru as')
/** Ends that are the time of writing. */
const NOW = keys('nay now date hiện far')

/** The end of the clause's running span: 'now', the named end's words, or undefined when the clause opens no span. */
function spanEnd(clause: Clause): string | undefined {
  const k = runningSpan(clause)
  if (k < 0) return undefined
  const words = clause.lead
  let j = k + 1
  // "this year so far", "tính từ đầu năm đến nay"
  if (words[j] === 'so') return 'now'
  if (!TO.has(words[j] ?? '')) return 'now'
  j++
  if (words[j] === 'of') j++
  const end = words[j]
  if (end === undefined || NOW.has(end)) return 'now'
  return words.slice(j, j + 2).join(' ')
}

/** Two totals since a period's start to different ends (now against a named end, or two named ends): why they are two slots, else undefined. */
export function differentTotalEnds(x: Clause, y: Clause): string | undefined {
  const ex = spanEnd(x)
  const ey = spanEnd(y)
  if (ex === undefined || ey === undefined || ex === ey) return undefined
  return `totals since a period's start to two ends (${ex} / ${ey})`
}
