/**
 * Matching facts across two whole reports: which number or date of one report
 * fills the slot of which fact of the other, and how sure that is.
 *
 * Independent reports phrase one statement differently, so the aligner often
 * leaves the two sentences unlinked; a link is strong evidence but not
 * required. Evidence for one slot, each adding to the confidence:
 * - the sentences are linked by the aligner;
 * - the same words sit beside both values ("phút 43" / "phút 44", "cents a share");
 * - the two sentences share rare words, names and other figures (IDF-weighted);
 * - the value is the only one of its kind left on each side.
 *
 * Which pairs to judge and which to keep, each fact in one pair, is leftover-pairs.ts's concern.
 */
import { SAME_COUNTED_NOUN, sameCountedNoun } from '../slots/counted-slot'
import { PEOPLE_OF_ONE_OUTCOME, peopleMeetKind } from '../slots/people-kinds'
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Alignment } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import { approximationsMeet, bothZoned, compatibleReason, dimensionOf } from '../../reasons/compatible'
import type { Fact } from '../../extract/fact'
import { differentSessions, isQuote, isStart, noReadingNamed, oneMoment, sameStart } from '../markets/sessions'
import { carriedBetween } from '../markets/carried-changes'
import { percentOfARate, pointsOrPercentReason } from '../markets/rate-changes'
import { createMemberTest } from '../clauses/respective-pairs'
import { respelledMember } from '../clauses/respective-lists'
import { bridgedNeighbours } from '../clauses/entity-appositions'
import { slotDoubt } from '../slots/slot-doubts'
import { onlyFiguresDiffer } from './figure-only-edits'
import { NO_SPAN_STARTS, spanStarts } from '../dates/span-ends'
import { dateEvent } from '../dates/date-occasions'
import { createSlotsApart } from '../slots/slots-apart'
import { NO_ANCHORS, createAnchors } from './clause-anchors'
import { sentenceFactLists } from './fact-views'
import { createDatedApart } from './dated-apart'
import { createSharedActors } from './shared-actors'
import { pairLeftovers } from './leftover-pairs'
import { inRangeWords, rangeGroups } from './range-groups'
import { type MemberRelation, oneSlot, sameFact } from '../slots/slots'
import { sharedNeighbours } from './shared-words'
import { createSentenceTies } from './sentence-ties'
import { BORROWED_CEILING, BORROWED_EVIDENCE, createBorrowing } from './back-references'
import { DEFAULT_OPTIONS } from '../../../options'
import { adjacentPeriods, clockOnly, daySpanEnds, sameRangeEnd } from '../dates/fact-moments'
import { eventTimeOrDeadline, statedMomentOf, yearInsideSpan } from '../dates/moment-slots'
import { type FactPair, LINKED_SENTENCES } from './fact-pair'
import { NEAR_VALUES, nearValues } from '../numbers/near-values'
import { sharedEvent } from '../dates/date-events'
import { pairerViewsOf } from './pairer-views'
import { insidePeriod } from '../dates/period-ends'
import { ONLY_EVENT_TIME, onlyEventTimes } from '../dates/event-times'
import { ledeEventTimes } from '../dates/lede-times'
import { retoldDays } from '../dates/retold-days'
import { type DayPair, bothFacted } from '../dates/day-pair'
import { dayFloors } from './day-floors'
import { roundsItsSiblings } from '../numbers/sibling-roundings'
import { zeroAgainstCount } from '../numbers/zero-outcomes'
import { isRouteNumber } from '../../extract/identifiers/route-numbers'
import { withMainFigures } from './main-figure-stages'
import {
  ADJACENT_FACTOR, CLOCK_FACTOR, DOUBT_FACTOR, FLOOR, MIN_PARTIES, MOMENT_FACTOR, NEAR_COPY, NO_PERIODS, PARTY_EVENTS,
  RELATED_OVERLAP, RESPELLED_MEMBER, SAME_EVENT_WORD, SAME_OCCASION, SAME_SPAN_START, SAME_START_UNNAMED,
} from './pairing-weights'

export type { FactPair } from './fact-pair'
export { forgetPairing } from './pairer-views'

interface FactPairer {
  /** The evidence that two facts fill one slot, or undefined when too weak; `rivals`: facts of that slot on each side. */
  judge(x: Located<Fact>, y: Located<Fact>, rivalsA: number, rivalsB: number, mutual?: boolean, setApart?: boolean): FactPair | undefined
  /**
   * Pair the facts of A that B does not state with those of B that A does not
   * state, by slot; each fact in at most one pair, compatible pairs marked with their reason.
   */
  pairLeftovers(leftA: readonly Located<Fact>[], leftB: readonly Located<Fact>[], echoed?: ReadonlySet<Fact>): FactPair[]
  /** Sentence i of A and sentence j of B speak of one thing: linked, or sharing much of their rare words. */
  related(i: number, j: number): boolean
  /** Why two facts of one kind fill different slots by the words of their clauses (see slot-qualifiers.ts), if they do. */
  distinct(x: Located<Fact>, y: Located<Fact>): string | undefined
  /** Why two facts are told of one office at two ranks (office-roles.ts), if they are: x of A, y of B. */
  officesApart(x: Located<Fact>, y: Located<Fact>): string | undefined
  /** The kind of event named beside a date of report A ('a') or B ('b') (date-occasions.ts), if one is. */
  occasionOf(side: 'a' | 'b', l: Located<Fact>): string | undefined
  /** Whether a list read "respectively" gives x of A and y of B one member or two (respective-pairs.ts). */
  members(x: Located<Fact>, y: Located<Fact>): MemberRelation
  /** Whether x of A and y of B are levels from one start whose changes differ, so that no rounding joins them (carried-changes.ts). */
  carried(x: Located<Fact>, y: Located<Fact>): boolean
}

export function createPairer(
  docA: PreparedDocument,
  docB: PreparedDocument,
  alignments: readonly Alignment[],
  factsA?: DocumentFacts,
  factsB?: DocumentFacts,
): FactPairer {
  const { moments: momentsA, clauses: clausesA, periods: periodsA, sessions: sessionsA, events: eventsA } = once(docA, pairerViewsOf, factsA)
  const { moments: momentsB, clauses: clausesB, periods: periodsB, sessions: sessionsB, events: eventsB } = once(docB, pairerViewsOf, factsB)
  const { inOneLink, sharedOf, rarity } = createSentenceTies(docA, docB, alignments)
  const anchorsOf = createAnchors(factsA, factsB)
  // one list per sentence, not one per pair judged: the moment rules index a sentence pair by its lists (others-alike.ts)
  const factsOfA = sentenceFactLists(factsA)
  const factsOfB = sentenceFactLists(factsB)
  const datedApart = createDatedApart(momentsA, momentsB)
  const rangesA = factsA ? once(factsA, rangeGroups, docA) : undefined
  const rangesB = factsB ? once(factsB, rangeGroups, docB) : undefined
  const actorsOf = createSharedActors(factsA, factsB)
  const spanStartA = factsA ? once(factsA, spanStarts, docA) : NO_SPAN_STARTS
  const spanStartB = factsB ? once(factsB, spanStarts, docB) : NO_SPAN_STARTS
  // Words a back-referring clause borrows from the sentence before it (back-references.ts).
  const borrowedOf = createBorrowing(docA, docB)

  const members = createMemberTest(docA, docB, clausesA, clausesB)
  const carried = carriedBetween(sessionsA, sessionsB)
  // Why two facts of one kind fill different slots, read once per pair of facts (slots-apart.ts).
  const { distinct, officesApart, events: events_, subjects } = createSlotsApart(docA, docB, clausesA, clausesB, inOneLink, factsA, factsB)

  /**
   * A quote that moves during the day (a price, a yield, an index and its changes) read in two
   * sentences that name no common moment and no common starting level: as likely two readings
   * of the day as one misreported. A near copy of a sentence is one statement whatever it says.
   */
  function unanchoredQuotes(x: Located<Fact>, y: Located<Fact>): boolean {
    const sx = sessionsA.get(x.sentence)
    const sy = sessionsB.get(y.sentence)
    if (!isQuote(sx, x.fact) && !isQuote(sy, y.fact)) return false
    // "up 21.2 percent since March 11" / "up nearly 20 per cent since": a move over one stated period, not a reading of the day
    const period = periodsA.get(x.sentence)
    if (period !== undefined && period === periodsB.get(y.sentence)) return false
    return !oneMoment(sx, sy) && sharedOf(x.sentence, y.sentence).copy < NEAR_COPY
  }

  /** The names both sentences of two dates write, when the dates are of one call or meeting (events between parties); else none. */
  function partiesOf(x: Located<Fact>, y: Located<Fact>): readonly string[] {
    const kind = occasionOf('a', x)
    if (kind === undefined || !PARTY_EVENTS.has(kind) || occasionOf('b', y) !== kind) return []
    return actorsOf(x, y)
  }

  /**
   * `weigh`, with the cap on borrowed words (back-references.ts): a pairing that reaches the
   * default threshold only with the words of a sentence before stays a candidate just under it,
   * unless both figures count the same specific noun.
   */
  function judge(x: Located<Fact>, y: Located<Fact>, rivalsA: number, rivalsB: number, mutual = false, setApart = false): FactPair | undefined {
    const pair = weigh(x, y, rivalsA, rivalsB, mutual, setApart, true)
    if (pair === undefined || pair.confidence < DEFAULT_OPTIONS.minConfidence || !pair.evidence.some((e) => e.startsWith(BORROWED_EVIDENCE))) return pair
    if (x.fact.type === 'number' && y.fact.type === 'number' && sameCountedNoun(x.fact, y.fact)) return pair
    const own = weigh(x, y, rivalsA, rivalsB, mutual, setApart, false)
    if (own !== undefined && own.confidence >= DEFAULT_OPTIONS.minConfidence) return pair
    return { ...pair, confidence: BORROWED_CEILING, weight: Math.min(pair.weight ?? BORROWED_CEILING, BORROWED_CEILING) }
  }

  /** The evidence that x and y fill one slot, and its confidence; `borrow`: whether words of a sentence before may count. */
  function weigh(x: Located<Fact>, y: Located<Fact>, rivalsA: number, rivalsB: number, mutual: boolean, setApart: boolean, borrow: boolean): FactPair | undefined {
    // One value on both sides (Snapdragon 800 / Snapdragon 800) agrees, however it was left over.
    if (!oneSlot(x.fact, y.fact) || sameFact(x.fact, y.fact)) return undefined
    if (distinct(x, y)) return undefined
    // The level a move started from is the previous reading: it fills no slot of a figure read now.
    if (isStart(sessionsA.get(x.sentence), x.fact) !== isStart(sessionsB.get(y.sentence), y.fact)) return undefined
    const evidence: string[] = []
    let score = 0
    const linked = inOneLink(x.sentence, y.sentence)
    if (linked) {
      score += 0.35
      evidence.push(LINKED_SENTENCES)
    }
    // A firm's ticker or home town between a figure and its words is left out (entity-appositions.ts)
    const context = sharedNeighbours(inRangeWords(x.fact, rangesA), inRangeWords(y.fact, rangesB), rarity) || bridgedNeighbours(x.fact, y.fact, clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact), rarity)
    if (context > 0) {
      score += Math.min(context, 1.5) * 0.3
      evidence.push('same words beside the value')
    }
    // The event beside two days, when the words right beside them differ: an inflection
    // ("sentenced" / "sentencing") or a verb a few words off. Shared neighbours already count. A
    // kind of event recurs over months and years (the 1950 campaign, the 1968 one): only days count.
    // A known kind of event beside both (date-occasions.ts) counts below instead, not twice.
    const occasion = events_(x, y)
    if (occasion?.relation !== 'same' && context === 0 && x.fact.type === 'date' && y.fact.type === 'date' && x.fact.day !== undefined && y.fact.day !== undefined) {
      const event = sharedEvent(eventsA.of(x.sentence, x.fact), eventsB.of(y.sentence, y.fact))
      if (event !== undefined) {
        score += SAME_EVENT_WORD
        evidence.push(`the same event beside both dates (${event})`)
      }
    }
    const { overlap, copy } = sharedOf(x.sentence, y.sentence)
    const lent = borrow ? borrowedOf(x, y) : 0
    if (overlap + lent >= 0.15) {
      score += Math.min(overlap + lent, 0.6) * 0.7
      evidence.push(`sentences share ${Math.round(overlap * 100)}% of their rare words`)
      if (lent > 0) evidence.push(`${BORROWED_EVIDENCE} ${Math.round(lent * 100)}% more`)
    }
    if (sameStart(sessionsA.get(x.sentence), sessionsB.get(y.sentence), x.fact, y.fact)) {
      // One starting level and no reading named on either side: one session's move, the market-quote rule's one slot
      const unnamed = noReadingNamed(sessionsA.get(x.sentence), sessionsB.get(y.sentence))
      score += unnamed ? SAME_START_UNNAMED : 0.2
      evidence.push('moves from the same starting level')
      if (unnamed) evidence.push('no other moment named on either side')
    }
    // One measure in two spellings (héc-ta / ha, miles / km) is as much one unit as one spelling.
    if (x.fact.type === 'number' && y.fact.type === 'number' && x.fact.unit && (x.fact.unit === y.fact.unit || (dimensionOf(x.fact) ?? 0) === dimensionOf(y.fact))) {
      score += 0.1
      evidence.push(`same unit (${x.fact.unit})`)
      if (sameCountedNoun(x.fact, y.fact)) {
        score += SAME_COUNTED_NOUN
        evidence.push('both count the same specific noun')
      }
      const lengths = subjects(x, y)
      if (lengths.relation === 'same') {
        score += SAME_COUNTED_NOUN
        evidence.push(`durations of one thing (${lengths.text})`)
      }
    }
    if (peopleMeetKind(x.fact, y.fact)) {
      score += PEOPLE_OF_ONE_OUTCOME
      evidence.push('people and a kind of people, of one outcome')
    }
    if (x.fact.type === 'number' && y.fact.type === 'number' && nearValues(x.fact, y.fact)) {
      score += NEAR_VALUES
      evidence.push('values within 1 % of each other')
    }
    // A bare number ("17", "21") names no slot for anchors to confirm: what it counts is unknown.
    const anchors = x.fact.type === 'number' && x.fact.kind === 'plain' && !x.fact.unit ? NO_ANCHORS : anchorsOf(x, y)
    if (anchors.length > 0) {
      score += Math.min(0.25, 0.15 * anchors.length)
      evidence.push(`both sentences state ${anchors.join(', ')}`)
    }
    // Two ends of spans from one year both sentences state: one term's end (span-ends.ts).
    const spanStart = spanStartA(x)
    const oneSpan = spanStart !== undefined && spanStart === spanStartB(y)
    if (oneSpan) {
      score += SAME_SPAN_START
      evidence.push(`ends of spans that both start in ${spanStart}`)
    }
    const actors = x.fact.type === 'number' ? actorsOf(x, y) : []
    if (actors.length > 0) {
      score += 0.2
      evidence.push(`both sentences name ${actors.join(', ')}`)
    }
    // A list's member the other sentence spells another way ("Da Nang" / "Danang"): the shared words
    // the exact spelling would give, which the overlap of rare words misses (respective-lists.ts).
    const respelled = x.fact.type === 'number' ? respelledMember(clausesA.of(x.sentence, x.fact).respective, clausesB.of(y.sentence, y.fact).respective, clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact)) : undefined
    if (respelled !== undefined && actors.length === 0) {
      score += RESPELLED_MEMBER
      evidence.push(`both sentences name ${respelled.join(' ')}, spelt another way`)
    }
    // "khởi tranh từ 25.10" / "diễn ra … vào ngày 23/10": one event's day, in whatever sentences.
    if (occasion?.relation === 'same') {
      score += SAME_OCCASION
      evidence.push(`the same event beside both dates (${occasion.text})`)
    }
    // A call or a meeting is between parties: one kind of it between the same named parties is one
    // event (occasion-echoes.ts), whose day two outlets a day apart still write alike.
    const parties = occasion?.relation === 'same' ? partiesOf(x, y) : []
    if (parties.length >= MIN_PARTIES) {
      score += SAME_OCCASION
      evidence.push(`one ${occasionOf('a', x)} between ${parties.join(', ')}`)
    }
    // A score is between two sides: two sentences naming the same two sides give one match's score.
    if (x.fact.type === 'number' && x.fact.kind === 'score' && y.fact.type === 'number' && y.fact.kind === 'score' && actors.length >= 2) {
      score += 0.1
      evidence.push('scores between the same two sides')
    }
    // A flight's or train's number names one of many: alone on each side in unlinked sentences, two flights, not one told two ways (route-numbers.ts).
    const namesOneThing = !linked && x.fact.type === 'number' && x.fact.kind === 'code' && isRouteNumber(x.fact.text)
    if (rivalsA === 1 && rivalsB === 1 && !setApart && !namesOneThing) {
      score += 0.1
      evidence.push('only value of its kind on each side')
    } else if (mutual && (anchors.length > 0 || actors.length > 0 || occasion?.relation === 'same')) {
      // Rivals on each side, yet each value is clearly the other's best partner and an anchor
      // ties their sentences (or one event's word sits beside two dates): as good as alone. Without an anchor, the best of several guesses
      // is still a guess (measured: it paired the minutes of different chances in one match).
      score += 0.1
      evidence.push("each value the other's clear best match")
    } else if (oneSpan) {
      // Other years on each side, but only these two close a span from the start both state.
      score += 0.1
      evidence.push('the ends of one span among other years')
    } else if (!linked && !(rivalsA === 1 && rivalsB === 1)) {
      // Several values of one kind on each side: any pairing of unlinked sentences is a guess.
      score -= 0.05 * Math.min(4, rivalsA + rivalsB - 2)
    }
    // Two approximations in unlinked sentences are two reporters' own roundings, even in one wording ("khoảng 450 / 440 triệu USD").
    // Levels from one start whose changes differ carry that difference: no rounding hides it (carried-changes.ts)
    const reason = carried(x, y)
      ? undefined
      : (compatibleReason(x.fact, y.fact) ??
        (!linked && approximationsMeet(x.fact, y.fact) ? 'approximation' : undefined) ??
        (roundsItsSiblings(x, y, factsA, factsB, (u, v) => carried(x, y, u, v)) ? 'rounding' : undefined) ??
        pointsOrPercentReason(x.fact, factsOfA(x.sentence), y.fact, factsOfB(y.sentence)))
    // Two outlets a day apart write "hôm nay 22/10" and "hôm qua 21/10" for one event, and one day's news and the next day's share
    // their words ("hacked on 21/10" / "announced on 22-10"): a one-day gap stays a candidate unless one sentence is a near copy of
    // the other, the day its only change. Other dates or figures both sentences state alike (a tournament's *25-10 … 3-11*) tie a
    // day to one statement as a near copy does; consecutive years stay two budgets, two seasons.
    const anchoredDay = (anchors.length > 0 || parties.length >= MIN_PARTIES) && x.fact.type === 'date' && x.fact.day !== undefined
    let apart = false
    // One statement retold, the same words beside both values: a misreported time or year (moment-slots.ts).
    const sentenceFacts = (side: 0 | 1): readonly Fact[] => (side === 0 ? factsOfA(x.sentence) : factsOfB(y.sentence))
    const stated = reason ? undefined : statedMomentOf(x, y, docA, docB, sentenceFacts, overlap, context > 0)
    if (stated) evidence.push(stated)
    // not the last days of one span both start alike ("từ ngày 19 đến 21/3" / "đến 22/3"); days fronting one statement retold stay (retold-days.ts)
    if (!reason && !oneSpan && adjacentPeriods(x.fact, y.fact) && !(anchors.length > 0 && daySpanEnds(x.fact, y.fact))) {
      score = copy >= NEAR_COPY || anchoredDay || stated || retoldDays(x, y, docA, docB, sentenceFacts) ? score * 0.6 : Math.min(1, score) * ADJACENT_FACTOR
      apart = true
    }
    // the calendar's say on two dates, and one day of reports in two languages (day-floors.ts)
    const dayPair: DayPair = { x, y, docA, factsA, docB, factsB }
    const days = reason || stated ? undefined : dayFloors(score, dayPair)
    if (days) score = days.score
    if (days) evidence.push(...days.evidence)
    const belied = days?.belied ?? false
    let eventTimes: string | undefined
    // Two clock times are more often two moments (an update, another event of the day) than one
    // misreported: below the default threshold however alike the sentences, unless each names its
    // own zone (one instant restated in two zones, so any mismatch is a miscomputation).
    if (!reason && clockOnly(x.fact) && clockOnly(y.fact) && !bothZoned(x.fact, y.fact) && !sameRangeEnd(x.fact, y.fact)) {
      // unless each report's only time is its event's, in sentences not linked (event-times.ts; the event as both clauses' subject outweighs
      // their other qualifiers), linked sentences opening both reports with it (lede-times.ts), or two deadlines of one measure (moment-slots.ts)
      eventTimes = eventTimeOrDeadline(linked ? (bothFacted(dayPair) ? ledeEventTimes(dayPair) : undefined) : onlyEventTimes(dayPair), stated)
      score = eventTimes ? Math.max(score, ONLY_EVENT_TIME) : stated ? score * 0.6 : Math.min(1, score) * CLOCK_FACTOR
      apart = true
      if (eventTimes && eventTimes !== stated) evidence.push(eventTimes)
      else if (!stated) evidence.push('clock times: often two moments')
    }
    // "at 1000 GMT, … a level not seen since February 10" / "at 0500 GMT, … since February 25": a date read from a quote of another moment
    if (!reason && x.fact.type === 'date' && y.fact.type === 'date' && x.fact.minutes === undefined && y.fact.minutes === undefined && !apart) {
      const sessions = differentSessions(sessionsA.get(x.sentence), sessionsB.get(y.sentence))
      if (sessions) {
        score = Math.min(1, score) * MOMENT_FACTOR
        apart = true
        evidence.push(sessions)
      }
    }
    if (!reason && x.fact.type === 'number') {
      const sessions = differentSessions(sessionsA.get(x.sentence), sessionsB.get(y.sentence), x.fact, y.fact)
      if (datedApart(x, y)) {
        score = Math.min(1, score) * MOMENT_FACTOR
        apart = true
        evidence.push('the sentences are dated differently')
      } else if (sessions) {
        score = Math.min(1, score) * MOMENT_FACTOR
        apart = true
        evidence.push(sessions)
      } else if (unanchoredQuotes(x, y)) {
        // A candidate kept above the floor, as a doubt keeps it: listed for a pipeline, not lost
        score = Math.max(Math.min(score, FLOOR), Math.min(1, score) * MOMENT_FACTOR)
        apart = true
        evidence.push('quotes that move during the day, at moments no word ties together')
      }
    }
    // A sign of two slots leaves the pair a candidate (kept above the floor, so it is listed, not
    // lost); a near copy is one statement, whatever its figures say, and so are two sentences whose
    // figures are all that differ (figure-only-edits.ts).
    const doubt = (!reason && !eventTimes && !belied && copy < NEAR_COPY && !onlyFiguresDiffer(docA, x.sentence, x.fact, docB, y.sentence, y.fact) ? slotDoubt(x.fact, y.fact, clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact), overlap, oneSpan ? NO_PERIODS : [periodsA.of(x.sentence, x.fact), periodsB.of(y.sentence, y.fact)]) : undefined) ?? (reason ? undefined : percentOfARate(x.fact, factsOfA(x.sentence), y.fact, factsOfB(y.sentence)))
    if (doubt && zeroAgainstCount(x.fact, y.fact)) return undefined
    if (doubt) {
      score = Math.max(Math.min(score, FLOOR), Math.min(1, score) * DOUBT_FACTOR)
      evidence.push(doubt)
    }
    if (!reason && !doubt && yearInsideSpan(x.fact, y.fact, sentenceFacts)) {
      score = Math.max(Math.min(score, FLOOR), Math.min(1, score) * DOUBT_FACTOR)
      apart = true
      evidence.push("a year inside the other side's span")
    }
    if (!reason && !doubt && insidePeriod(x.fact, y.fact)) {
      score = Math.max(Math.min(score, FLOOR), Math.min(1, score) * DOUBT_FACTOR)
      apart = true
      evidence.push("a day inside the other side's period, which ends on its day")
    }
    // A bare number ("51", "14") names no slot of its own: its neighbours must.
    if (x.fact.type === 'number' && x.fact.kind === 'plain' && !x.fact.unit && context < 0.5) score *= 0.75
    // Compatible values are themselves a sign of one slot; a conflict must stand on the rest.
    if (reason) score += 0.2
    if (score < FLOOR) return undefined
    const confidence = Math.round(Math.min(1, score) * 100) / 100
    if (reason) return { a: x, b: y, confidence, evidence, reason, weight: score }
    return apart ? { a: x, b: y, confidence, evidence, weight: score, apart } : { a: x, b: y, confidence, evidence, weight: score }
  }

  // Among the facts the slots left, in sentences no slot ties: each side's main toll, then a thing's, then another noun's main count (toll-pairs.ts, thing-pairs.ts, noun-counts.ts).
  const tollsA = factsA && { facts: factsA, text: docA.original, clauseOf: (l: Located<Fact>) => clausesA.of(l.sentence, l.fact), sentences: docA.sentences, body: docA.body }
  const tollsB = factsB && { facts: factsB, text: docB.original, clauseOf: (l: Located<Fact>) => clausesB.of(l.sentence, l.fact), sentences: docB.sentences, body: docB.body }
  const pairLeftoversOf = (leftA: readonly Located<Fact>[], leftB: readonly Located<Fact>[], echoed?: ReadonlySet<Fact>): FactPair[] => {
    const pairs = pairLeftovers(leftA, leftB, judge, distinct, echoed)
    if (!tollsA || !tollsB) return pairs
    const linked = (x: Located<Fact>, y: Located<Fact>): boolean => inOneLink(x.sentence, y.sentence)
    const overlap = (x: Located<Fact>, y: Located<Fact>): number => sharedOf(x.sentence, y.sentence).overlap
    const sides = { a: { ...tollsA, language: docA.language }, b: { ...tollsB, language: docB.language } }
    return withMainFigures(leftA, leftB, pairs, sides, { distinct, linked, overlap, datedApart })
  }

  const related = (i: number, j: number): boolean => inOneLink(i, j) || sharedOf(i, j).overlap >= RELATED_OVERLAP

  const occasionOf = (side: 'a' | 'b', l: Located<Fact>): string | undefined =>
    l.fact.type === 'date' ? dateEvent((side === 'a' ? clausesA : clausesB).of(l.sentence, l.fact))?.event : undefined

  return { judge, distinct, officesApart, occasionOf, pairLeftovers: pairLeftoversOf, related, members, carried }
}
