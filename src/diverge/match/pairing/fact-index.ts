/**
 * One report's facts indexed for the other to look up: by canonical key, by value and by a
 * date's loose parts, and the questions a pair asks of it (is this fact stated there, in its own
 * slot or in a related sentence?), each answer kept per index and fact for the pairs of a story.
 *
 * Apart from index.ts, which wires the matching and the reasons into the divergences of a pair.
 */
import { Attached } from '../../../document/attached'
import { type DocumentFacts, type Located, firstReading } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { dimensionOf } from '../../reasons/compatible'
import { factKey as keyOfFact, oneSlot, sameFact } from '../slots/slots'
import { firmRelation } from '../numbers/firm-counts'

// A fact's key, written once per fact: a report's facts are looked up by key in every pair of a story.
const factKeys = new Attached<Fact, string>('factKeys')
export function factKey(fact: Fact): string {
  let key = factKeys.get(fact)
  if (key === undefined) factKeys.set(fact, (key = keyOfFact(fact)))
  return key
}

/** A date matched loosely: the parts it states. */
function looseDateKeys(fact: Fact): string[] {
  if (fact.type !== 'date') return []
  const keys: string[] = []
  if (fact.day !== undefined && fact.month !== undefined) keys.push(`dm:${fact.day}/${fact.month}`)
  if (fact.year !== undefined && fact.day === undefined) keys.push(`y:${fact.year}`)
  if (fact.month !== undefined && fact.day === undefined) keys.push(`m:${fact.month}`)
  if (fact.minutes !== undefined) keys.push(`t:${fact.minutes}`)
  // the same slash digits, read day first in one report and month first in the other (slots.ts)
  if (/^\d{1,2}\/\d/u.test(fact.text)) keys.push(`slash:${fact.text}`)
  return keys
}

/** A number written out in words ("hai", "ba"): too common to stand as evidence beyond its exact slot. */
export function inWords(fact: Fact, text: string): boolean {
  return fact.type === 'number' && !/\d/.test(text)
}

/** Index of a document's facts by canonical key, by value, and by loose date parts. */
export function factIndex(facts: DocumentFacts): Map<string, Fact[]> {
  const index = new Map<string, Fact[]>()
  const add = (key: string, fact: Fact): void => {
    const list = index.get(key)
    if (!list) index.set(key, [fact])
    else if (list.length < 16) list.push(fact)
  }
  for (const { fact, span } of facts.facts) {
    add(factKey(fact), fact)
    if (fact.type === 'number' && !inWords(fact, span.text)) add(`value:${fact.value}`, fact)
    for (const key of looseDateKeys(fact)) add(key, fact)
  }
  return index
}

// A fact's looser keys (its value; a date's parts) and its keys in a slot, written once per fact:
// a story looks each of a report's facts up in every pair it is in.
const looseKeys = new Attached<Fact, readonly string[]>('looseKeys')
function looseKeysOf(fact: Fact): readonly string[] {
  let keys = looseKeys.get(fact)
  if (keys === undefined) looseKeys.set(fact, (keys = fact.type === 'number' ? [`value:${fact.value}`] : looseDateKeys(fact)))
  return keys
}
const slotKeys = new Attached<Fact, readonly string[]>('slotKeys')
function slotKeysOf(fact: NumberFact): readonly string[] {
  let keys = slotKeys.get(fact)
  if (keys === undefined) slotKeys.set(fact, (keys = [factKey(fact), `value:${fact.value}`]))
  return keys
}

/** A fact of the other document that states this one, preferring one of the same kind and unit. */
export function findIn(index: Map<string, Fact[]>, fact: Fact): { fact: Fact; exact: boolean } | undefined {
  // (never a count of another firm's things: "200 Tesla Inc. shares" / "200 Apple Inc. shares", firm-counts.ts)
  const states = (other: Fact): boolean => sameFact(fact, other) && firmRelation(fact, other) !== 'apart'
  const exact = index.get(factKey(fact))?.find(states)
  if (exact) return { fact: exact, exact: true }
  for (const key of looseKeysOf(fact)) {
    const hit = index.get(key)?.find(states)
    if (hit) return { fact: hit, exact: fact.type === 'date' }
  }
  return undefined
}

/** Slots that say little of what a value is: any match's score, a bare number. */
function coarseSlot(fact: Fact): boolean {
  return fact.type === 'number' && (fact.kind === 'score' || (fact.kind === 'plain' && fact.unit === ''))
}

/**
 * The other report states this fact where it could stand for it: in its own slot, as a date,
 * or in a sentence about the same thing. The same value in another slot of an unrelated
 * sentence ("SEA Games 27" beside "phút 26" / "phút 27") leaves the fact free to meet its
 * own slot's value.
 */
export function statedInSlot(index: Map<string, Fact[]>, own: Located<Fact>, other: Map<Fact, Located<Fact>>, related: (own: number, other: number) => boolean): boolean {
  const fact = own.fact
  if (fact.type === 'date') return foundIn(index, fact) !== undefined
  const slot = slotReadingOf(index, fact)
  if (slot === true) return true
  // Only the sentences the two reports link or share words in can tell the rest: the pair's own.
  return slot.some((found) => related(own.sentence, other.get(found)!.sentence))
}

/**
 * What the other report's index says of a number's slot by the facts alone: true when a fact of
 * it stands for the number whatever the sentences (a date, the same slot, the same unit), else the
 * facts of the same value that stand only in a related sentence, in the order they are met.
 * "a yearly salary of $10 million" / "$10 million a year": a unit of its own names the slot enough.
 */
function slotReading(index: Map<string, Fact[]>, fact: NumberFact): true | readonly Fact[] {
  const inRelated: Fact[] = []
  for (const key of slotKeysOf(fact)) {
    for (const found of index.get(key) ?? []) {
      if (!sameFact(fact, found)) continue
      if (found.type === 'date' || (oneSlot(fact, found) && !coarseSlot(fact)) || (fact.unit !== '' && found.type === 'number' && fact.unit === found.unit)) return true
      inRelated.push(found)
    }
  }
  return inRelated
}

// By the other report's index (one per report), by fact: a story asks each report about the facts
// of every report it is paired with. A copied sentence's facts are copies of its first reading's
// (shareSentenceFacts), equal in every field that an answer reads, so they are kept by that first
// reading: most questions were asked by an earlier pair, of another copy.
const slotReadings = new Attached<Map<string, Fact[]>, Map<Fact, true | readonly Fact[]>>('slotReadings')
function slotReadingOf(index: Map<string, Fact[]>, fact: NumberFact): true | readonly Fact[] {
  let byFact = slotReadings.get(index)
  if (!byFact) slotReadings.set(index, (byFact = new Map()))
  const key = firstReading(fact)
  let reading = byFact.get(key)
  if (reading === undefined) byFact.set(key, (reading = slotReading(index, fact)))
  return reading
}
const foundIns = new Attached<Map<string, Fact[]>, Map<Fact, ReturnType<typeof findIn> | null>>('foundIns')
/** `findIn`, kept by index and fact as `slotReadingOf` is (null for a fact not found, so that one lookup answers). */
export function foundIn(index: Map<string, Fact[]>, fact: Fact): ReturnType<typeof findIn> {
  let byFact = foundIns.get(index)
  if (!byFact) foundIns.set(index, (byFact = new Map()))
  const key = firstReading(fact)
  const known = byFact.get(key)
  if (known !== undefined) return known ?? undefined
  const found = findIn(index, fact)
  byFact.set(key, found ?? null)
  return found
}

/** Kinds compared exactly, as a whole: their digits are no count of anything. */
const IDENTIFIERS = new Set(['score', 'version', 'document', 'phone', 'plate', 'code'])

/**
 * The same kind of fact, by what the value counts: a score "4-1" or "5 bàn" (goals) is no echo of
 * "4 lượt" / "5 lượt" (shoot-out rounds), a percentage no echo of a count. A bare number may be anything, so it passes.
 */
function sameKind(fact: NumberFact, other: Fact): boolean {
  if (other.type === 'date') return true
  if (IDENTIFIERS.has(fact.kind) || IDENTIFIERS.has(other.kind)) return fact.kind === other.kind
  const bare = (f: NumberFact): boolean => f.kind === 'plain' && f.unit === ''
  if (bare(fact) || bare(other)) return true
  if (fact.kind !== other.kind) return false
  if (fact.unit === '' || other.unit === '') return true
  return (dimensionOf(fact) ?? fact.unit) === (dimensionOf(other) ?? other.unit)
}

/**
 * The other report gives this value elsewhere as the same kind of fact (its unit or counted noun,
 * or a bare number): reason to doubt that it contradicts that report.
 */
export function echoedIn(index: Map<string, Fact[]>, fact: Fact): boolean {
  if (fact.type === 'date') return foundIn(index, fact) !== undefined
  for (const key of slotKeysOf(fact)) for (const found of index.get(key) ?? []) if (sameFact(fact, found) && sameKind(fact, found)) return true
  return false
}
