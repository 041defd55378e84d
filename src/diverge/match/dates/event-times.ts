/**
 * The one time of the event in each report, in sentences the aligner did not link: *Gunfire broke
 * out at 3:50 a.m. Sunday* / *It happened around 3:30 a.m. on Sunday* (GVC 773002, round
 * fresh34-1). Two clock times are more often two moments than one misreported (pair-facts.ts
 * keeps them below the threshold), but when a report gives a single time of day and gives it to
 * the event itself (the event is the subject of the time's clause: event-clause.ts),
 * two such reports time one event, and a gap beyond any hedge's reach
 * (clock-hedges.ts) is a contradiction.
 *
 * Not the time police arrived, a press conference's or a shop's opening hours (words of another
 * moment in the clause), nor a time on another day (the two sentences name different weekdays or days).
 * *Shortly after 3 a.m.* reaches half an hour one way.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { factTokens } from '../../../document/words'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { weekdayOfWord } from '../../extract/dates/day-words'
import { ABOUT } from '../../reasons/hedges'
import { beyondHedge, hedgeReach } from './clock-hedges'
import { type EventSetting, boundOf, clauseWordsBefore, settingOf, settingsApart, timesItsEvent, withoutPlaces } from './event-clause'
import { eventKindsOf } from './event-kinds'
import { type DayPair, type FactedDayPair, bothFacted } from './day-pair'
import { clockOnly } from './fact-moments'
import { ledeEventTimes } from './lede-times'

/** Confidence of two reports' only event times: above the default threshold, below a linked pair's. */
export const ONLY_EVENT_TIME = 0.55

const exact = (f: Fact): boolean => !ABOUT.has(f.before?.[f.before.length - 1] ?? '')

/** The one event time of a report, its weekday if its sentence names one; undefined when it has none or several times. */
interface EventTime {
  readonly fact: Fact
  readonly weekday: number | undefined
  /** The calendar day its sentence names (month-day), if any. */
  readonly day: string | undefined
  /** A bound right before it (*shortly after 3 a.m.*): a hedge one way. */
  readonly bound: 'after' | 'before' | undefined
  /** Read past a place phrase (*crashed into the Atlantic at*): the other report must tell the same kind of event. */
  readonly placed: boolean
  /** The kinds of event its clause tells (event-kinds.ts). */
  readonly kinds: ReadonlySet<string>
  /** Its directions, vehicle numbers and the names of the places read past: two settings are two events. */
  readonly setting: EventSetting
}

function eventTimeOf(facts: DocumentFacts, doc: PreparedDocument): EventTime | undefined {
  let only: Located<Fact> | undefined
  for (const located of facts.facts) {
    if (!clockOnly(located.fact)) continue
    // the same time repeated is still one time; another time makes the event's a guess
    if (only && (only.fact as { minutes: number }).minutes !== located.fact.minutes) return undefined
    only ??= located
  }
  if (!only) return undefined
  const sentence = doc.sentences[only.sentence]!
  // the event must be the subject of the time's own clause, not a modifier of another moment's
  const before = doc.original.slice(sentence.start, only.span.start)
  const clause = clauseWordsBefore(before)
  const placed = !timesItsEvent(clause)
  const readAway = placed ? withoutPlaces(clause) : undefined
  if (placed && !readAway) return undefined
  const words = factTokens(doc, only.sentence)
    .filter((t) => t.kind === 'word')
    .map((t) => t.key)
  let weekday: number | undefined
  for (const w of words) weekday ??= weekdayOfWord(w)?.day
  let day: string | undefined
  for (const { fact } of facts.factsBySentence.get(only.sentence) ?? []) if (fact.type === 'date' && fact.day !== undefined && fact.month !== undefined) day ??= `${fact.month}-${fact.day}`
  const setting = settingOf(clauseWordsBefore(before, true), readAway?.dropped ?? [])
  return { fact: only.fact, weekday, day, bound: boundOf(clause), placed, kinds: eventKindsOf(clause), setting }
}

const HALF_HOUR = 30

/**
 * *Shortly after 3 a.m.* is within half an hour after it (*before*: within half an hour before):
 * whether the other report's time, within its own hedge, falls outside that.
 */
function boundedApart(bounded: EventTime, other: EventTime): boolean {
  const m = (bounded.fact as { minutes: number }).minutes
  const n = (other.fact as { minutes: number }).minutes
  const [lo, hi] = bounded.bound === 'after' ? [m, m + HALF_HOUR] : [m - HALF_HOUR, m]
  const gap = n < lo ? lo - n : n > hi ? n - hi : 0
  const reach = exact(other.fact) ? 0 : hedgeReach(n)
  return gap > reach && Math.abs(n - m) !== 720
}

/**
 * Why x of A and y of B, two clock times, are the one time of one event, each report's only time
 * given to its event and apart beyond any hedge, or each its first scene-setting time of one day
 * (lede-times.ts); undefined otherwise.
 */
export function onlyEventTimes(pair: DayPair): string | undefined {
  if (!bothFacted(pair)) return undefined
  return onlyTimesOfEvent(pair) ?? ledeEventTimes(pair)
}

function onlyTimesOfEvent({ x, y, docA, factsA, docB, factsB }: FactedDayPair): string | undefined {
  if (!clockOnly(x.fact) || !clockOnly(y.fact)) return undefined
  const a = once(factsA, eventTimeOf, docA)
  if (a?.fact !== x.fact) return undefined
  const b = once(factsB, eventTimeOf, docB)
  if (b?.fact !== y.fact) return undefined
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return undefined
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return undefined
  // a time read past a place may be another moment's: both clauses must tell one kind, not just that something happened
  if ((a.placed || b.placed) && ![...a.kinds].some((k) => k !== 'generic' && b.kinds.has(k))) return undefined
  // one kind of event in two settings is two events: two bombs, two planes into two towers
  if (settingsApart(a.setting, b.setting)) return undefined
  if (a.bound || b.bound) return a.bound && b.bound ? undefined : boundedApart(a.bound ? a : b, a.bound ? b : a) ? 'the only time of the event in each report' : undefined
  // two exact times that differ, or a hedged one beyond its reach: within the hedge it is one time at two precisions
  return beyondHedge(x.fact, y.fact) || (exact(x.fact) && exact(y.fact)) ? 'the only time of the event in each report' : undefined
}
