/**
 * A calendar day one report gives and the other gives by its weekday, read with the reports' own
 * dates (issue 11): *The Kursk sank on Aug. 12* / *The Kursk sank Saturday* in papers of Monday 14
 * August 2000, *chìm ngày 12/8* / *chìm hôm thứ Bảy*. A weekday names the last such day up to the
 * day its report was written (*next Saturday* the first after it), so with `Article.published` it
 * becomes a date: the same date as the other report's is one day told two ways (equivalence
 * `weekday`), another date within a week of it is a divergence. Reports written on different days
 * each count from their own (*Saturday* in Sunday's paper and in Monday's is one day).
 *
 * The weekday and the date must fill one slot (weekday-dates.ts: the same event word beside each),
 * the weekday must be its slot's only one in its report, and for a divergence the two sentences
 * must be related. Without a published date, or one that does not read as YYYY-MM-DD, a weekday is
 * no date. A recurring day (*every Sunday*, *mỗi Chủ nhật*) and a date weeks from the weekday's
 * (another event, another year's) are left alone.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Equivalence } from '../../../types'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import type { DocumentFacts } from '../../extract/collect'
import { paperDay } from '../../extract/dates/relative-dates'
import { recurringAround } from './weekday-doubts'
import { type DayMention, clauseBefore, eventWord, sameClause, weekdays } from './weekday-dates'
import { weekdayBeside } from './weekday-calendar'
import { rangeHolding } from '../../../normalize/sorted-offsets'

const DAY_MS = 86_400_000
/** A weekday and a date further apart than this are not one event's day misreported. */
const MAX_GAP_DAYS = 6
/** Confidence of a weekday resolved against a date: the slot is one word, so below a linked pair's. */
const RESOLVED_WEEKDAY = 0.6

/** Vietnamese "thứ Bảy tuần tới / tuần sau": the next one. */
const NEXT_AFTER = /^\s+tuần\s+(?:tới|sau)/iu

/** The word right before offset `at` of `text`, lower-cased: a scan back, no end-anchored pattern. */
function wordBefore(text: string, at: number): string {
  let end = at
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && end - start < 12 && !/\s/u.test(text[start - 1]!)) start--
  return text.slice(start, end).toLowerCase()
}

/** The report's own calendar day (days since 1970-01-01), from the date its `published` opens with. */
const publishedDay = (doc: PreparedDocument): number | undefined => paperDay(doc.published)

/** The day a weekday names in a report written on `paper`: the last one up to it, or with "next" the first after it. */
function resolve(paper: number, weekday: number, next: boolean): number {
  const paperWeekday = (((paper + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday
  const back = (((paperWeekday - weekday) % 7) + 7) % 7
  return next ? paper - back + 7 : paper - back
}

export interface ResolvedWeekdays {
  readonly divergences: UnplacedDivergence[]
  readonly equivalences: Equivalence[]
}

/** Weekdays of `weekdayDoc` whose slot is one of the dates of `dateDoc`: an equivalence or a divergence each. */
function resolveOneWay(dateDoc: PreparedDocument, weekdayDoc: PreparedDocument, dateFacts: DocumentFacts, weekdayFacts: DocumentFacts, related: (dateSentence: number, weekdaySentence: number) => boolean, dateIsA: boolean, sides: Sides, out: ResolvedWeekdays): void {
  const paper = publishedDay(weekdayDoc)
  if (paper === undefined) return
  const mentions = once(weekdayDoc, weekdays)
  if (mentions.length === 0) return
  const bySlot = new Map<string, DayMention[]>()
  for (const d of mentions) if (d.event !== undefined) bySlot.set(d.event, [...(bySlot.get(d.event) ?? []), d])
  const text = dateDoc.original
  const own = weekdayDoc.original
  const ownNfc = weekdayDoc.nfc.text
  // "Saturday, Aug. 12": a weekday written beside its own date is that date, compared as a date
  const ownDates = new Set(weekdayFacts.facts.filter(({ fact }) => fact.type === 'date').map(({ span }) => span.start))
  const besideItsDate = (d: DayMention): boolean => {
    let k = d.end
    while (k < own.length && k - d.end < 3 && /[\s,(]/u.test(own[k]!)) k++
    return ownDates.has(k)
  }
  for (const { fact, span } of dateFacts.facts) {
    if (fact.type !== 'date' || fact.day === undefined || fact.month === undefined || fact.minutes !== undefined) continue
    if (weekdayBeside(text, span.start) !== undefined) continue
    const event = eventWord(text, span.start, span.end)
    const slot = event === undefined ? [] : (bySlot.get(event) ?? [])
    if (slot.length !== 1) continue
    const d = slot[0]!
    if (besideItsDate(d)) continue
    // the verb alone is no slot: "arrested a second suspect" and "arrested the first suspect" are two arrests
    if (!sameClause(clauseBefore(text, span.start), clauseBefore(ownNfc, d.nfcStart))) continue
    const before = wordBefore(ownNfc, d.nfcStart)
    if (recurringAround(ownNfc, d.nfcStart, d.nfcEnd)) continue
    const day = resolve(paper, d.weekday, before === 'next' || NEXT_AFTER.test(ownNfc.slice(d.nfcEnd, d.nfcEnd + 12)))
    // the date's year: its own, else the one that puts it nearest the weekday's day
    const year = fact.year ?? new Date(day * DAY_MS).getUTCFullYear()
    const candidates = fact.year !== undefined ? [year] : [year - 1, year, year + 1]
    const dated = candidates.map((y) => Date.UTC(y, fact.month! - 1, fact.day!) / DAY_MS).reduce((best, t) => (Math.abs(t - day) < Math.abs(best - day) ? t : best))
    if (Math.abs(dated - day) > MAX_GAP_DAYS) continue
    const weekdaySentence = rangeHolding(weekdayDoc.sentences, d.start)
    if (weekdaySentence === undefined) continue
    // the weekday's offsets are the original's already (weekday-dates.ts reads the original text)
    const exact = { sentence: weekdaySentence, start: d.start, end: d.end, text: own.slice(d.start, d.end) }
    const [a, b] = dateIsA ? [span, exact] : [exact, span]
    if (dated === day) {
      out.equivalences.push({ a, b, reason: 'weekday' })
      continue
    }
    if (!related(span.sentence, weekdaySentence)) continue
    const evidence = [`"${exact.text}" in a report of ${new Date(paper * DAY_MS).toISOString().slice(0, 10)} is ${new Date(day * DAY_MS).toISOString().slice(0, 10)}`, `both date "${event}"`]
    out.divergences.push({ kind: 'date', severity: 'high', a, b, message: contradictionMessage('date', 'day', a.text, b.text, sides), confidence: RESOLVED_WEEKDAY, evidence })
  }
}

/** Weekdays of each report resolved with its published date against the other report's dates. */
export function resolvedWeekdays(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  related: (i: number, j: number) => boolean,
  sides: Sides,
): ResolvedWeekdays {
  const out: ResolvedWeekdays = { divergences: [], equivalences: [] }
  if (docA.published === undefined && docB.published === undefined) return out
  resolveOneWay(docA, docB, factsA, factsB, related, true, sides, out)
  resolveOneWay(docB, docA, factsB, factsA, (i, j) => related(j, i), false, sides, out)
  return out
}
