/**
 * A distance's bearing: "53 km về phía tây nam" / "53km về phía Tây Bắc", "53 km southwest of
 * Hualien" / "53 km northwest of Hualien" state one distance but two places. Equal distances with
 * bearings at least a quarter turn apart (southwest / northwest, north / east, north / south) are one
 * slot with two values: a contradiction of the location, reported as the number it sits on (the
 * gold judges it so: kind `number`, the figure with its bearing). Two neighbouring points (south /
 * southwest) are left alone: one may round the other.
 *
 * Read from the words after the distance (fact-tails.ts, case kept out: *tây nam* = *Tây Nam*):
 * Vietnamese "về phía / phía / hướng" and one or two of đông, tây, nam, bắc; English a compass word
 * (southwest, south-west, south west, SW, southwestern) before "of", or after "to the"; a capitalised
 * compass word opening a name ("phía Tây Nguyên", "to the South Pole") is no bearing. Each bearing has
 * a reference place: English the words after "of" ("the capital, Taipei" is Taipei), Vietnamese the
 * capitalised words after the bearing ("phía tây nam (của) Hà Nội"), else those before the distance
 * ("cách thành phố Hoa Liên 53 km"). When both sides name one and neither's words are all among the
 * other's ("Hanoi" / "the border", "trung tâm Hà Nội" / "trung tâm Hải Phòng"), the two figures
 * measure from two places: one fact, as before bearings were read, so nothing is missing on both sides.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { firstReading } from '../../extract/collect'
import { tailOf } from '../../extract/fact-tails'
import { foldWord } from '../../../normalize/fold'

/** Units of length a bearing may follow (folded, as the extractor writes them). */
const LENGTHS = new Set(['km', 'm', 'mile', 'miles', 'mi', 'dặm', 'kilomet', 'kilômét', 'nm', 'hải lý', 'hải', 'nautical', 'meter', 'meters', 'metre', 'metres', 'kilometers', 'kilometres', 'kilometer', 'kilometre'])

interface Bearing {
  /** Degrees clockwise from north. */
  readonly angle: number
  /** The folded words naming where it is measured from; empty when unknown. */
  readonly from: ReadonlySet<string>
  /** The bearing as written after the figure ("về phía tây nam", "southwest of"). */
  readonly written: string
}

const VI_POINTS: Record<string, number> = { bắc: 0, đông: 90, nam: 180, tây: 270 }
const EN_POINTS: Record<string, number> = { north: 0, east: 90, south: 180, west: 270, n: 0, e: 90, s: 180, w: 270 }

// A conversion in brackets may stand between the figure and its bearing: "53 km (33 miles) southwest of".
const VI_BEARING = /^(?:\s*\([^()]{0,30}\))?\s*(?:(?:về|ở|theo)\s+)?(?:phía|hướng)\s+(đông|tây|nam|bắc)(?:\s+(nam|bắc))?(?![\p{L}])/iu
const EN_BEARING = /^(?:\s*\([^()]{0,30}\))?\s*(?:(to\s+the)\s+)?(north|south)?(?:[- ]?(east|west))?(?:ern)?(?:\s+(of)\b)?/iu
const EN_LETTERS = /^(?:\s*\([^()]{0,30}\))?\s*(N|S|E|W|NE|NW|SE|SW)\s+of\b/u

const seen = new WeakMap<Fact, Bearing | null>()

/** The bearing a distance states after it, if any. */
export function bearingOf(fact: Fact): Bearing | undefined {
  if (fact.type !== 'number' || !(LENGTHS.has(fact.unit) || (fact.unit === '' && fact.kind === 'plain'))) return undefined
  let got = seen.get(fact)
  if (got === undefined) seen.set(fact, (got = readBearing(fact) ?? null))
  return got ?? undefined
}

function readBearing(fact: NumberFact): Bearing | undefined {
  let tail = tailOf(firstReading(fact))
  let lead = ''
  // "53 hải lý", "53 nautical miles": the extractor's unit is the first word, the second opens the tail
  if (fact.unit === 'hải' || fact.unit === 'nautical' || fact.unit === '') {
    // a bare figure whose length unit the extractor left in the tail: "53 hải lý", "53 dặm", "53 cây số"
    const rest = (fact.unit === '' ? BARE_LENGTH : UNIT_REST).exec(tail)
    if (!rest) return undefined
    lead = rest[0].trim()
    tail = tail.slice(rest[0].length)
  }
  const vi = VI_BEARING.exec(tail)
  // "phía Tây Nguyên", "phía Nam Định", "phía Đông Nam Bộ": a capitalised compass word opening a
  // place's name; a lower-case one before a name is the bearing and its place ("phía tây nam Hà Nội")
  if (vi && !(/^\p{Lu}/u.test(vi[1]!) && CAPITAL_NEXT.test(tail.slice(vi[0].length)))) {
    const first = VI_POINTS[foldWord(vi[1]!)]!
    // "tây nam": the second word turns the first toward it (đông bắc 45, tây nam 225)
    const angle = vi[2] === undefined ? first : mean(first, VI_POINTS[foldWord(vi[2])]!)
    return { angle, from: viPlace(fact, tail.slice(vi[0].length)), written: written(lead, vi[0]) }
  }
  const letters = EN_LETTERS.exec(tail)
  if (letters) return { angle: letterAngle(letters[1]!), from: placeAfter(tail.slice(letters[0].length)), written: written(lead, letters[0]) }
  const en = EN_BEARING.exec(tail)
  if (!en || (en[2] === undefined && en[3] === undefined) || (en[1] === undefined && en[4] === undefined)) return undefined
  // "to the South Pole", "to the West Bank border", "the North Sea": a capitalised compass word opening a place's name
  if (en[4] === undefined && /^\p{Lu}/u.test((en[2] ?? en[3])!) && CAPITAL_NEXT.test(tail.slice(en[0].length))) return undefined
  const ns = en[2] === undefined ? undefined : EN_POINTS[en[2].toLowerCase()]!
  const ew = en[3] === undefined ? undefined : EN_POINTS[en[3].toLowerCase()]!
  const angle = ns === undefined ? ew! : ew === undefined ? ns : mean(ns, ew)
  return { angle, from: en[4] === undefined ? new Set() : placeAfter(tail.slice(en[0].length)), written: written(lead, en[0]) }
}

/** The bearing as written, after the unit's words the fact's text leaves out ("hải lý về phía đông"). */
const written = (lead: string, bearing: string): string => (lead === '' ? bearing.trim() : `${lead} ${bearing.trim()}`)

const UNIT_REST = /^\s*(?:lý|miles?)(?![\p{L}])/iu
const BARE_LENGTH = /^\s*(?:hải\s+lý|dặm|cây\s+số)(?![\p{L}])/iu
const CAPITAL_NEXT = /^\s+\p{Lu}/u

// Words of a reference that name no place: "thành phố Hoa Liên" and "Hoa Liên" are one reference.
const VI_FILLER = new Set(['thành', 'phố', 'tỉnh', 'huyện', 'thị', 'xã', 'của', 'từ'].map(foldWord))
const EN_FILLER = new Set(['the', 'a', 'an', 'city', 'town', 'of', 'province', 'capital'])

/**
 * A Vietnamese bearing's reference place: the capitalised words after it ("về phía tây nam Hà Nội",
 * "về phía tây bắc của Hải Phòng"), else the words between "cách" and the figure ("cách thành phố
 * Hoa Liên 53 km"; without "cách", the words before the figure), fillers left out.
 */
function viPlace(fact: NumberFact, rest: string): ReadonlySet<string> {
  const words = cutAtMark(rest).split(/\s+/).filter((w) => w !== '')
  let k = 0
  if (k < words.length && foldWord(words[k]!) === foldWord('của')) k++
  const after: string[] = []
  while (k < words.length && after.length < 3 && /^\p{Lu}/u.test(words[k]!)) after.push(foldWord(words[k++]!))
  if (after.length > 0) return new Set(after)
  const cach = fact.before.lastIndexOf('cách')
  return new Set(fact.before.slice(cach + 1).filter((w) => !VI_FILLER.has(w)))
}

/** The text up to the first stop, semicolon, colon or bracket (a comma is read by the caller). */
function cutAtMark(rest: string): string {
  let end = 0
  while (end < rest.length && !'.;:()'.includes(rest[end]!)) end++
  return rest.slice(0, end)
}

/**
 * The place named after "of", folded: its capitalised words (at most three: "Hualien", "Ho Chi Minh
 * City"), else the one common word after the fillers ("the border"); the words after it ("at a
 * depth") are no part of it. A filler's comma opens an apposition: "the capital, Taipei" is Taipei.
 */
function placeAfter(rest: string): ReadonlySet<string> {
  const words = cutAtMark(rest).split(/\s+/).filter((w) => w !== '')
  const place: string[] = []
  let apposition = false
  for (const raw of words) {
    const comma = raw.endsWith(',')
    const word = comma ? raw.slice(0, -1) : raw
    const capital = /^\p{Lu}/u.test(word)
    if (place.length === 0 && EN_FILLER.has(foldWord(word))) {
      apposition ||= comma
      continue
    }
    if (capital && place.length < 3) {
      place.push(foldWord(word))
      if (comma) break
      continue
    }
    // "the border": one common word, not one after a comma ("the town, police said")
    if (place.length === 0 && !apposition) place.push(foldWord(word))
    break
  }
  return new Set(place)
}

/** The middle of two compass points a quarter turn apart: north and west → 315. */
function mean(x: number, y: number): number {
  if (Math.abs(x - y) === 270) return 315
  return (x + y) / 2
}

function letterAngle(code: string): number {
  const points = [...code].map((c) => EN_POINTS[c.toLowerCase()]!)
  return points.length === 1 ? points[0]! : mean(points[0]!, points[1]!)
}

/** Two equal distances whose bearings are a quarter turn or more apart, from one place (or an unnamed one). */
export function bearingsApart(x: Fact, y: Fact): boolean {
  const bx = bearingOf(x)
  if (bx === undefined) return false
  const by = bearingOf(y)
  if (by === undefined) return false
  const turn = Math.abs(bx.angle - by.angle) % 360
  if (Math.min(turn, 360 - turn) < 90) return false
  return samePlace(bx.from, by.from)
}

/**
 * Two distances bound to a bearing and a named place (a member, respective-pairs.ts): 'same' for one
 * place at one or neighbouring points ("200 km east of Hanoi" / "150 km east of Hanoi"), 'apart' for
 * two places ("200 km east of Hanoi" / "200 km south of Hue": swapped between places, the equal
 * values are two members' and each place's two values contradict). A quarter turn apart from one
 * place is left to `bearingsApart`; an unnamed place decides nothing.
 */
export function bearingRelation(x: Fact, y: Fact): 'same' | 'apart' | undefined {
  const bx = bearingOf(x)
  if (bx === undefined || bx.from.size === 0) return undefined
  const by = bearingOf(y)
  if (by === undefined || by.from.size === 0) return undefined
  if (!samePlace(bx.from, by.from)) return 'apart'
  const turn = Math.abs(bx.angle - by.angle) % 360
  return Math.min(turn, 360 - turn) < 90 ? 'same' : undefined
}

/**
 * One reference place, or one left unnamed: the words of one are all among the other's ("Hoa Liên" /
 * "thành phố Hoa Liên", "Hà Nội" / "trung tâm Hà Nội"). A shared word alone is not enough: "trung
 * tâm Hà Nội" and "trung tâm Hải Phòng" are two places.
 */
function samePlace(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0) return true
  const [small, large] = x.size <= y.size ? [x, y] : [y, x]
  for (const w of small) if (!large.has(w)) return false
  return true
}

/** A contradicting distance's text with its bearing, for the message ("53 km" → "53 km về phía tây nam"); the text alone when the bearings do not set the two apart. */
export function withBearing(text: string, fact: Fact, other: Fact): string {
  return bearingsApart(fact, other) ? `${text} ${bearingOf(fact)!.written}` : text
}
