/**
 * A flight's, train's or bus route's number after its cue word ("flight MH17", "chuyến bay VN 123",
 * "train SE1", "route 66A"): one identifier, equal only to itself whatever its dash or space
 * ("VN 123" is "VN123", "MH-370" is "MH370"). Without the cue such a token is a name and its number
 * ("QX100", "Boeing 737"), which the name rules read (identifier-codes.ts); after it, the number is
 * what the reports state, and VN123 / VN124 are two flights.
 */
import { keys, type Token } from '../fact-tokens'

// The words that say the next code is a flight's, a train's or a route's, folded; "chuyến bay", "số hiệu" pass through.
const ROUTE_CUES = keys('flight flights train route bus chuyến tàu tuyến')
// "mang số hiệu", "có số hiệu", "tàu hỏa" / "tàu hoả" pass too.
const PASSING_WORDS = keys('bay số hiệu no number hiệu số mang có hỏa hoả')
// "trực tuyến" is "online", no route; "will train", "to train" the verb.
const [ONLINE] = [...keys('trực')] as [string]
const TRAIN_VERB_BEFORE = keys('will to would can could must should may might did does do not')
const [TRAIN] = [...keys('train')] as [string]
const WORDS_BACK = 5
const [PLANE, FLYING] = [...keys('máy bay')] as [string, string]
// A carrier's or line's letters (VN, MH, SE, 5J read as letters only), and a flight number's digits (at most four).
const CARRIER = /^\p{Lu}{1,3}$/u
const GLUED = /^(\p{Lu}{1,3})-?(\d{1,4})$/u
const DIGITS = /^\d{1,4}$/u

/** Is the cue word at `k` no cue: "trực tuyến" (online), the verb "train" ("will train U23 players")? */
function falseCue(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (!before || before.kind !== 'word') return false
  return before.key === ONLINE || (tokens[k]!.key === TRAIN && TRAIN_VERB_BEFORE.has(before.key))
}

/**
 * Is token `i` within a few words after a flight, train or route cue, in the same clause?
 * `letters` are the code's letters: after "máy bay" one letter (A321, B737) is the aircraft's model.
 */
function afterRouteCue(tokens: readonly Token[], i: number, letters: string): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words < WORDS_BACK; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (ROUTE_CUES.has(t.key)) return !falseCue(tokens, k)
    // máy bay VN123: the plane of the flight (máy alone is any machine)
    if (t.key === PLANE && tokens[k + 1]?.key === FLYING) return letters.length >= 2
    if (!PASSING_WORDS.has(t.key)) return false
    words++
  }
  return false
}

/** The number's value: its letters and digits as one exact value, distinct from any count by its size. */
function routeValue(letters: string, digits: string): number {
  let h = 0x811c9dc5
  const kept = `${letters.toUpperCase()}${Number(digits)}`
  for (let k = 0; k < kept.length; k++) h = Math.imul(h ^ kept.charCodeAt(k), 0x01000193) >>> 0
  return kept.length * 2 ** 32 + h
}

/** A route number written as one token at `i` ("VN123", "MH-370") after its cue. */
export function gluedRouteNumber(tokens: readonly Token[], i: number): number | undefined {
  const glued = GLUED.exec(tokens[i]!.raw)
  if (!glued || !afterRouteCue(tokens, i, glued[1]!)) return undefined
  return routeValue(glued[1]!, glued[2]!)
}

/** A route number whose digits at `i` a space sets apart from its letters ("VN 123") after its cue. */
export function spacedRouteNumber(tokens: readonly Token[], i: number): number | undefined {
  const digits = tokens[i]!
  const carrier = tokens[i - 1]
  if (!carrier || carrier.kind !== 'word' || digits.start - carrier.end !== 1 || !CARRIER.test(carrier.raw) || !DIGITS.test(digits.raw)) return undefined
  if (!afterRouteCue(tokens, i - 1, carrier.raw)) return undefined
  return routeValue(carrier.raw, digits.raw)
}

const WRITTEN_ROUTE = /^(\p{Lu}{1,3})[-\s]?(\d{1,4})$/u
const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

// The cue words before a flight's bare digits, folded to lower case, and how far back they are read.
const DIGITS_CUES = new Set(['flight', 'flights', 'chuyến', 'hiệu', 'train', 'tàu', 'route'])
const DIGITS_CUE_CHARS = 24

/** Is the last word of the few characters before `at` in `text` a flight's cue ("Flight 1086", "số hiệu 123")? */
function cueBefore(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - DIGITS_CUE_CHARS), at).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '')
  return DIGITS_CUES.has(words[words.length - 1] ?? '')
}

/** What a report writes of route numbers: its coded numbers (VN123, MH 370 as MH370) and the bare numbers its cues lead to. */
interface RouteIndex {
  readonly coded: ReadonlySet<string>
  /** The digits of its coded numbers (123 of VN123). */
  readonly codedDigits: ReadonlySet<string>
  readonly cued: ReadonlySet<string>
}

// Letters then digits, each whole ("VN123", "MH-370", "VN 123"), and whole numbers of up to four digits.
const CODED = /(?<![\p{L}\p{N}])(\p{Lu}{1,3})[-\s]?(\d{1,4})(?![\p{L}\p{N}])/gu
const WHOLE_NUMBER = /(?<![\p{L}\p{N}])\d{1,4}(?![\p{L}\p{N}])/gu

/** Built once per text, in one pass: every look-up after it is a set's, so a report of many flights costs linear time. */
const indexes = new Map<string, RouteIndex>()
function routeIndex(text: string): RouteIndex {
  let index = indexes.get(text)
  if (index) return index
  const coded = new Set<string>()
  const codedDigits = new Set<string>()
  const cued = new Set<string>()
  for (const m of text.matchAll(CODED)) {
    coded.add(`${m[1]}${m[2]}`)
    codedDigits.add(m[2]!)
  }
  for (const m of text.matchAll(WHOLE_NUMBER)) if (cueBefore(text, m.index!)) cued.add(m[0])
  if (indexes.size >= 8) indexes.clear()
  indexes.set(text, (index = { coded, codedDigits, cued }))
  return index
}

/**
 * Does `text` write the route number `written` ("MH370", "VN 123", "MH-370") anywhere, with or without
 * its cue, dash or space? Its name alone ("the missing MH370") names the flight the cue named.
 */
export function routeNumberWrittenIn(text: string, written: string): boolean {
  const parts = WRITTEN_ROUTE.exec(written)
  if (!parts) return false
  const [, letters, digits] = parts as unknown as [string, string, string]
  const index = routeIndex(text)
  // Flight 1086 / DL1086, Flight 370 / MH370, số hiệu 123 / VN123: the digits after a flight's cue are its number, the airline's code left out.
  return index.cued.has(digits) || index.coded.has(`${letters}${digits}`)
}

/**
 * Is a code fact's text a route number's (VN123, VN 123, MH-370)? Codes of other kinds never take
 * this shape (identifier-codes.ts leaves a name and its short number to the name rules), so the
 * shape alone tells a flight's number from a plate's.
 */
export function isRouteNumber(text: string): boolean {
  return WRITTEN_ROUTE.test(text)
}

/**
 * Flight 1086 here, DL1086 there: bare digits `written` after a flight's cue in `own` (at `start`),
 * which the other report writes with an airline's letters before them. One flight, not a missing number.
 */
export function routeDigitsCodedIn(own: string, start: number, written: string, other: string): boolean {
  if (!DIGITS.test(written) || !cueBefore(own, start)) return false
  return routeIndex(other).codedDigits.has(written)
}
