/**
 * One event's toll told by two reports in sentences the aligner does not link (issue 11): "Officials
 * say at least 24 people were killed" / "bringing the confirmed death toll from the disaster to 11",
 * "làm ít nhất 24 người thiệt mạng" / "nâng số người chết lên 11 người". The slot rules never meet
 * them (other sentences, other units), so each was reported missing.
 *
 * A report's main toll of an outcome (the dead, the injured, the missing, the arrested) is its largest count of
 * people of that outcome that is told of the report's own event: tolls grow as a story is updated,
 * and a report's smaller figures of the outcome are its parts (one village's, one hospital's). Left
 * out of the main toll, though still read for the echo test below: a figure in a sentence that names
 * a year ("In 2004 a tsunami killed 170,000", "the deadliest since 2004, when …") or of the past
 * ("Last year a storm killed 9": outcome-counts.ts), a part ("Three of the 12 people on board", "6
 * children"), one member of a list, a day's count, one place's share ("In the capital alone"), a
 * country's or a season's ("Nationwide, … this year", "cả nước", "năm nay", "since the rainy season
 * began"), a forecast ("could climb to 100", "có thể lên tới"), a sentence recalling another event
 * ("two weeks after a bombing … killed 60", "vụ trước đó"), and a count of the dead and the injured
 * together ("chết và bị thương", "thương vong"): toll-scope.ts.
 *
 * The dead counted as civilians are people in general (*Thirty civilians* / *31 people*, issue 11
 * FA-KES); a page's glued dateline names no other year, and a report's main toll is read from its
 * lead when its lead tells one (toll-dateline.ts); a figure before a sentence's recall of another
 * event ("killed … a day after the execution") is the sentence's own.
 *
 * Two main tolls pair only when every guard passes: neither side states the other's value as any
 * figure of that outcome (then the two may be two scopes or times each report tells), the clause
 * rules set nothing apart (slots-apart.ts, which reads tollsApart), both are told of one place or
 * of none ("killed 8 people in the town" / "10 people died in the quake"), and neither or both are running
 * totals ("rose to", "lên tới": a day's report against the running count). Two lower bounds ("at
 * least 5" / "at least 11") are still a disagreement, but of reports maybe written hours apart:
 * flagged only when each report leads with its bound. A weak slot pairing of the other report's toll
 * with a headline's earlier count holds neither main toll back, and a sentence naming only its source
 * is not about other people (toll-sources.ts).
 */
import type { Located } from '../../extract/collect'
import type { Span } from '../../../types'
import { cachedPerReport, mainFactsOf, mainSlotOf, type MainFigures } from './main-figures'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'
import { hedgeOf } from '../../reasons/hedges'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import type { Clause } from '../clauses/clauses'
import { type FactPair, factsOf } from '../pairing/fact-pair'
import { TOLL_LINKS, inCustody, tollOutcome } from './toll-outcomes'
import { kindOfPeople } from '../../extract/numbers/counted-synonyms'
import { peopleCountsApart } from '../slots/people-kinds'
import { dailyCount, listed, ofAnotherTime, onePlaceAlone, recalled, runningTotal } from './outcome-counts'
import { attributedIn, withoutSupersededTallies, type TollCandidate } from './superseded-tallies'
import { countedOutOfAWhole, listsAPart, partOfTheOutcome, toldAsPart } from '../slots/part-of-count'
import { combinedCasualties, forecast, periodTotal, wideScope } from './toll-scope'
import type { MainFigureRound, TollSide } from './main-figure-round'
import { inLead, leadsShareAName } from './toll-leads'
import { placeOf, placedAlike, placesMeet } from './toll-incident'
import { NAMED_APART } from '../slots/anchored-subjects'
import { isDateline, leadTolls } from './toll-dateline'
import { namesOnlySources } from './toll-sources'
import { heldByALesserFigure } from './toll-held'
export type { TollSide } from './main-figure-round'

/** The slot rules' set-aside of two sentences each naming people or places the other does not (slot-qualifiers.ts). */
const STRANGERS = 'sentences about different people or places'
/**
 * The outcomes whose toll is one event's figure. Arrests are one too (issue 11: *42 people … were
 * apprehended* / *69 immigrants were detained*): the guards below keep their counts by place, day and
 * period apart as they keep the dead's. Evacuations are counted by place and day too often.
 */
const TOLL_OUTCOMES: ReadonlySet<Outcome> = new Set(['dead', 'injured', 'missing', 'arrested'])
/** Counted nouns of people in general; a specific noun (children, passengers, crew) counts a part. */
const PEOPLE = keys('people person persons người others other victims civilian civilians civi civile')
/**
 * Civilians, counted as people only in two leads placed alike (toll-incident.ts) and against a total whose sentence lists no part of another kind:
 * "43 people …, including 13 rebel fighters" makes 30 civilians a part of it (review rtolls49 2).
 * The singular "civil" stays out: English writes it before a noun (civil servants, civil defence).
 */
const CIVILIANS = keys('civilian civilians civi civis civiles civile civils civili')
const civiliansOf = (f: NumberFact): boolean => CIVILIANS.has(f.unit)

/** One group under two words: VI "đối tượng" and "nghi phạm" (suspects, read as their first syllable), migrants and immigrants. */
const GROUP_OF: ReadonlyMap<string, string> = new Map([
  ['đối', 'suspect'],
  ['nghi', 'suspect'],
  ['migrant', 'immigrant'],
  ['demonstrator', 'protester'],
])
const groupOf = (f: NumberFact): string | undefined => (kindOfPeople(f.unit) ? (GROUP_OF.get(f.unit) ?? f.unit) : undefined)
/**
 * "42 protesters" / "3 suspects": a kind of people stands for the whole of the arrested only against
 * "people"; two kinds are two groups (review rtolls55 4).
 */
function twoGroups(fx: NumberFact, fy: NumberFact): boolean {
  const [x, y] = [groupOf(fx), groupOf(fy)]
  return x !== undefined && y !== undefined && x !== y
}

/**
 * Weight of a pair of two main tolls: above the default minConfidence (0.5), so it is flagged, as
 * a contradiction less sure than one of linked sentences. Two lower bounds (reports maybe hours
 * apart, or two scopes: "injured more than 150 others" / "more than 100 other people" of two
 * attacks) weigh below it: listed as a candidate, not flagged.
 */
const MAIN_TOLLS = 0.6
const TWO_LOWER_BOUNDS = 0.45
/**
 * Two lower bounds each in its report's lead ("killed at least 5 people" / "At least 3 people
 * died", "ao menos 30" / "Ao menos 33 pessoas morreram"): the figure each outlet heads its
 * story with, which an editor wants side by side even if one was written hours later. Flagged,
 * below two tolls told plainly, only when the two leads name one place or participant
 * (toll-leads.ts): two leads of one outcome's floors may tell two attacks ("The blasts … injured
 * more than 150 others" / "The Atlanta Olympic Games attack … more than 100"), however many
 * sentences follow. A lone sentence is no lead.
 */
const TWO_LEAD_BOUNDS = 0.51

/** Whether a report tells figures in more than one sentence: a lone sentence has no lead to speak of. */
const beyondOneSentence = (side: TollSide): boolean => side.facts.factsBySentence.size > 1

/** "2 injured", "1 dead": the outcome written as the counted noun is the figure's own. */
const unitOutcome = (f: NumberFact): Outcome | undefined => (f.unit === '' || f.unit.includes(' ') ? undefined : outcomeAt([f.unit], 0))

/** How a figure that may be its report's main toll is told: as a part ("including 5 children") or a running total ("rose to"). */
interface TollTelling {
  readonly part: boolean
  readonly running: boolean
}

/**
 * Each outcome's main toll (the largest value of the report's own event's counts of people), every
 * value each outcome takes, the outcome each counted figure is read with, and how each figure that
 * may be a main toll is told (`candidates`: another incident, day or year is not among them).
 */
type SideTolls = MainFigures<Outcome> & { readonly candidates: ReadonlyMap<Fact, TollTelling> }

const isCount = (f: Fact): f is NumberFact => f.type === 'number' && (f.kind === 'count' || f.kind === 'plain') && f.value > 0 && f.range === undefined

/** Whether a figure's sentence tells another figure of its outcome ("20 …, while state media put the toll at 12"): two sources' tolls. */
function beside(l: Located<Fact>, side: TollSide, tolls: SideTolls): boolean {
  const outcome = tolls.slots.get(l.fact)
  const v = (l.fact as NumberFact).value
  return (side.facts.factsBySentence.get(l.sentence) ?? []).some((o) => o.fact !== l.fact && tolls.slots.get(o.fact) === outcome && (o.fact as NumberFact).value !== v)
}

/**
 * Every span where a report states its paired figure again as the same toll ("1 dead, 2 injured" in a
 * headline, "2 men were injured" in the lead). Review rtolls51 (1): the same value of another incident,
 * day or year ("Last month, another shooting … left 2 people injured") is another toll, so only a
 * figure that may be the report's main toll counts, told as the paired one is (not a part, not a
 * running total unless it is one), and not dated apart from the other report's figure.
 */
function spansOf(side: TollSide, tolls: SideTolls, own: Located<Fact>, outcome: Outcome, apartFrom: (l: Located<Fact>) => boolean): Span[] {
  const value = (own.fact as NumberFact).value
  const telling = tolls.candidates.get(own.fact)
  const out: Span[] = []
  for (const l of side.facts.facts) {
    if (l.fact === own.fact) {
      out.push(l.span)
      continue
    }
    const t = tolls.candidates.get(l.fact)
    if (t === undefined || tolls.slots.get(l.fact) !== outcome || (l.fact as NumberFact).value !== value) continue
    if (t.part !== (telling?.part ?? false) || t.running !== (telling?.running ?? false) || apartFrom(l)) continue
    out.push(l.span)
  }
  return out
}

/**
 * A report tells its toll in its headline, its lead and its body alike: the pair carries every place
 * each side states its value, as a name's divergence carries every spelling's, so an editor sees the
 * headline's figure beside the body's. Left out when each side states its value once.
 */
function occurrencesOf(pair: FactPair, outcome: Outcome, sides: TollSides): FactPair {
  const { sideA, sideB, tollsA, tollsB, datedApart } = sides
  const a = spansOf(sideA, tollsA, pair.a, outcome, (l) => datedApart(l, pair.b))
  const b = spansOf(sideB, tollsB, pair.b, outcome, (l) => datedApart(pair.a, l))
  return a.length > 1 || b.length > 1 ? { ...pair, occurrences: { a, b } } : pair
}

/** The two reports of a round with their tolls, and whether two figures are dated to two days. */
interface TollSides {
  readonly sideA: TollSide
  readonly sideB: TollSide
  readonly tollsA: SideTolls
  readonly tollsB: SideTolls
  readonly datedApart: (x: Located<Fact>, y: Located<Fact>) => boolean
}

/** A figure that may be its report's main toll: people in general, of the event's own time and whole place. */
function mainCandidate(l: Located<NumberFact>, c: Clause, outcome: Outcome, side: TollSide, sentence: SentenceOf): boolean {
  const f = l.fact
  // "2 injured", "1 dead": the outcome itself is the counted noun, people in general
  // "69 immigrants were detained": the arrested are counted by the kind they were taken as, the whole of them; the dead of a kind are a part ("6 children")
  if (f.unit !== '' && !PEOPLE.has(f.unit) && unitOutcome(f) !== outcome && !(outcome === 'arrested' && kindOfPeople(f.unit))) return false
  // "20 Soldaten", "11 Frauen": a capitalised noun the figure counts, no unit the extractor knows, is a class of people as "20 soldiers" is (review runlinked54)
  if (f.unit === '' && c.capitals.has(f.after[0] ?? '') && outcomeAt(f.after, 0) === undefined && !PEOPLE.has(f.after[0]!)) return false
  if (countedOutOfAWhole(f.before) || partOfTheOutcome(c)) return false
  const { facts: all, year } = sentence(l.sentence)
  // a year anywhere in the sentence ("the deadliest since 2004, when a tsunami killed 230,000"): maybe another event's toll
  if (year) return false
  const facts = (): readonly Fact[] => all
  if (forecast(c) || recalled(c) || periodTotal(c.words.slice(0, Math.max(c.end, c.wordsBefore)))) return false
  return !ofAnotherTime(f, c, facts, side.text) && !listed(f, outcome, facts) && !dailyCount(c) && !onePlaceAlone(c) && !wideScope(c)
}

/** Beyond this many figures in one sentence that may count a toll (mayCountToll), whatever their outcome, the rest of it is not read. */
const MAX_TOLLS_A_SENTENCE = 12

/** Whether a figure's own few words name an outcome or lead to a toll: only then is its clause read. */
function mayCountToll(f: NumberFact): boolean {
  // "nove mortos", "9 dead": the outcome is the counted noun, in neither the words before nor after
  if (TOLL_LINKS.has(f.before.at(-1) ?? '') || unitOutcome(f) !== undefined) return true
  return [f.before, f.after, f.clause ?? []].some((words) => words.some((_, k) => outcomeAt(words, k) !== undefined))
}

/** A sentence's facts, and whether one of them is a year; read once a sentence. */
type SentenceOf = (sentence: number) => { readonly facts: readonly Fact[]; readonly year: boolean }
const isYear = (x: Fact, side: TollSide): boolean => ((x.type === 'date' && x.year !== undefined) || (x.type === 'number' && x.kind === 'year')) && !isDateline(x, side.text)

/** Read once per report: every counted figure is read with its clause, in one pass. */
function sideTolls(side: TollSide): SideTolls {
  const sentences = new Map<number, { facts: readonly Fact[]; year: boolean }>()
  const sentence: SentenceOf = (k) => {
    let s = sentences.get(k)
    if (s === undefined) {
      const facts = (side.facts.factsBySentence.get(k) ?? []).map((x) => x.fact)
      sentences.set(k, (s = { facts, year: facts.some((x) => isYear(x, side)) }))
    }
    return s
  }
  const main = new Map<Outcome, number>()
  // read once per sentence: its clauses share one array of words
  const attributedSentences = new WeakMap<readonly string[], boolean>()
  const attributed = (words: readonly string[]): boolean => {
    let a = attributedSentences.get(words)
    if (a === undefined) attributedSentences.set(words, (a = attributedIn(words)))
    return a
  }
  const candidates: TollCandidate[] = []
  const updates = new Set<TollCandidate>()
  const values = new Map<Outcome, Set<number>>()
  const outcomes = new Map<Fact, Outcome>()
  const told = new Map<Fact, TollTelling>()
  const read = new Map<number, number>()
  for (const l of side.facts.facts) {
    if (!isCount(l.fact) || !mayCountToll(l.fact)) continue
    // a clause is read from its sentence's start: a sentence of many tolls is a table, read no further
    const n = read.get(l.sentence) ?? 0
    if (n >= MAX_TOLLS_A_SENTENCE) continue
    read.set(l.sentence, n + 1)
    const c = side.clauseOf(l)
    const outcome = unitOutcome(l.fact) ?? tollOutcome(c, l.fact)
    // "50 người chết và bị thương": the dead and the injured together, no count of either
    if (outcome === undefined || !TOLL_OUTCOMES.has(outcome) || combinedCasualties(c) || (outcome === 'arrested' && !inCustody(c, l.fact))) continue
    outcomes.set(l.fact, outcome)
    let set = values.get(outcome)
    if (!set) values.set(outcome, (set = new Set()))
    set.add(l.fact.value)
    if (!mainCandidate(l as Located<NumberFact>, c, outcome, side, sentence)) continue
    const candidate = { sentence: l.sentence, outcome, value: l.fact.value, part: toldAsPart(c), attributed: attributed(c.words) }
    candidates.push(candidate)
    const running = runningTotal(c)
    if (running) updates.add(candidate)
    told.set(l.fact, { part: candidate.part, running })
  }
  for (const c of leadTolls(side, withoutSupersededTallies(candidates), (c) => updates.has(c))) main.set(c.outcome, Math.max(main.get(c.outcome) ?? 0, c.value))
  return { main, values, slots: outcomes, candidates: told }
}

const tollsOf = cachedPerReport(sideTolls)

/** The outcomes of which a value stands on both sides ("1 dead" / "killed one"); read once a pair of reports. */
function agreeingOutcomes(a: SideTolls, b: SideTolls): Set<Outcome> {
  const out = new Set<Outcome>()
  for (const [o, values] of a.values) {
    const other = b.values.get(o)
    if (other && [...values].some((v) => other.has(v))) out.add(o)
  }
  return out
}

/**
 * The slot pairing's pairs (`taken`), with pairs of the two reports' main tolls among the facts
 * it left unpaired, each outcome paired at most once, in sentences the aligner did not link (`linked`);
 * `apart` is the clause rules' verdict (slots-apart.ts).
 */
export function withMainTolls(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked, datedApart } = round
  const contradiction = (p: FactPair): boolean => p.reason === undefined && isCount(p.a.fact) && isCount(p.b.fact)
  const weak = (p: FactPair): boolean => contradiction(p) && !p.apart && p.confidence < MAIN_TOLLS
  const paired = factsOf(taken)
  const leftOver = (left: readonly Located<Fact>[]): boolean => left.some((l) => !paired.has(l.fact) && isCount(l.fact))
  // most pairs of reports have no count left on one side: nothing to read
  if (!taken.some(contradiction) && !(leftOver(leftA) && leftOver(leftB))) return [...taken]
  const tollsA = tollsOf(sideA)
  const tollsB = tollsOf(sideB)
  const held = heldByALesserFigure(taken.filter(weak), tollsA, tollsB)
  const used = held.size === 0 ? paired : new Set([...paired].filter((f) => !held.has(f)))
  const countsA = leftA.filter((l) => !used.has(l.fact) && isCount(l.fact))
  const countsB = leftB.filter((l) => !used.has(l.fact) && isCount(l.fact))
  const sides: TollSides = { sideA, sideB, tollsA, tollsB, datedApart }
  // only a side's main tolls can pair, a few figures each: the loop below stays small however many counts are left
  const freeA = mainFactsOf(countsA, tollsA)
  const freeB = mainFactsOf(countsB, tollsB)
  const done = new Set<Outcome>()
  // each report leads with one toll of one incident (toll-incident.ts): a weak slot pairing is raised, name-only set-asides give way
  const oneIncident = (x: Located<Fact>, y: Located<Fact>): boolean =>
    inLead(sideA, x.sentence) &&
    inLead(sideB, y.sentence) &&
    sideA.sentences.length > 1 &&
    sideB.sentences.length > 1 &&
    !beside(x, sideA, tollsA) &&
    !beside(y, sideB, tollsB) &&
    placedAlike(sideA.clauseOf(x), sideB.clauseOf(y))
  const tollPair = (x: Located<Fact>, y: Located<Fact>): FactPair | undefined => {
    const outcome = mainSlotOf(x, tollsA)
    // linked sentences were judged by the slot rules, which read their own clauses ("The blasts" / "The Olympic Games attack")
    if (outcome === undefined || done.has(outcome) || mainSlotOf(y, tollsB) !== outcome || linked(x, y)) return undefined
    const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
    // the other's value told anywhere on this side: two scopes or two times, each report telling both
    if (fx.value === fy.value || tollsA.values.get(outcome)?.has(fy.value) || tollsB.values.get(outcome)?.has(fx.value)) return undefined
    if (compatibleReason(fx, fy) !== undefined || approximationsMeet(fx, fy)) return undefined
    const [cx, cy] = [sideA.clauseOf(x), sideB.clauseOf(y)]
    // one town's toll against the event's, or two places' (slots-apart.ts parts named places only when both sides name one)
    // two days ("on Monday" / "on Tuesday"): two moments, maybe two strikes (review rtolls49 6)
    if (datedApart(x, y)) return undefined
    const led = oneIncident(x, y)
    if (!(placeOf(cx) === placeOf(cy) || (led && placesMeet(cx, cy))) || runningTotal(cx) !== runningTotal(cy)) return undefined
    // two outlets name one incident's other parties their own ways: names the sentences do not share set nothing apart then
    const why = apart(x, y)
    // a sentence naming only its source ("segundo … Charles Steger") names no one the incident happened to
    const sourceOnly = why === STRANGERS && !led && (namesOnlySources(cx) || namesOnlySources(cy))
    if (why !== undefined && !(NAMED_APART.has(why) && (led || sourceOnly))) return undefined
    // "12 seriously injured" / "25 wounded": a part of the toll (the badly hurt, those dead at the scene) against the whole
    if (toldAsPart(cx) !== toldAsPart(cy)) return undefined
    // civilians stand for the whole toll only in two leads that place one incident alike, and then not against a total listing a part
    if ((civiliansOf(fx) || civiliansOf(fy)) && !led) return undefined
    if (twoGroups(fx, fy)) return undefined
    // the arrested are counted by raid, place and day: a part or another raid is no second telling of one count
    if (outcome === 'arrested' && peopleCountsApart(fx, fy)) return undefined
    if ((civiliansOf(fx) && !civiliansOf(fy) && listsAPart(cy.words)) || (civiliansOf(fy) && !civiliansOf(fx) && listsAPart(cx.words))) return undefined
    const bounds = hedgeOf(fx) === 'over' && hedgeOf(fy) === 'over'
    const evidence = [`the main toll of the ${outcome} in each report`, 'no other count of that outcome on either side gives the other value']
    if (bounds) evidence.push('tolls of one event, maybe at different times')
    if (sourceOnly) evidence.push('one sentence names only the source of its toll')
    if (held.has(x.fact) || held.has(y.fact)) evidence.push('a lesser figure of the outcome, not its report\'s toll, was paired with one of them by wording alone')
    const leads = bounds && inLead(sideA, x.sentence) && inLead(sideB, y.sentence) && beyondOneSentence(sideA) && beyondOneSentence(sideB) && leadsShareAName(sideA, sideB)
    if (leads) evidence.push('each the lower bound its report leads with')
    const weight = !bounds ? MAIN_TOLLS : leads ? TWO_LEAD_BOUNDS : TWO_LOWER_BOUNDS
    done.add(outcome)
    return occurrencesOf({ a: x, b: y, confidence: weight, evidence, weight }, outcome, sides)
  }
  // a weak pairing the slots made stays theirs: its doubt (a record of accidents, two moments) is theirs
  // to weigh, unless both reports tell another outcome's toll alike ("1 dead, 2 injured" / "killed one,
  // wounded three others"): one event's tolls, the agreeing one ties the other
  let agreeing: Set<Outcome> | undefined
  // a confident pairing of the two main tolls of one outcome is that toll's finding: it lists every place each report states it
  const placed = (p: FactPair): FactPair => {
    const outcome = mainSlotOf(p.a, tollsA)
    return outcome !== undefined && mainSlotOf(p.b, tollsB) === outcome ? occurrencesOf(p, outcome, sides) : p
  }
  const out = taken.map((p) => {
    if (!weak(p)) return contradiction(p) && p.confidence >= MAIN_TOLLS ? placed(p) : p
    const outcome = mainSlotOf(p.a, tollsA)
    if (outcome === undefined) return p
    agreeing ??= agreeingOutcomes(tollsA, tollsB)
    const tied = [...agreeing].some((o) => o !== outcome)
    if (!tied && !oneIncident(p.a, p.b)) return p
    const lifted = tollPair(p.a, p.b)
    if (lifted === undefined) return p
    used.add(p.b.fact)
    const raised = { ...p, confidence: lifted.confidence, weight: Math.max(p.weight ?? p.confidence, lifted.confidence), evidence: [...p.evidence, ...lifted.evidence, tied ? 'another outcome\'s toll told alike on both sides' : 'each report leads with one toll, placed alike'] }
    return occurrencesOf(raised, outcome, sides)
  })
  const mains = new Set<Fact>()
  for (const x of freeA) {
    for (const y of freeB) {
      if (used.has(y.fact)) continue
      const pair = tollPair(x, y)
      if (pair === undefined) continue
      out.push(pair)
      used.add(y.fact)
      mains.add(x.fact).add(y.fact)
      break
    }
  }
  // the two main tolls paired: the weak pairing that held one of them with a lesser figure gives way to it
  return held.size === 0 ? out : out.filter((p) => !(weak(p) && [p.a.fact, p.b.fact].some((f) => held.has(f) && mains.has(f))))
}
