/**
 * Two times of day of one slot, one of them hedged (*vers 20h* / *à 20h08*, *khoảng 20h* / *lúc
 * 20h08*, *about 8 p.m.* / *8:08 p.m.*): one instant told at two precisions, an `approximation`.
 * Without a hedge a round time is a claim of its own (*20h00* / *20h08* disagree), as two exact
 * figures are. The reach is clock-hedges.ts's: half an hour about an hour, a quarter hour about any
 * other time; two hedges are one instant when their reaches overlap (a quarter hour about an hour,
 * ten minutes about any other time). Read here, below the matchers, so linked sentences and the
 * slot pairers give one answer.
 */
import type { DateFact } from '../extract/fact'
import { ABOUT, keys } from '../extract/fact-tokens'

// The approximation words of numbers, and those other languages set before a time only (vers 20h,
// hacia las 20h, gegen 20 Uhr, sekitar pukul 20.00, por volta das 20h: "volta" is the word before).
// The Slavic ones (około 21.30, ok. 21.40, kolem 21:30, oko 21 sat) and their hour nouns (około godziny 21:30, ok. godz.
// 21.30): unread, two reports' about 21:30 / about 21:40 were two times, and an hour apart under one hedge no wider.
/** Approximation words Polish, Czech, Slovak, Croatian and Russian set before a time of day. */
export const SLAVIC_TIME_HEDGES = keys('około ok kolem okolo zhruba přibližně približno oko около примерно')
/** The hour nouns a Polish or Czech writer puts between a hedge and its time. */
export const SLAVIC_HOUR_NOUNS = keys('godziny godzinie godzina godz hodin')
const TIME_HEDGES = new Set([...ABOUT, ...keys('vers environ hacia gegen sekitar volta'), ...SLAVIC_TIME_HEDGES])
// Articles and "hour" words between a hedge and its time (hacia las 20h, sekitar pukul 20.00, por volta das 20h).
const TIME_ARTICLES = new Set([...keys('las la à às das da pukul jam lúc'), ...SLAVIC_HOUR_NOUNS])
// Bound words: a hedged deadline or start (by about 8, until about 8, từ khoảng 8h) bounds, it rounds nothing.
const BOUNDS = keys('by before after since until till from to between đến tới từ trước sau jusqu avant après dès desde hasta até')

/** Is the time hedged, and by nothing that bounds it? undefined when a bound word stands before it. */
function hedgeOfTime(f: DateFact): boolean | undefined {
  const before = f.before ?? []
  let k = before.length - 1
  if (TIME_ARTICLES.has(before[k] ?? '')) k--
  const hedged = TIME_HEDGES.has(before[k] ?? '')
  if (hedged) k--
  if (BOUNDS.has(before[k] ?? '') || BOUNDS.has(before[before.length - 1] ?? '')) return undefined
  return hedged
}

const clockOnly = (f: DateFact): f is DateFact & { minutes: number } =>
  f.minutes !== undefined && f.day === undefined && f.month === undefined && f.year === undefined

/** 'approximation' when a hedged time reaches the other one, else undefined (two exact times, or beyond the reach). */
export function hedgedClocks(a: DateFact, b: DateFact): string | undefined {
  if (!clockOnly(a) || !clockOnly(b) || a.minutes === b.minutes) return undefined
  const ha = hedgeOfTime(a)
  const hb = hedgeOfTime(b)
  if (ha === undefined || hb === undefined || (!ha && !hb)) return undefined
  const gap = Math.abs(a.minutes - b.minutes)
  // twelve hours apart is a.m. against p.m. read from the clock alone: no rounding
  if (gap >= 60) return undefined
  if (ha && hb) return gap < twoHedgeReach(a.minutes) + twoHedgeReach(b.minutes) ? 'approximation' : undefined
  return gap <= hedgeReach(ha ? a.minutes : b.minutes) ? 'approximation' : undefined
}

/**
 * Minutes either side that a hedge on a time of `minutes` past midnight covers: half an hour on
 * the hour, a quarter hour otherwise. Reports round loosely (*around 5:40* for 5:52, *about 2:20*
 * for 2:35), so a finer mark earns no narrower reach (figures fixed by the ViMs and AbMuSu golds:
 * match/dates/clock-hedges.ts).
 */
export function hedgeReach(minutes: number): number {
  return minutes % 60 === 0 ? 30 : 15
}

/** Minutes either side a hedge reaches when the other time is hedged too (match/dates/clock-hedges.ts). */
export function twoHedgeReach(minutes: number): number {
  return minutes % 60 === 0 ? 15 : 10
}
