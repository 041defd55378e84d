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
const PASSING_WORDS = keys('bay số hiệu no number hiệu số')
const WORDS_BACK = 4
const [PLANE, FLYING] = [...keys('máy bay')] as [string, string]
// A carrier's or line's letters (VN, MH, SE, 5J read as letters only), and a flight number's digits (at most four).
const CARRIER = /^\p{Lu}{1,3}$/u
const GLUED = /^(\p{Lu}{1,3})-?(\d{1,4})$/u
const DIGITS = /^\d{1,4}$/u

/** Is token `i` within a few words after a flight, train or route cue, in the same clause? */
function afterRouteCue(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words < WORDS_BACK; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (ROUTE_CUES.has(t.key)) return true
    // máy bay VN123: the plane of the flight (máy alone is any machine)
    if (t.key === PLANE && tokens[k + 1]?.key === FLYING) return true
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
  if (!glued || !afterRouteCue(tokens, i)) return undefined
  return routeValue(glued[1]!, glued[2]!)
}

/** A route number whose digits at `i` a space sets apart from its letters ("VN 123") after its cue. */
export function spacedRouteNumber(tokens: readonly Token[], i: number): number | undefined {
  const digits = tokens[i]!
  const carrier = tokens[i - 1]
  if (!carrier || carrier.kind !== 'word' || digits.start - carrier.end !== 1 || !CARRIER.test(carrier.raw) || !DIGITS.test(digits.raw)) return undefined
  if (!afterRouteCue(tokens, i - 1)) return undefined
  return routeValue(carrier.raw, digits.raw)
}

const WRITTEN_ROUTE = /^(\p{Lu}{1,3})[-\s]?(\d{1,4})$/u
const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * Does `text` write the route number `written` ("MH370", "VN 123", "MH-370") anywhere, with or without
 * its cue, dash or space? Its name alone ("the missing MH370") names the flight the cue named.
 */
export function routeNumberWrittenIn(text: string, written: string): boolean {
  const parts = WRITTEN_ROUTE.exec(written)
  if (!parts) return false
  const [, letters, digits] = parts as unknown as [string, string, string]
  for (let at = text.indexOf(letters); at !== -1; at = text.indexOf(letters, at + 1)) {
    if (isLetterOrDigit(text[at - 1])) continue
    let k = at + letters.length
    if (text[k] === '-' || text[k] === ' ') k++
    if (text.startsWith(digits, k) && !isLetterOrDigit(text[k + digits.length])) return true
  }
  return false
}

/**
 * Is a code fact's text a route number's (VN123, VN 123, MH-370)? Codes of other kinds never take
 * this shape (identifier-codes.ts leaves a name and its short number to the name rules), so the
 * shape alone tells a flight's number from a plate's.
 */
export function isRouteNumber(text: string): boolean {
  return WRITTEN_ROUTE.test(text)
}
