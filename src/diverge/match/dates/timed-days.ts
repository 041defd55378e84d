/**
 * One flight's day at one time of day, in sentences the aligner does not link: *cất cánh đêm 25/8*
 * / *cất cánh lúc 21h30 ngày 23/8*. Two days of two reports are most often two steps of a story
 * (the event and its announcement, the next day's follow-up), so the leftover pairing holds them
 * apart. Here four things say they are one slot: the word beside each day names a departure or a
 * landing (voyageEvent: kinds told once per story, where a statement, a call, a meeting recur and
 * *diễn ra* / *took place* names any event, a crash or its funeral; in a sentence that does not call it
 * another, a second, the latest), each day is given at a time of day and the two times of day meet
 * (a night and 21h30), each is the other report's only day of that kind at that time of day (mutual
 * best across the two whole reports), and the gap is wider than any two time zones close. The
 * AbMuSu 1-1~1-2 pair (*tối 24/8 (giờ địa phương)* / *22h ngày 23/8*, 18 h) is one a Pacific pair
 * of zones closes, so it is no longer claimed (review rdates55). A day apart told at two parts of
 * the day is a follow-up (*sáng 24/8* after *tối 23/8*): it does not pair.
 */
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { DateFact, Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'
import { pairerViewsOf } from '../pairing/pairer-views'
import { voyageEvent } from './date-occasions'
import { NAMED_DAY_PARTS, dayPartHours } from './day-parts'
import { foldWord } from '../../../normalize/fold'
import type { PreparedDocument } from '../../../document'
import { factWordTokens } from '../../../document/words'

/**
 * The widest gap between two clocks of one moment, in hours: UTC−12 to UTC+14. Reports of one
 * Pacific event are 17–21 h apart (Honolulu local / Japan time), and a clock without a zone may be
 * the outlet's own, so only a gap no two zones close says the days differ (review rdates55).
 */
const ZONE_REACH = 26
/** Words that say the event is one of several: *a second flight*, *chuyến bay khác*, *le nouveau vol*. */
const RECURRING = new Set(
  ['again', 'another', 'second', 'latest', 'first', 'replacement', 'later', 'khác', 'thay thế', 'mới nhất', 'thứ hai', 'lại', 'đầu tiên', 'autre', 'nouveau', 'nouvel', 'deuxième', 'second', 'premier', 'encore']
    .map((w) => w.split(' ').map(foldWord).join(' ')),
)
const MAX_RECURRING_WORDS = 2
/** A report with more timed days of events than this is a chronicle, not one event's telling. */
const MAX_TIMED = 8
/** A sentence with more facts than this is not searched for the clock time before a day. */
const MAX_SCANNED = 32

// What may stand between a clock time and the day it is on: *22h ngày 23/8*, *10 p.m. on Aug. 23*, *22h le 23 août*, *22h, 23/8*.
const CLOCK_TO_DAY = /^[\s,]*(?:(?:ngày|hôm|on|the|le)[\s,]+)*$/iu
// A part of the day (day-parts.ts) is read right before the day with *of / du* (*the evening of Aug. 24*, *dans la
// soirée du 23 août*) or right after it (*Aug. 24 in the evening*, *le 23 août au soir*).
const PART_OF = new Set(['of', 'du'])

interface Timed {
  readonly located: Located<Fact>
  readonly fact: DateFact
  readonly event: string
  /** Hours of the day, [from, to), a night past midnight running beyond 24. */
  readonly hours: readonly [number, number]
}

/** The hours of the day a day is given at: its own part of day, a clock time just before it, a part said after it. */
function hoursOf(doc: PreparedDocument, facts: DocumentFacts, l: Located<Fact>, fact: DateFact): readonly [number, number] | undefined {
  const own = dayPartHours(fact)
  if (own) return own
  const before = fact.before ?? []
  const named = before[before.length - 2] ?? ''
  if (PART_OF.has(before[before.length - 1] ?? '') && NAMED_DAY_PARTS.has(named)) return dayPartHours({ ...fact, cue: named })
  const after = fact.after ?? []
  const said = after[0] === 'in' && after[1] === 'the' ? after[2] : after[0] === 'au' || after[0] === 'dans' ? after[after[0] === 'au' ? 1 : 2] : undefined
  if (said !== undefined && NAMED_DAY_PARTS.has(said)) return dayPartHours({ ...fact, cue: said })
  // A run-on sentence of many figures is read for its own parts only: a scan per date there would be quadratic.
  const inSentence = facts.factsBySentence.get(l.sentence) ?? []
  if (inSentence.length > MAX_SCANNED) return undefined
  const text = doc.sentences[l.sentence]!.text
  for (const other of inSentence) {
    const clock = other.fact
    if (clock.type !== 'date' || clock.minutes === undefined || clock.day !== undefined || clock.end > fact.start) continue
    if (CLOCK_TO_DAY.test(text.slice(clock.end, fact.start))) return dayPartHours(clock)
  }
  return undefined
}

/** A report's leftover days that name a kind of event beside them and are given at a time of day. */
function timedDays(doc: PreparedDocument, facts: DocumentFacts, left: readonly Located<Fact>[]): Timed[] {
  const out: Timed[] = []
  for (const l of left) {
    const fact = l.fact
    if (fact.type !== 'date' || fact.day === undefined || fact.month === undefined || fact.minutes !== undefined) continue
    const event = voyageEvent(once(doc, pairerViewsOf, facts).clauses.of(l.sentence, fact))
    if (event === undefined || tellsOneOfSeveral(doc, l.sentence)) continue
    const hours = hoursOf(doc, facts, l, fact)
    if (hours) out.push({ located: l, fact, event, hours })
  }
  return out
}

/** What a word token is joined by (a hyphen, an apostrophe, a dot; a mark NFC left apart). */
const JOINED = /[^\p{L}\p{N}]/u
const JOINED_SPLIT = /[^\p{L}\p{N}]+/u

/** Whether a sentence tells its event as one of several (*another flight*, *chuyến bay thứ hai*). */
function tellsOneOfSeveral(doc: PreparedDocument, sentence: number): boolean {
  const words: string[] = []
  // The document's words, not the string split again; a token joined across a hyphen or an
  // apostrophe is read by its pieces (*l'autre vol*, *second-placed*), as the list's words stand alone.
  factWordTokens(doc, sentence, (_start, _end, raw) => {
    if (!JOINED.test(raw)) words.push(foldWord(raw))
    else for (const piece of raw.split(JOINED_SPLIT)) if (piece) words.push(foldWord(piece))
  })
  for (let k = 0; k < words.length; k++) {
    for (let n = 1; n <= MAX_RECURRING_WORDS && k + n <= words.length; n++) if (RECURRING.has(words.slice(k, k + n).join(' '))) return true
  }
  return false
}
/**
 * Days from x to y. With both years stated they count (and must agree); a day without a year may
 * be in the year before or after (the night of 31/12 and the evening of 1/1 are a day apart), so
 * the two are counted the short way round the year.
 */
function daysApart(x: DateFact, y: DateFact): number | undefined {
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return undefined
  const year = x.year ?? y.year ?? 2001
  const days = Math.round((Date.UTC(year, y.month! - 1, y.day!) - Date.UTC(year, x.month! - 1, x.day!)) / 86_400_000)
  if (x.year !== undefined && y.year !== undefined) return days
  return days > 182 ? days - 365 : days < -182 ? days + 365 : days
}

/** Whether two timed days may be one moment of one event misdated: one kind, one time of day, a gap no zone closes. */
function oneTimedSlot(x: Timed, y: Timed): boolean {
  if (x.event !== y.event) return false
  const days = daysApart(x.fact, y.fact)
  if (days === undefined || days === 0) return false
  // The same time of day: the two spans meet on one day's clock.
  if (x.hours[1] <= y.hours[0] || y.hours[1] <= x.hours[0]) return false
  // On one axis of hours, the nearest the two can be is beyond any two zones' gap.
  const shift = 24 * days
  const gap = Math.max(y.hours[0] + shift - x.hours[1], x.hours[0] - (y.hours[1] + shift))
  return gap > ZONE_REACH
}

/** Each report's only day of one kind of event at one time of day, the two days differing: one date told two ways. */
export const pairTimedDays: Pairer = ({ docA, docB, factsA, factsB, leftA, leftB }) => {
  if (leftA.length === 0 || leftB.length === 0) return []
  const timedA = timedDays(docA, factsA, leftA)
  if (timedA.length === 0) return []
  const timedB = timedDays(docB, factsB, leftB)
  if (timedB.length === 0 || timedA.length > MAX_TIMED || timedB.length > MAX_TIMED) return []
  // A rival is any day of the same kind whose time of day meets, whatever its day: the other may be the one meant.
  const meets = (x: Timed, y: Timed): boolean => x.event === y.event && x.hours[0] < y.hours[1] && y.hours[0] < x.hours[1]
  const pairs: FactPair[] = []
  for (const x of timedA) {
    const partners = timedB.filter((y) => meets(x, y))
    if (partners.length !== 1) continue
    const y = partners[0]!
    if (timedA.filter((o) => meets(o, y)).length !== 1 || !oneTimedSlot(x, y)) continue
    const evidence = [
      `the same kind of event beside both days (${x.event})`,
      'both at one time of day, further apart than any two time zones',
      "each report's only day of that event at that time of day",
    ]
    pairs.push({ a: x.located, b: y.located, confidence: 0.6, weight: 0.6, evidence })
  }
  return pairs
}
