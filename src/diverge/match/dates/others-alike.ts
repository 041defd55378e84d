/**
 * Whether every other figure of each of two sentences is in the other one too (moment-slots.ts):
 * asked of many pairs of figures of one sentence pair. Compared pairwise, each ask cost the product
 * of the two sentences' sizes, so a run-on sentence of thousands of figures cost their cube
 * (issue 16). Here each sentence pair is read once: every fact keeps its first two partners in the
 * other sentence, found through buckets of the values a partner must share, and an ask is then a
 * few counts.
 */
import type { Fact } from '../../extract/fact'
import { sameFact } from '../slots/slots'

/** One side's facts read against the other's: how many have no partner, and how many have one alone, by that partner. */
interface SideIndex {
  /** The first two distinct partners of each fact, by the fact. */
  readonly partners: ReadonlyMap<Fact, readonly Fact[]>
  /** How many times each fact is listed. */
  readonly listed: ReadonlyMap<Fact, number>
  /** Listings of facts with no partner. */
  readonly unmatched: number
  /** Listings of facts whose only partner is the key. */
  readonly onlyPartner: ReadonlyMap<Fact, number>
}

/**
 * Keys a partner shares with a fact under `sameFact`: one value for numbers (sameFact asks one
 * value), each stated part for dates (compatible dates agree on one part at least), the text for
 * a slash date read two ways, and the year of a bare year, which a date of that year alone meets.
 */
function bucketsOf(f: Fact): string[] {
  if (f.type === 'number') {
    const keys = [`v:${Number(f.value.toPrecision(12))}`]
    if (f.kind === 'year') keys.push(`y:${f.value}`)
    return keys
  }
  const keys = [`x:${f.text}`]
  if (f.day !== undefined) keys.push(`d:${f.day}`)
  if (f.month !== undefined) keys.push(`m:${f.month}`)
  if (f.year !== undefined) keys.push(`y:${f.year}`)
  if (f.minutes !== undefined) keys.push(`t:${f.minutes}`)
  return keys
}

function bucketed(facts: readonly Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>()
  for (const f of facts) {
    for (const key of bucketsOf(f)) {
      const bucket = out.get(key)
      if (bucket) {
        if (bucket[bucket.length - 1] !== f) bucket.push(f)
      } else out.set(key, [f])
    }
  }
  return out
}

/** `own` read against `other`, sameFact asked as (own fact, other fact), as the pairwise reading asked it. */
function indexSide(own: readonly Fact[], other: readonly Fact[]): SideIndex {
  const buckets = bucketed(other)
  const partners = new Map<Fact, readonly Fact[]>()
  const listed = new Map<Fact, number>()
  const onlyPartner = new Map<Fact, number>()
  let unmatched = 0
  for (const f of own) {
    listed.set(f, (listed.get(f) ?? 0) + 1)
    let found = partners.get(f)
    if (!found) {
      const list: Fact[] = []
      for (const key of bucketsOf(f)) {
        for (const g of buckets.get(key) ?? []) {
          if (list.length >= 2) break
          if (!list.includes(g) && sameFact(f, g)) list.push(g)
        }
      }
      partners.set(f, (found = list))
    }
    if (found.length === 0) unmatched++
    else if (found.length === 1) onlyPartner.set(found[0]!, (onlyPartner.get(found[0]!) ?? 0) + 1)
  }
  return { partners, listed, unmatched, onlyPartner }
}

/** Listings of `own` other than `self` that find no partner once `partnerLeftOut` is left out of the other side. */
function missingAfter(side: SideIndex, self: Fact, partnerLeftOut: Fact): number {
  const selfListed = side.listed.get(self) ?? 0
  const selfPartners = side.partners.get(self) ?? []
  let missing = side.unmatched + (side.onlyPartner.get(partnerLeftOut) ?? 0)
  if (selfPartners.length === 0) missing -= selfListed
  else if (selfPartners.length === 1 && selfPartners[0] === partnerLeftOut) missing -= selfListed
  return missing
}

type PairIndex = readonly [SideIndex, SideIndex]
const indexes = new WeakMap<readonly Fact[], WeakMap<readonly Fact[], PairIndex>>()

function pairIndex(a: readonly Fact[], b: readonly Fact[]): PairIndex {
  let byB = indexes.get(a)
  if (!byB) indexes.set(a, (byB = new WeakMap()))
  let index = byB.get(b)
  if (!index) byB.set(b, (index = [indexSide(a, b), indexSide(b, a)]))
  return index
}

/**
 * Every fact of `a` but `x` has a `sameFact` partner in `b` other than `y`, and every fact of `b`
 * but `y` one in `a` other than `x`. The index is kept per pair of lists, so callers that hand
 * the same lists again (one per sentence) read each sentence pair once.
 */
export function othersAlikeIn(a: readonly Fact[], b: readonly Fact[], x: Fact, y: Fact): boolean {
  const [sideA, sideB] = pairIndex(a, b)
  return missingAfter(sideA, x, y) === 0 && missingAfter(sideB, y, x) === 0
}
