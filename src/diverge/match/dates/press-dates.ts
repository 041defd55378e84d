/**
 * The day a paper reported something is not the day it happened: *Chu Vĩnh Khang đã bị bắt vào
 * hôm 1/12* / *tờ China Times (Đài Loan) cho biết trong bài tổng hợp … hôm 30.7*, *was arrested
 * on Dec. 1* / *the Asahi newspaper reported on July 30*. The event's clause may sit far from the
 * verb of reporting, so the event readers of `date-occasions.ts` do not see it.
 *
 * A date is a press date when its sentence, before it, names a press outlet — a press word (*tờ*,
 * *báo*, *tạp chí*, *newspaper*, *paper*, *daily*, *magazine*) beside a
 * capitalised name (*tờ China Times*, *báo Tuổi Trẻ*, *the Asahi newspaper*) — followed, still
 * before the date, by a verb of reporting (*cho biết*, *đưa tin*, *đăng*, *reported*, *wrote*).
 * *Theo báo Tuổi Trẻ, ngày 5/8 …* names no verb of reporting before its date, and *báo X đưa tin
 * vụ tai nạn xảy ra ngày 5/8* / *reported that it happened on July 3* give what was reported
 * between the verb and the date: the day is the event's, and still conflicts with another day. Two press dates, or two event
 * dates, are compared as before.
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../../normalize/word-lists'
import type { Clause } from '../clauses/clauses'

// "tạp" of "tạp chí" (magazine): "chí" alone is a given name and a syllable of places (Hồ Chí Minh)
const PRESS = keys('tờ báo tạp newspaper paper daily magazine journal tabloid')
/**
 * Words that open what was reported, between the verb of reporting and the date: the date is then
 * the reported event's ("đưa tin vụ tai nạn xảy ra ngày 5/8", "reported that the shooting happened
 * on July 3"), not the day of the report.
 */
const REPORTED_CONTENT = keys('rằng là xảy diễn that happened occurred took began ended died')
/** Verbs of reporting, one word each (the first syllable of "cho biết", "đưa tin", "đăng tải" is not enough alone). */
const REPORTED = keys('biết tin đăng tải viết reported reports wrote writes quoted published')
/** The syllable a two-syllable Vietnamese verb of reporting needs before its last one. */
const FIRST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [foldWord('biết'), keys('cho')],
  [foldWord('tin'), keys('đưa')],
  [foldWord('tải'), keys('đăng')],
])

/** Whether the word at `k` of `words` ends a verb of reporting. */
function reportVerb(words: readonly string[], k: number): boolean {
  const w = words[k]!
  if (!REPORTED.has(w)) return false
  const first = FIRST.get(w)
  return first === undefined || first.has(words[k - 1] ?? '')
}

/** Whether a date's sentence says, before it, that a named press outlet reported something. */
export function pressDated(c: Clause): boolean {
  const lead = c.lead
  let press = -1
  for (let k = 0; k < lead.length; k++) {
    const w = lead[k]!
    if (press < 0) {
      // A press word beside a capitalised name: "tờ China Times", "the Asahi newspaper"
      if (PRESS.has(w) && (c.capitals.has(lead[k + 1] ?? '') || c.capitals.has(lead[k - 1] ?? ''))) press = k
      continue
    }
    if (reportVerb(lead, k)) return !lead.slice(k + 1).some((w) => REPORTED_CONTENT.has(w))
  }
  return false
}

/** Why two dates are of two things (the day a paper reported it / the day it happened), else undefined. */
export function pressDatesApart(cx: Clause, cy: Clause): string | undefined {
  const x = pressDated(cx)
  return x !== pressDated(cy) ? 'the day a paper reported it against the day of the event' : undefined
}
