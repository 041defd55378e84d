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
 * fortune (состояние, net worth, tài sản) is another slot, even where a market value follows in a
 * clause of its own ("fell by $15 billion as Tesla's market value slumped"). The slot is one
 * per direction and currency; the owner's names and the period ("за день" / "за неделю", named-periods.ts) come with
 * each figure, and stated-once.ts pairs two figures only when each is its report's only value of the
 * slot (a report telling two companies' or two days' losses pairs nothing).
 */
import { keys } from '../../extract/fact-tokens'
import type { FactPair } from '../pairing/fact-pair'
import { cachedPerReport } from '../numbers/main-figures'
import type { MainFigureRound, TollSide } from '../numbers/main-figure-round'
import { namedPeriods } from './named-periods'
import { type StatedOnceRule, type StatedSide, ownerNames, statedSide, withStatedOnce } from './stated-once'

/** Below a main measure's 0.55: two worded-apart sentences, tied by their slot words alone. */
const VALUE_MOVE = 0.52
/** Two outlets' figures of one loss differ by a misreading or a source, not by a multiple. */
const MAX_RATIO = 1.5
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
/** How many words after the figure may name what moved ("lost $14 billion of its market capitalization"). */
const AFTER_READ = 5
/** Words that open a clause of its own after the figure ("as Tesla's market value slumped", "khi vốn hóa …"): what it names is its own subject's. */
const SUBORDINATE = keys('as when while because since whereas khi lúc vì do когда как пока поскольку тогда quand lorsque alors tandis comme')
/** A person's fortune before the figure: another slot, whatever market value the sentence names besides. */
const FORTUNE = /^(?:fortunes?|worth|wealth|состояни\p{L}*|богатств\p{L}*|patrimoine)$/u
const FORTUNE_PAIRS = new Set([...keys('tài')].map((w) => `${w} ${[...keys('sản')][0]}`))

/** Whether the words before a figure say it is a person's fortune ("Musk's personal fortune fell by", "Tài sản của ông Vượng giảm"). */
const namesFortune = (before: readonly string[]): boolean => before.some((w, k) => FORTUNE.test(w) || FORTUNE_PAIRS.has(`${w} ${before[k + 1] ?? ''}`))

/** The words after the figure up to AFTER_READ, cut where a clause of its own begins. */
function ownAfter(after: readonly string[]): readonly string[] {
  const read = after.slice(0, AFTER_READ)
  const cut = read.findIndex((w) => SUBORDINATE.has(w))
  return cut < 0 ? read : read.slice(0, cut)
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

/** Read once per report: each sum that is a market value's move, keyed by its direction and currency. */
const valueSide = (side: TollSide): StatedSide =>
  statedSide(side, (l, f) => {
    const clause = side.clauseOf(l)
    const sign = moveSignBefore(clause.before)
    if (sign === undefined || namesFortune(clause.lead) || !(namesValue(clause.before) || namesValue(ownAfter(clause.after)))) return undefined
    // the whole sentence: "Tính chung cả tuần, vốn hóa …" names its period before a clause break
    const periods = namedPeriods(clause.words)
    return { key: `value ${sign} ${f.unit}`, names: ownerNames(clause, side.sentences[l.sentence]?.text ?? ''), periods }
  })

const VALUE_MOVES: StatedOnceRule = {
  read: cachedPerReport(valueSide),
  maxRatio: MAX_RATIO,
  confidence: VALUE_MOVE,
  evidence: "one market value's move, the only one each report tells",
}

/** The pairs so far, with pairs of one company's market-value move among the facts left unpaired. */
export const withValueMoves = (round: MainFigureRound, taken: readonly FactPair[]): FactPair[] => withStatedOnce(VALUE_MOVES, round, taken)
