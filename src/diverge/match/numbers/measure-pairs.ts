/**
 * One measure of one event told in two numbers by two reports, in sentences the aligner did not
 * link (issue 11): "a 16-inch hole" / "a 17-inch hole", "a 9-pound tumor" / "the tumor weighed 8
 * pounds", "at a depth of about 100 meters" / "450 feet below the surface", "24 years of service" /
 * "26 years of service", "falling about 150 metres" / "fell about 60 metres", "$2.6 million heist" /
 * "thieves nab $2.5 million". No slot rule meets them, so each was reported missing.
 *
 * A measure's slot is its dimension (length, mass, volume, area in one base unit each, so 100 m and
 * 328 ft are one value; a sum in one currency; a magnitude; years of something), its aspect (a
 * depth, a height, a fall, a length, a width, a weight; a theft or a sale; a quake or an aftershock)
 * read from the words right around it, and, for a length, a weight or years, the object it measures
 * in the measure's own phrase (measure-objects.ts), folded and singular: without one on both sides
 * nothing pairs, since an aspect word alone fits a wreck, a diver and the sea (review rmeasures45);
 * two objects ("a 9-pound tumor" / "an 8-pound baby") or two places ("a hole in the hull" / "a hole
 * near the hatch") are two slots. A sentence telling another event's figure ("a decade ago", "the
 * state record") is never read; nor is a sum found or got back ("arrested with", "recovered").
 *
 * A report's slot has a main figure only when all its figures of the slot told of its own event
 * (thing-pairs.ts's mainCandidate: no year, condition, running total, other time or place alone)
 * have one value, up to a conversion: two holes in one report leave nothing to pair. Left unread: a
 * limit, a capacity or a bound ("speed limit", "up to 100 meters", "can descend", "as deep as",
 * "tối đa"), a range, a figure per unit. An "about" value holds another within 10% in one unit or
 * across two alike. Two main figures pair when neither side states the other's value as any measure of that
 * dimension (then each report may tell both), the clause rules set nothing apart and the sentences
 * are not linked: different values beyond rounding are a contradiction below a linked one (0.55),
 * one value in two units an equivalence with reason `unit`.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { approximationsMeet, compatibleReason, dimensionOf, measureFactor } from '../../reasons/compatible'
import { hedgeOf } from '../../reasons/hedges'
import type { Clause } from '../clauses/clauses'
import { type FactPair, factsOf, replacedBy } from '../pairing/fact-pair'
import type { TollSide } from './toll-pairs'
import { cachedPerReport, type MainFigures } from './main-figures'
import { anchorsOf, singledOut, type Told } from './measure-anchors'
import { BELOW, OBJECT_LINKS, objectOf } from './measure-objects'
import { otherEventWords, slotWords } from './measure-words'
import { mainCandidate, otherScopeSentence, weakPair } from './thing-pairs'
import type { MainFigureRound } from './main-figure-round'

/** Words that mark a magnitude right before its figure ("magnitude 6.1", "Richter 6"). */
const MAGNITUDE_LEADS = keys('magnitude magnitud magnitudo richter')
const MAGNITUDE_UNITS = keys('magnitude richter')
const RICHTER_AFTER = 5
const RICHTER = foldWord('richter')

/**
 * Aspects of a length, word to aspect. No "dài": a Vietnamese length is told of many things in one
 * story (the journey so far, the whole route: "dài hơn 300km" / "dài 1.730 km", real-vi).
 */
const LENGTH_ROLES: ReadonlyMap<string, string> = new Map([
  ...[...keys('fall fell fallen falling falls plunged plummeted tumbled rơi ngã caiu cair queda despencou cayó caída tombé chute stürzte')].map((w) => [w, 'fall'] as const),
  ...[...keys('deep depth sâu profundidade profundo profunda profundidad profondeur tief tiefe')].map((w) => [w, 'depth'] as const),
  ...[...keys('high height tall cao altura alto alta hauteur haut hoch höhe')].map((w) => [w, 'height'] as const),
  ...[...keys('long length comprimento longitud longueur lang länge')].map((w) => [w, 'length'] as const),
  ...[...keys('wide width rộng largura ancho anchura largeur breit breite diameter diâmetro diámetro diamètre durchmesser')].map((w) => [w, 'width'] as const),
])
/** A mass has one aspect, its weight; these words only confirm it. */
const MASS_ROLES: ReadonlyMap<string, string> = new Map([...keys('weigh weighs weighed weighing weight heavy nặng pesa pesava pesaba peso pèse pesait poids wiegt wog gewicht')].map((w) => [w, 'weight'] as const))
const MONEY_ROLES: ReadonlyMap<string, string> = new Map([
  ...[...keys('heist stole stolen steal stealing nab nabbed booty loot haul robbery robbed thieves crooks robbers trộm cướp roubo roubaram roubados furto robo robaron vol volé')].map((w) => [w, 'theft'] as const),
  ...[...keys('sold sell sale selling bought buy paid pay price auction bán mua giá vendido vendida vendeu venda comprou preço vendu prix')].map((w) => [w, 'sale'] as const),
  // another sum beside the theft or the sale (an asking price, a reward, a deal's worth): two aspects, never read
  ...[...keys('asking reward ransom fine bail insured insurance estimated valued trị deal contract agreement hợp thỏa thoả contrato acordo accord vertrag')].map((w) => [w, 'other'] as const),
  // what was found or got back is part of the haul at most ("arrested with $40,000", "recovered $1 million", "thu hồi")
  ...[...keys('recovered recover recovering seized seize found arrested confiscated hồi tịch récupéré récupérés saisi saisis recuperado recuperados apreendido incautado')].map((w) => [w, 'other'] as const),
])
const MAGNITUDE_ROLES: ReadonlyMap<string, string> = new Map([
  ...[...keys('quake earthquake tremor temblor đất terremoto sismo séisme tremblement erdbeben beben')].map((w) => [w, 'quake'] as const),
  ...[...keys('aftershock aftershocks dư réplica réplicas réplique nachbeben')].map((w) => [w, 'aftershock'] as const),
])
const NO_ROLES: ReadonlyMap<string, string> = new Map()
const YEAR = foldWord('year')

/** "450 feet below the surface", "30 mètres sous la surface": a depth. */
const WATER = keys('surface sea water waves ocean seabed seafloor mặt biển nước surface mer eau superfície mar agua wasser meer')

/**
 * A limit or a capacity, not what happened: "speed limit", "a maximum depth", "designed to dive",
 * "tối đa", "giới hạn", "capacité". "up to" is read as a pair ("up to 100 meters").
 */
const LIMITS = keys('limit limits limited maximum max capacity capable able can could designed rated allowed permitted thể peut peuvent pourrait pode podia puede tối đa giới hạn limite máximo máxima máx capacité capacidade capacidad höchstens zulässig maximal')
const [UP, TO, AS] = ['up', 'to', 'as'].map(foldWord) as [string, string, string]
const UP_TO_ONE_WORD = keys('até hasta jusqu bis')
/** A figure per unit ("$250,000 each", "mỗi căn"): a price of one of many, not the event's. */
const PER_UNIT = keys('each per apiece mỗi cada chacun pro je por par share')

/** Several things' measures summed ("weighed 136 pounds combined", "tổng cộng"): no one object's. */
const SUMMED = keys('combined together total altogether tổng cộng insgesamt juntos ensemble')

/** The words a measure's object is read past: "8 pounds of cocaine", "$2.5 million worth of jewellery", "24 anos de serviço". */

/** Measures of one sentence read at most. */
const MEASURES_PER_SENTENCE = 16
/** Words read before and after the figure's first word for its aspect. */
const ROLE_BEFORE = 4
const ROLE_AFTER = 5

/** Weight of a pair of two main measures: as a main count of a thing (thing-pairs.ts), below a linked contradiction. */
const MAIN_MEASURE = 0.55
/** Below the default minConfidence: a pair nobody reports. */
const WEAK = 0.5
/** Two values in two units this close are one converted value ("60 metres" / "200 feet" is 60.96 m). */
const ROUNDING = 0.02
/** How far an "about" value reaches, in one unit or across two ("about 100 meters" holds 108 meters and 354 feet). */
const ABOUT = 0.1

/** A dimension read here, its roles, and the factor to the dimension's base unit. */
interface Dimension {
  readonly dimension: string
  readonly factor: number
  readonly roles: ReadonlyMap<string, string>
  /** An aspect every figure of the dimension has whatever words are near (a mass is a weight). */
  readonly own?: string
  /** Read only with an aspect word or an object. */
  readonly needsRole: boolean
}

/** Whether a figure is a quake's or an aftershock's magnitude ("8.6-magnitude", "magnitude 6,1", "6,1 độ richter"). */
export const isMagnitude = (f: NumberFact): boolean => dimensionRead(f)?.dimension === 'magnitude'

/** The dimension of a figure, if it is a measure read here. */
// Read from the figure's own words, not its clause: every figure of a report is asked, and a clause is built per figure.
function dimensionRead(f: NumberFact): Dimension | undefined {
  if (f.range !== undefined || !(f.value > 0) || f.per !== undefined) return undefined
  if (f.kind === 'amount' && f.unit) return { dimension: `money ${f.unit}`, factor: 1, roles: MONEY_ROLES, needsRole: true }
  // years of something ("24 years of service", "24 anos de serviço"): a shorter span (minutes of a match) is no object's measure
  if (f.kind === 'duration' && f.unit === YEAR && OBJECT_LINKS.has(f.after[0] ?? '')) return { dimension: 'years', factor: 1, roles: NO_ROLES, needsRole: false }
  if (f.kind !== 'count' && f.kind !== 'plain') return undefined
  const dimension = dimensionOf(f)
  if (dimension === 'mass') return { dimension, factor: measureFactor(f.unit)!, roles: MASS_ROLES, own: 'weight', needsRole: false }
  if (dimension !== undefined) return { dimension, factor: measureFactor(f.unit)!, roles: LENGTH_ROLES, needsRole: false }
  const lead = f.before[f.before.length - 1]
  // "6,1 độ richter", "6.1 on the Richter scale": the scale's name right after the figure
  const richter = f.unit === RICHTER || f.after.slice(0, RICHTER_AFTER).includes(RICHTER)
  if (MAGNITUDE_UNITS.has(f.unit) || MAGNITUDE_LEADS.has(lead ?? '') || richter) return { dimension: 'magnitude', factor: 1, roles: MAGNITUDE_ROLES, needsRole: true }
  return undefined
}

/** The figure's words: a limit ("up to", "maximum") or a figure per unit is no event's measure. */
function limitOrPerUnit(f: NumberFact, c: Clause, near: readonly string[]): boolean {
  const lead = f.lead ?? f.before
  const [prev2, prev] = [lead[lead.length - 2], lead[lead.length - 1]]
  if ((prev2 === UP && prev === TO) || UP_TO_ONE_WORD.has(prev ?? '')) return true
  // "as deep as 300 meters", "as heavy as 8 pounds": a bound over several
  if (prev === AS && lead[lead.length - 3] === AS) return true
  // "less than 50 pounds", "more than 100 meters": a bound, not the measure
  const hedge = hedgeOf(f)
  if (hedge === 'over' || hedge === 'under') return true
  // "Each boy weighed less than 50 pounds": each may open the clause, past the words read for the aspect
  return near.some((w) => LIMITS.has(w) || PER_UNIT.has(w) || SUMMED.has(w)) || c.lead.some((w) => PER_UNIT.has(w))
}

/** The one aspect the words around the figure give, '' when none does, undefined when two do. */
function roleOf(c: Clause, roles: ReadonlyMap<string, string>, near: readonly string[]): string | undefined {
  let role = ''
  for (const w of near) {
    const r = roles.get(w)
    if (r === undefined) continue
    if (role !== '' && role !== r) return undefined
    role = r
  }
  if (roles === LENGTH_ROLES && BELOW.has(c.words[c.afterStart] ?? '') && c.words.slice(c.afterStart + 1, c.afterStart + 4).some((w) => WATER.has(w))) {
    if (role !== '' && role !== 'depth') return undefined
    role = 'depth'
  }
  return role === 'other' ? undefined : role
}

/** A figure's dimension, value in the dimension's base unit, and its own unit. */
interface Measured {
  readonly dimension: string
  readonly base: number
  readonly unit: string
  readonly object: string | undefined
  /** The place or part of the object named ("in the hull"), '' when none is. */
  readonly place: string
}

/** One value: equal in one unit, or equal up to a conversion's rounding in two ("60 metres (200 feet)"). */
const close = (x: Measured, y: Measured): boolean => (x.unit === y.unit ? x.base === y.base : Math.abs(x.base - y.base) <= ROUNDING * Math.max(x.base, y.base))

/** Each slot's main figure and values, the slot of each measure, and every measure each dimension takes on one side. */
interface SideMeasures extends MainFigures<string> {
  readonly bases: ReadonlyMap<string, readonly Measured[]>
  readonly measured: ReadonlyMap<Fact, Measured>
  /** Slots told in several values: a figure of one pairs only when an anchor singles it out (measure-anchors.ts). */
  readonly split: ReadonlySet<string>
  readonly told: ReadonlyMap<string, readonly Told[]>
  readonly toldOf: ReadonlyMap<Fact, Told>
}

/** A figure's slot: its dimension, its aspect, and its object when the aspect does not say which thing it is. */
function slotOf(d: Dimension, role: string, object: string | undefined): string | undefined {
  const aspect = role || d.own || ''
  // a sum's and a magnitude's aspect names the thing ("heist", "quake")
  if (d.needsRole) return aspect === '' ? undefined : `${d.dimension} ${aspect}`
  // an aspect word alone ("a depth of 108 meters") fits a wreck, a diver and the sea: a length or a weight pairs only with its object named
  return object === undefined ? undefined : `${d.dimension} ${aspect} of ${object}`
}

/** Read once per report: every measure with its slot; a slot's main figure only when its own event's figures agree. */
function sideMeasures(side: TollSide): SideMeasures {
  const firsts = new Map<string, { readonly value: number; readonly measured: Measured }>()
  const split = new Set<string>()
  const main = new Map<string, number>()
  const values = new Map<string, Set<number>>()
  const slots = new Map<Fact, string>()
  const bases = new Map<string, Measured[]>()
  const measured = new Map<Fact, Measured>()
  const objects = new Map<string, Set<string>>()
  const told = new Map<string, Told[]>()
  const toldOf = new Map<Fact, Told>()
  const scoped = new Map<number, boolean>()
  const perSentence = new Map<number, number>()
  const anchorsBySentence = new Map<number, ReadonlySet<string>>()
  for (const l of side.facts.facts) {
    if (l.fact.type !== 'number') continue
    const d = dimensionRead(l.fact)
    if (d === undefined) continue
    // a sentence of hundreds of measures tells no one object's: past this many its figures are not read (and no clause is built per figure)
    const inSentence = (perSentence.get(l.sentence) ?? 0) + 1
    perSentence.set(l.sentence, inSentence)
    if (inSentence > MEASURES_PER_SENTENCE) continue
    const c = side.clauseOf(l)
    // a sum's and a magnitude's aspect names the thing ("heist", "quake"); what follows is wording ("worth of jewellery", "độ richter")
    const named = d.needsRole ? undefined : objectOf(l.fact, c, d.roles)
    // "sank in 354 feet of water", "a 100 mét nước": the water is no object, its depth is the measure
    const ofWater = d.roles === LENGTH_ROLES && named !== undefined && WATER.has(named.noun)
    const object = ofWater ? undefined : named?.noun
    const m: Measured = { dimension: d.dimension, base: l.fact.value * d.factor, unit: l.fact.unit, object, place: named?.place ?? '' }
    let list = bases.get(d.dimension)
    if (!list) bases.set(d.dimension, (list = []))
    list.push(m)
    measured.set(l.fact, m)
    const near = c.words.slice(Math.max(0, c.wordsBefore - ROLE_BEFORE), c.wordsBefore + ROLE_AFTER)
    if (limitOrPerUnit(l.fact, c, near)) continue
    // "a decade ago", "the state record", "trước đây", "il y a": another event's or another object's figure
    if (otherEventWords(c.words)) continue
    const read = roleOf(c, d.roles, near)
    if (read === undefined || (ofWater && read !== '' && read !== 'depth')) continue
    const role = ofWater ? 'depth' : read
    const slot = slotOf(d, role, object)
    if (slot === undefined) continue
    slots.set(l.fact, slot)
    const sentenceFacts = (side.facts.factsBySentence.get(l.sentence) ?? []).map((x) => x.fact)
    const otherScope = (): boolean => {
      if (!scoped.has(l.sentence)) scoped.set(l.sentence, otherScopeSentence(c.words))
      return scoped.get(l.sentence)!
    }
    if (!mainCandidate(l.fact, c, sentenceFacts, side.text, otherScope, false)) continue
    let anchors = anchorsBySentence.get(l.sentence)
    if (anchors === undefined) anchorsBySentence.set(l.sentence, (anchors = anchorsOf(sentenceFacts)))
    const t: Told = { fact: l.fact, base: m.base, anchors }
    toldOf.set(l.fact, t)
    let tellings = told.get(slot)
    if (!tellings) told.set(slot, (tellings = []))
    tellings.push(t)
    let set = values.get(slot)
    if (!set) values.set(slot, (set = new Set()))
    set.add(l.fact.value)
    if (object !== undefined) {
      let named = objects.get(slot)
      if (!named) objects.set(slot, (named = new Set()))
      named.add(object)
    }
    const first = firsts.get(slot)
    if (first === undefined) firsts.set(slot, { value: l.fact.value, measured: m })
    else if (!close(first.measured, m)) split.add(slot)
  }
  // two values of one slot (two holes, two falls) leave no main figure; one value in two units ("60 metres (200 feet)") is one
  for (const [slot, first] of firsts) if (!split.has(slot) && (objects.get(slot)?.size ?? 0) <= 1) main.set(slot, first.value)
  return { main, values, slots, bases, measured, split, told, toldOf }
}

const measuresOf = cachedPerReport(sideMeasures)

/**
 * The pairs so far (`taken`), with pairs of the two reports' main measures of one slot among the
 * facts left unpaired or paired only weakly, each slot paired at most once, in sentences the aligner
 * did not link (`linked`); `apart` is the clause rules' verdict (slots-apart.ts).
 */
export function withMainMeasures(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked } = round
  // a weak pairing the slots made (a candidate, no doubt of two moments) does not hold a main measure
  // nor does a unit conversion the leftovers found below the threshold ("108 meters" / "354 feet" at 0.4): the slot here says why
  const held = (p: FactPair): boolean => !weakPair(p) && !(p.reason === 'unit' && p.confidence < WEAK)
  const used = factsOf(taken.filter(held))
  const freeOf = (left: readonly Located<Fact>[]): Located<Fact>[] => left.filter((l) => !used.has(l.fact) && l.fact.type === 'number')
  const [restA, restB] = [freeOf(leftA), freeOf(leftB)]
  const measuresA = measuresOf(sideA)
  const measuresB = measuresOf(sideB)
  if (restA.length === 0 || restB.length === 0) return [...taken]
  const made = new Map<string, FactPair>()
  const candidatesB = candidatesOf(restB, measuresB)
  for (const x of candidatesOf(restA, measuresA)) {
    const slot = measuresA.slots.get(x.fact)!
    if (made.has(slot)) continue
    for (const y of candidatesB) {
      if (measuresB.slots.get(y.fact) !== slot || linked(x, y) || !bothSingledOut(x.fact, y.fact, slot, measuresA, measuresB)) continue
      const pair = measurePair(x, y, slot, measuresA, measuresB, apart)
      if (pair === undefined) continue
      made.set(slot, pair)
      break
    }
  }
  return replacedBy(taken, [...made.values()])
}

/** A report repeating its figure in every paragraph gives many facts of one value: this many per slot are read. */
const READ_PER_SLOT = 16

/** The leftover figures that may pair: a slot's main figure, or any figure of the report's own event of a slot told in several values. */
function candidatesOf(rest: readonly Located<Fact>[], measures: SideMeasures): Located<Fact>[] {
  const perSlot = new Map<string, number>()
  const out: Located<Fact>[] = []
  for (const l of rest) {
    const slot = measures.slots.get(l.fact)
    if (slot === undefined) continue
    const main = measures.main.get(slot) === (l.fact as NumberFact).value
    if (!main && !(measures.split.has(slot) && measures.toldOf.has(l.fact))) continue
    const n = perSlot.get(slot) ?? 0
    if (n >= READ_PER_SLOT) continue
    perSlot.set(slot, n + 1)
    out.push(l)
  }
  return out
}

const sameValue = (x: Told, y: Told): boolean => close({ dimension: '', base: x.base, unit: x.fact.unit, object: undefined, place: '' }, { dimension: '', base: y.base, unit: y.fact.unit, object: undefined, place: '' })

/** Each figure is its side's one value of the slot, or singled out among its side's values by an anchor the other figure's sentence shares. */
function bothSingledOut(x: Fact, y: Fact, slot: string, measuresA: SideMeasures, measuresB: SideMeasures): boolean {
  const [tx, ty] = [measuresA.toldOf.get(x), measuresB.toldOf.get(y)]
  if (tx === undefined || ty === undefined) return false
  if (measuresA.split.has(slot) && !singledOut(tx, measuresA.told.get(slot)!, ty.anchors, sameValue)) return false
  return !measuresB.split.has(slot) || singledOut(ty, measuresB.told.get(slot)!, tx.anchors, sameValue)
}

/** "a 9-pound tumor" / "an 8-pound baby": two measures of one dimension naming two objects are two things. */
function twoObjects(x: Measured | undefined, y: Measured | undefined): boolean {
  return x !== undefined && y !== undefined && x.dimension === y.dimension && x.object !== undefined && y.object !== undefined && x.object !== y.object
}

/** Two main measures of one slot: an equivalence in two units, a contradiction, or nothing when anything sets them apart. */
function measurePair(
  x: Located<Fact>,
  y: Located<Fact>,
  slot: string,
  measuresA: SideMeasures,
  measuresB: SideMeasures,
  apart: (x: Located<Fact>, y: Located<Fact>) => string | undefined,
): FactPair | undefined {
  const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
  const [mx, my] = [measuresA.measured.get(fx)!, measuresB.measured.get(fy)!]
  // "a hole in the hull" / "a hole near the hatch": one side's place the other lacks or contradicts is two objects
  if (twoObjects(mx, my) || (mx.dimension === 'length' && mx.place !== my.place)) return undefined
  if (fx.value === fy.value && fx.unit === fy.unit) return undefined
  // an age alone is no evidence of one person against two names (review rslots37): the clause rules' verdict stands
  if (apart(x, y) !== undefined) return undefined
  // "about 100 meters" against 108 meters or 354 feet: one tolerance whatever the units, an approximation both ways
  if ((hedgeOf(fx) === 'about' || hedgeOf(fy) === 'about') && Math.abs(mx.base - my.base) <= ABOUT * Math.max(mx.base, my.base)) return undefined
  const reason = compatibleReason(fx, fy)
  const what = slotWords(slot)
  if (reason === 'unit') {
    if (!close(mx, my)) return undefined
    const evidence = [what, 'one value in two units']
    return { a: x, b: y, confidence: MAIN_MEASURE, evidence, reason, weight: MAIN_MEASURE }
  }
  if (reason !== undefined || approximationsMeet(fx, fy)) return undefined
  // the other's value told anywhere on this side, in any unit: two scopes, or one value converted
  const statesOther = (mine: SideMeasures, other: Measured): boolean => (mine.bases.get(other.dimension) ?? []).some((v) => close(v, other))
  if (statesOther(measuresA, my) || statesOther(measuresB, mx)) return undefined
  const evidence = [what, 'no other measure on either side gives the other value']
  return { a: x, b: y, confidence: MAIN_MEASURE, evidence, weight: MAIN_MEASURE }
}
