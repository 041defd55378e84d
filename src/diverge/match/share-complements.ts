/**
 * A share or an amount the other report states in another form (issue 11, missing facts):
 *
 * - the complement of a share: "Idec holders 50.5 percent, and Biogen holders the remaining 49.5
 *   percent" against "Idec holders about 50.5 percent": a reader of either knows the rest is
 *   49.5 percent. Only a share marked as the rest (the remaining, the rest, the other, còn lại,
 *   phần còn lại) on one side counts: two bare shares that add up to 100 ("rose 30 percent" /
 *   "70 percent") are two facts, and Vietnamese *còn* alone is where a figure falls to ("giảm còn
 *   30%"), not the rest;
 * - a total made of two parts: "base salary $1.4 million and target bonus $1 million" against
 *   "pay and bonus of $2.4 million" — two amounts or counts of one unit joined by and, plus, và,
 *   cộng in one sentence, whose sum the other report writes: each part is in the total.
 *
 * The other report is asked through `findInOther`, the pair's lookup of a fact (fact-index.ts),
 * with the complement or the sum as a fact of the same kind and unit.
 */
import { foldWord } from '../../normalize/fold'
import type { DocumentFacts, Located } from '../extract/collect'
import type { Fact, NumberFact } from '../extract/fact'

const words = (list: string): readonly (readonly string[])[] => list.split(',').map((p) => p.trim().split(' ').map(foldWord))
/** Words right before a share that make it the rest (the remaining 49.5 percent, phần còn lại 40%). */
const REST_BEFORE = words('remaining, rest, other, the rest, còn lại, phần còn lại, số còn lại')
/** Words right after a share that make it the rest (49,5% còn lại, 40 percent remaining). */
const REST_AFTER = words('còn lại, remaining')

const endsWith = (list: readonly string[], phrase: readonly string[]): boolean =>
  phrase.length <= list.length && phrase.every((w, k) => list[list.length - phrase.length + k] === w)
const startsWith = (list: readonly string[], phrase: readonly string[]): boolean => phrase.every((w, k) => list[k] === w)

/** A share written as the rest of a whole: "the remaining 49.5 percent", "49,5% còn lại". */
export function restShare(fact: Fact): boolean {
  if (fact.type !== 'number' || fact.kind !== 'percent' || fact.range !== undefined) return false
  return REST_BEFORE.some((p) => endsWith(fact.before, p)) || REST_AFTER.some((p) => startsWith(fact.after, p))
}

// Shares are written to a tenth or a hundredth: the complement is rounded there, not to float noise.
const complement = (value: number): number => Math.round((100 - value) * 1000) / 1000

/** The fact with another value, looked up in the other report as if written so. */
const withValue = (fact: NumberFact, value: number): NumberFact => ({ ...fact, value, text: String(value), range: undefined })

type Lookup = (fact: Fact) => { fact: Fact } | undefined

/**
 * Is a share stated by its complement: this share marked as the rest and the other report writing
 * 100 minus it, or the other report writing 100 minus it marked as the rest?
 */
export function statedByComplement(fact: Fact, findInOther: Lookup): boolean {
  if (fact.type !== 'number' || fact.kind !== 'percent' || fact.range !== undefined) return false
  if (!(fact.value > 0 && fact.value < 100) || fact.value === 50) return false
  const found = findInOther(withValue(fact, complement(fact.value)))
  return found !== undefined && (restShare(fact) || restShare(found.fact))
}

/** Words that join two parts of one total. */
const JOINERS = new Set(['and', 'plus', 'và', 'cộng', 'cùng'].map(foldWord))
/** Most letters between two parts: "$1.4 million and his target bonus at a minimum of $1 million". */
const PART_GAP = 48

/**
 * Pairs of facts of `facts` that may be two parts of one total: two amounts or counts of one unit
 * in one sentence, next to each other among its facts, with a joining word between them, and no
 * more facts of that unit beside them in the sentence (a list of figures is no two parts).
 */
export function joinedParts(facts: DocumentFacts, text: string): readonly (readonly [NumberFact, NumberFact])[] {
  const out: [NumberFact, NumberFact][] = []
  const list = facts.facts
  for (let i = 0; i + 1 < list.length; i++) {
    const x = list[i]!
    const y = list[i + 1]!
    if (x.sentence !== y.sentence || !part(x.fact) || !part(y.fact)) continue
    const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
    if (fx.kind !== fy.kind || fx.unit !== fy.unit) continue
    if (sameUnitAround(list, i - 1, x) || sameUnitAround(list, i + 2, y)) continue
    if (joined(text, x, y)) out.push([fx, fy])
  }
  return out
}

/** The parts of `parts` (joinedParts of this report) whose total the other report writes. */
export function partsOfStatedTotals(parts: readonly (readonly [NumberFact, NumberFact])[], findInOther: Lookup): Set<Fact> {
  const out = new Set<Fact>()
  for (const [x, y] of parts) {
    if (findInOther(withValue(x, x.value + y.value)) === undefined) continue
    out.add(x)
    out.add(y)
  }
  return out
}

/** Is the fact the total of two parts the other report writes joined (`otherParts`: its joinedParts)? */
export function totalOfStatedParts(fact: Fact, otherParts: readonly (readonly [NumberFact, NumberFact])[]): boolean {
  if (fact.type !== 'number' || fact.range !== undefined) return false
  return otherParts.some(([x, y]) => x.kind === fact.kind && x.unit === fact.unit && Math.abs(x.value + y.value - fact.value) < 1e-9 * Math.max(1, fact.value))
}

const part = (fact: Fact): boolean => fact.type === 'number' && (fact.kind === 'amount' || fact.kind === 'count') && fact.range === undefined && fact.value > 0

/** Is the fact at `k` a third figure of the same unit in the same sentence? */
function sameUnitAround(list: readonly Located<Fact>[], k: number, at: Located<Fact>): boolean {
  const near = list[k]
  if (near === undefined || near.sentence !== at.sentence || near.fact.type !== 'number') return false
  const f = at.fact as NumberFact
  return near.fact.kind === f.kind && near.fact.unit === f.unit
}

/** A joining word, and no sentence-level break, between the two parts. */
function joined(text: string, x: Located<Fact>, y: Located<Fact>): boolean {
  const between = text.slice(x.span.end, y.span.start)
  if (between.length > PART_GAP || /[;:()]/u.test(between)) return false
  return between.split(/[\s,]+/u).some((w) => JOINERS.has(foldWord(w)))
}
