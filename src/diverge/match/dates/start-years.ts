/**
 * A start told as a year against one told as a month and year: "làm thị trưởng Nam Kinh từ năm
 * 2009" / "nguyên Thị trưởng thành phố Nam Kinh từ tháng Giêng năm 2010", "mayor since 2009" /
 * "mayor since January 2010". The two are stated at different granularities, so they never share
 * a slot by their keys; but both say since when, and when the sentences speak of one thing and
 * each dates it once, two years are two accounts of one start.
 *
 * A month and year against a year alone with no start word on both sides is left alone: it paired
 * the maturities of two different notes (*April 2005* / *2008*, MSRP train). Like date-years.ts,
 * only related sentences (linked, or sharing much of their rare words) each holding one fact with
 * a year are read, so a span ("từ năm 2004 đến tháng 9/2013") or a sentence of several events
 * ("Phó Thị trưởng năm 2009 rồi Thị trưởng vào năm 2010") is never paired this way.
 */
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'

/** Two accounts of one start are a year or two apart by a slip; beyond this they are two starts. */
const MAX_YEARS_APART = 3
/** Beyond this many singly dated sentences on a side the pass is skipped (it is quadratic in them). */
const MAX_DATED = 64
/** What the pair weighs: as much as a full date against a year (date-years.ts). */
const CONFIDENCE = 0.6

/** Words that make a date the start of a state: "từ năm 2009", "kể từ tháng 1.2010", "since 2009". */
const START = new Set(['từ', 'since'].map((w) => foldWord(w)))

/** The year a fact states alone ('year') or with its month and no day ('month'); undefined otherwise. */
function grainOf(fact: Fact): { year: number; grain: 'year' | 'month' } | undefined {
  if (fact.type === 'date') {
    if (fact.year === undefined || fact.minutes !== undefined || fact.day !== undefined) return undefined
    return { year: fact.year, grain: fact.month === undefined ? 'year' : 'month' }
  }
  return fact.kind === 'year' ? { year: fact.value, grain: 'year' } : undefined
}

/** Whether a start word stands right before the fact ("từ năm 2009", "since January 2010"). */
function started(fact: Fact): boolean {
  const last = fact.before?.[fact.before.length - 1]
  if (last !== undefined && START.has(last)) return true
  // An English date may carry its preposition in its text ("since 2009").
  const first = fact.text.split(/\s+/, 1)[0]
  return first !== undefined && START.has(foldWord(first))
}

/** The one fact with a year in each sentence, when it is a start; sentences with several facts with a year are left out. */
function loneStarts(facts: DocumentFacts, free: ReadonlySet<Located<Fact>>): Located<Fact>[] {
  return once(facts, startCandidates).filter((l) => free.has(l))
}

/** Each sentence's one fact with a year when it is a start, in sentence order: read of one report alone, kept with it for every pair it is in. */
function startCandidates(facts: DocumentFacts): readonly Located<Fact>[] {
  const out: Located<Fact>[] = []
  for (const located of facts.factsBySentence.values()) {
    let lone: Located<Fact> | undefined
    let count = 0
    for (const l of located) {
      const f = l.fact
      const dated = f.type === 'date' ? f.year !== undefined : f.kind === 'year'
      if (!dated) continue
      count++
      lone = l
    }
    if (count === 1 && lone && grainOf(lone.fact) && started(lone.fact)) out.push(lone)
  }
  return out
}

/**
 * Starts as a month and year in one report against starts as a year alone in the other, in related
 * sentences, whose years differ; `apart`: why two facts fill different slots by their clauses (another rank of the office, another event), if they do.
 */
export const pairStartYears: Pairer = ({ factsA, factsB, leftA, leftB, related, distinct: apart }) => {
  // Nothing left on a side (a story's pairs of copies): no pair to make.
  if (leftA.length === 0 || leftB.length === 0) return []
  const startsA = loneStarts(factsA, new Set(leftA))
  const startsB = loneStarts(factsB, new Set(leftB))
  if (startsA.length === 0 || startsB.length === 0 || startsA.length > MAX_DATED || startsB.length > MAX_DATED) return []
  const pairs: FactPair[] = []
  const usedB = new Set<Located<Fact>>()
  for (const x of startsA) {
    const gx = grainOf(x.fact)!
    const matches = startsB.filter((y) => {
      const gy = grainOf(y.fact)!
      return !usedB.has(y) && gy.grain !== gx.grain && gy.year !== gx.year && Math.abs(gy.year - gx.year) <= MAX_YEARS_APART && related(x.sentence, y.sentence) && apart(x, y) === undefined
    })
    // Two candidates: which sentence tells the same start is unknown.
    if (matches.length !== 1) continue
    const y = matches[0]!
    usedB.add(y)
    pairs.push({ a: x, b: y, confidence: CONFIDENCE, weight: CONFIDENCE, evidence: ['a start as a month and year against one as a year alone, in sentences about one thing'], noun: 'year' })
  }
  return pairs
}
