/**
 * A rate's move in percentage points and the same move in percent of the rate: "rose 0.5
 * percentage points to 5.2%" is a rise from 4.7%, of about 10.6 percent of it, so "rose 10% to
 * 5.2%" reports that move too. Point-moves.ts lets points fill a percent's slot (outlets write
 * "percent" loosely for points), which made such a pair a contradiction at full confidence.
 *
 * Only the move's own level makes the relative reading checkable: the figure right after it, with
 * no other move word between ("rose 0.5 points to 5.2%", "tăng … lên 5,2%", "à", "hasta el",
 * "menjadi"), as the level it reached, or after "from", "từ (mức)", "so với (mức)" as the one it
 * left; and no other percent in the sentence that could be another subject's. Each figure is read
 * as the interval its last digit allows, no wider than a tenth, and the two readings must meet in
 * one direction; a start the slack takes to zero or below proves nothing. Without a proof, a
 * points move against a larger percent may still be that relative change, so the pair is only a
 * candidate (`percentOfARate`), never a full-confidence contradiction.
 */
import { foldWord } from '../../../normalize/fold'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { UP, DOWN } from '../../extract/numbers/move-verbs'
import { isMarginFigure, isPoints, marginRounded } from '../numbers/point-moves'
import { lastDigitPlace } from './move-measures'
import { LEVEL_BEFORE, START_BEFORE, direction, last } from './session-moves'

/** Half the last digit's unit, at most half a tenth: rates and their moves are quoted to the tenth. */
const slackOf = (f: NumberFact): number => 0.5 * Math.min(lastDigitPlace(f), 0.1)

type Level = { readonly value: number; readonly slack: number; readonly reached: boolean }

const isBarePercent = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'percent' && !f.unit && f.range === undefined

/** What the rule reads of a sentence's figures: each number's next figure in the text, and its bare percents. */
interface SentenceFigures {
  readonly next: ReadonlyMap<Fact, NumberFact>
  readonly percents: ReadonlySet<Fact>
}

// Read once per sentence list: pairing asks for every candidate pair, and a scan per ask is quadratic in a long sentence.
const figuresOf = new WeakMap<readonly Fact[], SentenceFigures>()

function sentenceFigures(sentence: readonly Fact[]): SentenceFigures {
  let figures = figuresOf.get(sentence)
  if (!figures) {
    const numbers = sentence.filter((g): g is NumberFact => g.type === 'number').sort((g, h) => g.start - h.start)
    const next = new Map<Fact, NumberFact>()
    for (let k = 0; k + 1 < numbers.length; k++) if (numbers[k + 1]!.start >= numbers[k]!.end) next.set(numbers[k]!, numbers[k + 1]!)
    figuresOf.set(sentence, (figures = { next, percents: new Set(sentence.filter(isBarePercent)) }))
  }
  return figures
}

/** The percent level right after `f` in its sentence, as the level the move reached or left; none when another figure comes first. */
function levelAfter(f: NumberFact, sentence: readonly Fact[]): Level | undefined {
  const next = sentenceFigures(sentence).next.get(f)
  if (!next || !isBarePercent(next)) return undefined
  const words = next.before
  let at = words.length - 1
  // "hasta el 5,2%", "al 5,2%": an article between the level word and its figure
  if (ARTICLES.has(words[at] ?? '')) at--
  // "từ mức 4,7%", "so với mức 4,7%": mức names a level, the word before it says which
  if (words[at] === LEVEL_NOUN && at > 0) at--
  const word = words[at] ?? ''
  const started = START_BEFORE.has(word) || (word === COMPARED && words[at - 1] === 'so')
  if (!started && !LEVEL_BEFORE.has(word)) return undefined
  // "rose 0.5 points in May, while inflation climbed to 3.1%": another move's level, not this one's
  const between = wordsBetween(f, next)
  if (!between || between.some((w) => UP.has(w) || DOWN.has(w))) return undefined
  return { value: next.value, slack: slackOf(next), reached: !started }
}
/** The words between two figures when there are at most three (each keeps three words either side, numbers skipped). */
function wordsBetween(f: NumberFact, next: NumberFact): readonly string[] | undefined {
  for (let k = 1; k <= Math.min(f.after.length, next.before.length); k++) {
    const tail = next.before.slice(-k)
    if (tail.every((w, i) => w === f.after[i])) return tail
  }
  return undefined
}
const ARTICLES = keys('el la il lo le o a')
const LEVEL_NOUN = foldWord('mức')
const COMPARED = foldWord('với')

/** Another percent in the sentence than `f` and the level right after it: possibly another subject's move or level. */
function otherPercent(f: NumberFact, sentence: readonly Fact[], own: Level | undefined): boolean {
  const { percents } = sentenceFigures(sentence)
  return percents.size - (percents.has(f) ? 1 : 0) > (own ? 1 : 0)
}

/** The percent of its starting level a points move of `points` (signed) is, as an interval. */
function relativeInterval(points: number, pointsSlack: number, level: Level): [number, number] | undefined {
  const values: number[] = []
  for (const p of [points - pointsSlack, points + pointsSlack]) {
    for (const l of [level.value - level.slack, level.value + level.slack]) {
      const start = level.reached ? l - p : l
      if (start <= 0) return undefined
      values.push((100 * p) / start)
    }
  }
  return [Math.min(...values), Math.max(...values)]
}

/**
 * x (of sentence `xs`) and y (of `ys`), in either order, are one rate's move in points and in
 * percent of the rate: a level stated beside either and the two moves' readings meet.
 */
export const relativeChangeOfRate = (x: Fact, xs: readonly Fact[], y: Fact, ys: readonly Fact[]): boolean => readRelative(x, xs, y, ys) === true

/** Pairing's reason for a figure in points against one in percent: one margin rounded (point-moves.ts), or one move relative to the rate. */
export function pointsOrPercentReason(x: Fact, xs: readonly Fact[], y: Fact, ys: readonly Fact[]): 'rounding' | 'relative-change' | undefined {
  if (x.type === 'number' && y.type === 'number' && marginRounded(x, y)) return 'rounding'
  return relativeChangeOfRate(x, xs, y, ys) ? 'relative-change' : undefined
}

/**
 * A points move against a larger percent ("rose 0.5 percentage points" / "subió un 10%") that no
 * own level lets us check: the percent may be the move relative to the rate (a rate below 100%
 * makes it the larger), so their difference is a doubt, not a contradiction, however alike the sentences. A smaller percent
 * cannot be one, and a checked reading that fails stays a contradiction.
 */
export function percentOfARate(x: Fact, xs: readonly Fact[], y: Fact, ys: readonly Fact[]): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || readRelative(x, xs, y, ys) !== undefined) return undefined
  const [points, percent] = isPoints(x) ? [x, y] : [y, x]
  if (!isPoints(points) || !isBarePercent(percent) || isMarginFigure(points) || isMarginFigure(percent) || Math.abs(percent.value) <= Math.abs(points.value)) return undefined
  return 'percentage points against a larger percent, no level to check: maybe the move relative to the rate'
}

/** Whether a points move and a percent are one move: undefined when not such a pair or nothing lets us check. */
function readRelative(x: Fact, xs: readonly Fact[], y: Fact, ys: readonly Fact[]): boolean | undefined {
  if (x.type !== 'number' || y.type !== 'number') return undefined
  if (isPoints(x) && isBarePercent(y)) return pointsMatchPercent(x, xs, y, ys)
  if (isPoints(y) && isBarePercent(x)) return pointsMatchPercent(y, ys, x, xs)
  return undefined
}

function pointsMatchPercent(points: NumberFact, pointsSentence: readonly Fact[], percent: NumberFact, percentSentence: readonly Fact[]): boolean | undefined {
  // the percent must be a move of its own ("rose 10%"), not a level ("to 10%") nor a share
  if (LEVEL_BEFORE.has(last(percent.before) ?? '') || START_BEFORE.has(last(percent.before) ?? '')) return false
  const sign = direction(points)
  const percentSign = direction(percent)
  // verbs the reader does not know ("subió", "naik") leave the sign, and so the check, unknown
  if (sign === undefined || percentSign === undefined) return undefined
  if (percentSign !== sign) return false
  const pointsLevel = levelAfter(points, pointsSentence)
  const percentLevel = levelAfter(percent, percentSentence)
  if (otherPercent(points, pointsSentence, pointsLevel) || otherPercent(percent, percentSentence, percentLevel)) return undefined
  const level = pointsLevel ?? percentLevel
  const interval = level && relativeInterval(sign * points.value, slackOf(points), level)
  if (!interval) return undefined
  const [low, high] = interval
  const half = 0.5 * lastDigitPlace(percent)
  const stated = sign * percent.value
  return stated + half >= low - 1e-9 && stated - half <= high + 1e-9
}
