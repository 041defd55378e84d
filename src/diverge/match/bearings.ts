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
 * (southwest, south-west, south west, SW, southwestern) before "of", or after "to the". Each bearing
 * has a reference place: English the words after "of", Vietnamese the words before the distance
 * ("cách thành phố Hoa Liên 53 km"); when both sides name one and they share no word ("53 km SW of
 * Hanoi" / "53 km NW of the border"), the two figures measure from two places and stay apart.
 */
import type { Fact, NumberFact } from '../extract/fact'
import { firstReading } from '../extract/collect'
import { tailOf } from '../extract/fact-tails'
import { foldWord } from '../../normalize/fold'

/** Units of length a bearing may follow (folded, as the extractor writes them). */
const LENGTHS = new Set(['km', 'm', 'mile', 'miles', 'mi', 'dặm', 'kilomet', 'kilômét', 'nm', 'hải lý', 'meter', 'meters', 'metre', 'metres', 'kilometers', 'kilometres', 'kilometer', 'kilometre'])

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
  if (fact.type !== 'number' || !LENGTHS.has(fact.unit)) return undefined
  let got = seen.get(fact)
  if (got === undefined) seen.set(fact, (got = readBearing(fact) ?? null))
  return got ?? undefined
}

function readBearing(fact: NumberFact): Bearing | undefined {
  const tail = tailOf(firstReading(fact))
  const vi = VI_BEARING.exec(tail)
  // "phía Tây Nguyên", "phía Nam Định": a place's name the compass word opens, no bearing
  if (vi && !/^\s+\p{Lu}/u.test(tail.slice(vi[0].length))) {
    const first = VI_POINTS[foldWord(vi[1]!)]!
    // "tây nam": the second word turns the first toward it (đông bắc 45, tây nam 225)
    const angle = vi[2] === undefined ? first : mean(first, VI_POINTS[foldWord(vi[2])]!)
    return { angle, from: new Set(fact.before.filter((w) => w !== 'cách' && !VI_FILLER.has(w))), written: vi[0].trim() }
  }
  const letters = EN_LETTERS.exec(tail)
  if (letters) return { angle: letterAngle(letters[1]!), from: placeAfter(tail.slice(letters[0].length)), written: letters[0].trim() }
  const en = EN_BEARING.exec(tail)
  if (!en || (en[2] === undefined && en[3] === undefined) || (en[1] === undefined && en[4] === undefined)) return undefined
  const ns = en[2] === undefined ? undefined : EN_POINTS[en[2].toLowerCase()]!
  const ew = en[3] === undefined ? undefined : EN_POINTS[en[3].toLowerCase()]!
  const angle = ns === undefined ? ew! : ew === undefined ? ns : mean(ns, ew)
  return { angle, from: en[4] === undefined ? new Set() : placeAfter(tail.slice(en[0].length)), written: en[0].trim() }
}

// Words of a reference that name no place: "thành phố Hoa Liên" and "Hoa Liên" are one reference.
const VI_FILLER = new Set(['thành', 'phố', 'tỉnh', 'huyện', 'thị', 'xã', 'của', 'từ'].map(foldWord))
const EN_FILLER = new Set(['the', 'a', 'an', 'city', 'town', 'of', 'province', 'capital'])

/**
 * The place named after "of", folded: its capitalised words (at most three: "Hualien", "Ho Chi Minh
 * City"), else the one common word after the fillers ("the border"); the words after it ("at a
 * depth") are no part of it.
 */
function placeAfter(rest: string): ReadonlySet<string> {
  const words = /^[^,.;:()]*/u.exec(rest)![0].split(/\s+/).filter((w) => w !== '')
  let k = 0
  while (k < words.length && EN_FILLER.has(foldWord(words[k]!))) k++
  const place: string[] = []
  while (k < words.length && place.length < 3 && /^\p{Lu}/u.test(words[k]!)) place.push(foldWord(words[k++]!))
  if (place.length === 0 && k < words.length) place.push(foldWord(words[k]!))
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
  if (bx.from.size === 0 || by.from.size === 0) return true
  for (const w of bx.from) if (by.from.has(w)) return true
  return false
}

/** A contradicting distance's text with its bearing, for the message ("53 km" → "53 km về phía tây nam"); the text alone when the bearings do not set the two apart. */
export function withBearing(text: string, fact: Fact, other: Fact): string {
  return bearingsApart(fact, other) ? `${text} ${bearingOf(fact)!.written}` : text
}
