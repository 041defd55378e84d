/**
 * A value the other report gives only in another slot is no statement of it when that report
 * fills its own slot with another value (issue 11: a conflict is not two `missing`).
 *
 * *Germans account for more than 40 percent of foreign visitors* / *Germans represent more than a
 * quarter of all foreign visitors … and 40 percent of hotel bookings*: the 40 percent of B is a
 * share of another whole, B's share of the visitors is *a quarter*. Taking *40 percent* as stated
 * leaves *a quarter* without a partner, a `missing` fact where the reports disagree. Vietnamese
 * has the same shape (*40% lượng khách* / *25% lượng khách … và 40% số phòng*, or *một phần tư
 * lượng khách*, read as a share by fraction-words.ts) and is caught the same way.
 *
 * A value is freed only when all three hold:
 * - every fact of the other report with its value fills another slot by the words of the clauses
 *   (`distinct`: another whole of a share, another firm's count, another office's rank …);
 * - the other report has a fact of the same slot (same kind and unit or counted noun) with another
 *   value, in a related sentence (linked, or sharing words), not set apart from it (the rival);
 * - that rival has no partner of its own (unpaired inside its link; unstated in the whole report).
 * The common case — the same value restated in the same slot anywhere — stays stated, and so does a
 * value echoed in another slot when the other report has no rival for it (nothing to pair).
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { STOP } from '../../extract/numbers/number-words'
import { foldWord } from '../../../normalize/fold'
import { factKey, oneSlot, sameFact, slotOf } from './slots'
import { COUNTED_OUT_APART, countsOutAPart } from '../numbers/part-wholes'

/** Why two facts (x of A, y of B) fill different slots, else undefined: the pairer's `distinct`. */
type Distinct = (x: Located<Fact>, y: Located<Fact>) => string | undefined

/** "of all foreign visitors", "40% số phòng": words between a value and what it is of, which name nothing. */
const NOT_CUES = new Set(['all', 'số'].map(foldWord))

/** The first content word after a value and its unit ("40 percent of foreign visitors" → foreign): what the value is told of. */
function cueOf(f: Fact): string | undefined {
  return f.type === 'number' ? f.after.find((w) => !STOP.has(w) && !NOT_CUES.has(w)) : undefined
}

/**
 * A fact of the other side that fills `own`'s slot with another value: not set apart from it, and
 * told of what `own` is told of (the same first word after the value) where the same-value facts
 * (`echoes`) are told of something else. The distinct test alone reads differences, not
 * sameness: "32 percent of the U.S. market" against "a 10 percent share in the rest of the world"
 * is set apart by nothing, yet no rival.
 */
function isRival(own: Located<Fact>, other: Located<Fact>, echoes: readonly Fact[], apart: (own: Located<Fact>, other: Located<Fact>) => string | undefined): boolean {
  if (own.fact.type !== 'number' || other.fact.type !== 'number') return false
  if (sameFact(own.fact, other.fact) || !oneSlot(own.fact, other.fact)) return false
  const cue = cueOf(own.fact)
  if (cue === undefined || cueOf(other.fact) !== cue || echoes.some((e) => cueOf(e) === cue)) return false
  if (echoes.some((e) => otherHolder(own.fact, e, other.fact))) return false
  return apart(own, other) === undefined
}

/** The content words just before a value: whose share or count it is ("Smith won", "khách Trung Quốc chiếm"). */
function holderWords(f: Fact): string[] {
  return f.type === 'number' ? f.before.filter((w) => !STOP.has(w) && !NOT_CUES.has(w)) : []
}

/**
 * "Chinese account for 40 percent of foreign visitors" / "Koreans make up 25 percent of foreign
 * visitors … and Chinese 40 percent of arrivals": the echo says the value of the same holder as
 * `own` (a word before both, Chinese, Smith, exports), which the rival's words before it lack: the
 * rival is another holder's share, no rival of `own`.
 */
function otherHolder(own: Fact, echo: Fact, rival: Fact): boolean {
  if (continuesEcho(echo, rival)) return false
  const rivalWords = new Set(holderWords(rival))
  const echoWords = new Set(holderWords(echo))
  return holderWords(own).some((w) => echoWords.has(w) && !rivalWords.has(w))
}

/** Words joining a second share to the first one of the same holder ("40% X và một phần tư Y", "40 percent of X and a quarter of Y"). */
const COORDINATORS = new Set(['và', 'and', 'cùng'].map(foldWord))
/** Hedges that may stand between the joining word and the rival's value ("và hơn một phần tư", "and nearly a quarter"). */
const HEDGES = new Set(['hơn', 'gần', 'khoảng', 'chừng', 'more', 'than', 'nearly', 'almost', 'about', 'over', 'some', 'roughly'].map(foldWord))

/**
 * "Người Đức chiếm 40% số phòng khách sạn và một phần tư lượng khách": the rival follows the echo,
 * joined by "và" / "and" right before its value, with no holder named between: one holder's two
 * shares, coordinated. (A holder named after the joining word, "and Koreans 25 percent", is
 * another's share.)
 */
function continuesEcho(echo: Fact, rival: Fact): boolean {
  if (echo.type !== 'number' || rival.type !== 'number' || rival.start < echo.end) return false
  let k = rival.before.length - 1
  while (k >= 0 && HEDGES.has(rival.before[k]!)) k--
  return k >= 0 && COORDINATORS.has(rival.before[k]!)
}

/** A figure before `part` in its sentence: the whole a counted-out part is told of. */
const wholeBefore = (whole: Located<Fact>, part: Located<Fact>): boolean => whole.sentence === part.sentence && whole.fact.end <= part.fact.start

/** At most this many rivals weighed per fact: a report's facts are never read against a whole report. */
const RIVALS_MAX = 32

/**
 * Inside one link: the same value on both sides (x of A, y of B) that the clauses set in two slots,
 * while one of them has a rival left unmatched on the other side of the link. Such a pair is no
 * equivalence: each value is left to meet its own slot's value.
 */
export function sameValueApart(x: Located<Fact>, y: Located<Fact>, unmatchedA: readonly Located<Fact>[], unmatchedB: readonly Located<Fact>[], distinct: Distinct): boolean {
  if (x.fact.type !== 'number' || y.fact.type !== 'number') return false
  // the cheap tests first: most same-value pairs of a link have no unmatched fact of their slot
  const slotRivalB = unmatchedB.slice(0, RIVALS_MAX).filter((r) => r.fact.type === 'number' && !sameFact(x.fact, r.fact) && oneSlot(x.fact, r.fact))
  const slotRivalA = unmatchedA.slice(0, RIVALS_MAX).filter((r) => r.fact.type === 'number' && !sameFact(y.fact, r.fact) && oneSlot(r.fact, y.fact))
  if (slotRivalA.length === 0 && slotRivalB.length === 0) return false
  const why = distinct(x, y)
  if (why === undefined) return false
  // "Twelve passengers, four of whom were children" / "Four passengers": the part's whole, counted
  // just before it, is what the other report's figure tells (part-wholes.ts), whatever words follow it.
  if (why === COUNTED_OUT_APART && (slotRivalA.some((r) => wholeBefore(r, x) && distinct(r, y) === undefined) || slotRivalB.some((r) => wholeBefore(r, y) && distinct(x, r) === undefined))) return true
  return slotRivalB.some((r) => isRival(x, r, [y.fact], distinct)) || slotRivalA.some((r) => isRival(y, r, [x.fact], (own, other) => distinct(other, own)))
}

/** The other report's facts left unstated, by the slot they fill: the rivals a fact may meet. */
export function rivalsBySlot(left: readonly Located<Fact>[]): Map<string, Located<Fact>[]> {
  const table = new Map<string, Located<Fact>[]>()
  for (const l of left) {
    if (l.fact.type !== 'number') continue
    const slot = slotOf(l.fact)
    const list = table.get(slot)
    if (!list) table.set(slot, [l])
    else if (list.length < RIVALS_MAX) list.push(l)
  }
  return table
}

/**
 * Across the reports: `own`'s value is found in the other report's index (`index`, by key and by
 * value), but only in other slots, and `rivals` (the other report's facts left unstated, by slot)
 * holds a fact of `own`'s slot in a related sentence. `apart(own, other)` is the pairer's `distinct`
 * in `own`'s orientation; `related(own sentence, other sentence)` the pairer's `related`.
 */
export function statedOnlyInOtherSlots(
  own: Located<Fact>,
  index: Map<string, Fact[]>,
  locatedOther: Map<Fact, Located<Fact>>,
  rivals: ReadonlyMap<string, readonly Located<Fact>[]>,
  apart: (own: Located<Fact>, other: Located<Fact>) => string | undefined,
  related: (own: number, other: number) => boolean,
): boolean {
  const fact = own.fact
  if (fact.type !== 'number') return false
  // A rival must be told of what `own` is told of (isRival): that test needs no echo, so it goes
  // before the sentence relation and the echoes' `apart` tests. Those read the whole index entry of
  // a common value ("value:2"), which grows with the report: run first, they were quadratic on long
  // pairs (23 % of a 10 MB pair's compare()).
  // A whole a part is counted out of ("Twelve passengers, four of whom …") is a rival whatever its
  // cue, when the echo is that part (part-wholes.ts): its words after it are the part's.
  const cue = cueOf(fact)
  const inSlot = (r: Located<Fact>): boolean => !sameFact(fact, r.fact) && oneSlot(fact, r.fact) && related(own.sentence, r.sentence)
  const candidates = rivals.get(slotOf(fact)) ?? []
  const slotRivals = cue === undefined ? [] : candidates.filter((r) => cueOf(r.fact) === cue && inSlot(r))
  const wholes = candidates.filter((r) => countsOutAPart(r.fact) && inSlot(r))
  if (slotRivals.length === 0 && wholes.length === 0) return false
  const found = new Set<Fact>()
  for (const key of [factKey(fact), `value:${fact.value}`]) for (const f of index.get(key) ?? []) if (sameFact(fact, f)) found.add(f)
  if (found.size === 0) return false
  for (const f of found) {
    const other = locatedOther.get(f)
    // a date, or a fact the other report's list does not place: it may stand for this one
    if (other === undefined || apart(own, other) === undefined) return false
  }
  const echoes = [...found]
  const partOf = (r: Located<Fact>): boolean =>
    echoes.some((e) => wholeBefore(r, locatedOther.get(e)!) && apart(own, locatedOther.get(e)!) === COUNTED_OUT_APART) && apart(own, r) === undefined
  return slotRivals.some((r) => isRival(own, r, echoes, apart)) || wholes.some(partOf)
}
