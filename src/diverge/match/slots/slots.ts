/**
 * Comparison of the facts of two aligned sentence groups: which facts are the
 * same in another format, and which fill the same slot with another value.
 *
 * A conflict is a claim that the two reports disagree, so it needs more
 * evidence than sameness does: the same kind and unit (or date granularity),
 * and either shared neighbouring words or being the only candidates left.
 */
import { otherLines as otherPhoneLines } from '../identifiers/phone-lines'
import { zeroMeetsPeople, zeroOutcomesApart } from '../numbers/zero-outcomes'
import { slotNoun, vehicleKindsApart } from './vehicle-kinds'
import { isMarginFigure, isMarginInPointsOrPercent, isPoints } from '../numbers/point-moves'
import { changeAgainstLevel, sameRole } from '../numbers/change-levels'
import { foldWord } from '../../../normalize/fold'
import { compatibleReason, dimensionOf, moneyAgainstShare } from '../../reasons/compatible'
import type { DateFact, Fact, NumberFact } from '../../extract/fact'
import { TOTAL_PHRASES } from '../../extract/numbers/counted-out'
import { bearingsApart } from '../numbers/bearings'
import { peopleMeetKind } from './people-kinds'
import { monthPart, monthPartSlot, partAgainstMonth, partsAgree } from '../dates/month-parts'
import { WINDOW_PAIRS_MAX, matchInWindows } from './slot-windows'

export type { MemberRelation, SlotMatch } from './slot-match'
import type { MemberRelation, SlotMatch } from './slot-match'

/** Twelve significant digits absorb float noise such as 1.2 * 1e6 without merging real differences. */
// matchSlots compares every fact of one aligned group with every fact of the other, so a
// sentence dense with numbers called toPrecision millions of times: cache the few values a text has.
const canonicalCache = new Map<number, string>()
function canonicalValue(v: number): string {
  let canonical = canonicalCache.get(v)
  if (canonical === undefined) {
    canonical = String(Number(v.toPrecision(12)))
    if (canonicalCache.size >= 10_000) canonicalCache.clear()
    canonicalCache.set(v, canonical)
  }
  return canonical
}

function sameValue(a: number, b: number): boolean {
  return canonicalValue(a) === canonicalValue(b)
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/**
 * A canonical key: facts written differently but stating the same thing share it.
 * `150 tỉ USD`, `150 tỷ USD`, `$150 bn` → `amount:usd:150000000000`;
 * `13.8`, `13/8`, `13-08`, `ngày 13 tháng 8` → `date:13/8`; `2.709` → `plain::2709`.
 * Partial dates keep what they state (`date:13/8/2025`, `month:8/2025`, `day:13`,
 * `time:18:47`); use `sameFact` to match a partial date with a fuller one.
 */
export function factKey(f: Fact): string {
  // A rate is not the total it is counted in: 100 km/h is no other form of 100 km.
  if (f.type === 'number') return f.kind === 'year' ? `year:${canonicalValue(f.value)}` : `${f.kind}:${f.unit}${f.per ? `/${f.per}` : ''}:${canonicalValue(f.value)}`
  const parts: string[] = []
  if (f.day !== undefined && f.month !== undefined) parts.push(`date:${f.day}/${f.month}${f.year !== undefined ? `/${f.year}` : ''}`)
  else if (f.month !== undefined) parts.push(`month:${f.month}${f.year !== undefined ? `/${f.year}` : ''}`)
  else if (f.day !== undefined) parts.push(`day:${f.day}`)
  else if (f.year !== undefined) parts.push(`year:${f.year}`)
  if (f.minutes !== undefined) parts.push(`time:${pad2(Math.floor(f.minutes / 60))}:${pad2(f.minutes % 60)}`)
  return parts.join(' ')
}

const DATE_FIELDS = ['day', 'month', 'year', 'minutes'] as const
const SLASH_DAY_MONTH = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/u

/** Dates agree on every part both state and share at least one: 13/8 ~ 13/8/2025 ~ sáng 13/8. */
function compatibleDates(a: DateFact, b: DateFact): boolean {
  // "el 8/09/2023" / "on 8/09/2023": one date in the same digits, read day first in one report and
  // month first in the other by its language's habit; the writers' order is one, whichever it was
  if (a.text === b.text && SLASH_DAY_MONTH.test(a.text)) return true
  let shared = 0
  for (const k of DATE_FIELDS) {
    const x = a[k]
    const y = b[k]
    if (x === undefined || y === undefined) continue
    if (x !== y) return false
    shared++
  }
  // "cuối tháng 8" is not 15/8 (month-parts.ts)
  return shared > 0 && partsAgree(a, b)
}

/**
 * Equal after normalisation. Numbers need only the same value (and no two
 * different currencies): kind and unit come from heuristics on the
 * neighbouring words, and a reworded neighbour ("2.000 người" read as a
 * count, "2000 người" as a year) must not turn a format change into a
 * contradiction. `matchSlots` still prefers partners of the same kind and unit.
 */
export function sameFact(a: Fact, b: Fact): boolean {
  if (a.type === 'date' && b.type === 'date') return compatibleDates(a, b)
  if (a.type === 'number' && b.type === 'number') {
    // "0.2 percentage point" / "0.2 percent": one move, percent written loosely for points (point-moves.ts)
    if (!sameValue(a.value, b.value)) return false
    // "53 km về phía tây nam" / "53 km về phía tây bắc": one distance, two places (bearings.ts)
    // "$6.31" / "6.31 percent": money and a share share digits, never a value (compatible.ts)
    return !(a.kind === 'amount' && b.kind === 'amount' && a.unit !== b.unit) && !moneyAgainstShare(a, b) && !measuresApart(a, b) && !bearingsApart(a, b)
  }
  const n = (a.type === 'number' ? a : b) as NumberFact
  const d = (a.type === 'date' ? a : b) as DateFact
  return n.kind === 'year' && d.year === n.value && d.day === undefined && d.month === undefined
}

/** "200m" / "200ft", "30 km" / "30 miles": one figure in two units of one measure that do not convert into each other states two lengths. */
function measuresApart(a: NumberFact, b: NumberFact): boolean {
  if (a.unit === b.unit) return false
  const dimension = dimensionOf(a)
  return dimension !== undefined && dimension === dimensionOf(b) && compatibleReason(a, b) === undefined
}

/** The slot a fact fills: only facts of one slot can contradict each other. Miles and kilometres fill one slot. */
export function slotOf(f: Fact): string {
  // a move in percentage points fills the slot of one in percent (point-moves.ts)
  if (f.type === 'number' && isPoints(f) && !isMarginFigure(f)) return `n:percent:${f.per ? `/${f.per}` : ''}`
  // a margin of error fills one slot in points or in percent, and no share's (point-moves.ts)
  if (f.type === 'number' && isMarginInPointsOrPercent(f)) return 'n:margin'
  if (f.type === 'number') return f.kind === 'year' ? 'year' : `n:${f.kind}:${dimensionOf(f) ?? slotNoun(f.unit)}${f.per ? `/${f.per}` : ''}`
  // granularity: 13/8 never contradicts "tháng 9" or "18:47"
  if (f.day !== undefined && f.month !== undefined) return 'd:dm'
  // "cuối tháng 8" names a few days of its month: it rivals and pairs with days (month-parts.ts)
  if (f.month !== undefined) return monthPart(f) ? 'd:dm' : 'd:m'
  if (f.day !== undefined) return 'd:d'
  if (f.year !== undefined) return 'year'
  return 'd:t'
}

const STOP = new Set(
  (
    'và hoặc của là có được đã với ở tại trong cho này đó thì mà một các những cũng còn sẽ đang bị do theo khi như ' +
    'the a an of in on at to and or for by with as is was are were be been that this it its'
  )
    .split(' ')
    .map(foldWord),
)

/**
 * A changed digit can move a bare number in or out of the year range ("2022" a year,
 * "5022" a count or a plain number). With the same words right next to both, that is
 * still one slot. Other kinds come from the words, which the change leaves alone.
 */
function yearFlip(a: NumberFact, b: NumberFact): boolean {
  const loose = (k: string): boolean => k === 'year' || k === 'plain' || k === 'count'
  if (!(a.kind === 'year' || b.kind === 'year') || !loose(a.kind) || !loose(b.kind)) return false
  const ab = a.before[a.before.length - 1]
  const bb = b.before[b.before.length - 1]
  return ab === bb && a.after[0] === b.after[0] && (ab !== undefined || a.after[0] !== undefined)
}

/**
 * Shared neighbouring words: a word in the same position next to both facts
 * counts 1, any other shared word 0.5. Stop words and digits never count.
 */
function contextScore(a: Fact, b: Fact): number {
  const ab = a.before ?? []
  const aa = a.after ?? []
  const bb = b.before ?? []
  const ba = b.after ?? []
  const useful = (w: string): boolean => !STOP.has(w) && !/\d/.test(w)
  let score = 0
  const near = (x: string | undefined, y: string | undefined): boolean => x !== undefined && x === y && useful(x)
  if (near(ab[ab.length - 1], bb[bb.length - 1])) score += 0.5
  if (near(aa[0], ba[0])) score += 0.5
  const bWords = new Set([...bb, ...ba].filter(useful))
  for (const w of new Set([...ab, ...aa])) if (bWords.has(w)) score += 0.5
  return score
}

/**
 * A second index key: for numbers whose kind a changed digit may flip (see `yearFlip`), and for a
 * date naming a part of its month, which may stand for one of its days (month-parts.ts).
 */
export function yearFlipSlot(f: Fact): string | undefined {
  return f.type === 'number' && (f.kind === 'year' || f.kind === 'plain' || f.kind === 'count') ? 'yearish' : monthPartSlot(f)
}

/** Two phone lines, a zero and a count of two outcomes, or two classes of vehicle: never one slot. */
const otherLines = (x: Fact, y: Fact): boolean => otherPhoneLines(x, y) || zeroOutcomesApart(x, y) || vehicleKindsApart(x, y)

/** Two facts fill one slot: the same slot, or a year and a bare number with the same words beside them. */
export function oneSlot(a: Fact, b: Fact): boolean {
  if (otherLines(a, b)) return false
  return slotOf(a) === slotOf(b) || (a.type === 'number' && b.type === 'number' && yearFlip(a, b)) || zeroMeetsPeople(a, b) || peopleMeetKind(a, b) || partAgainstMonth(a, b) || partOfTotalAgainstBare(a, b) || partOfTotalAgainstBare(b, a)
}

/** "35 of the 200 protesters" / "40 were detained": the part took the total's noun, which the bare figure leaves unsaid. */
const partOfTotalAgainstBare = (part: Fact, bare: Fact): boolean => bare.type === 'number' && slotOf(bare) === 'n:plain:' && isPartOfTotal(part)

/** Beyond this many fact pairs in one aligned group, compatible values are left to the cross-report pass. */
const COMPATIBLE_PAIRS_MAX = 1024

interface Candidate {
  i: number
  j: number
  score: number
}

/** Highest score first, ties to the pair whose positions in their lists are closest; each fact used once. */
function greedy(cands: Candidate[], la: number, lb: number, usedA: boolean[], usedB: boolean[]): Array<[number, number]> {
  const rel = (c: Candidate): number => Math.abs(c.i / Math.max(1, la) - c.j / Math.max(1, lb))
  cands.sort((x, y) => y.score - x.score || rel(x) - rel(y) || x.i - y.i || x.j - y.j)
  const out: Array<[number, number]> = []
  for (const c of cands) {
    if (usedA[c.i] || usedB[c.j]) continue
    usedA[c.i] = true
    usedB[c.j] = true
    out.push([c.i, c.j])
  }
  return out
}

/**
 * Pair the facts of two aligned sentence groups.
 * 1. Same facts in one slot or with shared neighbours, preferring the same kind and unit.
 * 2. Conflicts among the rest: first pairs of one slot that share neighbouring
 *    words (a year and a bare number with the same words on both sides fill
 *    one slot: see `yearFlip`), then the last fact of a slot on
 *    each side. Bare numbers conflict that way only when each side has no
 *    other number left, since "15" beside "20" may be anything.
 * 3. When that yields two or more conflicts and fewer same facts, the group
 *    is judged two different statements and no conflict is reported.
 * 4. Same values in different slots and without shared words pair last, and so do a change
 *    and a level of one value ("by 45 percent" / "to 45 percent", change-levels.ts).
 * `members`, when given, reads lists "respectively" first (respective-pairs.ts): figures of
 * different members never pair, and two figures of one member conflict before any other
 * conflict, outside step 3 (the list binding says they are one statement's).
 */
export function matchSlots(a: readonly Fact[], b: readonly Fact[], members?: (i: number, j: number) => MemberRelation): SlotMatch {
  // A group of thousands of figures is matched in windows of its order (slot-windows.ts), none of them of ordinary size.
  if (a.length * b.length > WINDOW_PAIRS_MAX) return matchInWindows(a, b, members, (x, y, m) => matchGroup(x, y, m, false))
  return matchGroup(a, b, members, a.length * b.length <= COMPATIBLE_PAIRS_MAX)
}

/** `matchSlots` on a group of bounded size; `ordinarySize` lets compatible values of one slot pair. */
function matchGroup(a: readonly Fact[], b: readonly Fact[], members: ((i: number, j: number) => MemberRelation) | undefined, ordinarySize: boolean): SlotMatch {
  const usedA = new Array<boolean>(a.length).fill(false)
  const usedB = new Array<boolean>(b.length).fill(false)
  const bound = members ? memberTable(a.length, b.length, members) : undefined
  const apart = (i: number, j: number): boolean => bound?.[i]![j] === 'apart'
  const slotsA = a.map(slotOf)
  const slotsB = b.map(slotOf)
  // Same value in one slot, or with shared neighbours, pairs first; a same value in
  // another slot without shared words ("2 hậu vệ" beside "quý 2") waits until conflicts
  // are found, so that it cannot hide one.
  const sameCands: Candidate[] = []
  const looseCands: Candidate[] = []
  const vagueCands: Candidate[] = []
  const keysA = a.map(factKey)
  const keysB = b.map(factKey)
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const x = a[i]!
      const y = b[j]!
      if (apart(i, j)) continue
      if (!sameFact(x, y)) {
        // 6.3 / 6.32 billion, "hơn 40.000" / 40.215: one slot, compatible values; they pair before any conflict.
        // Only in groups of ordinary size: a sentence of thousands of numbers must stay cheap.
        // A vague magnitude ("hundreds") is compatible with a wide span of values: it waits for the
        // conflicts, so that its slot's neighbours ("killed 12" / "forced 800 from their homes") choose.
        if (ordinarySize && slotsA[i] === slotsB[j] && compatibleReason(x, y)) {
          if (isMagnitude(x) || isMagnitude(y)) vagueCands.push({ i, j, score: contextScore(x, y) + (sameRole(x, y) ? 0.5 : 0) })
          else sameCands.push({ i, j, score: contextScore(x, y) + 1 })
        }
        continue
      }
      const context = contextScore(x, y)
      let score = context
      if (keysA[i] === keysB[j]) score += 2
      if (x.type === 'number' && y.type === 'number') score += (x.kind === y.kind ? 4 : 0) + (x.unit === y.unit ? 2 : 0)
      // "by 45 percent" / "to 45 percent": a change and a level, which wait like a value of another slot
      ;((slotsA[i] === slotsB[j] || context > 0 || x.type !== y.type) && !changeAgainstLevel(x, y) ? sameCands : looseCands).push({ i, j, score })
    }
  }
  const samePairs = greedy(sameCands, a.length, b.length, usedA, usedB)
  // two figures one list binding gives one member: one slot, whatever else the sentences disagree on
  const memberPairs = bound ? greedy(memberCands(a, b, bound, usedA, usedB), a.length, b.length, usedA, usedB) : []

  const conflictPairs: Array<[number, number]> = []
  // shared neighbours first, across all slots at once
  const ctxCands: Candidate[] = []
  for (let i = 0; i < a.length; i++) {
    if (usedA[i]) continue
    for (let j = 0; j < b.length; j++) {
      if (usedB[j]) continue
      const x = a[i]!
      const y = b[j]!
      // The cheap slot test first: contextScore allocates, and this loop is |a|·|b|.
      const sameSlot = slotsA[i] === slotsB[j] || (x.type === 'number' && y.type === 'number' && (yearFlip(x, y) || zeroMeetsPeople(x, y)))
      if (!sameSlot || otherLines(x, y) || changeAgainstLevel(x, y) || apart(i, j)) continue
      const score = contextScore(x, y) + (sameRole(x, y) ? 0.5 : 0)
      if (score > 0) ctxCands.push({ i, j, score })
    }
  }
  // (a magnitude's compatible value, met first by its neighbours, is one slot agreeing, not a conflict)
  const vague = new Set(vagueCands.map((c) => c.i * b.length + c.j))
  for (const pair of greedy([...ctxCands, ...vagueCands], a.length, b.length, usedA, usedB)) (vague.has(pair[0] * b.length + pair[1]) ? samePairs : conflictPairs).push(pair)
  // then the last fact of a slot on each side
  const leftNumbers = (facts: readonly Fact[], used: boolean[]): number => facts.filter((f, k) => !used[k] && f.type === 'number').length
  const loneA = leftNumbers(a, usedA)
  const loneB = leftNumbers(b, usedB)
  const bySlot = new Map<string, { a: number[]; b: number[] }>()
  a.forEach((_, i) => {
    if (!usedA[i]) groupOf(bySlot, slotsA[i]!).a.push(i)
  })
  b.forEach((_, j) => {
    if (!usedB[j]) groupOf(bySlot, slotsB[j]!).b.push(j)
  })
  for (const [slot, g] of bySlot) {
    if (g.a.length !== 1 || g.b.length !== 1) continue
    if (slot === 'n:plain:' && (loneA !== 1 || loneB !== 1)) continue
    if (otherLines(a[g.a[0]!]!, b[g.b[0]!]!) || changeAgainstLevel(a[g.a[0]!]!, b[g.b[0]!]!) || apart(g.a[0]!, g.b[0]!)) continue
    usedA[g.a[0]!] = true
    usedB[g.b[0]!] = true
    conflictPairs.push([g.a[0]!, g.b[0]!])
  }
  const flipped = partAgainstBare(b, a, usedB, usedA)
  const part = partAgainstBare(a, b, usedA, usedB) ?? (flipped && ([flipped[1], flipped[0]] as [number, number]))
  if (part && !otherLines(a[part[0]]!, b[part[1]]!) && !apart(part[0], part[1])) {
    usedA[part[0]] = usedB[part[1]] = true
    conflictPairs.push(part)
  }
  // Aligned sentences that disagree on more facts than they share are more likely two
  // different statements (a misalignment, two quarters' results) than one statement misreported.
  if (conflictPairs.length >= 2 && conflictPairs.length > samePairs.length) {
    for (const [i, j] of conflictPairs) {
      usedA[i] = false
      usedB[j] = false
    }
    conflictPairs.length = 0
  }
  conflictPairs.push(...memberPairs)
  conflictPairs.sort((x, y) => x[0] - y[0])
  samePairs.push(...greedy(looseCands, a.length, b.length, usedA, usedB))
  const same = samePairs.map(([i, j]) => [a[i]!, b[j]!] as [Fact, Fact])
  return {
    same,
    conflicts: conflictPairs.map(([i, j]) => [a[i]!, b[j]!] as [Fact, Fact]),
    onlyA: a.filter((_, i) => !usedA[i]),
    onlyB: b.filter((_, j) => !usedB[j]),
  }
}

const isMagnitude = (f: Fact): boolean => f.type === 'number' && f.magnitude !== undefined

/** A count stated out of a total, which took the total's noun ("35 of the 200 protesters" → protester). */
function isPartOfTotal(f: Fact): boolean {
  if (f.type !== 'number' || f.kind !== 'count' || f.unit === '') return false
  return TOTAL_PHRASES.some((p) => p.every((w, k) => f.after[k] === w) && (f.after[p.length] ?? '').startsWith(f.unit))
}

/**
 * "35 of the 200 protesters were detained" / "200 protesters gathered and 40 were detained": the
 * part took the total's noun, which the other report's bare figure leaves unsaid; when each is the
 * only number left on its side, they are one slot as two bare figures were. `parts`' index first.
 */
function partAgainstBare(parts: readonly Fact[], bare: readonly Fact[], usedParts: boolean[], usedBare: boolean[]): [number, number] | undefined {
  const left = (facts: readonly Fact[], used: boolean[]): number[] => facts.flatMap((f, k) => (!used[k] && f.type === 'number' ? [k] : []))
  const [i] = left(parts, usedParts)
  const [j] = left(bare, usedBare)
  if (i === undefined || j === undefined || left(parts, usedParts).length !== 1 || left(bare, usedBare).length !== 1) return undefined
  const y = bare[j]!
  return isPartOfTotal(parts[i]!) && y.type === 'number' && slotOf(y) === 'n:plain:' && !changeAgainstLevel(parts[i]!, y) ? [i, j] : undefined
}

/** The member relation of every pair of facts (respective-pairs.ts). */
function memberTable(la: number, lb: number, members: (i: number, j: number) => MemberRelation): MemberRelation[][] {
  const out: MemberRelation[][] = []
  for (let i = 0; i < la; i++) {
    const row: MemberRelation[] = []
    for (let j = 0; j < lb; j++) row.push(members(i, j))
    out.push(row)
  }
  return out
}

/** Unpaired figures of one slot bound to one member, with different values. */
function memberCands(a: readonly Fact[], b: readonly Fact[], bound: readonly MemberRelation[][], usedA: boolean[], usedB: boolean[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < a.length; i++) {
    if (usedA[i]) continue
    for (let j = 0; j < b.length; j++) {
      if (usedB[j] || bound[i]![j] !== 'same' || sameFact(a[i]!, b[j]!) || !oneSlot(a[i]!, b[j]!)) continue
      out.push({ i, j, score: contextScore(a[i]!, b[j]!) })
    }
  }
  return out
}

function groupOf(map: Map<string, { a: number[]; b: number[] }>, slot: string): { a: number[]; b: number[] } {
  let g = map.get(slot)
  if (!g) map.set(slot, (g = { a: [], b: [] }))
  return g
}
