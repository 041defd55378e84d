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
import { firstAtOrAfter } from '../../../normalize/sorted-offsets'

/** Other facts both sentences state, as their text on the A side. */
type Anchors = readonly string[]

export const NO_ANCHORS: Anchors = []

/**
 * A fact distinctive enough to anchor a statement: written in digits, and more than a small
 * bare number or a year (which half a report's sentences share).
 */
function distinctive(located: Located<Fact>): boolean {
  const { fact, span } = located
  if (!/\p{Nd}/u.test(span.text)) return false
  if (fact.type === 'date') return fact.day !== undefined || fact.minutes !== undefined
  if (fact.kind === 'year') return false
  return fact.kind !== 'plain' || fact.value >= 100
}

/**
 * At most this many of a sentence pair's shared facts are read as anchors of one pair of figures.
 * Ordinary sentences share far fewer (the dump's and the eval's pairs, all read whole); a run-on
 * sentence of thousands of figures shares thousands, and reading them all for each pair of its
 * figures cost their square (issue 16).
 */
export const ANCHORS_READ_MAX = 64

/**
 * The `ANCHORS_READ_MAX` items of `items` (in text order) nearest to `at`, the whole list when it is
 * no longer: the anchors of a figure in a huge sentence are those written beside it.
 */
function nearest<T>(items: readonly T[], at: number, startOf: (item: T) => number): readonly T[] {
  if (items.length <= ANCHORS_READ_MAX) return items
  const lo = firstAtOrAfter(items, at, startOf)
  const from = Math.max(0, Math.min(items.length - ANCHORS_READ_MAX, lo - ANCHORS_READ_MAX / 2))
  return items.slice(from, from + ANCHORS_READ_MAX)
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
        const list = keys.get(key)
        if (list) list.push(located)
        else keys.set(key, [located])
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
    if (!bounds) {
      bounds = boundAnchors(factsA?.factsBySentence.get(i) ?? [], factsB?.factsBySentence.get(j) ?? [])
      // in text order for `nearest`, which reads a window of a long list only
      if (bounds.length > ANCHORS_READ_MAX) bounds.sort((s, t) => s.a.span.start - t.a.span.start)
      boundCache.set(key, bounds)
    }
    return bounds
  }

  return (x, y) => {
    if (!factsA || !factsB) return NO_ANCHORS
    // The figures compared are no anchors of their own, nor are other mentions of their values.
    const alike = nearest(sharedFacts(x.sentence, y.sentence), x.span.start, (f) => f.span.start)
      .filter((f) => !sameFact(f.fact, x.fact) && !sameFact(f.fact, y.fact))
      .map((f) => f.span.text)
    // A total one sentence bounds and the other meets (bound-anchors.ts), neither end the figures compared.
    if (x.fact.type !== 'number' || y.fact.type !== 'number') return alike
    const bounds = nearest(boundsOf(x.sentence, y.sentence), x.span.start, (t) => t.a.span.start)
      .filter((t) => !sameFact(t.a.fact, x.fact) && !sameFact(t.b.fact, y.fact) && !sameFact(t.a.fact, y.fact) && !sameFact(t.b.fact, x.fact))
      .map((t) => `${t.a.span.text} / ${t.b.span.text}`)
    return bounds.length === 0 ? alike : [...alike, ...bounds]
  }
}
