/**
 * One sum of money told by two reports in sentences the aligner did not link (issue 11): "paid
 * $43,885,310 in federal taxes" / "have paid $43 million in federal taxes", "divert $3.6 billion
 * from military construction projects" / "money from the Defense Department's military construction
 * budget, to the tune of $3.5 billion". Independent reports word such sentences apart, so the slot
 * rules meet them only as weak guesses among the reports' other sums, and each was reported missing.
 * measure-pairs.ts reads a sum only as a theft or a sale; this file reads any sum by what it is of.
 *
 * A sum's slot is its currency and what it is of, in one of two ways:
 * - its own phrase: the words right after it behind "in / of / for / from / on" ("in federal
 *   taxes", "from military construction projects"; Vietnamese "tiền thuế" straight after the
 *   currency), folded and singular: one phrase on both sides is a confident slot (0.55);
 * - two content words both sentences write side by side near the figure ("military construction"):
 *   a slot named alike, as sure as a counted noun (0.52); two or more content words near both
 *   figures but never side by side on both: a guess, a candidate (0.45).
 * Either way each figure must be the one value its report gives that slot: another sum of the
 * report with the same phrase or the same shared words and another value leaves nothing to pair.
 *
 * Compatible values stay quiet: rounding ("$3.6 billion" / "$3.62 billion"), an approximation
 * ("about $3.6 billion" / "$3.5 billion"), a bound ("up to", "more than"); so do sums farther apart
 * than a quarter (two sums of one budget more often than one told two ways), a value the other
 * report gives anywhere as a sum in that currency (each may tell both), sentences the clause rules
 * or their dates set apart, and sentences naming different years. A year in one sentence only
 * ("since 2007" against a sum with no time) may be a part against the whole: a candidate at most.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import { hedgeOf } from '../../reasons/hedges'
import type { Clause } from '../clauses/clauses'
import type { FactPair } from '../pairing/fact-pair'
import { cachedPerReport } from './main-figures'
import { contentWord } from './noun-count-predicates'
import { weakPair } from './thing-pairs'
import { NAMED_APART } from '../slots/anchored-subjects'
import type { CountSide, MainFigureRound } from './main-figure-round'

/** One phrase of what the sum is of, on both sides. */
const OWN_PHRASE = 0.55
/** Two content words side by side near both figures. */
const SHARED_TERM = 0.52
/** Content words near both figures, never side by side on both, or a year one side only gives: listed, not flagged. */
const GUESS = 0.45
/** Two sums farther apart than this are more often two sums of one story than one misreported. */
const MAX_RATIO = 1.25
/** Words read either side of a figure for the words two sentences share around it. */
const NEAR_BEFORE = 10
const NEAR_AFTER = 6
/** Words read after a figure for a place it is told of. */
const PLACE_REACH = 12
/** Distinct values near one word past which the word names no one slot (and is read no further). */
const RIVALS_READ = 32
/** Sums of a report read for pairing at most: a report of thousands tells no one sum by its words. */
const SUMS_READ = 256
/** Sums of one sentence read at most: a page of figures tells no one sum. */
const SUMS_PER_SENTENCE = 8

/** Words that lead from a sum to what it is of. */
const OBJECT_LEADS = keys('in of for from on worth cho của từ vào để')
/** Determiners skipped inside the phrase ("in the federal budget"). */
const DETERMINERS = keys('the a an its their his her this that these those các những')
/** Words that end the phrase: links, verbs of being, prepositions of another slot. */
const PHRASE_STOPS = keys('and or but to by with since from at as than during over under while which that who was were is are has have had và hoặc nhưng với từ đến khi là đã được')
/** Words that make the figure no one sum of the event: a share, a rate, a fine per unit. */
const PER_UNIT = keys('each per apiece mỗi a share')
/** Words too common around money to name a slot. */
const MONEY_WORDS = keys('million billion trillion thousand dollar dollars money fund funds funding cost costs total sum amount paid pay spend spent triệu tỷ tỉ nghìn đồng tiền said says told nói cho biết percent')
/** Spans of time: every sum of a report is of some year or quarter, so a shared one names no slot. */
const TIME_WORDS = keys('year years annual annually month months week weeks quarter quarters period decade năm tháng tuần quý')

const isSum = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'amount' && f.unit !== '' && f.value > 0 && f.range === undefined && f.per === undefined
const isYear = (x: Fact): boolean => (x.type === 'date' && x.year !== undefined) || (x.type === 'number' && x.kind === 'year')

/** A plural folded to its singular ("taxes" → "tax", "projects" → "project"). */
function singular(w: string): string {
  if (w.length <= 3) return w
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.endsWith('xes') || w.endsWith('ses')) return w.slice(0, -2)
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1)
  return w
}

/** What the sum is of, from its own words after it: "in federal taxes" → "federal tax"; undefined when none. */
function phraseOf(f: NumberFact, vietnamese: boolean): string | undefined {
  const after = f.clause ?? f.after
  let k = 0
  if (OBJECT_LEADS.has(after[0] ?? '')) k = 1
  else if (!vietnamese) return undefined
  while (k < after.length && DETERMINERS.has(after[k]!)) k++
  const words: string[] = []
  for (; k < after.length && words.length < 3; k++) {
    const w = after[k]!
    if (PHRASE_STOPS.has(w) || !contentWord(w, vietnamese)) break
    words.push(singular(w))
  }
  return words.length > 0 ? words.join(' ') : undefined
}

/** The content words around a figure in its sentence, in order, the figure's own aside. */
function nearWords(c: Clause, vietnamese: boolean): readonly string[] {
  const before = c.words.slice(Math.max(0, c.wordsBefore - NEAR_BEFORE), c.wordsBefore)
  const after = c.words.slice(c.afterStart, c.afterStart + NEAR_AFTER)
  return [...before, '', ...after].map((w) => (w === '' || !contentWord(w, vietnamese) || MONEY_WORDS.has(w) || TIME_WORDS.has(w) ? '' : singular(w)))
}

/** One sum as read: its phrase, the words around it, the years of its sentence. */
interface Sum {
  readonly phrase: string | undefined
  readonly places: readonly string[]
  /** Every word of the sentence: a place one side names is looked for here. */
  readonly sentence: ReadonlySet<string>
  readonly near: readonly string[]
  readonly years: ReadonlySet<number>
}

interface SideSums {
  readonly sums: ReadonlyMap<Fact, Sum>
  /** Every sum's value in each currency, whatever its slot. */
  readonly values: ReadonlyMap<string, ReadonlySet<number>>
  /** The values each phrase takes in each currency. */
  readonly phrases: ReadonlyMap<string, ReadonlySet<number>>
  /** The values of the sums each word stands near, by currency and word. */
  readonly valuesNear: ReadonlyMap<string, ReadonlySet<number>>
}

function yearsOf(facts: readonly Fact[]): Set<number> {
  const years = new Set<number>()
  for (const x of facts) {
    if (x.type === 'date' && x.year !== undefined) years.add(x.year)
    else if (x.type === 'number' && x.kind === 'year') years.add(x.value)
  }
  return years
}

/** Words before a sum that make it a part of another ("Of that, $3.2 billion", "including $2 million", "trong đó"). */
const PART_LEADS = keys('including among trong gồm riêng')
/** "Of that", "of which", "of it": the rest names the whole the figure is a part of. */
const OF = keys('of')
const WHOLES = keys('that which whom those it this these')
/** Words leading to a place named after the figure ("from military construction in Texas"). */
const PLACE_LEADS = keys('in at ở tại')

/** A figure that may stand for one sum of the event: no bound, no part, no price per unit, no rate. */
function oneSum(f: NumberFact, c: Clause): boolean {
  const hedge = hedgeOf(f)
  if (hedge === 'over' || hedge === 'under' || hedge === 'nearly') return false
  const lead = c.lead.slice(-4)
  if (lead.some((w, k) => PART_LEADS.has(w) || (OF.has(w) && WHOLES.has(lead[k + 1] ?? '')))) return false
  return !c.words.slice(c.afterStart, c.afterStart + 2).some((w) => PER_UNIT.has(w))
}

/** Names of places the sum's own words give after it ("in Texas", "ở Hà Nội"): a place's share when the other sentence never names it. */
function placesAfter(c: Clause): readonly string[] {
  const after = c.words.slice(c.afterStart, c.afterStart + PLACE_REACH)
  return after.flatMap((w, k) => (k > 0 && PLACE_LEADS.has(after[k - 1]!) && c.capitals.has(w) ? [w] : []))
}

/** Read once per report: each sum with its phrase and the words around it. */
function sideSums(side: CountSide): SideSums {
  const vietnamese = side.language === 'vie'
  const sums = new Map<Fact, Sum>()
  const values = new Map<string, Set<number>>()
  const phrases = new Map<string, Set<number>>()
  const valuesNear = new Map<string, Set<number>>()
  const perSentence = new Map<number, number>()
  const yearsBySentence = new Map<number, Set<number>>()
  for (const l of side.facts.facts) {
    if (!isSum(l.fact)) continue
    let set = values.get(l.fact.unit)
    if (!set) values.set(l.fact.unit, (set = new Set()))
    set.add(l.fact.value)
    const n = (perSentence.get(l.sentence) ?? 0) + 1
    perSentence.set(l.sentence, n)
    if (n > SUMS_PER_SENTENCE) continue
    const c = side.clauseOf(l)
    if (!oneSum(l.fact, c)) continue
    let years = yearsBySentence.get(l.sentence)
    if (!years) yearsBySentence.set(l.sentence, (years = yearsOf((side.facts.factsBySentence.get(l.sentence) ?? []).map((x) => x.fact))))
    const phrase = phraseOf(l.fact, vietnamese)
    const near = nearWords(c, vietnamese)
    sums.set(l.fact, { phrase, places: placesAfter(c), sentence: c.sentence, near, years })
    for (const w of near) {
      if (w === '') continue
      let at = valuesNear.get(`${l.fact.unit} ${w}`)
      if (!at) valuesNear.set(`${l.fact.unit} ${w}`, (at = new Set()))
      at.add(l.fact.value)
    }
    if (phrase !== undefined) {
      const key = `${l.fact.unit} ${phrase}`
      let told = phrases.get(key)
      if (!told) phrases.set(key, (told = new Set()))
      told.add(l.fact.value)
    }
  }
  return { sums, values, phrases, valuesNear }
}

const sumsOf = cachedPerReport(sideSums)

/** The content words both figures have around them, and whether two of them stand side by side on both sides. */
function shared(x: Sum, y: Sum): { readonly words: ReadonlySet<string>; readonly term: boolean } {
  const near = new Set(x.near.filter((w) => w !== ''))
  const words = new Set(y.near.filter((w) => w !== '' && near.has(w)))
  // each pair of neighbours with the content word before it: "private colleges averaged" / "public colleges averaged" say which colleges
  const pairsOf = (ws: readonly string[]): Map<string, string> => new Map(ws.slice(1).flatMap((w, k) => (w !== '' && ws[k] !== '' ? [[`${ws[k]} ${w}`, ws[k - 1] ?? '']] : [])))
  const bigrams = pairsOf(x.near)
  const term = [...pairsOf(y.near)].some(([b, before]) => {
    const other = bigrams.get(b)
    return other !== undefined && (other === '' || before === '' || other === before)
  })
  return { words, term }
}

/** Whether another sum of the side, of another value, has two of these words around it too (or this phrase): then this is no one value of its slot. */
function rivalled(side: SideSums, f: NumberFact, words: ReadonlySet<string>, phrase: string | undefined): boolean {
  if (phrase !== undefined) return (side.phrases.get(`${f.unit} ${phrase}`)?.size ?? 0) > 1
  // read through the side's index of words, so a report of thousands of sums stays linear
  const seen = new Map<number, number>()
  for (const w of words) {
    const values = side.valuesNear.get(`${f.unit} ${w}`)
    if (values === undefined) continue
    if (values.size > RIVALS_READ) return true
    for (const v of values) {
      if (v === f.value) continue
      const n = (seen.get(v) ?? 0) + 1
      if (n >= 2) return true
      seen.set(v, n)
    }
  }
  return false
}

/**
 * The pairs so far (`taken`), with pairs of two sums of one slot among the facts left unpaired or
 * paired only weakly, in sentences the aligner did not link; each fact in one pair, the surest first.
 */
export function withMainSums(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked, datedApart } = round
  const used = new Set(taken.filter((p) => !weakPair(p)).flatMap((p) => [p.a.fact, p.b.fact]))
  const [sumsA, sumsB] = [leftA.filter((l) => !used.has(l.fact) && isSum(l.fact)).slice(0, SUMS_READ), leftB.filter((l) => !used.has(l.fact) && isSum(l.fact)).slice(0, SUMS_READ)]
  if (sumsA.length === 0 || sumsB.length === 0) return [...taken]
  const [readA, readB] = [sumsOf(sideA), sumsOf(sideB)]
  // a guess here does not displace the slot pairer's own guess with its doubts ("private colleges / public colleges")
  const judged = new Set(taken.flatMap((p) => [p.a.fact, p.b.fact]))
  const found: FactPair[] = []
  for (const x of sumsA) {
    const sx = readA.sums.get(x.fact)
    if (sx === undefined) continue
    for (const y of sumsB) {
      const sy = readB.sums.get(y.fact)
      if (sy === undefined) continue
      const pair = sumPair(x, y, sx, sy, readA, readB)
      if (pair === undefined || linked(x, y) || datedApart(x, y)) continue
      const why = apart(x, y)
      if (pair.confidence <= GUESS && (judged.has(x.fact) || judged.has(y.fact))) continue
      if (why === undefined) found.push(pair)
      // each sentence naming a body the other never mentions ("the Defense Department's … budget" / "according to White House officials"):
      // a source or an owner one writer chose to name, or another body's sum; a slot named alike holds it as a candidate only
      else if (NAMED_APART.has(why) && !judged.has(x.fact) && !judged.has(y.fact)) found.push({ ...pair, confidence: Math.min(pair.confidence, GUESS), weight: Math.min(pair.weight ?? GUESS, GUESS), evidence: [...pair.evidence, why] })
    }
  }
  if (found.length === 0) return [...taken]
  found.sort((p, q) => q.confidence - p.confidence || p.a.span.start - q.a.span.start || p.b.span.start - q.b.span.start)
  const made: FactPair[] = []
  const seen = new Set<Fact>()
  for (const p of found) {
    if (seen.has(p.a.fact) || seen.has(p.b.fact)) continue
    seen.add(p.a.fact)
    seen.add(p.b.fact)
    made.push(p)
  }
  return [...taken.filter((p) => !seen.has(p.a.fact) && !seen.has(p.b.fact)), ...made]
}

/** Two sums of one slot with values no rounding or hedge joins, or undefined. */
function sumPair(x: Located<Fact>, y: Located<Fact>, sx: Sum, sy: Sum, readA: SideSums, readB: SideSums): FactPair | undefined {
  const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
  if (fx.unit !== fy.unit || fx.value === fy.value) return undefined
  if (Math.max(fx.value, fy.value) / Math.min(fx.value, fy.value) > MAX_RATIO) return undefined
  if (readA.values.get(fx.unit)?.has(fy.value) || readB.values.get(fy.unit)?.has(fx.value)) return undefined
  if (compatibleReason(fx, fy) !== undefined || approximationsMeet(fx, fy)) return undefined
  // sentences naming different years tell two years' sums
  const bothYears = sx.years.size > 0 && sy.years.size > 0
  if (bothYears && ![...sx.years].some((v) => sy.years.has(v))) return undefined
  if (sx.places.some((w) => !sy.sentence.has(w)) || sy.places.some((w) => !sx.sentence.has(w))) return undefined
  const { words, term } = shared(sx, sy)
  let weight: number
  let evidence: string
  if (sx.phrase !== undefined && sx.phrase === sy.phrase) {
    if (rivalled(readA, fx, words, sx.phrase) || rivalled(readB, fy, words, sy.phrase)) return undefined
    weight = OWN_PHRASE
    evidence = `a sum in ${fx.unit} of one thing (${sx.phrase}) in each report`
  } else {
    if (words.size < 2 || rivalled(readA, fx, words, undefined) || rivalled(readB, fy, words, undefined)) return undefined
    weight = term ? SHARED_TERM : GUESS
    evidence = `a sum in ${fx.unit} told beside the same words (${[...words].slice(0, 4).join(', ')}) in each report`
  }
  const evidences = [evidence, 'no other sum on either side gives the other value']
  // a year one side only gives: maybe one year's sum against the whole period's
  if (sx.years.size > 0 !== sy.years.size > 0) {
    weight = Math.min(weight, GUESS)
    evidences.push('one sentence only names a year')
  }
  return { a: x, b: y, confidence: weight, evidence: evidences, weight }
}
