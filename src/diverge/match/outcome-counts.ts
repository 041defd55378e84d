/**
 * One event's outcome counted in two reports: the dead, the injured, the missing, the arrested,
 * the evacuated. Independent reports word the toll apart ("killing at least five people" / "24
 * dead" / "the death toll rose to 11"; "làm 5 người chết" / "số người chết lên tới 7"), so the
 * aligner seldom links the sentences and the figures differ in unit (people, dead, none), yet
 * both fill one slot: the event's count of that outcome.
 *
 * Only the figure a report leads with, or the only one it gives, stands for the event's count:
 * later figures of the same outcome are parts (one village's dead, six children of them) or
 * another event's (a tsunami of 2004 recalled below the news). Figures of a specific noun
 * (children, crew, soldiers) count a part, not the toll, and are left out.
 */
import type { DocumentFacts, Located } from '../extract/collect'
import type { Fact } from '../extract/fact'
import { foldWord } from '../../normalize/fold'
import type { Clause } from './clauses'
import { type Outcome, outcomeOf, outcomeOfWord } from './life-outcomes'

/** Counted nouns that count anyone: a toll's own ("five people", "5 người"). */
const PERSONS: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'người'].map((w) => foldWord(w)))
/** Words right before a toll's figure that say the toll *is* it ("death toll … to 11", "số người chết lên tới 7"). */
const TOLL_VERBS: ReadonlySet<string> = new Set(['to', 'at', 'reached', 'hit', 'tới', 'lên', 'là', 'đến'].map((w) => foldWord(w)))
const TOLL_WORDS: ReadonlySet<string> = new Set(['toll', 'chết', 'vong', 'mạng'].map((w) => foldWord(w)))
/** How far back in the clause a toll's noun may stand before its verb ("the confirmed death toll from the disaster to 11"). */
const TOLL_REACH = 8

export interface OutcomeCount {
  readonly outcome: Outcome
  /** The report's first figure of this outcome, or a restatement of its value. */
  readonly lead: boolean
  /** The report gives no other value of this outcome. */
  readonly alone: boolean
}

/** "the death toll from the disaster to 11": a toll noun a few words before a verb that sets the figure. */
function tollBefore(c: Clause): boolean {
  const last = c.before[c.before.length - 1]
  if (last === undefined || !TOLL_VERBS.has(last)) return false
  for (let k = c.before.length - 2; k >= Math.max(0, c.before.length - TOLL_REACH); k--) if (TOLL_WORDS.has(c.before[k]!)) return true
  return false
}

const YEAR = /^(?:1[89]|20)\d\d$/

/**
 * "In 2004 a tsunami killed 170,000", "the 2004 tsunami that killed 230,000": a toll told of a year,
 * another event's. Only the clause up to the figure and the few words after it are read: "killing
 * at least five people … in a region devastated by the tsunami of 2004" is today's toll.
 */
function ofAYear(c: Clause): boolean {
  return c.before.some((w) => YEAR.test(w)) || c.after.some((w) => YEAR.test(w))
}

function countedOutcome(fact: Fact, clause: Clause): Outcome | undefined {
  if (fact.type !== 'number') return undefined
  if ((fact.kind !== 'count' && fact.kind !== 'plain') || ofAYear(clause)) return undefined
  // "24 dead and over 200 injured": the figure's own noun says its outcome before any word beside it
  const own = fact.kind === 'count' ? outcomeOfWord(fact.unit) : undefined
  if (own) return own
  // "six children were killed", "3 of its 5 crew": a part of the toll, counted by its own noun
  if (fact.kind === 'count' && !PERSONS.has(fact.unit)) return undefined
  return outcomeOf(clause) ?? (tollBefore(clause) ? 'dead' : undefined)
}

/** The outcome counts of a report's facts, by located fact (read once per report and pairer). */
export function outcomeCounts(facts: DocumentFacts, clauseOf: (l: Located<Fact>) => Clause): ReadonlyMap<Located<Fact>, OutcomeCount> {
  const found: Array<[Located<Fact>, Outcome, number]> = []
  const first = new Map<Outcome, number>()
  const values = new Map<Outcome, Set<number>>()
  for (const l of facts.facts) {
    if (l.fact.type !== 'number') continue
    const outcome = countedOutcome(l.fact, clauseOf(l))
    if (outcome === undefined) continue
    if (!first.has(outcome)) first.set(outcome, l.fact.value)
    let seen = values.get(outcome)
    if (!seen) values.set(outcome, (seen = new Set()))
    seen.add(l.fact.value)
    found.push([l, outcome, l.fact.value])
  }
  const out = new Map<Located<Fact>, OutcomeCount>()
  for (const [l, outcome, value] of found) out.set(l, { outcome, lead: first.get(outcome) === value, alone: values.get(outcome)!.size === 1 })
  return out
}

/** Added when both figures are their reports' only count of one outcome. */
export const ONLY_OUTCOME_COUNT = 0.6
/** Added when both lead their reports' counts of one outcome among others. */
export const LEAD_OUTCOME_COUNT = 0.5

/** The evidence that x of A and y of B count one event's outcome, and its weight; undefined when they do not. */
export function sameOutcomeCount(x: OutcomeCount | undefined, y: OutcomeCount | undefined): { text: string; weight: number } | undefined {
  if (x === undefined || y === undefined || x.outcome !== y.outcome) return undefined
  if (x.alone && y.alone) return { text: `the only count of the ${x.outcome} on each side`, weight: ONLY_OUTCOME_COUNT }
  if (x.lead && y.lead) return { text: `the first count of the ${x.outcome} in each report`, weight: LEAD_OUTCOME_COUNT }
  return undefined
}
