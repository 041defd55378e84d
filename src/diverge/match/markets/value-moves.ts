/**
 * How much a company's market value moved, told by two reports in sentences the aligner did not
 * link (issue 11 point 1): "капитализация обрушилась на $15 млрд" / "рыночная оценка Tesla за один
 * день сократилась на 14 миллиардов долларов", "Tesla's market value fell by $15 billion" / "Tesla
 * lost $14 billion in market capitalisation". Independent outlets word the sentence apart, so the
 * slot pairer sees two dollar sums among many and guesses nothing.
 *
 * The slot is read from the figure's own clause: a market-value word (capitalisation, market value,
 * vốn hóa, рыночная стоимость) before it, and a verb of a move right before it ("fell by", "упала
 * на", "giảm"), so the figure is the change, not the level reached ("до 129,3 миллиарда"). A person's
 * fortune (состояние, net worth) is another slot, and has no market-value word. The pair must be
 * its report's only such move on each side (every value move of one direction gives one value: a
 * report telling two companies' or two days' losses pairs nothing), moved the same way, of one
 * currency, at most MAX_RATIO apart, neither report giving the other's value as any sum of that
 * currency; the sentences must share an owner's name when both name one, name the same period when
 * both name one ("за день" / "за неделю"), not be dated apart nor set apart by the clause rules.
 * Confidence below a linked sentence's: the slot words and their uniqueness are the only anchor.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { approximationsMeet, compatibleReason } from '../../reasons/compatible'
import type { FactPair } from '../pairing/fact-pair'
import { cachedPerReport } from '../numbers/main-figures'
import { weakPair } from '../numbers/thing-pairs'
import type { MainFigureRound, TollSide } from '../numbers/main-figure-round'

/** Below a main measure's 0.55: two worded-apart sentences, tied by their slot words alone. */
const VALUE_MOVE = 0.52
/** Two outlets' figures of one loss differ by a misreading or a source, not by a multiple. */
const MAX_RATIO = 1.5
/** Sums of one report read at most: a table of every company's loss is no report of one. */
const SUMS_READ = 64

/** One word that is a market value by itself. */
const VALUE_ALONE = /^(?:капитализаци\p{L}*|capitali[sz]ation|capitalisations?|valuation)$/u
/** A word that makes the next a market value ("market value", "рыночная оценка", "valeur boursière" read backwards below). */
const MARKET = /^(?:market|рыночн\p{L}*|биржев\p{L}*)$/u
const VALUE_HEAD = /^(?:value|cap|capitali[sz]ation|стоимост\p{L}*|оценк\p{L}*|цен\p{L}*)$/u
/** Two-word values in the other order ("стоимость компании", "valeur boursière", "vốn hóa", "giá trị thị trường"). */
const VALUE_PAIRS = new Set(['стоимость компании', 'стоимость компаний', 'valeur boursière', 'vốn hóa', 'vốn hoá'])
const VALUE_TRIPLES = new Set(['giá trị thị trường'])

/** Verbs of a move, by the start of the word (Russian verbs take gender and aspect endings). */
const DOWN = /^(?:fell|fall|falls|fallen|dropped|drops|declined|lost|loses|shed|sheds|shrank|shrunk|down|slumped|plunged|tumbled|sank|wiped|erased|упал|упа[дл]|обрушил|обвалил|сократил|снизил|уменьшил|подешевел|потерял|рухнул|giảm|mất|bốc|reculé|perdu|baissé|chuté|fondu)/u
const UP = /^(?:rose|rise|rises|risen|gained|gains|added|adds|climbed|jumped|surged|soared|increased|up|вырос|выросл|увеличил|подорожал|прибавил|tăng|progressé|gagné|augmenté|grimpé|bondi)/u
/** Words between a move's verb and its figure: "fell by", "упала примерно на", "giảm khoảng". */
const BETWEEN = keys('by about around nearly almost roughly some more than на примерно около почти более свыше de près d environ khoảng gần hơn hơi')
/** Capitalised words that name no owner: a sentence's opening word is capitalised whatever it is. */
const NOT_OWNERS = keys('the a an by in on at of after as so this that its it but and then rival таким в на по после к за итак а но kết theo sau trong vào khi le la les en au après par ainsi')
/** How many words after the figure may name what moved ("lost $14 billion of its market capitalization"). */
const AFTER_READ = 5
/** A period the move is told over: two named periods must be one. */
const PERIODS: ReadonlyMap<string, string> = new Map([
  ...['day', 'день', 'дня', 'jour', 'journée', 'ngày', 'phiên', 'session', 'сессию', 'торгов'].map((w) => [w, 'day'] as const),
  ...['week', 'неделю', 'недели', 'semaine', 'tuần'].map((w) => [w, 'week'] as const),
  ...['month', 'месяц', 'месяца', 'mois', 'tháng'].map((w) => [w, 'month'] as const),
  ...['year', 'год', 'года', 'an', 'année', 'năm', 'quarter', 'квартал'].map((w) => [w, 'year'] as const),
])

interface Move {
  readonly sign: 1 | -1
  readonly names: ReadonlySet<string>
  readonly periods: ReadonlySet<string>
}

interface ValueSide {
  readonly moves: ReadonlyMap<Fact, Move>
  /** The report's value moves, per direction and currency: a slot stated once gives one value. */
  readonly values: ReadonlyMap<string, readonly NumberFact[]>
  /** Every sum the report states, per currency. */
  readonly sums: ReadonlyMap<string, ReadonlySet<number>>
}

/** Whether a run of folded words names a market value. */
function namesValue(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (VALUE_ALONE.test(w)) return true
    const next = words[k + 1] ?? ''
    if (MARKET.test(w) && VALUE_HEAD.test(next)) return true
    if (VALUE_PAIRS.has(`${w} ${next}`)) return true
    if (VALUE_TRIPLES.has(`${w} ${next} ${words[k + 2] ?? ''} ${words[k + 3] ?? ''}`)) return true
  }
  return false
}

/** The sign of the move whose figure this is: a move verb right before it, over at most two linking words. */
function moveSignBefore(before: readonly string[]): 1 | -1 | undefined {
  for (let k = before.length - 1, skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
    const w = before[k]!
    if (DOWN.test(w)) return -1
    if (UP.test(w)) return 1
    if (!BETWEEN.has(w)) return undefined
  }
  return undefined
}

/** Read once per report: each sum that is a market value's move, with its clause's names and periods. */
function valueSide(side: TollSide): ValueSide {
  const moves = new Map<Fact, Move>()
  const values = new Map<string, NumberFact[]>()
  const sums = new Map<string, Set<number>>()
  let read = 0
  for (const l of side.facts.facts) {
    const f = l.fact
    if (f.type !== 'number' || f.kind !== 'amount' || f.range !== undefined || f.per !== undefined) continue
    if (!sums.has(f.unit)) sums.set(f.unit, new Set())
    sums.get(f.unit)!.add(f.value)
    if (++read > SUMS_READ) continue
    const clause = side.clauseOf(l)
    const sign = moveSignBefore(clause.before)
    if (sign === undefined || !(namesValue(clause.before) || namesValue(clause.after.slice(0, AFTER_READ)))) continue
    const periods = new Set([...clause.before, ...clause.after].flatMap((w) => PERIODS.get(w) ?? []))
    // the opening word too: "Tesla's market value fell …" names its owner first
    moves.set(f, { sign, names: new Set([...clause.capitals].filter((w) => !NOT_OWNERS.has(w))), periods })
    const key = `${sign} ${f.unit}`
    if (!values.has(key)) values.set(key, [])
    values.get(key)!.push(f)
  }
  return { moves, values, sums }
}

const valuesOf = cachedPerReport(valueSide)

const statedOnce = (facts: readonly NumberFact[] | undefined): boolean => facts !== undefined && facts.every((f) => f.value === facts[0]!.value)

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size === 0 || y.size === 0 || [...x].some((w) => y.has(w))

/** The pairs so far, with pairs of one company's market-value move among the facts left unpaired. */
export function withValueMoves(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked, datedApart } = round
  const [sa, sb] = [valuesOf(sideA), valuesOf(sideB)]
  if (sa.moves.size === 0 || sb.moves.size === 0) return [...taken]
  // a weak pairing the slots made (shared words alone) does not hold a sum the slot words single out
  const used = new Set(taken.filter((p) => !weakPair(p)).flatMap((p) => [p.a.fact, p.b.fact]))
  // a figure a headline repeats is paired where the body states it: the body gives its words
  const body = (side: TollSide) => (l: Located<Fact>): number => (side.sentences[l.sentence]?.role === 'body' ? 0 : 1)
  const free = (left: readonly Located<Fact>[], s: ValueSide, side: TollSide): Located<Fact>[] => {
    const rank = body(side)
    return left.filter((l) => !used.has(l.fact) && s.moves.has(l.fact)).sort((p, q) => rank(p) - rank(q))
  }
  const restB = free(leftB, sb, sideB)
  const made: FactPair[] = []
  const paired = new Set<Fact>()
  for (const x of free(leftA, sa, sideA)) {
    const mx = sa.moves.get(x.fact)!
    const fx = x.fact as NumberFact
    for (const y of restB) {
      if (paired.has(y.fact)) continue
      const my = sb.moves.get(y.fact)!
      const fy = y.fact as NumberFact
      if (mx.sign !== my.sign || fx.unit !== fy.unit || fx.value === fy.value) continue
      if (Math.max(fx.value, fy.value) > MAX_RATIO * Math.min(fx.value, fy.value)) continue
      const key = `${mx.sign} ${fx.unit}`
      if (!statedOnce(sa.values.get(key)) || !statedOnce(sb.values.get(key))) continue
      if (sa.sums.get(fy.unit)?.has(fy.value) || sb.sums.get(fx.unit)?.has(fx.value)) continue
      if (!meets(mx.names, my.names) || !meets(mx.periods, my.periods)) continue
      // the slot told twice in one report, once hedged ("примерно на 15"): any telling the other's allows is no contradiction
      if (sa.values.get(key)!.some((u) => sb.values.get(key)!.some((v) => compatibleReason(u, v) !== undefined || approximationsMeet(u, v)))) continue
      if (linked(x, y) || datedApart(x, y) || apart(x, y) !== undefined) continue
      const evidence = ["one market value's move, the only one each report tells", 'no sum of either report gives the other value']
      made.push({ a: x, b: y, confidence: VALUE_MOVE, evidence, weight: VALUE_MOVE })
      paired.add(y.fact)
      break
    }
  }
  if (made.length === 0) return [...taken]
  const remade = new Set(made.flatMap((p) => [p.a.fact, p.b.fact]))
  return [...taken.filter((p) => !remade.has(p.a.fact) && !remade.has(p.b.fact)), ...made]
}
