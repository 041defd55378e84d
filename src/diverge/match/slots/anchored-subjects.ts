/**
 * One event named two ways: independent reports name where it struck differently (*a quake off the
 * shores of Indonesia* / *a quake off Aceh*), so two sentences that share none of their names are
 * not always about different places (slot-qualifiers.ts). When both state the event's whole toll of
 * people alike, in the thousands (*230,000 people*), other than the two compared, that toll names
 * the event better than the names do. One person's name respelt (*Duncan Raite* / *Duncan Rait*)
 * needs no figure: the names rule reads respellings itself.
 *
 * Nothing smaller is evidence of one subject (review rslots37): an age (two people of one age are
 * two people; *dưới 5 tuổi*, *aged 65 and older* describe a group), a count of things (*2 houses*,
 * *2 goals*, a storm's *1,200 ngôi nhà* told of each province), a small count of people. Kept
 * apart still: sentences that give different days or months (two incidents), and counts of people
 * beside the toll (each place's share of it).
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { GENERIC_NOUNS } from './counted-slot'
import { sameFact, slotOf } from './slots'

/** The set-aparts read from the names of the two sentences alone, which a shared identifying figure outweighs. */
export const NAMED_APART: ReadonlySet<string> = new Set(['sentences about different people or places', 'clauses about different places or entities'])

/** A count of people identifies an event only from this size on (a tsunami's whole toll, not "3 người"). */
const LARGE_COUNT = 1000

/**
 * A figure that names one event of a story: the toll of people in the thousands, written in digits.
 * Not an age (two people of one age are two people: *36-year-old Shawanda McCalister* / *36-year-old
 * Nikia Kilpatrick*; an age bound *dưới 5 tuổi* describes a group), nor a count of things (*2
 * houses*, *2 goals*, *1,200 ngôi nhà* are shared by many incidents and by a storm's provinces).
 */
function identifying(located: Located<Fact>): boolean {
  const fact = located.fact
  if (fact.type !== 'number' || fact.kind !== 'count' || !/\p{Nd}/u.test(located.span.text)) return false
  // a range bounds a group, it names no one
  if (fact.range !== undefined) return false
  return GENERIC_NOUNS.has(fact.unit) && fact.value >= LARGE_COUNT
}

/** A count of anyone (people, người): the kind of figure a toll is split into by place. */
function countsPeople(fact: Fact): boolean {
  return fact.type === 'number' && fact.kind === 'count' && GENERIC_NOUNS.has(fact.unit)
}

/** An identifying figure's key: its value and what it counts (an age however written). */
function anchorKey(located: Located<Fact>): string {
  const fact = located.fact as Fact & { type: 'number' }
  return `${fact.unit}:${fact.value}`
}

/** At most this many days of each sentence are compared (a sentence listing a schedule says no more). */
const MAX_DAYS = 8

/** Two days or months the sentences state that cannot be one (*Tháng 3* / *Tháng 7*): the sentences tell two incidents. */
function daysApart(own: readonly Located<Fact>[], other: readonly Located<Fact>[]): boolean {
  const days = (facts: readonly Located<Fact>[]): Fact[] => facts.filter((l) => l.fact.type === 'date' && (l.fact.day !== undefined || l.fact.month !== undefined)).slice(0, MAX_DAYS).map((l) => l.fact)
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
    // "5 người chết ở Huế" / "8 người chết tại Quảng Trị": counts of people beside an event-wide toll are
    // each place's share of it, which the place rule keeps apart
    if (countsPeople(x.fact) || countsPeople(y.fact)) continue
    return anchor.span.text
  }
  return undefined
}
