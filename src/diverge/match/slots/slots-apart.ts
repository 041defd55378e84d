/**
 * Why two facts of one kind, one of each report, fill different slots: the words of their
 * clauses (slot-qualifiers.ts), two things' durations, two ranks of one office, a total to date
 * against a batch, counts to two ends, the dead against the living, a whole against its part, two
 * goods' prices, two events' days. Split from pair-facts.ts, whose pairer asks it of every pair it
 * weighs; the answer for a pair of facts is read once and kept.
 */
import { namedYearRelation } from '../dates/named-years'
import { countSetsApart } from '../numbers/noun-count-sets'
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { clausesOf } from '../clauses/clauses'
import { dateEventRelation } from '../dates/date-occasions'
import { differentQualifiers } from './slot-qualifiers'
import { NAMED_APART, sharedAnchors, sharedSubject } from './anchored-subjects'
import { durationRelation } from './duration-subjects'
import { differentOffices } from './office-roles'
import { runningAgainstBatch } from '../numbers/running-totals'
import { differentOutcomes } from '../numbers/life-outcomes'
import { countsOfOtherFates } from './count-outcomes'
import { vaguelyOfOtherThing } from '../missing/vague-quantities'
import { tollsApart } from '../numbers/outcome-counts'
import { differentGoods } from '../numbers/priced-items'
import { differentTotalEnds } from '../numbers/total-ends'
import { namedEndAgainstDay } from '../dates/dated-counts'
import { createTailEnds } from '../numbers/tail-ends'
import { differentSides } from '../numbers/quote-sides'
import { pressDatesApart } from '../dates/press-dates'
import { differentWholes, shareWhole } from '../numbers/percent-wholes'
import { wholeAgainstPart } from '../numbers/part-wholes'
import { differentPolls } from '../numbers/poll-margins'
import { firmsApart } from '../numbers/firm-counts'
import { volumeReadingsApart } from '../markets/volume-readings'
import { spanEndAgainstDay } from '../dates/date-span-points'
import { partAgainstGroup } from '../numbers/group-parts'
import { measuresOfTwoThings } from '../../reasons/compatible'
import { offsetsFromOtherMoments } from '../sport/minute-readings'

type Clauses = ReturnType<typeof clausesOf>

export interface SlotsApart {
  /** Why two facts of one kind fill different slots by the words of their clauses and what they count, if they do: x of A, y of B. */
  distinct(x: Located<Fact>, y: Located<Fact>): string | undefined
  /** Why two facts are told of one office at two ranks (office-roles.ts), if they are. */
  officesApart(x: Located<Fact>, y: Located<Fact>): string | undefined
  /** The events the words beside two dates name (date-occasions.ts); undefined for figures. */
  events(x: Located<Fact>, y: Located<Fact>): ReturnType<typeof dateEventRelation> | undefined
  /** Whether two durations are of one thing or of two kinds (duration-subjects.ts). */
  subjects(x: Located<Fact>, y: Located<Fact>): ReturnType<typeof durationRelation>
}

/** The most sentences of the other report read to tell whether a sentence links with any (group-parts.ts). */
const LINK_SCAN_MAX = 400

/** The facts of one sentence of a report (none when the report's facts were not handed over). */
const sentenceFactsOf = (facts: DocumentFacts | undefined, sentence: number): readonly Fact[] => facts?.factsBySentence.get(sentence)?.map((l) => l.fact) ?? []

export function createSlotsApart(
  docA: PreparedDocument,
  docB: PreparedDocument,
  clausesA: Clauses,
  clausesB: Clauses,
  inOneLink: (i: number, j: number) => boolean,
  factsA?: DocumentFacts,
  factsB?: DocumentFacts,
): SlotsApart {
  // Counts to an end named after the figure or at its clause head, compared as dates (tail-ends.ts).
  const tailEndsApart = createTailEnds(docA, docB, factsA, factsB)

  const subjects = (x: Located<Fact>, y: Located<Fact>) => durationRelation(x.fact, y.fact, clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact))

  // Whether a sentence links with any of the other report's: read once a sentence, only for a part after its group (group-parts.ts).
  // Against a report of more than LINK_SCAN_MAX sentences it is taken as linked (the part then needs the group's own link), so no report is read whole for each sentence.
  const linkedSeen = { a: new Map<number, boolean>(), b: new Map<number, boolean>() }
  const linkedOf = (side: 'a' | 'b', i: number): boolean => {
    let known = linkedSeen[side].get(i)
    if (known === undefined) {
      const other = side === 'a' ? docB.sentences.length : docA.sentences.length
      if (other > LINK_SCAN_MAX) return true
      known = false
      for (let j = 0; j < other && !known; j++) known = side === 'a' ? inOneLink(i, j) : inOneLink(j, i)
      linkedSeen[side].set(i, known)
    }
    return known
  }
  const groupLinks = { inOneLink, linkedA: (i: number) => linkedOf('a', i), linkedB: (j: number) => linkedOf('b', j) }

  // Asked of one pair again and again (the rivals of a slot, then the pair's weighing, then its second look): kept once read.
  const distinctSeen = new Map<Located<Fact>, Map<Located<Fact>, string | undefined>>()
  function distinct(x: Located<Fact>, y: Located<Fact>): string | undefined {
    let row = distinctSeen.get(x)
    if (row === undefined) distinctSeen.set(x, (row = new Map()))
    if (row.has(y)) return row.get(y)
    const why = distinctOnce(x, y)
    row.set(y, why)
    return why
  }

  // The identifying figures two sentences state alike (anchored-subjects.ts), read once a sentence pair.
  const anchorsSeen = new Map<string, ReturnType<typeof sharedAnchors>>()
  const anchorsOf = (i: number, j: number): ReturnType<typeof sharedAnchors> => {
    const key = `${i}:${j}`
    let anchors = anchorsSeen.get(key)
    if (anchors === undefined) anchorsSeen.set(key, (anchors = sharedAnchors(factsA?.factsBySentence.get(i) ?? [], factsB?.factsBySentence.get(j) ?? [])))
    return anchors
  }

  function distinctOnce(x: Located<Fact>, y: Located<Fact>): string | undefined {
    const linked = inOneLink(x.sentence, y.sentence)
    const named = differentQualifiers(x.fact, y.fact, clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact), linked)
    // Names told apart, yet one identifying figure stated alike: one subject named two ways.
    const qualified = named !== undefined && NAMED_APART.has(named) && sharedSubject(x, y, anchorsOf(x.sentence, y.sentence)) !== undefined ? undefined : named
    // The hail's 15 minutes and the heavy rain's 30 (mưa đá / mưa lớn): lengths of two things.
    const lengths = qualified ? undefined : subjects(x, y)
    if (qualified ?? (lengths?.relation === 'kinds')) return qualified ?? `durations of two things (${lengths!.text})`
    // "Phó Thị trưởng năm 2009" / "Thị trưởng từ tháng Giêng năm 2010": figures of two ranks of one office.
    const offices = officesApart(x, y)
    if (offices) return offices
    // "Child's Play 2" (1990) / "Child's Play" (1988), a remake's year: years of two names, or a name's year against a count (named-years.ts)
    if (namedYearRelation(docA, docB, x, y) === 'apart') return 'years of two names'
    // "Kể từ đầu năm đến nay, … ít nhất 3 vụ" / "2 vụ tấn công trên": a total to date against one batch.
    // The dead against the living (life-outcomes.ts), "120 km, trong đó …" against "80km trong tổng số 83 km" (part-wholes.ts),
    // the price of pineapples against that of pomelos (priced-items.ts), 85,72% cổ đông against 98% cổ phần (percent-wholes.ts).
    if (x.fact.type === 'number' && y.fact.type === 'number') {
      const [cx, cy] = [clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact)]
      const bothCounts = x.fact.kind === 'count' && y.fact.kind === 'count'
      const factsOfSide = (side: 0 | 1): readonly Fact[] => factListOf(side, side === 0 ? x.sentence : y.sentence)
      // "Sete minutos depois" / "Quatro minutos depois": offsets from two moments of a match (minute-readings.ts)
      const offsets = factsA && factsB ? offsetsFromOtherMoments(x, y, docA, docB, factsA, factsB) : undefined
      if (offsets) return offsets
      const apart = firmsApart(x.fact, y.fact) ?? runningAgainstBatch(cx, cy) ?? differentTotalEnds(cx, cy) ?? tailEndsApart(x, y, cx, cy, bothCounts) ?? namedEndAgainstDay(cx, cy, bothCounts) ?? differentSides(x.fact, y.fact, cx, cy) ?? differentOutcomes(cx, cy, x.fact, y.fact) ?? countsOfOtherFates(x.fact, y.fact, cx, cy) ?? vagueOfOtherThing(x, y) ?? tollsApart(x.fact, y.fact, cx, cy, factsOfSide, (side) => (side === 0 ? docA : docB).original) ?? wholeAgainstPart(x.fact, y.fact, cx, cy, factsOfSide) ?? differentGoods(cx, cy) ?? differentWholes(x.fact, y.fact, cx, cy, wholesBeside(0, x), wholesBeside(1, y)) ?? differentPolls(x.fact, y.fact, cx, cy, factsOfSide) ?? volumeReadingsApart(x.fact, y.fact, cx, cy) ?? countSetsApart(x.fact, y.fact, cx, cy)
      if (apart) return apart
      // "Police arrested 12 protesters. Four were later released." / "Twelve people were arrested…": the part and its group (group-parts.ts)
      const part = factsA && factsB ? partAgainstGroup(x, y, (s) => factsA.factsBySentence.get(s) ?? [], (s) => factsB.factsBySentence.get(s) ?? [], groupLinks, (l) => clausesA.of(l.sentence, l.fact), (l) => clausesB.of(l.sentence, l.fact)) : undefined
      if (part) return part
      // "màn hình 13 inch" / "dày 20,32 mm": a screen and a thickness (reasons/compatible.ts)
      if (measuresOfTwoThings(x.fact, y.fact)) return 'two things measured, sizes far apart'
    }
    // "sẽ về TP.HCM" on 16.10 / "diễn ra tại Bình Dương vào ngày 23/10": the days of two events.
    // "bị bắt vào hôm 1/12" / "tờ China Times cho biết … hôm 30.7": the event's day and a paper's (press-dates.ts).
    if (x.fact.type === 'date' && y.fact.type === 'date') {
      const press = pressDatesApart(clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact)) ?? spanEndAgainstDay(x, y, docA, docB, factsA, factsB)
      if (press) return press
    }
    const events = events_(x, y)
    return events?.relation === 'different' ? `dates of two events (${events.text})` : undefined
  }

  // Each sentence's facts, and the wholes its shares name, read once a sentence rather than once a
  // pair of figures judged: a sentence of thousands of figures cost their square (issue 16).
  const factLists = [new Map<number, readonly Fact[]>(), new Map<number, readonly Fact[]>()] as const
  const factListOf = (side: 0 | 1, sentence: number): readonly Fact[] => {
    let list = factLists[side].get(sentence)
    if (!list) factLists[side].set(sentence, (list = sentenceFactsOf(side === 0 ? factsA : factsB, sentence)))
    return list
  }
  const sharesSeen = [new Map<number, ReadonlyArray<readonly [Fact, string]>>(), new Map<number, ReadonlyArray<readonly [Fact, string]>>()] as const
  const sharesOf = (side: 0 | 1, sentence: number): ReadonlyArray<readonly [Fact, string]> => {
    let shares = sharesSeen[side].get(sentence)
    if (!shares) {
      const clauses = side === 0 ? clausesA : clausesB
      const found: Array<readonly [Fact, string]> = []
      for (const other of factListOf(side, sentence)) {
        if (other.type !== 'number' || other.kind !== 'percent') continue
        const whole = shareWhole(other, clauses.of(sentence, other))
        if (whole !== undefined) found.push([other, whole])
      }
      sharesSeen[side].set(sentence, (shares = found))
    }
    return shares
  }

  /** The wholes the other shares of a figure's sentence name (percent-wholes.ts): "40% số phòng … và một phần tư lượng khách". */
  function wholesBeside(side: 0 | 1, f: Located<Fact>): string[] {
    const wholes: string[] = []
    for (const [other, whole] of sharesOf(side, f.sentence)) if (other !== f.fact) wholes.push(whole)
    return wholes
  }

  /**
   * A figure whose thing the other report tells vaguely only with another verb or phrase ("300 people
   * live" / "hundreds of people fled", missing/vague-quantities.ts): a vague magnitude met there is of
   * another slot. Asked only of a figure against a magnitude: a magnitude states no value to tell the
   * slot by, so its words are all there is.
   */
  function vagueOfOtherThing(x: Located<Fact>, y: Located<Fact>): string | undefined {
    const [vx, vy] = [x.fact.type === 'number' && x.fact.magnitude !== undefined, y.fact.type === 'number' && y.fact.magnitude !== undefined]
    if (vx === vy) return undefined
    const other = vy ? vaguelyOfOtherThing(docA, docB, x) : vaguelyOfOtherThing(docB, docA, y)
    return other ? 'a vague quantity of another thing' : undefined
  }

  /** Figures told of one office at two ranks (office-roles.ts): why, else undefined. */
  function officesApart(x: Located<Fact>, y: Located<Fact>): string | undefined {
    const offices = differentOffices(clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact))
    return offices ? `figures of two ranks of one office (${offices})` : undefined
  }

  /** The events the words beside two dates name (date-occasions.ts); undefined for figures. */
  function events_(x: Located<Fact>, y: Located<Fact>): ReturnType<typeof dateEventRelation> | undefined {
    if (x.fact.type !== 'date' || y.fact.type !== 'date') return undefined
    return dateEventRelation(clausesA.of(x.sentence, x.fact), clausesB.of(y.sentence, y.fact))
  }

  return { distinct, officesApart, events: events_, subjects }
}
