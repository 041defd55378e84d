/**
 * What ties two figures of unlinked sentences to one statement beyond their wording: other
 * facts both sentences state alike. Independent reports phrase one statement differently
 * ("Phút 87, … Hazard … ấn định tỷ số 3-0" / "đến phút 89, … bàn ấn định tỷ số 3-0 do công
 * của Eden Hazard"), yet keep its anchors: the score it set, the period whose other end both
 * give (*từ 1/1/2001 đến 30/9/2013* / *từ 1/1/2011 đến ngày 30/9/2013*), the house number of
 * the street (*236 Bình Lợi*). Shared anchors are evidence that two figures fill one slot.
 *
 * Names shared by the two sentences are not counted here: a report's main actors appear in
 * most of its sentences (measured on the real gold, they paired the minutes of different
 * chances in one match, and a marriage year with a death year), and the sentence overlap
 * already weighs the rare ones.
 */
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { boundAnchors, type BoundAnchor } from './bound-anchors'
import { factKey, oneSlot, sameFact } from '../slots/slots'

/** Other facts both sentences state, as their text on the A side. */
type Anchors = readonly string[]

export const NO_ANCHORS: Anchors = []

/**
 * A fact distinctive enough to anchor a statement: written in digits, and more than a small
 * bare number or a year (which half a report's sentences share).
 */
function distinctive(located: Located<Fact>): boolean {
  const { fact, span } = located
  if (!/\d/.test(span.text)) return false
  if (fact.type === 'date') return fact.day !== undefined || fact.minutes !== undefined
  if (fact.kind === 'year') return false
  return fact.kind !== 'plain' || fact.value >= 100
}

export function createAnchors(factsA: DocumentFacts | undefined, factsB: DocumentFacts | undefined): (x: Located<Fact>, y: Located<Fact>) => Anchors {
  // A sentence pair holds many facts: its shared facts are found once, not once per pair of facts,
  // and through each sentence's facts by canonical key, so a table-like sentence costs its length.
  const cache = new Map<string, Located<Fact>[]>()
  const keysB = new Map<number, Map<string, Located<Fact>[]>>()

  function keyed(j: number): Map<string, Located<Fact>[]> {
    let keys = keysB.get(j)
    if (!keys) {
      keys = new Map()
      for (const located of factsB?.factsBySentence.get(j) ?? []) {
        if (!distinctive(located)) continue
        const key = factKey(located.fact)
        keys.set(key, [...(keys.get(key) ?? []), located])
      }
      keysB.set(j, keys)
    }
    return keys
  }

  function sharedFacts(i: number, j: number): Located<Fact>[] {
    const key = `${i}:${j}`
    let shared = cache.get(key)
    if (!shared) {
      const ownB = keyed(j)
      shared = (factsA?.factsBySentence.get(i) ?? []).filter(
        (f) => distinctive(f) && (ownB.get(factKey(f.fact)) ?? []).some((g) => sameFact(f.fact, g.fact) && oneSlot(f.fact, g.fact)),
      )
      cache.set(key, shared)
    }
    return shared
  }

  const boundCache = new Map<string, BoundAnchor[]>()
  function boundsOf(i: number, j: number): BoundAnchor[] {
    const key = `${i}:${j}`
    let bounds = boundCache.get(key)
    if (!bounds) boundCache.set(key, (bounds = boundAnchors(factsA?.factsBySentence.get(i) ?? [], factsB?.factsBySentence.get(j) ?? [])))
    return bounds
  }

  return (x, y) => {
    if (!factsA || !factsB) return NO_ANCHORS
    // The figures compared are no anchors of their own, nor are other mentions of their values.
    const alike = sharedFacts(x.sentence, y.sentence)
      .filter((f) => !sameFact(f.fact, x.fact) && !sameFact(f.fact, y.fact))
      .map((f) => f.span.text)
    // A total one sentence bounds and the other meets (bound-anchors.ts), neither end the figures compared.
    if (x.fact.type !== 'number' || y.fact.type !== 'number') return alike
    const bounds = boundsOf(x.sentence, y.sentence)
      .filter((t) => !sameFact(t.a.fact, x.fact) && !sameFact(t.b.fact, y.fact) && !sameFact(t.a.fact, y.fact) && !sameFact(t.b.fact, x.fact))
      .map((t) => `${t.a.span.text} / ${t.b.span.text}`)
    return bounds.length === 0 ? alike : [...alike, ...bounds]
  }
}
