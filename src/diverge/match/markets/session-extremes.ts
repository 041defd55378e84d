/**
 * A session's low (or high) of one price, told by two reports in sentences the aligner did not link
 * (issue 11 point 1): "в ходе торгов их стоимость опускалась до 683 долларов" / "на минимуме она
 * составляла 686 долларов", "fell as low as $683 during the session" / "hit an intraday low of $686".
 * The slot is read from the words right before the figure (a low or high named as such, or a price
 * that "went down as far as" a figure while trading): a closing price, an opening one or a level
 * after a move names no extreme, so it is another slot. The period comes with the figure: a session's
 * unless the sentence names another span (named-periods.ts: "record low", "seven-week high",
 * "многолетний минимум", "mọi thời đại"), which is another slot. stated-once.ts pairs two figures only when each is its report's
 * only low (or high) in that currency; values a truncation could give ("686,93" / "686") stay quiet.
 */
import type { NumberFact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import { cachedPerReport } from '../numbers/main-figures'
import type { MainFigureRound, TollSide } from '../numbers/main-figure-round'
import { lastDigitPlace, scale } from './move-measures'
import { namedPeriods } from './named-periods'
import { type StatedOnceRule, type StatedSide, ownerNames, statedSide, withStatedOnce } from './stated-once'

/** Below a linked sentence's: the extreme's words and its uniqueness are the only anchor. */
const SESSION_EXTREME = 0.52
/** Two outlets' lows of one price differ by a few percent at most; more is another price. */
const MAX_RATIO = 1.1
/** How many words before the figure may name its extreme ("hit an intraday low of", "на минимуме она составляла"). */
const BEFORE_READ = 5

/** A low named right before the figure, in the words of several languages; and a high. */
const LOW = /(?:^| )(?:low|lows|lowest|минимум\p{L}*|минимальн\p{L}*|опускал\p{L}* до|thấp nhất|chạm đáy|plus bas)(?= |$)/u
const HIGH = /(?:^| )(?:high|highs|highest|максимум\p{L}*|максимальн\p{L}*|поднимал\p{L}* до|cao nhất|chạm đỉnh|plus haut)(?= |$)/u
/** A low that is an adjective of something else ("low prices", "a high price") is followed by its noun, not the figure or "of". */
const ADJECTIVE_AFTER = /(?:^| )(?:low|high|lowest|highest) (?!of |as |at |was |is |came |stood |on |in |for )\p{L}+ /u
/** Read once per report: each price that is a low or a high, keyed by which and its currency. */
const extremeSide = (side: TollSide): StatedSide =>
  statedSide(side, (l, f) => {
    const clause = side.clauseOf(l)
    const words = ` ${clause.before.slice(-BEFORE_READ).join(' ')} `
    const low = LOW.test(words)
    const high = HIGH.test(words)
    // "between a low of … and a high of …", or a low of something else: no one extreme
    if (low === high || ADJECTIVE_AFTER.test(words)) return undefined
    // a day's low is the session's; any other span named (a seven-week, two-year or all-time low) is another slot
    const named = namedPeriods(clause.words)
    named.delete('day')
    return { key: `${low ? 'low' : 'high'} ${f.unit}`, names: ownerNames(clause, side.sentences[l.sentence]?.text ?? ''), periods: named.size > 0 ? named : new Set(['session']) }
  })

/** Two values no truncation or rounding of the coarser one gives: more than its last written digit apart. */
const apartEnough = (x: NumberFact, y: NumberFact): boolean =>
  Math.abs(x.value - y.value) > Math.max(lastDigitPlace(x) * scale(x), lastDigitPlace(y) * scale(y))

const SESSION_EXTREMES: StatedOnceRule = {
  read: cachedPerReport(extremeSide),
  maxRatio: MAX_RATIO,
  apartEnough,
  confidence: SESSION_EXTREME,
  evidence: "one price's low (or high) of a session, the only one each report tells",
}

/** The pairs so far, with pairs of one price's session low or high among the facts left unpaired. */
export const withSessionExtremes = (round: MainFigureRound, taken: readonly FactPair[]): FactPair[] => withStatedOnce(SESSION_EXTREMES, round, taken)
