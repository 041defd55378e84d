/**
 * One market figure's slot told by two reports in sentences the aligner did not link (issue 11
 * point 1): independent outlets word a statement apart, so only the slot's own words tie the two
 * figures. A reader (value-moves.ts, session-extremes.ts) says which figures of a report fill a slot
 * it can name from the figure's clause (a market value's fall, a session's low); this file pairs two
 * such figures when the slot is **stated once** in each report: every figure of that slot in the
 * report gives one value (a report telling two companies' losses, or a loss restated after a
 * rebound, pairs nothing). Besides: one currency, at most the reader's ratio apart, neither report
 * giving the other's value as any sum of that currency, no telling of either side that a hedge or
 * a rounding lets meet any telling of the other, no owner named on one side that the other lacks,
 * periods alike when both name one, sentences neither linked (a linked pair is the slots' to judge)
 * nor dated apart nor set apart by the clause rules. A figure a headline repeats is paired where the
 * body states it. Confidence below a linked sentence's.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import { type FactPair, factsOf, replacedBy } from '../pairing/fact-pair'
import { weakPair } from '../numbers/thing-pairs'
import type { MainFigureRound, TollSide } from '../numbers/main-figure-round'
import type { Clause } from '../clauses/clauses'
import { keys, tokenize } from '../../extract/fact-tokens'
import { possessive } from '../clauses/entity-appositions'

/** Capitalised words that name no owner: a sentence's opening word is capitalised whatever it is. */
const NOT_OWNERS = keys('the a an by in on at of after as so this that its it but and then rival over since таким в на по после к за итак а но затем kết theo sau trong vào khi riêng tính le la les en au après par ainsi' +
  // a day or a month is the move's time, read by named-periods.ts, not whose figure it is
  ' monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december hai ba tư năm sáu bảy')

/** An opening word that owns what follows ("Tesla's market value", "Nio’s shares"). */
const OPENING_OWNER = /^\P{L}*(\p{Lu}[\p{L}\p{M}]*)['’]s\b/u

/**
 * Capitalised words of a figure's sentence that may name whose figure it is. The opening word is
 * capitalised whatever it is ("During", "Investors"), so it counts only when it owns what follows.
 */
export function ownerNames(clause: Clause, sentence: string): ReadonlySet<string> {
  const names = new Set(clause.sentenceNames.filter((w) => !NOT_OWNERS.has(w)))
  const opening = OPENING_OWNER.exec(sentence)?.[1]
  if (opening !== undefined) names.add(opening.toLowerCase())
  return names
}

/** What a reader gives of one figure: the slot it names and the words that place it. */
export interface SlotReading {
  /** The slot, currency included: two figures pair only within one. */
  readonly key: string
  /** Capitalised words of the clause that may name whose figure it is (the opening word too). */
  readonly names: ReadonlySet<string>
  /** The periods its clause names ("day", "week"). */
  readonly periods: ReadonlySet<string>
}

/** A report as a reader saw it. */
export interface StatedSide {
  readonly readings: ReadonlyMap<Fact, SlotReading>
  /** The report's figures of each slot: a slot stated once gives one value. */
  readonly bySlot: ReadonlyMap<string, readonly NumberFact[]>
  /** Every sum the report states, per currency. */
  readonly sums: ReadonlyMap<string, ReadonlySet<number>>
}

export interface StatedOnceRule {
  readonly read: (side: TollSide) => StatedSide
  /** Most times one value may be the other: two outlets' figures of one slot differ by a misreading or a source, not a multiple. */
  readonly maxRatio: number
  /** Whether two values are far enough apart to be no truncation or rounding the rule's reader allows. */
  readonly apartEnough?: (x: NumberFact, y: NumberFact) => boolean
  readonly confidence: number
  readonly evidence: string
}

/** Sums of one report a reader reads at most: a table of every company's figure is no report of one. */
export const SUMS_READ = 64

/** The side's readings, grouped, with every sum of the report: for readers to call from their `read`. */
export function statedSide(side: TollSide, readOne: (l: Located<Fact>, f: NumberFact) => SlotReading | undefined): StatedSide {
  const readings = new Map<Fact, SlotReading>()
  const bySlot = new Map<string, NumberFact[]>()
  const sums = new Map<string, Set<number>>()
  let read = 0
  for (const l of side.facts.facts) {
    const f = l.fact
    if (f.type !== 'number' || f.kind !== 'amount' || f.range !== undefined || f.per !== undefined) continue
    if (!sums.has(f.unit)) sums.set(f.unit, new Set())
    sums.get(f.unit)!.add(f.value)
    if (++read > SUMS_READ) continue
    const reading = readOne(l, f)
    if (reading === undefined) continue
    readings.set(f, reading)
    if (!bySlot.has(reading.key)) bySlot.set(reading.key, [])
    bySlot.get(reading.key)!.push(f)
  }
  return { readings, bySlot, sums }
}

const statedOnce = (facts: readonly NumberFact[] | undefined): boolean => facts !== undefined && facts.every((f) => f.value === facts[0]!.value)

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size === 0 || y.size === 0 || [...x].some((w) => y.has(w))

/** Every folded word of a report, read once: whether a name one clause gives is the other report's too. */
const reportWords = (() => {
  const seen = new WeakMap<object, ReadonlySet<string>>()
  return (side: TollSide): ReadonlySet<string> => {
    let out = seen.get(side.facts)
    if (out === undefined) {
      const words = new Set<string>()
      for (const s of side.sentences) for (const t of tokenize(s.text)) if (t.kind === 'word') words.add(possessive(t.key))
      seen.set(side.facts, (out = words))
    }
    return out
  }
})()

/**
 * Whether two clauses may tell one owner's figure. A name both clauses give may be a source
 * ("Bloomberg", "Reuters") as well as the owner, so sharing one is not enough: each clause naming
 * a name the other lacks is two owners (Twitter's loss, Tesla's). A name one clause alone gives
 * must be in the other report somewhere: the story's company, left unnamed there ("Its market
 * value …"); a rival the other report never names is another owner.
 */
function ownersMeet(x: ReadonlySet<string>, y: ReadonlySet<string>, wordsX: ReadonlySet<string>, wordsY: ReadonlySet<string>): boolean {
  const onlyX = [...x].filter((w) => !y.has(w))
  const onlyY = [...y].filter((w) => !x.has(w))
  if (onlyX.length > 0 && onlyY.length > 0) return false
  return onlyX.every((w) => wordsY.has(w)) && onlyY.every((w) => wordsX.has(w))
}

/** The pairs so far, with the rule's stated-once pairs among the facts left unpaired. */
export function withStatedOnce(rule: StatedOnceRule, round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked, datedApart } = round
  const [sa, sb] = [rule.read(sideA), rule.read(sideB)]
  if (sa.readings.size === 0 || sb.readings.size === 0) return [...taken]
  // a weak pairing the slots made (shared words alone) does not hold a figure the slot words single out
  const used = factsOf(taken.filter((p) => !weakPair(p)))
  const free = (left: readonly Located<Fact>[], s: StatedSide, side: TollSide): Located<Fact>[] => {
    const rank = (l: Located<Fact>): number => (side.sentences[l.sentence]?.role === 'body' ? 0 : 1)
    return left.filter((l) => !used.has(l.fact) && s.readings.has(l.fact)).sort((p, q) => rank(p) - rank(q))
  }
  const restB = free(leftB, sb, sideB)
  const made: FactPair[] = []
  const paired = new Set<Fact>()
  for (const x of free(leftA, sa, sideA)) {
    const rx = sa.readings.get(x.fact)!
    const fx = x.fact as NumberFact
    for (const y of restB) {
      if (paired.has(y.fact)) continue
      const ry = sb.readings.get(y.fact)!
      const fy = y.fact as NumberFact
      if (rx.key !== ry.key || fx.unit !== fy.unit || fx.value === fy.value) continue
      if (Math.max(fx.value, fy.value) > rule.maxRatio * Math.min(fx.value, fy.value)) continue
      if (!statedOnce(sa.bySlot.get(rx.key)) || !statedOnce(sb.bySlot.get(rx.key))) continue
      if (sa.sums.get(fy.unit)?.has(fy.value) || sb.sums.get(fx.unit)?.has(fx.value)) continue
      if (!meets(rx.periods, ry.periods) || !ownersMeet(rx.names, ry.names, reportWords(sideA), reportWords(sideB))) continue
      if (rule.apartEnough && !rule.apartEnough(fx, fy)) continue
      // the slot told twice in one report, once hedged ("примерно на 15"): any telling the other's allows is no contradiction
      const tellingsB = sb.bySlot.get(rx.key)!
      if (sa.bySlot.get(rx.key)!.some((u) => tellingsB.some((v) => compatibleReason(u, v) !== undefined || approximationsMeet(u, v)))) continue
      if (linked(x, y) || datedApart(x, y) || apart(x, y) !== undefined) continue
      made.push({ a: x, b: y, confidence: rule.confidence, evidence: [rule.evidence, 'no sum of either report gives the other value'], weight: rule.confidence })
      paired.add(y.fact)
      break
    }
  }
  return replacedBy(taken, made)
}
