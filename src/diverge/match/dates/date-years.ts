/**
 * A full date against a year alone: "cây bồ đề do Tổng thống Prasat tặng (ngày 24-3-1959)" /
 * "… tặng Chủ tịch Hồ Chí Minh năm 1957", a birth date against a birth year. The two are
 * stated at different granularities, so they never share a slot (13/8 never contradicts
 * "tháng 9"); but the year is stated by both, and when the two sentences speak of one thing
 * and each dates it once, two years are two accounts of one date.
 *
 * Only sentences that are related (linked, or sharing much of their rare words) are read, and
 * only when each holds one fact with a year, so a range ("từ 1/1/2011 đến năm 2013") or a
 * sentence of several events is never paired this way.
 */
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'

/** Two accounts of one date are years apart by a slip, not by decades: beyond this they are two events. */
const MAX_YEARS_APART = 20
/**
 * Beyond this many singly dated sentences on a side, the pass is skipped: each full date is
 * tried against every year of the other side, and a chronicle with hundreds of dated sentences
 * would make that quadratic in its length, while its dates say little of which is which.
 */
const MAX_DATED = 64

/** The year a fact states, and whether it states it alone ('year') or as part of a full date ('date'). */
function yearOf(fact: Fact): { year: number; grain: 'year' | 'date' } | undefined {
  if (fact.type === 'date') {
    if (fact.year === undefined || fact.minutes !== undefined) return undefined
    if (fact.day !== undefined && fact.month !== undefined) return { year: fact.year, grain: 'date' }
    return fact.day === undefined && fact.month === undefined ? { year: fact.year, grain: 'year' } : undefined
  }
  return fact.kind === 'year' ? { year: fact.value, grain: 'year' } : undefined
}

/** The one fact with a year in each sentence of a report, by sentence; sentences with several are left out. */
function loneYears(facts: DocumentFacts): Map<number, Located<Fact>> {
  const out = new Map<number, Located<Fact>>()
  for (const [i, located] of facts.factsBySentence) {
    const dated = located.filter((l) => yearOf(l.fact) !== undefined)
    if (dated.length === 1) out.set(i, dated[0]!)
  }
  return out
}

/** `loneYears` in sentence order, read of one report alone and kept with it for every pair it is in. */
const loneYearList = (facts: DocumentFacts): readonly Located<Fact>[] => [...loneYears(facts).values()]

/** Full dates of one report against years alone of the other, in related sentences, whose years differ. */
export const pairDateYears: Pairer = ({ factsA, factsB, leftA, leftB, related }) => {
  // Nothing left on a side (a story's pairs of copies): no pair to make.
  if (leftA.length === 0 || leftB.length === 0) return []
  const freeA = new Set(leftA)
  const freeB = new Set(leftB)
  const datedA = once(factsA, loneYearList).filter((l) => freeA.has(l))
  const datedB = once(factsB, loneYearList).filter((l) => freeB.has(l))
  if (datedA.length > MAX_DATED || datedB.length > MAX_DATED) return []
  const pairs: FactPair[] = []
  const usedB = new Set<Located<Fact>>()
  for (const x of datedA) {
    const yx = yearOf(x.fact)!
    const matches = datedB.filter((y) => {
      const yy = yearOf(y.fact)!
      return !usedB.has(y) && yy.grain !== yx.grain && yy.year !== yx.year && Math.abs(yy.year - yx.year) <= MAX_YEARS_APART && related(x.sentence, y.sentence)
    })
    // Two candidates: which sentence tells the same thing is unknown.
    if (matches.length !== 1) continue
    const y = matches[0]!
    usedB.add(y)
    pairs.push({ a: x, b: y, confidence: 0.6, weight: 0.6, evidence: ['a full date against a year alone, in sentences about one thing'], noun: 'year' })
  }
  return pairs
}
