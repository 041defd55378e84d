/**
 * One subject named two ways: independent reports name the one they write about differently (*a
 * 36-year-old Australian climber … at Aoraki Mount Cook* / *36-year-old Duncan Raite … from a
 * ridge*; *a quake off the shores of Indonesia* / *a quake off Aceh*), so two sentences that share
 * none of their names are not always about different people or places (slot-qualifiers.ts). When
 * both state one identifying figure alike, other than the two compared (a person's age, a count of
 * a specific thing, a toll in the thousands), that figure names the subject better than the names do.
 *
 * Measured on ECB+ (fresh32-1): two of its misses were figures set apart by the names alone while
 * their sentences shared such a figure (*36-year-old*, *230,000 people*). Kept apart still: sentences
 * that give different days (two incidents of one kind), and a shared year or small count of
 * anyone (*3 người*, which many sentences of one story state).
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { GENERIC_NOUNS } from './counted-slot'
import { sameFact, slotOf } from './slots'

/** The set-aparts read from the names of the two sentences alone, which a shared identifying figure outweighs. */
export const NAMED_APART: ReadonlySet<string> = new Set(['sentences about different people or places', 'clauses about different places or entities'])

/** A count of anyone ("people", "người") identifies a subject only from this size on (a tsunami's toll, not "3 người"). */
const LARGE_COUNT = 1000

/** A figure that names one subject of a story: an age, a count of a specific thing, a large count of anyone; written in digits. */
function identifying(located: Located<Fact>): boolean {
  const fact = located.fact
  if (fact.type !== 'number' || !/\d/u.test(located.span.text)) return false
  // "trẻ em từ 5-11 tuổi", "children aged 5 to 11": a range bounds a group, it names no one
  if (fact.range !== undefined) return false
  if (fact.kind === 'age') return true
  // "36-year-old" read as a count of "year-old" is an age written as one word
  if (fact.kind === 'count' && fact.unit === 'year-old') return true
  if (fact.kind !== 'count' || fact.unit === '') return false
  return !GENERIC_NOUNS.has(fact.unit) || fact.value >= LARGE_COUNT
}

/** An identifying figure's key: its value and what it counts (an age however written). */
function anchorKey(located: Located<Fact>): string {
  const fact = located.fact as Fact & { type: 'number' }
  return fact.kind === 'age' || fact.unit === 'year-old' ? `age:${fact.value}` : `${fact.unit}:${fact.value}`
}

/** At most this many days of each sentence are compared (a sentence listing a schedule says no more). */
const MAX_DAYS = 8

/** Two days the sentences state that cannot be one: the sentences tell two incidents. */
function daysApart(own: readonly Located<Fact>[], other: readonly Located<Fact>[]): boolean {
  const days = (facts: readonly Located<Fact>[]): Fact[] => facts.filter((l) => l.fact.type === 'date' && l.fact.day !== undefined).slice(0, MAX_DAYS).map((l) => l.fact)
  const theirs = days(other)
  return days(own).some((d) => theirs.some((e) => !sameFact(d, e)))
}

/**
 * The identifying figures two sentences state alike, by key (as the first side writes them), when
 * the sentences give no different days; else none. Linear in the two sentences' facts.
 */
export function sharedAnchors(sentenceA: readonly Located<Fact>[], sentenceB: readonly Located<Fact>[]): ReadonlyMap<string, Located<Fact>> {
  const shared = new Map<string, Located<Fact>>()
  if (daysApart(sentenceA, sentenceB)) return shared
  const keysB = new Set(sentenceB.filter(identifying).map(anchorKey))
  for (const f of sentenceA) if (identifying(f) && keysB.has(anchorKey(f))) shared.set(anchorKey(f), f)
  return shared
}

/**
 * The identifying figure both sentences state alike (its text on x's side), other than the values
 * compared, given the sentences' `sharedAnchors`; else undefined.
 */
export function sharedSubject(x: Located<Fact>, y: Located<Fact>, anchors: ReadonlyMap<string, Located<Fact>>): string | undefined {
  for (const anchor of anchors.values()) {
    if (sameFact(anchor.fact, x.fact) || sameFact(anchor.fact, y.fact)) continue
    // "killed 1,200 people, 800 of them in Assam" / "400 of them in Bihar": figures of the anchor's own
    // slot may be its parts, each told of its own place; only a figure of another slot is tied by it
    if (slotOf(anchor.fact) === slotOf(x.fact) || slotOf(anchor.fact) === slotOf(y.fact)) continue
    return anchor.span.text
  }
  return undefined
}
