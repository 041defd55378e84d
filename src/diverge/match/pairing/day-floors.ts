/**
 * What the calendar and the reports' languages say of two dates judged for one slot: two dates the
 * calendar gives the weekday written beside each are two days (weekday-calendar.ts); one weekday
 * beside two dates it gives to one only is one day misdated once; reports in two languages share
 * no words to tie their one day by, so each report's lone day of the event is raised to a floor
 * (lone-days.ts) — unless the calendar already said two days.
 */
import type { DayPair } from '../dates/day-pair'
import { BELIED_DAY, calendarVerdict } from '../dates/weekday-calendar'
import { LONE_DAY, loneDaysAcrossLanguages } from '../dates/lone-days'
import { MOMENT_FACTOR } from './pairing-weights'

export interface DayFloors {
  readonly score: number
  readonly evidence: readonly string[]
  /** The weekday beside one date belies it: the slot doubt must not part them. */
  readonly belied: boolean
}

export function dayFloors(score: number, pair: DayPair): DayFloors {
  const evidence: string[] = []
  const { belied, twoDays } = calendarVerdict(pair.x, pair.y, pair.docA, pair.docB)
  if (twoDays) {
    score = Math.min(1, score) * MOMENT_FACTOR
    evidence.push('the calendar gives both dates the weekday beside them: two days')
  }
  const loneDays = twoDays ? undefined : loneDaysAcrossLanguages(pair)
  for (const [why, floor] of [[loneDays, LONE_DAY], [belied, BELIED_DAY]] as const) {
    if (why === undefined) continue
    score = Math.max(score, floor)
    evidence.push(why)
  }
  return { score, evidence, belied: belied !== undefined }
}
