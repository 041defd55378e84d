/**
 * A report tells its main sums and counts more than once (the headline's "$1 trillion
 * infrastructure plan", the lead's "a $1 trillion bipartisan plan"; "232 sporcu" in the lead and
 * again in the official's quote). A contradiction is found at one place of each report, and an
 * editor reading the lead sees no flag beside the same figure there, which also stayed `missing`
 * although it is half of a conflict (issue 11: 5 of the fresh golds' missed figures). So a number
 * contradiction carries every place each side states its own figure again, as a toll's and a
 * name's divergence do (toll-pairs.ts, names/variants.ts).
 *
 * A restatement is the same figure told of the same thing: same kind, same value, same unit or
 * counted noun, same rate basis, neither a range nor an order of magnitude; and the other report
 * never states that figure itself, or the repeats may be the places the two agree on. Only sums of money and
 * counts of a named thing qualify: a bare number, a percent, a duration or an age repeats across
 * slots too often (a "10%" rise and a "10%" share, "two days" of talks and of mourning), and a
 * year, an ordinal or an identifier is no figure told again.
 *
 * The same value of the same noun is often another slot of one report ("5 people were killed …
 * another 5 people were injured", last year's "$5 million", a part "200 jobs will move"), so a place
 * is listed only when the caller's slot test ties it to a place of the other report's figure, and
 * never in the pair's own sentence or in a sentence naming another year (review rmisses59).
 */
import type { Span } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import type { FactPair } from './fact-pair'

/** A figure another sentence of its report may tell again: a sum, or a count of a named thing. */
function restatable(f: NumberFact): boolean {
  if (f.range !== undefined || f.magnitude !== undefined) return false
  return f.kind === 'amount' || (f.kind === 'count' && f.unit !== '')
}

/** The most places besides its own a report may tell its figure at (headline, lead, body, a quote …). */
const MAX_PLACES = 8

/** Each report's restatable figures by kind, value, unit and rate basis, indexed once (a report may hold thousands of figures). */
const indexes = new WeakMap<DocumentFacts, Map<string, Located<Fact>[]>>()
const keyOf = (f: NumberFact): string => `${f.kind}|${f.value}|${f.unit}|${f.per ?? ''}`
function restatingIndex(facts: DocumentFacts): Map<string, Located<Fact>[]> {
  let index = indexes.get(facts)
  if (index !== undefined) return index
  index = new Map()
  for (const l of facts.facts) {
    if (l.fact.type !== 'number' || !restatable(l.fact)) continue
    const key = keyOf(l.fact)
    const list = index.get(key)
    if (list === undefined) index.set(key, [l])
    else list.push(l)
  }
  indexes.set(facts, index)
  return index
}

/** The years each sentence of a report names (its dates' and its year figures'), indexed once. */
const yearIndexes = new WeakMap<DocumentFacts, Map<number, Set<number>>>()
function yearsOf(facts: DocumentFacts, sentence: number): ReadonlySet<number> | undefined {
  let index = yearIndexes.get(facts)
  if (index === undefined) {
    index = new Map()
    for (const l of facts.facts) {
      const year = l.fact.type === 'date' ? l.fact.year : l.fact.type === 'number' && l.fact.kind === 'year' ? l.fact.value : undefined
      if (year === undefined) continue
      const years = index.get(l.sentence)
      if (years === undefined) index.set(l.sentence, new Set([year]))
      else years.add(year)
    }
    yearIndexes.set(facts, index)
  }
  return index.get(sentence)
}

/** Whether sentence `s` names a year sentence `own` does not ("Năm 2020 tỉnh chi 100 tỷ đồng" beside this year's 100 tỷ). */
function otherYear(facts: DocumentFacts, s: number, own: number): boolean {
  const years = yearsOf(facts, s)
  if (years === undefined) return false
  const ownYears = yearsOf(facts, own)
  for (const y of years) if (!ownYears?.has(y)) return true
  return false
}

/**
 * The places of a report holding `own`'s figure again, besides `own`: none when the other report
 * states that figure too (then they may be the places the two reports agree on: "2 nước" told of
 * two slots, one of them changed), none in `own`'s sentence (one sentence telling one value twice
 * tells two things: "$2 billion on schools and $2 billion on roads"), none in a sentence naming a
 * year `own`'s does not ("Năm 2020 tỉnh chi 100 tỷ đồng" beside this year's 100 tỷ).
 */
function candidatesOf(own: Located<Fact>, facts: DocumentFacts, other: DocumentFacts): Located<Fact>[] {
  const f = own.fact
  if (f.type !== 'number' || !restatable(f)) return []
  const key = keyOf(f)
  if ((restatingIndex(other).get(key)?.length ?? 0) > 0) return []
  return (restatingIndex(facts).get(key) ?? []).filter((l) => l.fact !== f && l.sentence !== own.sentence && !otherYear(facts, l.sentence, own.sentence))
}

/**
 * The pair with every place each report restates its figure, when either side tells it more
 * than once; the pair itself when it already lists them (a toll's) or is a date's.
 *
 * A place is listed only when `oneSlot(x, y)` (x of A, y of B: sentences that speak of one thing, no
 * clause word setting the figures apart) holds between it and a place already listed on the other
 * side, starting from the pair's own two: the lead's "$1 trillion" is told of the other lead's "$1.2
 * trillion" although the pair stood on the headlines. A place of another slot (5 people *injured*
 * beside a conflict on those *killed*, last year's sum, another place's count, a part) is no
 * restatement: it stays its own fact, `missing` if the other report never tells it (review rmisses59).
 */
export function withRestatements(
  pair: FactPair,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  oneSlot: (x: Located<Fact>, y: Located<Fact>) => boolean,
): FactPair {
  if (pair.occurrences !== undefined || pair.a.fact.type !== 'number' || pair.b.fact.type !== 'number') return pair
  let leftA = candidatesOf(pair.a, factsA, factsB)
  let leftB = candidatesOf(pair.b, factsB, factsA)
  if (leftA.length === 0 && leftB.length === 0) return pair
  // a figure told more often is no one sum told again but a common value (and the rounds below are quadratic in it)
  if (leftA.length > MAX_PLACES || leftB.length > MAX_PLACES) return pair
  const a: Located<Fact>[] = [pair.a]
  const b: Located<Fact>[] = [pair.b]
  // each round lists at least one more place, so at most as many rounds as candidates
  for (let grew = true; grew; ) {
    const nextA = leftA.filter((l) => !b.some((m) => oneSlot(l, m)))
    const nextB = leftB.filter((m) => !a.some((l) => oneSlot(l, m)))
    a.push(...leftA.filter((l) => !nextA.includes(l)))
    b.push(...leftB.filter((m) => !nextB.includes(m)))
    grew = nextA.length < leftA.length || nextB.length < leftB.length
    leftA = nextA
    leftB = nextB
  }
  if (a.length === 1 && b.length === 1) return pair
  // A caption's figure is in no stating list: the pair's own span is kept wherever it sits.
  const spans = (list: Located<Fact>[]): Span[] => list.map((l) => l.span).sort((x, y) => x.start - y.start)
  return { ...pair, occurrences: { a: spans(a), b: spans(b) } }
}

/**
 * One key for a restated conflict's places on both sides: the headline's pair and the lead's pair of
 * one conflict list the same places, and are one flag, not two marks on every place (review rmisses59).
 */
export function placesKey(occurrences: { readonly a: readonly Span[]; readonly b: readonly Span[] }): string {
  const side = (spans: readonly Span[]): string => spans.map((s) => `${s.start}:${s.end}`).join(',')
  return `${side(occurrences.a)}|${side(occurrences.b)}`
}
