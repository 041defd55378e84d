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
 * with the complement or the sum as a fact of the same kind and unit. A value alone is no proof:
 * the complement or the total found must stand in the same slot, its clause (clauses.ts) sharing a content word
 * with the clause of the share it completes (or of the share the rest is the rest of, "Idec … 50.5
 * percent"), or with what the parts are ("in salary and … in bonus" / "pay and bonus"). "Turnout
 * was 55 percent" is no complement of "Jones the remaining 45 percent", a "$2.4 million fine" no
 * sum of "$1.4 million in salary and $1 million in bonus", "bắt giữ 5 người" no sum of "2 người
 * chết và 3 người bị thương".
 *
 * A clause is read to its end, the slot may be named last ("won 55 percent of the ballots cast …
 * in the mayoral race"), and ends at a clause mark as clauses.ts reads them, a dash too: the aside
 * a dash opens ("the remaining 45 percent — the mayoral race was close") is a statement of its own,
 * as after a full stop, and names no slot of the figure.
 */
import { foldWord } from '../../../normalize/fold'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { STOP } from '../../extract/numbers/number-words'
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { type Clause, clausesOf } from '../clauses/clauses'
import { factViews } from '../pairing/fact-views'
import { possessive } from '../clauses/entity-appositions'

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
 * A figure's clause as this file reads it: the words of its Clause before it, and every word
 * from it to the clause's end (Clause.end), past the cap of Clause.after: the slot may be named
 * further on ("won 55 percent of the ballots cast on a cold rainy Tuesday across the whole county
 * in the mayoral race").
 */
export interface FigureClause {
  /** Folded words from the clause's start up to the figure (Clause.before). */
  readonly before: readonly string[]
  /** How many of the sentence's words stand before the figure (Clause.wordsBefore). */
  readonly wordsBefore: number
  /** Folded words from the figure to the clause's end (Clause.words from afterStart to end). */
  readonly after: readonly string[]
}

/** A report's clause of each of its facts, undefined for a fact it does not hold. */
export type ClauseOf = (fact: Fact) => FigureClause | undefined

/** The clause of each fact of `facts`, read from `doc`'s clauses (kept with the report) to the clause's end. */
export function clausesOfFacts(doc: PreparedDocument, facts: DocumentFacts): ClauseOf {
  const located = once(facts, factViews).located
  const clauses = once(doc, clausesOf)
  return (fact) => {
    const at = located.get(fact)
    if (at === undefined) return undefined
    return toEnd(clauses.of(at.sentence, fact))
  }
}

/** The clause with its words after the figure read to its end. */
function toEnd(clause: Clause): FigureClause {
  if (clause.end === clause.afterStart + clause.after.length) return clause
  return { before: clause.before, wordsBefore: clause.wordsBefore, after: clause.words.slice(clause.afterStart, clause.end) }
}

/**
 * Is a share stated by its complement: this share marked as the rest and the other report writing
 * 100 minus it, or the other report writing 100 minus it marked as the rest? The complement must
 * stand in the share's slot: its clause shares a content word with the clause of the share this
 * one is the rest of, when this sentence writes it, else with this share's own clause.
 */
export function statedByComplement(located: Located<Fact>, own: DocumentFacts, ownClause: ClauseOf, findInOther: Lookup, otherClause: ClauseOf): boolean {
  const fact = located.fact
  if (fact.type !== 'number' || fact.kind !== 'percent' || fact.range !== undefined) return false
  if (!(fact.value > 0 && fact.value < 100) || fact.value === 50) return false
  const value = complement(fact.value)
  const found = findInOther(withValue(fact, value))
  if (found === undefined || !sameUnit(fact, found.fact) || !(restShare(fact) || restShare(found.fact))) return false
  // "Idec 50.5 percent, and Biogen the remaining 49.5 percent": the share the rest completes names the slot.
  const split = restShare(fact)
    ? own.factsBySentence.get(located.sentence)?.find((l) => l.fact.type === 'number' && l.fact.kind === 'percent' && l.fact.value === value && !restShare(l.fact))
    : undefined
  const ownAt = ownClause((split ?? located).fact)
  const otherAt = otherClause(found.fact)
  return ownAt !== undefined && otherAt !== undefined && shareWord(clauseWords(ownAt), clauseWords(otherAt))
}

const sameUnit = (fact: NumberFact, other: Fact): boolean => other.type === 'number' && other.kind === fact.kind && other.unit === fact.unit

/** Words that name no slot of their own: a rest marker, a hedge, a pronoun or an auxiliary, a time. */
const NO_SLOT = new Set(
  (
    'remaining rest other others about some nearly around almost least most minimum maximum total his her its their our he she it they we ' +
    'will would be been being has have had said says also just only while year years month months week weeks day days today ' +
    'lại khoảng gần tổng cộng ông bà họ năm tháng tuần ngày nay'
  )
    .split(' ')
    .map(foldWord),
)
/** Content words of `words` (folded), none of `figure`'s (the parts' own units), into `into`; share-counts.ts reads a clause with it too. */
export function contentWords(words: readonly string[], figure: ReadonlySet<string>, into: Set<string>): Set<string> {
  for (const key of words) {
    const w = trimMarks(possessive(key))
    if (w.length >= 2 && !/\d/u.test(w) && !STOP.has(w) && !NO_SLOT.has(w) && !figure.has(w)) into.add(w)
  }
  return into
}

// A loop, not /[.-]+$/: that pattern backtracks over every start of a long run of marks.
/** `word` without the full stops and hyphens at its ends. */
function trimMarks(word: string): string {
  let from = 0
  let to = word.length
  while (from < to && (word[from] === '.' || word[from] === '-')) from++
  while (to > from && (word[to - 1] === '.' || word[to - 1] === '-')) to--
  return word.slice(from, to)
}

const NONE: ReadonlySet<string> = new Set()

/** The content words of a figure's clause: its `before` and `after` leave the figure out. */
const clauseWords = (c: FigureClause | undefined): Set<string> => (c === undefined ? new Set() : contentWords(c.after, NONE, contentWords(c.before, NONE, new Set())))

/** The figure's own words ("million", "người"), folded. */
export const figureWords = (f: Fact): Set<string> => new Set(f.text.split(/\s+/u).map((w) => trimMarks(possessive(foldWord(w)))))

const shareWord = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].some((w) => y.has(w))

/** Words that join two parts of one total. */
const JOINERS = new Set(['and', 'plus', 'và', 'cộng', 'cùng'].map(foldWord))
/** Most letters between two parts: "$1.4 million and his target bonus at a minimum of $1 million". */
const PART_GAP = 48

/** Two parts of one total, and the words saying what they are. */
export interface JoinedParts {
  readonly x: NumberFact
  readonly y: NumberFact
  /**
   * Content words from the first part to the end of the second's clause ("in salary and … in
   * bonus", "target bonus at a minimum of", "người chết và … người bị thương"): what the parts are.
   * The words before the first part (who pays, who dies) are both parts' subject and verb, no slot.
   */
  readonly words: ReadonlySet<string>
}

/**
 * Pairs of facts of `facts` that may be two parts of one total: two amounts or counts of one unit
 * in one sentence, next to each other among its facts, with a joining word between them, and no
 * more facts of that unit beside them in the sentence (a list of figures is no two parts).
 */
export function joinedParts(facts: DocumentFacts, doc: PreparedDocument): readonly JoinedParts[] {
  const text = doc.original
  const clauseOf = clausesOfFacts(doc, facts)
  const out: JoinedParts[] = []
  const list = facts.facts
  for (let i = 0; i + 1 < list.length; i++) {
    const x = list[i]!
    const y = list[i + 1]!
    if (x.sentence !== y.sentence || !part(x.fact) || !part(y.fact)) continue
    const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
    if (fx.kind !== fy.kind || fx.unit !== fy.unit) continue
    if (sameUnitAround(list, i - 1, x) || sameUnitAround(list, i + 2, y)) continue
    if (!joined(text, x, y)) continue
    const [cx, cy] = [clauseOf(fx), clauseOf(fy)]
    if (cx === undefined || cy === undefined) continue
    // from the first part on: the words after it in its clause, those of the second's clause from
    // the first part to it (when one clause holds both), and those after the second
    const figures = new Set([...figureWords(fx), ...figureWords(fy)])
    const between = Math.max(0, cy.wordsBefore - cx.wordsBefore)
    const words = contentWords(cx.after, figures, new Set())
    contentWords(cy.before.slice(Math.max(0, cy.before.length - between)), figures, words)
    out.push({ x: fx, y: fy, words: contentWords(cy.after, figures, words) })
  }
  return out
}

/** The parts of `parts` (joinedParts of this report) whose total the other report writes, in a clause naming what they are. */
export function partsOfStatedTotals(parts: readonly JoinedParts[], findInOther: Lookup, otherClause: ClauseOf): Set<Fact> {
  const out = new Set<Fact>()
  for (const { x, y, words } of parts) {
    const found = findInOther(withValue(x, x.value + y.value))
    if (found === undefined || !sameUnit(x, found.fact)) continue
    const at = otherClause(found.fact)
    if (at === undefined || !shareWord(words, clauseWords(at))) continue
    out.add(x)
    out.add(y)
  }
  return out
}

/** Is the fact the total of two parts the other report writes joined (`otherParts`: its joinedParts), in a clause naming what they are? */
export function totalOfStatedParts(located: Located<Fact>, ownClause: ClauseOf, otherParts: readonly JoinedParts[]): boolean {
  const fact = located.fact
  if (fact.type !== 'number' || fact.range !== undefined) return false
  let words: Set<string> | undefined
  return otherParts.some(
    ({ x, y, words: named }) =>
      x.kind === fact.kind &&
      x.unit === fact.unit &&
      Math.abs(x.value + y.value - fact.value) < 1e-9 * Math.max(1, fact.value) &&
      shareWord(named, (words ??= clauseWords(ownClause(fact)))),
  )
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
