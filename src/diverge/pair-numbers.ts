/**
 * Step 1 of the diverge stage: the numbers and dates of two reports paired, first inside aligned
 * sentence groups, then across the whole reports, and each pair settled as a contradiction or an
 * equivalence. Which facts found a partner is handed on (`paired`): the missing-facts step reads it.
 *
 * One call per pair, so that the pairer and what it keeps for this pair (sentence overlaps, link
 * maps) die with its frame before the name step, where the heap peaks.
 */
import { compoundReason } from './extract/numbers/compound-measures'
import type { PreparedDocument } from '../document'
import type { Alignment, Equivalence } from '../types'
import type { DocumentFacts, Located } from './extract/collect'
import type { Fact } from './extract/fact'
import { type Sides, type UnplacedDivergence, contradictionMessage, factNoun, formatKind, formatReason } from './describe'
import { withBearing } from './match/numbers/bearings'
import { VOLUME_READINGS_APART } from './match/markets/volume-readings'
import { matchSlots, sameFact } from './match/slots/slots'
import { otherCountedNouns } from './match/slots/counted-slot'
import { mayBeOtherMember, statedOnlyForOtherMember } from './match/clauses/respective-pairs'
import { type FactPair, createPairer } from './match/pairing/pair-facts'
import { compatibleReason } from './reasons/compatible'
import { pairedNotMissing } from './match/pairing/weak-conflicts'
import { pairMatchMinutes } from './match/sport/match-minutes'
import { pairShootoutScores } from './match/sport/shootout-scores'
import { pairSetScores } from './match/sport/set-scores'
import { pairTallyRatios } from './match/numbers/tally-ratios'
import { pairShareCounts } from './match/numbers/share-counts'
import { pairDateYears } from './match/dates/date-years'
import { pairTimedDays } from './match/dates/timed-days'
import type { GroupPair, Pairer, PairerInput } from './match/pairing/pairer'
import { weekdayConflicts } from './match/dates/weekday-events'
import { resolvedWeekdays } from './match/dates/weekday-published'
import { resolvedRelativeDates } from './match/dates/relative-published'
import { echoedIn, factKey, statedInSlot } from './match/pairing/fact-index'
import { statedOnlyForOtherRank } from './match/slots/office-roles'
import { statedOnlyForOtherOccasion } from './match/slots/occasion-echoes'
import { mayStandApart } from './match/slots/stand-apart'
import { statedOnlyAtOtherDayPart } from './match/dates/day-parts'
import { rivalsBySlot, sameValueApart, statedOnlyInOtherSlots } from './match/slots/other-slot-echoes'
import { pairStartYears } from './match/dates/start-years'
import { placesKey, withRestatements } from './match/pairing/restated-values'
import { pairNamedYears } from './match/dates/named-years'
import type { factViews } from './match/pairing/fact-views'
import { sameWrittenTexts } from './match/pairing/written-texts'
import { CopiedSentences, completeIndex } from './match/pairing/copied-sentences'
import { magnitudeEvidence } from './match/numbers/vague-magnitudes'
import { type Conflict, corroborated } from './match/pairing/corroboration'

/** A flag on a vague magnitude keeps this share of its pairing's confidence: below two figures' of the same pairing. */
const VAGUE_CONFIDENCE = 0.85
const isVague = (fact: Fact): boolean => fact.type === 'number' && fact.magnitude !== undefined

/**
 * The slot pairers run before the leftover pairing, in this order (match/pairing/pairer.ts): minutes of one
 * match (by the match's order), its shoot-out and set scores, a full date against a year alone, a
 * start against a year alone. Their wording or granularity says too little for the leftover pairing.
 */
const SLOT_PAIRERS: readonly Pairer[] = [pairMatchMinutes, pairShootoutScores, pairSetScores, pairDateYears, pairStartYears, pairTimedDays]

/**
 * Then the pairers of whole groups: a tally against the ratio the other report gives of it
 * (tally-ratios.ts), a share against the part of a whole the other report counts (share-counts.ts);
 * all the values of each group are one slot.
 */
const GROUP_PAIRERS: readonly Pairer<GroupPair>[] = [pairTallyRatios, pairShareCounts]

/** The facts of `located`'s sentence that are ends of its range. */
function rangeEnds(facts: DocumentFacts, located: { fact: Fact; sentence: number }): Fact[] {
  const range = located.fact.type === 'number' ? located.fact.range : undefined
  if (!range) return []
  return (facts.factsBySentence.get(located.sentence) ?? [])
    .map((l) => l.fact)
    .filter((f) => f.type === 'number' && f.range?.[0] === range[0] && f.range[1] === range[1])
}

/**
 * The range ends of the facts a link matched as a range ("from $125 to $300" ~ "$295"): the range
 * is matched as a whole, so none of its ends is a value of its own to contradict another with.
 * Undefined when the link matched no range (most links).
 */
function rangeMatchedEnds(
  same: readonly (readonly [Fact, Fact])[],
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  locatedA: ReadonlyMap<Fact, Located<Fact>>,
  locatedB: ReadonlyMap<Fact, Located<Fact>>,
): Set<Fact> | undefined {
  let ends: Set<Fact> | undefined
  for (const [x, y] of same) {
    if (sameFact(x, y) || compatibleReason(x, y) !== 'range') continue
    ends ??= new Set()
    for (const end of [...rangeEnds(factsA, locatedA.get(x)!), ...rangeEnds(factsB, locatedB.get(y)!)]) ends.add(end)
  }
  return ends
}

/** What the pairing of one pair's numbers and dates reads, and where it writes what it finds. */
export interface NumberPairing {
  readonly docA: PreparedDocument
  readonly docB: PreparedDocument
  readonly alignments: readonly Alignment[]
  readonly factsA: DocumentFacts
  readonly factsB: DocumentFacts
  readonly viewsA: ReturnType<typeof factViews>
  readonly viewsB: ReturnType<typeof factViews>
  readonly minConfidence: number
  readonly sides: Sides
  /** Facts paired with a fact of the other report (a conflict or a compatible value): never `missing`. */
  readonly paired: Set<Fact>
  /** Where the contradictions go. */
  readonly divergences: UnplacedDivergence[]
  readonly addEquivalence: (equivalence: Equivalence) => void
}

export function pairNumbers(pairing: NumberPairing): void {
  const { docA, docB, alignments, factsA, factsB, viewsA, viewsB, minConfidence, sides, paired, divergences, addEquivalence } = pairing
  const { spans: spanOfA, located: locatedA, index: indexA } = viewsA
  const { spans: spanOfB, located: locatedB, index: indexB } = viewsB
// A weak pairing found inside a linked group is found again among the leftovers: report it once.
const settled = new Set<string>()
// Every contradiction settled, for the corroboration of weak ones by a confident one of their sentences.
const conflicts: Conflict<UnplacedDivergence>[] = []
// Restated conflicts by their places on both sides (restated-values.ts's placesKey).
const retold = new Map<string, UnplacedDivergence>()
const headline = (doc: PreparedDocument, sentence: number): boolean => doc.sentences[sentence]?.role === 'headline'
const restatedSlot = (x: Located<Fact>, y: Located<Fact>): boolean =>
  (headline(docA, x.sentence) || headline(docB, y.sentence) || pairer.related(x.sentence, y.sentence)) && pairer.distinct(x, y) === undefined
const settle = (pair: FactPair): void => {
  const key = `${pair.a.span.start}:${pair.a.span.end}:${pair.b.span.start}:${pair.b.span.end}`
  if (settled.has(key)) return
  settled.add(key)
  // A weak contradiction is a candidate, not two missing facts; a weak pairing across two moments leaves both missing.
  // A doubted magnitude ("loved by millions of fans" / "5,000 fans") leaves the figure to be missing: an
  // order of magnitude is too loose a statement to stand for a figure it is doubted to be.
  if (pairedNotMissing(pair, minConfidence)) {
    const loose = pair.confidence < minConfidence && (isVague(pair.a.fact) || isVague(pair.b.fact))
    if (!loose || isVague(pair.a.fact)) paired.add(pair.a.fact)
    if (!loose || isVague(pair.b.fact)) paired.add(pair.b.fact)
  }
  const { a: spanA, b: spanB } = { a: pair.a.span, b: pair.b.span }
  if (pair.reason) {
    if (pair.confidence < minConfidence) return
    addEquivalence({ a: spanA, b: spanB, reason: pair.reason })
    // "16 to 18 weeks" / "17 weeks": the range is matched as a whole, neither end is missing
    if (pair.reason === 'range') for (const end of [...rangeEnds(factsA, pair.a), ...rangeEnds(factsB, pair.b)]) paired.add(end)
    return
  }
  const kind = pair.a.fact.type === 'date' ? 'date' : 'number'
  // an order of magnitude ("hundreds") against another value is a looser claim than two figures (vague-magnitudes.ts)
  const vague = pair.a.fact.type === 'number' && pair.b.fact.type === 'number' ? magnitudeEvidence(pair.a.fact, pair.b.fact) : undefined
  if (vague !== undefined) pair = { ...pair, confidence: Math.round(pair.confidence * VAGUE_CONFIDENCE * 1e6) / 1e6, evidence: [...pair.evidence, vague] }
  // A confident conflict lists where each report tells its figure again (restated-values.ts); a
  // candidate does not, since its own figures may still be listed `missing`. Two places of the two
  // reports tell one slot when no clause word sets them apart and their sentences speak of one thing,
  // or one is a headline (whose few words link to no lead, although it tells the lead's figure) (review rmisses59).
  let restated: string | undefined
  if (pair.confidence >= minConfidence) {
    const told = withRestatements(pair, factsA, factsB, restatedSlot)
    if (told !== pair && told.occurrences) restated = placesKey(told.occurrences)
    pair = told
  }
  const divergence: UnplacedDivergence = {
    kind,
    severity: 'high',
    a: spanA,
    b: spanB,
    message: contradictionMessage(kind, pair.noun ?? factNoun(pair.a.fact), withBearing(spanA.text, pair.a.fact, pair.b.fact), withBearing(spanB.text, pair.b.fact, pair.a.fact), sides),
    ...(pair.occurrences ? { occurrences: pair.occurrences } : {}),
    confidence: pair.confidence,
    evidence: pair.evidence,
  }
  // The same conflict found at another of its places (the headline's pair, then the lead's) is one
  // flag: the more confident of the two stands (a weak one is still corroborated as before).
  const twin = restated === undefined ? undefined : retold.get(restated)
  if (twin === undefined) {
    if (restated !== undefined) retold.set(restated, divergence)
    divergences.push(divergence)
  } else if (divergence.confidence > twin.confidence) {
    divergences[divergences.indexOf(twin)] = divergence
    retold.set(restated!, divergence)
  }
  conflicts.push({ divergence, kind, apart: pair.apart === true, facts: [pair.a.fact, pair.b.fact] })
}
  const pairer = createPairer(docA, docB, alignments, factsA, factsB)
  const sentencesA = viewsA.bySentence
  const sentencesB = viewsB.bySentence
  // Linked copies: their facts are stated in the other report, never unstated (copied-sentences.ts).
  const copied = new CopiedSentences(docA, docB, completeIndex(indexA) && completeIndex(indexB))
  // One name's year (*U20 châu Á 2022* / *2023*) first: read over both whole reports, whether or not a value is stated
  // elsewhere, it outweighs a link's weaker reading of the same two figures (named-years.ts).
  for (const pair of pairNamedYears({ docA, docB, factsA, factsB, leftA: [], leftB: [], related: pairer.related, distinct: pairer.distinct })) settle(pair)
  // A vague magnitude meets a wide span of values, so a figure of another slot ("hundreds" killed / "800"
  // evacuated) would pair with it before its own slot's figure ("12" killed): the pairer's slot tests
  // keep them apart first, as they keep an equal value of another slot (sameValueApart).
  // What the counted thing befell, and a vague quantity of another thing, are among those tests (match/slots/count-outcomes.ts).
  const magnitudeApart = (x: Fact, y: Fact): 'apart' | undefined => {
    if (!isVague(x) && !isVague(y)) return undefined
    return pairer.distinct(locatedA.get(x)!, locatedB.get(y)!) !== undefined ? 'apart' : undefined
  }
  for (const link of alignments) {
    let a: readonly Fact[]
    let b: readonly Fact[]
    if (link.a.length === 1 && link.b.length === 1) {
      // Most links join one sentence to one, and copied sentences (wire text) are common.
      const x = sentencesA[link.a[0]!]
      const y = sentencesB[link.b[0]!]
      if (!x || !y) continue
      // (a caption met in the other's body is no copy: its facts are in no index, so they are paired here)
      if (sameWrittenTexts(x, y) && x.signature === y.signature && x.inert) {
        if (link.role !== 'caption') {
          copied.mark(link.a[0]!, link.b[0]!)
          continue
        }
        // A caption's copy (its facts in no index, so never marked): matched, every fact pairs with
        // its twin as the same value, written alike (`inert`), so all the match would leave is each
        // fact paired. 1,962 of the 2,241 caption links a 40-report story matched (story34).
        for (const fact of x.facts) paired.add(fact)
        for (const fact of y.facts) paired.add(fact)
        continue
      }
      a = x.facts
      b = y.facts
    } else {
      a = link.a.flatMap((i) => factsA.factsBySentence.get(i) ?? []).map((located) => located.fact)
      b = link.b.flatMap((j) => factsB.factsBySentence.get(j) ?? []).map((located) => located.fact)
    }
    if (a.length === 0 || b.length === 0) continue
    const match = matchSlots(a, b, (i, j) => magnitudeApart(a[i]!, b[j]!) ?? pairer.members(locatedA.get(a[i]!)!, locatedB.get(b[j]!)!))
    // "priced from $125 to $300" / "at $575 and $295": a range this link matches as a whole ($295 in it)
    // has no other end left to contradict a value with ($300 / $575 are not one slot).
    const spanned = rangeMatchedEnds(match.same, factsA, factsB, locatedA, locatedB)
    for (const [x, y] of match.conflicts) {
      if (spanned?.has(x) || spanned?.has(y)) continue
      const located = { a: locatedA.get(x)!, b: locatedB.get(y)! }
      // "3 đứa con khác" / "4 đứa con": linked, yet two slots; each may still find its partner elsewhere.
      // Two readings of one volume: each report states its own, neither is missing (volume-readings.ts).
      const apart = pairer.distinct(located.a, located.b)
      if (apart === VOLUME_READINGS_APART) paired.add(x).add(y)
      if (apart) continue
      settle(pairer.judge(located.a, located.b, 1, 1) ?? { ...located, confidence: 0.3, evidence: ['linked sentences'] })
    }
    // "40 percent of foreign visitors" / "a quarter of all foreign visitors … and 40 percent of hotel bookings":
    // the same value in two slots, one side's own slot holding another value, is no equivalence (other-slot-echoes.ts).
    const matched = match.same.length > 0 && match.same.length + match.conflicts.length < Math.max(a.length, b.length) ? new Set([...match.same, ...match.conflicts].flat()) : undefined
    const unmatchedA = matched ? a.filter((f) => !matched.has(f)).map((f) => locatedA.get(f)!) : []
    const unmatchedB = matched ? b.filter((f) => !matched.has(f)).map((f) => locatedB.get(f)!) : []
    // A magnitude's approximation while the link leaves another number unmatched ("killed 12" beside
    // "800 people from their homes"): which of them it tells is not known, so it tells neither.
    const rivalLeft = match.onlyA.some((f) => f.type === 'number') || match.onlyB.some((f) => f.type === 'number')
    for (const [x, y] of match.same) {
      if (rivalLeft && (isVague(x) || isVague(y))) continue
      if (matched && sameFact(x, y) && sameValueApart(locatedA.get(x)!, locatedB.get(y)!, unmatchedA, unmatchedB, pairer.distinct)) continue
      const spanA = spanOfA.get(x)!
      const spanB = spanOfB.get(y)!
      const compatible = sameFact(x, y) ? undefined : compatibleReason(x, y)
      // "rose $6.21 … to $20.90" / "rose $6.31 … to $21": a level that only looks rounded, its change differing (carried-changes.ts)
      if (compatible !== undefined && pairer.carried(locatedA.get(x)!, locatedB.get(y)!)) {
        const located = { a: locatedA.get(x)!, b: locatedB.get(y)! }
        settle(pairer.judge(located.a, located.b, 1, 1) ?? { ...located, confidence: 0.3, evidence: ['linked sentences'] })
        continue
      }
      // Matched in linked sentences (4 million / four million): each states the other, neither is missing.
      paired.add(x).add(y)
      if (compatible === 'range') for (const end of [...rangeEnds(factsA, locatedA.get(x)!), ...rangeEnds(factsB, locatedB.get(y)!)]) paired.add(end)
      // "15 trucks" / "15 buses": the figure agrees, what it counts does not; no other format of one fact (counted-slot.ts)
      if (compatible === undefined && otherCountedNouns(x, y)) continue
      addEquivalence({ a: spanA, b: spanB, reason: compatible ?? compoundReason(x, y) ?? formatReason(spanA.text, spanB.text, formatKind(x, y)) })
    }
  }
  // A fact the other report states in any form has its partner; the rest may fill a slot the other report fills differently.
  // A date the other report gives only for another rank of its office (office-roles.ts) is not stated there.
  // Its statements are looked up by key (at most 16 each), so no fact is read against a whole report.
  const sameKeyed = (index: typeof indexA, located: typeof locatedA, fact: Fact): Located<Fact>[] =>
    (fact.type === 'date' ? (index.get(factKey(fact)) ?? []) : []).flatMap((f) => located.get(f) ?? [])
  // So is a day it gives only for other kinds of event while dating this one's kind another day (occasion-echoes.ts).
  const kindA = (l: Located<Fact>): string | undefined => pairer.occasionOf('a', l)
  const kindB = (l: Located<Fact>): string | undefined => pairer.occasionOf('b', l)
  // Whether a fact of `side` is stated in the other report only in another slot; asked once a fact
  // (a fact stated in its slot, then again when echoed) and kept.
  // By side: a report compared with itself has its facts on both.
  const apartSeen = { a: new Map<Located<Fact>, boolean>(), b: new Map<Located<Fact>, boolean>() }
  const isApart = (side: 'a' | 'b', l: Located<Fact>): boolean => {
    // Most facts can stand apart from no report (a figure, a date beside no office or event kind): no lookup in the other report.
    if (side === 'a' ? !mayStandApart(docA, factsA, l) : !mayStandApart(docB, factsB, l)) return false
    let known = apartSeen[side].get(l)
    if (known !== undefined) return known
    const sameDay = side === 'a' ? sameKeyed(indexB, locatedB, l.fact) : sameKeyed(indexA, locatedA, l.fact)
    const officesApart = side === 'a' ? (o: Located<Fact>) => pairer.officesApart(l, o) : (o: Located<Fact>) => pairer.officesApart(o, l)
    known =
      statedOnlyForOtherRank(l, sameDay, officesApart) ||
      // (its kind read only when the other report gives its day at all)
      (l.fact.type === 'date' &&
        sameDay.length > 0 &&
        (side === 'a'
          ? statedOnlyForOtherOccasion(l, kindA(l), sameDay, factsB.facts, kindB)
          : statedOnlyForOtherOccasion(l, kindB(l), sameDay, factsA.facts, kindA)))
    apartSeen[side].set(l, known)
    return known
  }
  // A value the other report gives only as another member of a list read "respectively" (respective-pairs.ts) is not stated there either.
  // (looked up only where a marked sentence may set the two apart: most pairs have none)
  const apartA = (l: Located<Fact>): boolean =>
    isApart('a', l) ||
    statedOnlyAtOtherDayPart(l, sameKeyed(indexB, locatedB, l.fact)) || (mayBeOtherMember(docA, l.sentence, docB) && statedOnlyForOtherMember(l, indexB, locatedB, (o) => pairer.members(l, o) === 'apart'))
  const apartB = (l: Located<Fact>): boolean =>
    isApart('b', l) ||
    statedOnlyAtOtherDayPart(l, sameKeyed(indexA, locatedA, l.fact)) || (mayBeOtherMember(docB, l.sentence, docA) && statedOnlyForOtherMember(l, indexA, locatedA, (o) => pairer.members(o, l) === 'apart'))
  copied.finish(alignments)
  const baseA = factsA.facts.filter((l) => !copied.inA(l.sentence) && !paired.has(l.fact) && (!statedInSlot(indexB, l, locatedB, pairer.related) || apartA(l)))
  const baseB = factsB.facts.filter((l) => !copied.inB(l.sentence) && !paired.has(l.fact) && (!statedInSlot(indexA, l, locatedA, (own, other) => pairer.related(other, own)) || apartB(l)))
  // A value the other report gives only in other slots, while it fills this one's slot with another value left unstated, is free to meet it (other-slot-echoes.ts).
  // (asked only when the other side has a fact left: most pairs of a story's reports have none)
  const relatedBA = (own: number, other: number): boolean => pairer.related(other, own)
  const freed = new Set<Located<Fact>>()
  const freeOf = (facts: readonly Located<Fact>[], base: readonly Located<Fact>[], otherBase: readonly Located<Fact>[], copiedIn: (s: number) => boolean, free: (l: Located<Fact>, rivals: ReturnType<typeof rivalsBySlot>) => boolean): void => {
    if (otherBase.length === 0) return
    const rivals = rivalsBySlot(otherBase)
    const left = new Set(base)
    for (const l of facts) if (!left.has(l) && !copiedIn(l.sentence) && !paired.has(l.fact) && free(l, rivals)) freed.add(l)
  }
  freeOf(factsA.facts, baseA, baseB, (s) => copied.inA(s), (l, rivals) => statedOnlyInOtherSlots(l, indexB, locatedB, rivals, pairer.distinct, pairer.related))
  freeOf(factsB.facts, baseB, baseA, (s) => copied.inB(s), (l, rivals) => statedOnlyInOtherSlots(l, indexA, locatedA, rivals, (own, other) => pairer.distinct(other, own), relatedBA))
  // (in the order of the report's facts, as the base lists are)
  const withFreed = (facts: readonly Located<Fact>[], base: readonly Located<Fact>[]): readonly Located<Fact>[] => {
    if (freed.size === 0) return base
    const left = new Set(base)
    return facts.filter((l) => freed.has(l) || left.has(l))
  }
  const unstatedA = withFreed(factsA.facts, baseA)
  const unstatedB = withFreed(factsB.facts, baseB)
  // Minutes of one match (by the match's order), its shoot-out and set scores, and a full date against a year alone are paired first: their wording or granularity says too little.
  // Each pairs a fact left in A with one left in B, so none has anything to pair when a side has
  // none left: most pairs of a story's reports (756 of the 780 of the 40-report bench story).
  const bothLeft = unstatedA.length > 0 && unstatedB.length > 0
  const input: PairerInput = { docA, docB, factsA, factsB, leftA: unstatedA, leftB: unstatedB, related: pairer.related, distinct: pairer.distinct }
  const minutes = !bothLeft ? [] : SLOT_PAIRERS.flatMap((pairSlots) => pairSlots(input))
  for (const pair of minutes) settle(pair)
  // Then the tallies against ratios and shares against counts (GROUP_PAIRERS).
  const ratios = GROUP_PAIRERS.flatMap((pairGroups) => pairGroups(input))
  for (const pair of ratios) {
    settle(pair)
    if (pair.confidence >= minConfidence) for (const end of pair.ends) paired.add(end.fact)
  }
  const timed = new Set([...minutes, ...ratios].flatMap((pair) => ('ends' in pair ? pair.ends : [pair.a, pair.b])))
  // A vague magnitude ("hàng trăm ngôi nhà") is judged only in linked sentences: across unlinked ones it would stand
  // for a report's main count (the main-figure stages) with no figure to give (vague-magnitudes.ts).
  const leftA = unstatedA.filter((l) => !timed.has(l) && !isVague(l.fact))
  const leftB = unstatedB.filter((l) => !timed.has(l) && !isVague(l.fact))
  // A value the other report gives in another slot, as the same kind of fact, is free to pair, but with doubt.
  // A value echoed only in another rank's or another event's slot (apartA / apartB) is no echo of its own.
  const echoed = (): Set<Fact> => new Set([...leftA.filter((l) => echoedIn(indexB, l.fact) && !apartA(l) && !freed.has(l)), ...leftB.filter((l) => echoedIn(indexA, l.fact) && !apartB(l) && !freed.has(l))].map((l) => l.fact))
  // Every leftover pair, the main-figure stages' too, joins a fact left in A to one left in B: with a
  // side empty (most pairs of a story's reports) there is none, and their per-pair set-up is skipped.
  const leftovers = leftA.length === 0 || leftB.length === 0 ? [] : pairer.pairLeftovers(leftA, leftB, echoed())
  const spannedLeft = rangeMatchedEnds(
    leftovers.filter((pair) => pair.reason === 'range').map((pair) => [pair.a.fact, pair.b.fact] as const),
    factsA,
    factsB,
    locatedA,
    locatedB,
  )
  for (const pair of leftovers) if (pair.reason || !(spannedLeft?.has(pair.a.fact) || spannedLeft?.has(pair.b.fact))) settle(pair)
  const lifted = corroborated(conflicts)
  // A lifted conflict states its slot on both sides: neither value is missing any more.
  for (const c of conflicts) if (lifted.has(c.divergence)) paired.add(c.facts[0]).add(c.facts[1])
  if (lifted.size > 0) for (const [k, d] of divergences.entries()) divergences[k] = lifted.get(d) ?? d
  // English weekdays are no date facts: only the day of one action in related sentences is compared.
  divergences.push(...weekdayConflicts(docA, docB, factsA, factsB, pairer.related, sides))
  // With the reports' own dates, a weekday is a day: compared with the other report's date in its slot.
  const resolved = resolvedWeekdays(docA, docB, factsA, factsB, pairer.related, sides)
  divergences.push(...resolved.divergences)
  for (const e of resolved.equivalences) addEquivalence(e)
  // So is a day named from the paper's own (yesterday, last week, năm ngoái).
  const relative = resolvedRelativeDates(docA, docB, factsA, factsB, pairer.related, sides)
  divergences.push(...relative.divergences)
  for (const e of relative.equivalences) addEquivalence(e)
}
