/**
 * A day one report names from its own day and the other states or names from its own (issue 11):
 * *Dowd was replaced last week* / *replaced two weeks ago*, *repaid … earlier this year* / *repaid
 * in 2017*, *bị bắt hôm qua* / *bị bắt ngày 19/5*, *arrêté hier* / *arrêté le 19 mai*. With each
 * report's `Article.published` both become spans of days (extract/dates/relative-dates.ts): spans
 * that meet are one day told two ways (equivalence `relative-date`), disjoint spans a date
 * divergence.
 *
 * The same event test as a weekday against a date (weekday-published.ts): one event word beside
 * both (weekday-dates.ts `eventWord`), one clause's content words within the other's, each the only
 * day of that event in its report; a divergence also needs related sentences, and it is weaker than
 * a stated date's (a relative word is the writer's rounding of a day: *last week* for ten days ago).
 * Without a publication date on the side that writes the relative words, nothing is read.
 */
import type { PreparedDocument } from '../../../document'
import type { Equivalence } from '../../../types'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import type { DocumentFacts } from '../../extract/collect'
import { type DayNumber, isoDay, paperDay, relativeSpans, statedSpan } from '../../extract/dates/relative-dates'
import { clauseBefore, eventWord, sameClause, weekdays } from './weekday-dates'
import { rangeHolding } from '../../../normalize/sorted-offsets'
import { once } from '../../../document/once'

/** Below a weekday resolved against a date (0.6): a relative word spans more than one day. */
const RELATIVE_DATE = 0.55
const MAX_RELATIVE = 64

/** One day a report gives, in its slot: where (original offsets), the span of days, the event word and its clause. */
interface Dated {
  readonly sentence: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly from: DayNumber
  readonly to: DayNumber
  readonly event: string | undefined
  readonly clause: ReadonlySet<string>
  readonly relative: boolean
}

/**
 * The event word of a day at `at..end`: a month or year takes *in* where a weekday takes *on*, so
 * *closed in January* dates *closed* as *closed on Monday* does (the weekday reading leaves *in* empty).
 */
function eventOf(text: string, at: number, end: number): string | undefined {
  const lead = /(?<![\p{L}\p{M}])(?:in|during)\s+$/iu.exec(text.slice(Math.max(0, at - 8), at))
  return eventWord(text, lead ? at - lead[0].length : at, end)
}

/** The days of `doc` in slots: its relative words (with its paper's day) and its stated dates (a yearless one with its paper's day). */
function datedOf(doc: PreparedDocument, facts: DocumentFacts): Dated[] {
  const paper = paperDay(doc.published)
  const out: Dated[] = []
  const original = doc.original
  const dates = facts.facts.filter(({ fact }) => fact.type === 'date')
  for (const { fact, span } of dates) {
    if (fact.type !== 'date' || fact.minutes !== undefined) continue
    const days = statedSpan(fact.day, fact.month, fact.year, paper)
    const event = eventOf(original, span.start, span.end)
    if (days === undefined) continue
    out.push({ sentence: span.sentence, start: span.start, end: span.end, text: span.text, ...days, event, clause: clauseBefore(original, span.start), relative: false })
  }
  if (paper === undefined) return out
  const nfc = doc.nfc.text
  const weekdayStarts = once(doc, weekdays).map((d) => d.start)
  // another day stated earlier in the sentence sets the day the words count from
  const ownDayBefore = (nfcAt: number): boolean => {
    const at = doc.nfc.toOriginal(nfcAt)
    const sentence = rangeHolding(doc.sentences, at)
    if (sentence === undefined) return true
    const opening = doc.sentences[sentence]!.start
    const before = (start: number) => start >= opening && start < at
    return dates.some(({ span }) => before(span.start) && span.end <= at) || weekdayStarts.some(before)
  }
  const relatives = relativeSpans(nfc, doc.language, paper, ownDayBefore).map((r) => ({ ...r, start: doc.nfc.toOriginal(r.start), end: doc.nfc.toOriginal(r.end), nfcStart: r.start }))
  const beside = (d: { start: number; end: number }, r: { start: number; end: number }) => r.start <= d.end + 2 && d.start <= r.end + 2
  // "hôm qua (22/10)": a day stated beside the words is the day; "January of last year": the words give the month its year
  const stated = out.filter((d) => !relatives.some((r) => beside(d, r) && r.to - r.from > 0))
  const dayBeside = (r: { start: number; end: number }) => out.some((d) => beside(d, r) && d.from === d.to)
  out.length = 0
  out.push(...stated)
  for (const r of relatives) {
    if (dayBeside(r)) continue
    const sentence = rangeHolding(doc.sentences, r.start)
    if (sentence === undefined) continue
    out.push({ sentence, start: r.start, end: r.end, text: original.slice(r.start, r.end), from: r.from, to: r.to, event: eventOf(nfc, r.nfcStart, r.nfcStart + (r.end - r.start)), clause: clauseBefore(nfc, r.nfcStart), relative: true })
  }
  return out
}

/** Each event word's one day, or none when a report gives that event two days. */
function onePerEvent(dated: readonly Dated[]): Map<string, Dated> {
  const byEvent = new Map<string, Dated | null>()
  for (const d of dated) if (d.event !== undefined) byEvent.set(d.event, byEvent.has(d.event) ? null : d)
  const out = new Map<string, Dated>()
  for (const [event, d] of byEvent) if (d !== null) out.set(event, d)
  return out
}

export interface ResolvedRelativeDates {
  readonly divergences: UnplacedDivergence[]
  readonly equivalences: Equivalence[]
}

const describeSpan = (d: Dated): string => (d.from === d.to ? isoDay(d.from) : `${isoDay(d.from)} to ${isoDay(d.to)}`)

/** Relative days of either report against the other's days of the same event. */
export function resolvedRelativeDates(docA: PreparedDocument, docB: PreparedDocument, factsA: DocumentFacts, factsB: DocumentFacts, related: (i: number, j: number) => boolean, sides: Sides): ResolvedRelativeDates {
  const out: ResolvedRelativeDates = { divergences: [], equivalences: [] }
  if (docA.published === undefined && docB.published === undefined) return out
  const datedA = datedOf(docA, factsA)
  const datedB = datedOf(docB, factsB)
  const inA = onePerEvent(datedA)
  const inB = onePerEvent(datedB)
  const compared = (a: Dated, b: Dated, why: string): void => {
    const [sa, sb] = [{ sentence: a.sentence, start: a.start, end: a.end, text: a.text }, { sentence: b.sentence, start: b.start, end: b.end, text: b.text }]
    if (a.from <= b.to && b.from <= a.to) {
      out.equivalences.push({ a: sa, b: sb, reason: 'relative-date' })
      return
    }
    if (!related(a.sentence, b.sentence)) return
    const evidence = [`"${a.text}" is ${describeSpan(a)}`, `"${b.text}" is ${describeSpan(b)}`, why]
    out.divergences.push({ kind: 'date', severity: 'high', a: sa, b: sb, message: contradictionMessage('date', 'day', a.text, b.text, sides), confidence: RELATIVE_DATE, evidence })
  }
  const done = new Set<Dated>()
  for (const [event, a] of inA) {
    const b = inB.get(event)
    // two stated dates are the other date rules' to compare
    if (b === undefined || (!a.relative && !b.relative)) continue
    if (!sameClause(a.clause, b.clause)) continue
    done.add(a).add(b)
    compared(a, b, `both date "${event}"`)
  }
  // A day heading its sentence ("Two weeks ago, Trump recruited …") has no event word beside it: then
  // the two sentences must tell one thing (related), give one day each, both from the paper's day, and
  // no two event words differ. A stated date in a related sentence is too often another step of the
  // story (*tháng 11 năm ngoái* / *tháng 3*: elected, then sworn in) to be read this way.
  const alone = (dated: readonly Dated[]) => {
    const count = new Map<number, number>()
    for (const d of dated) count.set(d.sentence, (count.get(d.sentence) ?? 0) + 1)
    return dated.filter((d) => count.get(d.sentence) === 1 && !done.has(d))
  }
  const [loneA, loneB] = [alone(datedA), alone(datedB)]
  const relativeA = loneA.filter((d) => d.relative)
  const relativeB = loneB.filter((d) => d.relative)
  // relative words are few in a report; beyond this many, this reading is skipped rather than made quadratic
  if (relativeA.length > MAX_RELATIVE || relativeB.length > MAX_RELATIVE) return out
  const tryPair = (a: Dated, b: Dated) => {
    if (a.event !== undefined && b.event !== undefined) return
    if (!a.relative || !b.relative || !related(a.sentence, b.sentence)) return
    compared(a, b, 'related sentences, each with this one day')
  }
  for (const a of relativeA) for (const b of relativeB) tryPair(a, b)
  return out
}
