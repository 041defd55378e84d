/**
 * A rate's move in percentage points and the same move in percent of the rate: "rose 0.5
 * percentage points to 5.2%" is a rise from 4.7%, of about 10.6 percent of it, so "rose 10% to
 * 5.2%" reports that move too. Point-moves.ts lets points fill a percent's slot (outlets write
 * "percent" loosely for points), which made such a pair a contradiction at full confidence.
 *
 * Only a level stated beside the move, on either side, makes the relative reading checkable: the
 * level it reached ("to", "lên", "à") or the one it left ("from", "từ"). Without one, a change in
 * points and another in percent stay one slot and a contradiction, as before. Every figure is read
 * as the interval its last digit allows, no wider than a tenth (a whole "1 point" or "9%" of a
 * rate is a round decision, not a rounding), and the two readings must meet, in one direction.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { isPoints } from '../numbers/point-moves'
import { lastDigitPlace } from './move-measures'
import { LEVEL_BEFORE, START_BEFORE, direction, last } from './session-moves'

/** Half the last digit's unit, at most half a tenth: rates and their moves are quoted to the tenth. */
const slackOf = (f: NumberFact): number => 0.5 * Math.min(lastDigitPlace(f), 0.1)

type Level = { readonly value: number; readonly slack: number; readonly reached: boolean }

const isBarePercent = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'percent' && !f.unit && f.range === undefined

// Read once per sentence list: pairing asks for every candidate pair, and a scan per ask is quadratic in a long sentence.
const nextOf = new WeakMap<readonly Fact[], ReadonlyMap<Fact, NumberFact>>()

/** Each number of the sentence to the number that follows it in the text. */
function nextFigures(sentence: readonly Fact[]): ReadonlyMap<Fact, NumberFact> {
  let next = nextOf.get(sentence)
  if (!next) {
    const numbers = sentence.filter((g): g is NumberFact => g.type === 'number').sort((g, h) => g.start - h.start)
    const map = new Map<Fact, NumberFact>()
    for (let k = 0; k + 1 < numbers.length; k++) if (numbers[k + 1]!.start >= numbers[k]!.end) map.set(numbers[k]!, numbers[k + 1]!)
    nextOf.set(sentence, (next = map))
  }
  return next
}

/** The percent level right after `f` in its sentence, as the level the move reached or left; none when another figure comes first. */
function levelAfter(f: NumberFact, sentence: readonly Fact[]): Level | undefined {
  const next = nextFigures(sentence).get(f)
  if (!next || !isBarePercent(next)) return undefined
  const word = last(next.before) ?? ''
  const reached = LEVEL_BEFORE.has(word)
  if (!reached && !START_BEFORE.has(word)) return undefined
  return { value: next.value, slack: slackOf(next), reached }
}

/** The percent of its starting level a points move of `points` (signed) is, as an interval. */
function relativeInterval(points: number, pointsSlack: number, level: Level): [number, number] {
  const values: number[] = []
  for (const p of [points - pointsSlack, points + pointsSlack]) {
    for (const l of [level.value - level.slack, level.value + level.slack]) {
      const start = level.reached ? l - p : l
      if (start <= 0) return [-Infinity, Infinity]
      values.push((100 * p) / start)
    }
  }
  return [Math.min(...values), Math.max(...values)]
}

/**
 * x (of sentence `xs`) and y (of `ys`), in either order, are one rate's move in points and in
 * percent of the rate: a level stated beside either and the two moves' readings meet.
 */
export function relativeChangeOfRate(x: Fact, xs: readonly Fact[], y: Fact, ys: readonly Fact[]): boolean {
  if (x.type !== 'number' || y.type !== 'number') return false
  if (isPoints(x) && isBarePercent(y)) return pointsMatchPercent(x, xs, y, ys)
  if (isPoints(y) && isBarePercent(x)) return pointsMatchPercent(y, ys, x, xs)
  return false
}

function pointsMatchPercent(points: NumberFact, pointsSentence: readonly Fact[], percent: NumberFact, percentSentence: readonly Fact[]): boolean {
  const sign = direction(points)
  // the percent must be a move of its own ("rose 10%"), not a level ("to 10%") nor a share
  const percentSign = direction(percent)
  if (sign === undefined || percentSign !== sign || LEVEL_BEFORE.has(last(percent.before) ?? '') || START_BEFORE.has(last(percent.before) ?? '')) return false
  const level = levelAfter(points, pointsSentence) ?? levelAfter(percent, percentSentence)
  if (!level) return false
  const [low, high] = relativeInterval(sign * points.value, slackOf(points), level)
  const half = 0.5 * lastDigitPlace(percent)
  const stated = sign * percent.value
  return stated + half >= low - 1e-9 && stated - half <= high + 1e-9
}
