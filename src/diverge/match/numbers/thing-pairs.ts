/**
 * One event's main quantity of a thing told by two reports in sentences the aligner does not link
 * (issue 11): "9 người bị thương, 24 nhà bị sập hoàn toàn" / "trận lốc xoáy khiến 19 nhà dân sập
 * hoàn toàn", "The storm destroyed 24 houses" / "Police said 19 houses collapsed". The slot rules
 * never meet them, so each was reported missing. toll-pairs.ts does this for counts of people;
 * this file does it for houses and buildings.
 *
 * A thing's slot is its noun and what befell it: houses collapsed, unroofed, flooded, burned or
 * swept away are five slots, a figure told in two states ("48 ngôi nhà bị tốc mái và sập đổ") a
 * sixth, a part of each house ("sập một phần", "partly flooded") another. A figure's state is read
 * from its own words only (the verb right before it, the words after it up to one leading to another
 * noun): "near the collapsed dam" or "khỏi bị cháy" is no state of it, and a figure with no state of
 * its own is never paired here. "Damaged" is no slot: it often counts the collapsed and the unroofed
 * too ("194 ngôi nhà bị thiệt hại, trong đó 24 nhà bị sập"), so a figure told as damaged is never
 * paired here. "nhà" counts a dwelling only when a dwelling's word, a verb or nothing follows it.
 * A report's main figure of a slot is its largest one told of the report's own event: a smaller
 * one is a part (one commune's). Left out of the main figure: a figure in a sentence that names a
 * year, a condition ("if", "nếu") or a running total ("now", "so far", "this week", "tính đến nay",
 * "tổng cộng"), or recalls past events ("rebuilt", "earlier", "xây lại", "đợt bão trước", toll-scope's
 * "trước đó", "a similar storm"); a figure with a modal or an expectation before it or in its own
 * words ("could be", "có nguy cơ"); one place's share ("riêng", "alone"); a part ("12 of the 40
 * houses"). English and Vietnamese nouns and states are one table, so an English report's figure
 * pairs with a Vietnamese one's.
 *
 * Two main figures pair only when every guard passes: one noun and one set of states; neither side
 * states the other's value as any figure of that noun (then the two may be two scopes each report
 * tells); the clause rules set nothing apart; both are told of no place, or of a place both name.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { hedgeOf } from '../../reasons/hedges'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import type { Clause } from '../clauses/clauses'
import type { FactPair } from '../pairing/fact-pair'
import { ofAnotherTime, onePlaceAlone } from './outcome-counts'
import { PLACE_LEADS, PLACE_NOUNS, forecast, forecastIn, periodTotal, recallsAnotherEvent } from './toll-scope'
import { countedOutOfAWhole } from '../slots/part-of-count'
import { PERIODS } from './running-totals'
import type { TollSide } from './toll-pairs'
import { cachedPerReport, mainFactsOf, mainSlotOf, type MainFigures } from './main-figures'
import type { MainFigureRound } from './main-figure-round'

/** Counted nouns of a thing, by kind: a house and a building are two slots ("8 buildings" may be shops). */
const NOUNS: ReadonlyMap<string, string> = new Map([
  ...[...keys('nhà house home dwelling residence')].map((w) => [w, 'house'] as const),
  ...[...keys('building tòa')].map((w) => [w, 'building'] as const),
])
/**
 * "nhà" and another noun is a building of another kind ("nhà bè" a fish-farm raft, "nhà học" a school
 * block, "nhà kho" a store): "nhà" is a dwelling only when a dwelling's word ("nhà dân", "nhà ở"),
 * a verb, a link or nothing follows it. A positive list: an unknown compound is never a house.
 */
const VI_HOUSE = foldWord('nhà')
const HOUSE_FOLLOWERS = keys('dân ở cửa người bị được đã đều đang vẫn của khác này đó thuộc tại trên và hoặc cùng có nằm hoàn')

/** What befell a thing, each word to its state. */
const STATES: ReadonlyMap<string, string> = new Map([
  ...[...keys('sập đổ hủy huỷ destroyed destroy destroys destroying collapsed collapse collapses flattened flattening razed levelled leveled wiped rubble')].map((w) => [w, 'collapsed'] as const),
  ...[...keys('tốc unroofed roofless roofs')].map((w) => [w, 'unroofed'] as const),
  ...[...keys('ngập flooded submerged inundated underwater')].map((w) => [w, 'flooded'] as const),
  ...[...keys('cháy thiêu burned burnt gutted torched')].map((w) => [w, 'burned'] as const),
  ...[...keys('trôi swept washed')].map((w) => [w, 'swept'] as const),
  // "sập một phần", "partly flooded": a part of each house, another slot than the whole
  ...[...keys('phần partially partly')].map((w) => [w, 'partial'] as const),
  // a damage count may hold the other states' figures: it marks a figure never paired here
  ...[...keys('hư hỏng hại damaged damage damaging affected')].map((w) => [w, 'damaged'] as const),
])
/** Words a figure's state, read backwards from it, does not cross: another member of a list, another noun, a whole. */
const BEFORE_STOPS = keys('and or và hoặc cùng of số trong')
/** Words after a figure that lead to another noun ("near the collapsed dam", "khỏi bị cháy", "trong vùng ngập"): its state is read no further. */
const AFTER_STOPS = keys('near in at across around from with within outside inside beside gần cạnh khỏi trong ngoài nằm tại ở vùng quanh')
const JOINTS = keys('and or và hoặc')
/** "destroyed by fire", "the fire destroyed": what a fire destroys is burned. */
const FIRE = keys('fire fires blaze flames wildfire hỏa')
/** A condition ("if the levee fails", "nếu mưa tiếp tục"): the figure is a possibility. */
const CONDITIONS = keys('if unless nếu')
/**
 * A running total or a count to date: "have now destroyed", "so far", "in total", "this week",
 * "tính đến nay", "trong tuần này", "tổng cộng", "lũy kế" (periodTotal reads "since October").
 */
const TOTALS = keys('now total tổng lũy luỹ cumulative altogether')
const THIS = foldWord('this')
const VI_THIS = foldWord('này')
const [SO, FAR, VI_TO, VI_NOW] = ['so', 'far', 'đến', 'nay'].map(foldWord) as [string, string, string, string]
/** Another event's houses: "rebuilt", "earlier storms", "xây lại", "các đợt bão trước" (recallsAnotherEvent reads "trước đó"). */
const PAST = keys('rebuilt rebuild rebuilding repaired earlier')
const VI_AGAIN = foldWord('lại')
const VI_BUILD = keys('xây dựng')
const VI_BEFORE = foldWord('trước')
const VI_HAZARDS = keys('bão lũ lốc cháy')

/** Weight of a pair of two main figures: above the default minConfidence (0.5), below a toll across sentences (0.6). */
const MAIN_THINGS = 0.55
/** Two lower bounds ("more than 300 houses" / "over 400 houses"), maybe reports hours apart: a candidate, not a flag. */
const TWO_LOWER_BOUNDS = 0.45

/** Below the default minConfidence, with nothing compatible or doubted about it: a slot rule's guess. */
const WEAK = 0.5
export const weakPair = (p: FactPair): boolean => p.confidence < WEAK && p.reason === undefined && p.apart !== true && p.noun === undefined

const isCount = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'count' && f.value > 0 && f.range === undefined
const isYear = (x: Fact): boolean => (x.type === 'date' && x.year !== undefined) || (x.type === 'number' && x.kind === 'year')

/** The kind of thing a figure counts, if it counts a house or a building ("18 ngôi nhà": the classifier's noun follows it). */
function nounOf(f: NumberFact): string | undefined {
  const noun = NOUNS.get(f.unit)
  if (noun === undefined) return undefined
  if (f.unit !== VI_HOUSE) return noun
  // the clause ends at punctuation: "18 ngôi nhà, chính quyền…" has nothing after its noun
  const clause = f.clause ?? []
  const next = clause[0] === f.unit ? clause[1] : clause[0]
  return next === undefined || HOUSE_FOLLOWERS.has(next) || STATES.has(next) ? noun : undefined
}

/**
 * The figure's own words: those right before it back to a list's joint or another noun, and those
 * after it up to a word leading to another noun. Past a joint only when no verb before the figure
 * told its state ("48 ngôi nhà bị tốc mái và sập đổ"; not "destroyed 24 homes and damaged 300 others").
 */
function ownWords(f: NumberFact): { readonly before: readonly string[]; readonly after: readonly string[] } {
  const before: string[] = []
  for (let k = f.before.length - 1; k >= 0; k--) {
    const w = f.before[k]!
    if (BEFORE_STOPS.has(w) || NOUNS.has(w)) break
    before.unshift(w)
  }
  const toldBefore = before.some((w) => STATES.has(w))
  const after: string[] = []
  for (const w of f.clause ?? []) {
    if (AFTER_STOPS.has(w) || (JOINTS.has(w) && toldBefore)) break
    after.push(w)
  }
  return { before, after }
}

/** What befell the counted thing, read from its own words only. */
function statesOf(f: NumberFact): ReadonlySet<string> {
  const { before, after } = ownWords(f)
  const words = [...before, ...after]
  const states = new Set<string>()
  for (const w of words) {
    const s = STATES.get(w)
    if (s !== undefined) states.add(s)
  }
  if (states.has('collapsed') && words.some((w) => FIRE.has(w))) {
    states.delete('collapsed')
    states.add('burned')
  }
  return states
}

/** Words that end a counted noun after its head ("nhà ở", "nhà dân", "nhà cửa"): part of a list member's noun, not a state. */
const NOUN_TAILS = keys('ở dân cửa')

/**
 * The state a list of counts tells once, after its last member: "24 nhà ở và 6 nhà bếp bị sập hoàn
 * toàn", "24 homes and 6 barns were destroyed". A member with no state of its own whose clause is
 * its noun and a joint, the next figure right after naming its own noun, takes the next member's state.
 * Anything else between is no list: a member's own word it cannot read ("24 homes empty and 6 houses
 * destroyed"), a second clause ("hit 24 homes and 6 of them were destroyed": 6 is a part, not a
 * member), its own state ("24 homes were flooded and 6 barns collapsed"), a comma.
 */
function listStates(sentenceFacts: readonly Located<Fact>[], own: (f: NumberFact) => ReadonlySet<string>): Map<Located<Fact>, ReadonlySet<string>> {
  const out = new Map<Located<Fact>, ReadonlySet<string>>()
  // from the last member back, so a list of any length is read once
  for (let k = sentenceFacts.length - 1; k >= 0; k--) {
    const l = sentenceFacts[k]!
    if (!isCount(l.fact)) continue
    const states = own(l.fact)
    const clause = l.fact.clause ?? []
    const joint = clause[clause.length - 1]
    const next = sentenceFacts[k + 1]
    // only its noun's own words before the joint: the head again after a classifier ("24 ngôi nhà và"), a compound's tail ("24 nhà ở và")
    const unit = l.fact.unit
    const nounOnly = clause.slice(0, -1).every((w) => w === unit || NOUN_TAILS.has(w))
    // the next member names its noun right after its figure ("6 barns", "6 nhà bếp"), not "6 of them"
    const named = next !== undefined && isCount(next.fact) && /\p{L}/u.test(next.fact.text)
    const inherits = states.size === 0 && joint !== undefined && JOINTS.has(joint) && nounOnly && named && next.fact.before[next.fact.before.length - 1] === joint
    out.set(l, inherits ? (out.get(next) ?? states) : states)
  }
  return out
}

/** A possibility in the figure's own words or a condition in its sentence: "could be flooded if", "có nguy cơ bị ngập nếu". */
function possible(f: NumberFact, c: Clause): boolean {
  return forecast(c) || forecastIn(ownWords(f).after)
}

/** A sentence whose figures are never main ones: a condition, a running total, past events' houses. */
export function otherScopeSentence(words: readonly string[]): boolean {
  return words.some((w) => CONDITIONS.has(w)) || ofPastEvents(words) || runningTotal(words)
}

/** A running total: "have now destroyed", "so far", "this week", "tính đến nay", "trong tuần này", "tổng cộng". */
function runningTotal(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (TOTALS.has(w) || (w === SO && words[k + 1] === FAR) || (w === VI_TO && words[k + 1] === VI_NOW)) return true
    if (PERIODS.has(w) && (words[k - 1] === THIS || words[k + 1] === VI_THIS)) return true
  }
  return periodTotal(words)
}

/** Houses of another event: rebuilt, of earlier storms, "xây lại", "các đợt bão trước". */
function ofPastEvents(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (PAST.has(w) || (VI_BUILD.has(w) && words[k + 1] === VI_AGAIN)) return true
    if (w === VI_BEFORE && VI_HAZARDS.has(words[k - 1] ?? '')) return true
  }
  return recallsAnotherEvent(words)
}

/** The places a figure is told of: a name or a place noun after a place word, before it in its sentence or after it in its clause. */
function placesOf(f: NumberFact, c: Clause): ReadonlySet<string> {
  const places = new Set<string>()
  const read = (words: readonly string[]): void => {
    for (let k = 0; k < words.length - 1; k++) {
      if (!PLACE_LEADS.has(words[k]!)) continue
      for (const w of words.slice(k + 1, k + 4)) if (PLACE_NOUNS.has(w) || c.capitals.has(w)) places.add(w)
    }
  }
  read(c.lead)
  read(f.clause ?? [])
  return places
}

/** Each slot's main figure (the largest value of the report's own event's figures of that slot), every value each noun takes in any state, and the slot each figure of a thing is read with. */
type SideThings = MainFigures<string>

/** A figure that may be its report's main one: of the event's own time, its whole place, the whole of its things. */
export function mainCandidate(f: NumberFact, c: Clause, sentenceFacts: readonly Fact[], text: string, otherScope: () => boolean, counted = true): boolean {
  // "12 of the 40 houses" is a part; "a depth of 100 meters" (measure-pairs.ts) is no count's part
  if (counted && countedOutOfAWhole(f.before)) return false
  // a year anywhere in the sentence ("In 2004 a cyclone destroyed 9,000 houses"): maybe another event's figure
  if (sentenceFacts.some(isYear)) return false
  if (possible(f, c) || otherScope()) return false
  return !ofAnotherTime(f, c, () => sentenceFacts, text) && !onePlaceAlone(c)
}

/** Read once per report: every figure of a thing with its slot. */
function sideThings(side: TollSide): SideThings {
  const main = new Map<string, number>()
  const values = new Map<string, Set<number>>()
  const slots = new Map<Fact, string>()
  const scoped = new Map<number, boolean>()
  const listed = new Map<number, Map<Located<Fact>, ReadonlySet<string>>>()
  for (const l of side.facts.facts) {
    if (!isCount(l.fact)) continue
    const noun = nounOf(l.fact)
    if (noun === undefined) continue
    let set = values.get(noun)
    if (!set) values.set(noun, (set = new Set()))
    set.add(l.fact.value)
    let read = listed.get(l.sentence)
    if (!read) listed.set(l.sentence, (read = listStates(side.facts.factsBySentence.get(l.sentence) ?? [], statesOf)))
    const states = read.get(l) ?? statesOf(l.fact)
    if (states.size === 0 || states.has('damaged')) continue
    const slot = `${noun} ${[...states].sort().join(' and ')}`
    slots.set(l.fact, slot)
    const c = side.clauseOf(l)
    const sentenceFacts = (side.facts.factsBySentence.get(l.sentence) ?? []).map((x) => x.fact)
    // the sentence's words are read once per sentence: one giant sentence of many figures stays linear
    const otherScope = (): boolean => {
      if (!scoped.has(l.sentence)) scoped.set(l.sentence, otherScopeSentence(c.words))
      return scoped.get(l.sentence)!
    }
    if (mainCandidate(l.fact, c, sentenceFacts, side.text, otherScope)) main.set(slot, Math.max(main.get(slot) ?? 0, l.fact.value))
  }
  return { main, values, slots }
}

const thingsOf = cachedPerReport(sideThings)

/** Passive and tense marks, articles, links: two mentions sharing them tell nothing alike. */
const GRAMMAR = keys('bị được đã có là và của các những the a an were was is are had have has been by of and')

/** How many words around one figure stand around the other: a whole number, so it outweighs the sentences' overlap (0–1). */
function sharedNear(x: NumberFact, y: NumberFact): number {
  const near = new Set([...x.before, ...(x.clause ?? [])])
  return new Set([...y.before, ...(y.clause ?? [])].filter((w) => near.has(w) && !GRAMMAR.has(w))).size
}

/** Whether both figures are told of no place, or share a place: a placed figure against an unplaced one may be a part. */
function placesMeet(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 && y.size === 0) return true
  return [...x].some((w) => y.has(w))
}

/**
 * The pairs so far (`taken`), with pairs of the two reports' main figures of one thing's slot among
 * the facts left unpaired, each slot paired at most once, in sentences the aligner did not link
 * (`linked`); `apart` is the clause rules' verdict (slots-apart.ts), `overlap` how much two sentences share.
 */
export function withMainThings(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked, overlap } = round
  // a weak pairing the slots made (a candidate, no doubt of two moments) does not hold a main figure: the slot here is surer
  const held = taken.filter((p) => !weakPair(p))
  const used = new Set(held.flatMap((p) => [p.a.fact, p.b.fact]))
  const countsA = leftA.filter((l) => !used.has(l.fact) && isCount(l.fact) && NOUNS.has(l.fact.unit))
  const countsB = leftB.filter((l) => !used.has(l.fact) && isCount(l.fact) && NOUNS.has(l.fact.unit))
  if (countsA.length === 0 || countsB.length === 0) return [...taken]
  const thingsA = thingsOf(sideA)
  const thingsB = thingsOf(sideB)
  const freeA = mainFactsOf(countsA, thingsA)
  const freeB = mainFactsOf(countsB, thingsB)
  const thingPair = (x: Located<Fact>, y: Located<Fact>): FactPair | undefined => {
    const slot = mainSlotOf(x, thingsA)
    if (slot === undefined || mainSlotOf(y, thingsB) !== slot || linked(x, y)) return undefined
    const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
    const noun = nounOf(fx)!
    // the other's value told anywhere on this side, in any state: two scopes or two times, each report telling both
    if (fx.value === fy.value || thingsA.values.get(noun)?.has(fy.value) || thingsB.values.get(noun)?.has(fx.value)) return undefined
    if (compatibleReason(fx, fy) !== undefined || approximationsMeet(fx, fy)) return undefined
    const [cx, cy] = [sideA.clauseOf(x), sideB.clauseOf(y)]
    if (!placesMeet(placesOf(fx, cx), placesOf(fy, cy)) || apart(x, y) !== undefined) return undefined
    const bounds = hedgeOf(fx) === 'over' && hedgeOf(fy) === 'over'
    const evidence = [`the main count of ${slot} in each report`, 'no other count of that thing on either side gives the other value']
    if (bounds) evidence.push('counts of one event, maybe at different times')
    const weight = bounds ? TWO_LOWER_BOUNDS : MAIN_THINGS
    return { a: x, b: y, confidence: weight, evidence, weight }
  }
  // a report repeating its figure (headline, lede, body) gives several facts of one value: the two mentions most alike tell it
  const best = new Map<string, { pair: FactPair; overlap: number }>()
  for (const x of freeA) {
    const slot = mainSlotOf(x, thingsA)!
    for (const y of freeB) {
      const pair = thingPair(x, y)
      if (pair === undefined) continue
      // the figures' own words first ("18 ngôi nhà bị sập đổ hoàn toàn" / "24 nhà bị sập đổ hoàn toàn"), then their sentences'
      const o = sharedNear(x.fact as NumberFact, y.fact as NumberFact) + overlap(x, y)
      if (o > (best.get(slot)?.overlap ?? -1)) best.set(slot, { pair, overlap: o })
    }
  }
  const made = [...best.values()].map((b) => b.pair)
  if (made.length === 0) return [...taken]
  const remade = new Set(made.flatMap((p) => [p.a.fact, p.b.fact]))
  return [...taken.filter((p) => !remade.has(p.a.fact) && !remade.has(p.b.fact)), ...made]
}
