/**
 * One earlier quake's magnitude told in two values by two reports of a later one (issue 11):
 * "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh" / "An 8.7-magnitude
 * earthquake also hit off the city of Banda Aceh in Sumatra Island in May 2012". measure-pairs.ts pairs
 * only a report's own event's magnitude, and a report recalling past quakes gives several, so nothing
 * paired them and both were reported missing.
 *
 * A magnitude is one slot per quake, and a quake is named by where it struck. Two magnitudes left
 * unpaired pair when their sentences share a place name (a capitalised name right after a word that
 * locates a point: off, near, the city of, ngoài khơi, au large de) that singles each out on its
 * side: every magnitude sentence of that report naming the place gives that one value (a report
 * recalling two quakes off one city pairs neither). "In Indonesia", "across Japan" name no point: a
 * country holds many quakes (review ramounts52). They also need values close enough to be one quake
 * misreported (at most half a unit apart), one time told alike (a year both state, or none stated on
 * one side; "last year", "decades ago", "the 1930s" only against the same words, since without the
 * report's day "last year" may be any year), an aftershock on both sides or neither, neither report stating the other's value as any
 * magnitude (then each may tell both quakes), no clause-rule verdict apart, unlinked sentences (a
 * linked pair is the slots' to judge). Confidence below a main measure's: the place is the only anchor.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, EUROPEAN_MONTHS } from '../../../normalize/month-names'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import { type FactPair, factsOf, replacedBy } from '../pairing/fact-pair'
import type { TollSide } from './toll-pairs'
import { cachedPerReport } from './main-figures'
import { weakPair } from './thing-pairs'
import { isMagnitude } from './measure-pairs'
import type { MainFigureRound } from './main-figure-round'

/** Words of a quake and of an aftershock: a magnitude in a sentence naming neither is no quake's we can place. */
const QUAKE = keys('quake earthquake earthquakes quakes tremor temblor đất chấn terremoto sismo séisme tremblement erdbeben beben gempa')
const AFTERSHOCK = keys('aftershock aftershocks nachbeben')
/** Words that are an aftershock only beside another ("dư chấn", not "dư luận"; "réplique sismique", not a retort). */
const AFTERSHOCK_HEADS = keys('dư réplica réplicas réplique répliques susulan')
const SEISMIC = keys('chấn sismique sismiques sísmica sísmicas')
const MAGNITUDE_WORDS = keys('magnitude magnitud')
/** English month names in full: the first name the table gives each month (its short forms would drop *Mar del Plata*). */
const ENGLISH_FULL_MONTHS = [...new Map([...ENGLISH_MONTHS].reverse().map(([name, month]) => [month, name])).values()]
/** Capitalised words that name no place: months and days (the project's own tables), and words capitalised for other reasons. */
const NOT_PLACES = keys(
  [
    ...ENGLISH_FULL_MONTHS,
    ...ENGLISH_WEEKDAYS,
    EUROPEAN_MONTHS.fr.full,
    EUROPEAN_MONTHS.pt.full,
    EUROPEAN_MONTHS.id.full,
    'richter magnitude the an a in on at of and but it its this that last also us usgs geological survey tháng thứ ngày năm',
  ].join(' '),
)
/** Two reported magnitudes of one quake differ by a tenth or a few; two quakes often by more. */
const MAX_GAP = 0.5
/** Below a main measure's 0.55: one shared place name is the only anchor. */
const PLACED_QUAKE = 0.52
/** Magnitudes of one report read at most (a list of every quake of a century is no report of one). */
const MAGNITUDES_READ = 24
/** A capitalised name of one or more words. */
const NAME = /\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*/gu
/** Words that locate a point, read (lower-cased) right before a name: "off Banda Aceh", "ngoài khơi thành phố Banda Aceh". */
const LOCATOR =
  /(?:^|[^\p{L}])(?:off|near|outside|(?:city|town|island|coast|port|village) of|(?:au large|près|ville|côte|île|port) d[e']|ngoài khơi|gần|thành phố|thị trấn|đảo|bờ biển|(?:perto|ao largo|cerca|costa|cidade|ilha) de|frente a|dekat|lepas pantai|kota|pulau)\s*$/u
/** How far before a name its locating words are read. */
const LOCATOR_REACH = 20
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g
/** A decade ("the 1930s", "thập niên 1930", "les années 1930"): its year is no year of one quake. */
const DECADE = /\b(1[89]\d0|20\d0)s\b|(?:thập niên|thập kỷ|années|anos|década de)\s+(1[89]\d0|20\d0)\b/giu
/** Times told relative to the report's own day: "last year" may be any year, "decades ago" a distant one. */
const RELATIVE =
  /\b(?:last|previous) (?:year|decade|century)\b|\b(?:years|decades|a decade|a century|centuries) ago\b|năm ngoái|năm trước|cách đây|thập kỷ|thập niên|l'an dernier|l'année dernière|il y a|ano passado|año pasado|tahun lalu|silam/giu

interface Placed {
  readonly value: number
  /** Folded place word to its spelling in the sentence. */
  readonly places: ReadonlyMap<string, string>
  readonly years: ReadonlySet<string>
  /** Decades and relative times, as written (folded). */
  readonly vague: string
  readonly aftershock: boolean
}

interface QuakeSide {
  readonly placed: ReadonlyMap<Fact, Placed>
  /** Every magnitude the report states, placed or not. */
  readonly values: ReadonlySet<number>
}

/** The names a sentence places something at, folded: the places it may name. */
function placesOf(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(NAME)) {
    if (!LOCATOR.test(text.slice(Math.max(0, m.index - LOCATOR_REACH), m.index).toLowerCase())) continue
    const name = m[0]
    const w = name.toLowerCase()
    if (w.length >= 3 && !NOT_PLACES.has(w.split(/\s+/u)[0]!)) out.set(w, name)
  }
  return out
}

/** Whether a clause tells an aftershock: the word, or a head word beside the word that makes it one. */
function aftershockIn(words: readonly string[]): boolean {
  return words.some((w, k) => {
    if (AFTERSHOCK.has(w)) return true
    if (!AFTERSHOCK_HEADS.has(w)) return false
    if (w === 'susulan') return words[k - 1] === 'gempa'
    const next = words[k + 1] ?? ''
    return SEISMIC.has(next) || ((next === 'de' || next === 'd') && MAGNITUDE_WORDS.has(words[k + 2] ?? ''))
  })
}

/** Two sentences' times agree: a year both state, or years on one side only; vague times only told alike. */
function timesAgree(x: Placed, y: Placed): boolean {
  if (x.vague !== y.vague) return false
  return x.years.size === 0 || y.years.size === 0 || [...x.years].some((yr) => y.years.has(yr))
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
    const aftershock = aftershockIn(words)
    if (!aftershock && !words.some((w) => QUAKE.has(w))) continue
    const text = side.sentences[l.sentence]?.text ?? ''
    const decades = [...text.matchAll(DECADE)]
    const years = new Set([...text.replace(DECADE, ' ').matchAll(YEAR)].map((m) => m[0]))
    const vague = [...decades.map((m) => m[1] ?? m[2]!), ...[...text.matchAll(RELATIVE)].map((m) => m[0].toLowerCase())].sort().join('|')
    placed.set(l.fact, { value: l.fact.value, places: placesOf(text), years, vague, aftershock })
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
  const used = factsOf(taken.filter((p) => !weakPair(p)))
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
      if (!timesAgree(px, py)) continue
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
  return replacedBy(taken, made)
}
