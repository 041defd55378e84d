/**
 * One earlier quake's magnitude told in two values by two reports of a later one (issue 11):
 * "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh" / "An 8.7-magnitude
 * earthquake also hit off the city of Banda Aceh in Sumatra Island in May 2012". measure-pairs.ts pairs
 * only a report's own event's magnitude, and a report recalling past quakes gives several, so nothing
 * paired them and both were reported missing.
 *
 * A magnitude is one slot per quake, and a quake is named by where it struck. Two magnitudes left
 * unpaired pair when their sentences share a place name (a capitalised word inside the sentence)
 * that singles each out on its side: every magnitude sentence of that report naming the place gives
 * that one value (a report recalling two quakes off one city pairs neither). They also need values
 * close enough to be one quake misreported (at most half a unit apart), no year on one side the other
 * contradicts, no aftershock on one side only, neither report stating the other's value as any
 * magnitude (then each may tell both quakes), no clause-rule verdict apart, unlinked sentences (a
 * linked pair is the slots' to judge). Confidence below a main measure's: the place is the only anchor.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import type { FactPair } from '../pairing/fact-pair'
import type { TollSide } from './toll-pairs'
import { cachedPerReport } from './main-figures'
import { weakPair } from './thing-pairs'
import { isMagnitude } from './measure-pairs'
import type { MainFigureRound } from './main-figure-round'

/** Words of a quake and of an aftershock: a magnitude in a sentence naming neither is no quake's we can place. */
const QUAKE = keys('quake earthquake earthquakes quakes tremor temblor đất chấn terremoto sismo séisme tremblement erdbeben beben gempa')
const AFTERSHOCK = keys('aftershock aftershocks dư réplica réplicas réplique répliques nachbeben susulan')
/** Capitalised words that name no place: months, days, and words capitalised for other reasons. */
const NOT_PLACES = keys(
  'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'januari februari maret mei juni juli agustus oktober desember ' +
    'richter magnitude the an a in on at of and but it its this that last also us usgs geological survey tháng thứ ngày năm',
)
/** Two reported magnitudes of one quake differ by a tenth or a few; two quakes often by more. */
const MAX_GAP = 0.5
/** Below a main measure's 0.55: one shared place name is the only anchor. */
const PLACED_QUAKE = 0.52
/** Magnitudes of one report read at most (a list of every quake of a century is no report of one). */
const MAGNITUDES_READ = 24
const NAME = /\p{Lu}[\p{L}\p{M}]*/gu
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g

interface Placed {
  readonly value: number
  /** Folded place word to its spelling in the sentence. */
  readonly places: ReadonlyMap<string, string>
  readonly years: ReadonlySet<string>
  readonly aftershock: boolean
}

interface QuakeSide {
  readonly placed: ReadonlyMap<Fact, Placed>
  /** Every magnitude the report states, placed or not. */
  readonly values: ReadonlySet<number>
}

/** The capitalised words of a sentence past its first word, folded: the places it may name. */
function placesOf(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(NAME)) {
    if (m.index === 0 || text.slice(0, m.index).trim() === '') continue
    const w = m[0].toLowerCase()
    if (w.length >= 3 && !NOT_PLACES.has(w)) out.set(w, m[0])
  }
  return out
}

/** Read once per report: each magnitude of a quake with its sentence's places and years. */
function quakeSide(side: TollSide): QuakeSide {
  const placed = new Map<Fact, Placed>()
  const values = new Set<number>()
  let read = 0
  for (const l of side.facts.facts) {
    if (l.fact.type !== 'number' || !isMagnitude(l.fact)) continue
    values.add(l.fact.value)
    if (++read > MAGNITUDES_READ) continue
    const words = side.clauseOf(l).words
    if (!words.some((w) => QUAKE.has(w) || AFTERSHOCK.has(w))) continue
    const text = side.sentences[l.sentence]?.text ?? ''
    const years = new Set([...text.matchAll(YEAR)].map((m) => m[0]))
    placed.set(l.fact, { value: l.fact.value, places: placesOf(text), years, aftershock: words.some((w) => AFTERSHOCK.has(w)) })
  }
  return { placed, values }
}

const quakesOf = cachedPerReport(quakeSide)

/** A place both sentences name that no magnitude sentence of either report names with another value. */
function sharedPlace(x: Placed, y: Placed, sideA: QuakeSide, sideB: QuakeSide): string | undefined {
  const alone = (place: string, side: QuakeSide, value: number): boolean => [...side.placed.values()].every((p) => !p.places.has(place) || p.value === value)
  for (const [place, spelt] of x.places) if (y.places.has(place) && alone(place, sideA, x.value) && alone(place, sideB, y.value)) return spelt
  return undefined
}

/** The pairs so far, with pairs of two placed magnitudes among the facts left unpaired. */
export function withPlacedQuakes(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked } = round
  // a weak pairing the slots made (a candidate on shared words alone) does not hold a magnitude the place singles out
  const used = new Set(taken.filter((p) => !weakPair(p)).flatMap((p) => [p.a.fact, p.b.fact]))
  const [quakesA, quakesB] = [quakesOf(sideA), quakesOf(sideB)]
  if (quakesA.placed.size === 0 || quakesB.placed.size === 0) return [...taken]
  const free = (left: readonly Located<Fact>[], side: QuakeSide): Located<Fact>[] => left.filter((l) => !used.has(l.fact) && side.placed.has(l.fact))
  const restB = free(leftB, quakesB)
  const made: FactPair[] = []
  const paired = new Set<Fact>()
  for (const x of free(leftA, quakesA)) {
    const px = quakesA.placed.get(x.fact)!
    for (const y of restB) {
      if (paired.has(y.fact)) continue
      const py = quakesB.placed.get(y.fact)!
      const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
      if (fx.value === fy.value || Math.abs(fx.value - fy.value) > MAX_GAP || px.aftershock !== py.aftershock) continue
      if (px.years.size > 0 && py.years.size > 0 && ![...px.years].some((yr) => py.years.has(yr))) continue
      if (quakesA.values.has(fy.value) || quakesB.values.has(fx.value)) continue
      if (compatibleReason(fx, fy) !== undefined || approximationsMeet(fx, fy)) continue
      if (linked(x, y) || apart(x, y) !== undefined) continue
      const place = sharedPlace(px, py, quakesA, quakesB)
      if (place === undefined) continue
      const evidence = [`one quake's magnitude, both placed at ${place}`, 'no other magnitude on either side gives the other value']
      made.push({ a: x, b: y, confidence: PLACED_QUAKE, evidence, weight: PLACED_QUAKE })
      paired.add(y.fact)
      break
    }
  }
  if (made.length === 0) return [...taken]
  const remade = new Set(made.flatMap((p) => [p.a.fact, p.b.fact]))
  return [...taken.filter((p) => !remade.has(p.a.fact) && !remade.has(p.b.fact)), ...made]
}
