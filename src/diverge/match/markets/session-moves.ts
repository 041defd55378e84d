/**
 * The moves one sentence reports of a market measure: a change then the level it reached ("rose
 * 31 cents to $28.39"), a level then the change that brought it there ("closed at $44.50, up
 * $1.78"), a level and where it came from ("to 4.20 percent from 4.18 percent"), or a change in
 * percent of the level ("dropped 1.9 percent to A$4.75"); and the sign each change's verb gives it.
 * Read of one sentence alone; sessions.ts compares two sentences' moves.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { moveSign } from '../../extract/numbers/move-verbs'
import { fits, halfUnit, lastDigitPlace, measureOf, scale } from './move-measures'

/**
 * The word before a level a move ends at ("à" in "a reculé de 1,20 euro à 20,90 euros", "mức" in "đóng cửa ở mức 98.900 đồng",
 * "hasta el 5,2%", "al 5,2%", "para 5,2%", "menjadi 5,2%", "pour atteindre 5,2 %").
 */
export const LEVEL_BEFORE = keys('to at lên xuống còn à mức hasta al para menjadi atteindre')
/** The word before the level a move started from. */
export const START_BEFORE = keys('from versus từ')

export interface Move {
  readonly start: number
  readonly end: number
  readonly change: number
  /** How far apart two readings of one figure may be from rounding alone. */
  readonly slack: number
  readonly measure: string
  /** The start is stated ("to 4.20 percent from 4.18 percent"), not worked out from a change. */
  readonly stated: boolean
  /** For a change given in percent of the level ("dropped 1.9 percent to A$4.75"): that percent, signed, and its rounding slack. */
  readonly percent?: { readonly value: number; readonly slack: number }
  /** The figures the move is read from, by role. */
  readonly figures: { readonly start?: Fact; readonly change?: Fact; readonly end: Fact }
}

/** The last of `words`. */
export const last = (words: readonly string[]): string | undefined => words[words.length - 1]

/** The sign the verb before a figure (or "higher" / "lower" after it) gives its change. */
export function direction(f: NumberFact): 1 | -1 | undefined {
  const sign = moveSign(f.before)
  if (sign !== undefined) return sign
  if (f.after[0] === 'higher') return 1
  if (f.after[0] === 'lower') return -1
  return undefined
}

/**
 * The sign of a change, or of its apposition: "fell 4.6 percent, or $4.04" is a fall in dollars
 * too, "up $1.78, or 4.2 percent" a rise in percent.
 */
export function signAt(numbers: readonly NumberFact[], c: number): 1 | -1 | undefined {
  const f = numbers[c]!
  const own = direction(f)
  if (own !== undefined || c === 0 || !APPOSITION.has(last(f.before) ?? '')) return own
  return direction(numbers[c - 1]!)
}
const APPOSITION = keys('or about nearly almost roughly some')

/**
 * The moves one sentence reports: a change then the level it reached, a level then the change
 * that brought it there ("closed at $44.50, up $1.78"), or a level and where it came from.
 */
export function movesOf(facts: readonly Fact[]): Move[] {
  const numbers = facts.filter((f): f is NumberFact => f.type === 'number' && f.range === undefined)
  const moves: Move[] = []
  for (let k = 0; k < numbers.length; k++) {
    const f = numbers[k]!
    const m = measureOf(f)
    if (!m) continue
    const before = last(f.before)
    if (before && START_BEFORE.has(before)) {
      // "to 4.20 percent from 4.18 percent": the nearest figure of the measure is where it ended
      const end = [numbers[k - 1], numbers[k + 1]].find((g) => fits(g, m.measure))
      if (!end) continue
      const start = f.value * m.factor
      const to = end.value * scale(end)
      moves.push({ start, end: to, change: to - start, slack: halfUnit(f) + halfUnit(end), measure: m.measure, stated: true, figures: { start: f, end } })
      continue
    }
    if (!before || !LEVEL_BEFORE.has(before)) continue
    // "rose 31 cents to $28.39", "up 39 cents or 2.6 percent at $15.59": the nearest change before it in its measure
    const push = (change: NumberFact, sign: 1 | -1): void => {
      const delta = sign * change.value * scale(change)
      const end = f.value * m.factor
      moves.push({ start: end - delta, end, change: delta, slack: halfUnit(f) + halfUnit(change), measure: m.measure, stated: false, figures: { change, end: f } })
    }
    let found = false
    // "dropped 1.9 percent to A$4.75": a change in percent of the level, used when none in its own measure precedes it
    let relative: { change: NumberFact; sign: 1 | -1 } | undefined
    for (let c = k - 1; c >= 0; c--) {
      const change = numbers[c]!
      if (!fits(change, m.measure)) {
        const sign = change.kind === 'percent' && m.measure !== 'percent' && !relative ? signAt(numbers, c) : undefined
        if (sign !== undefined) relative = { change, sign }
        continue
      }
      // "fell 1.3 percent to A$12.43 and … dropped 1.9 percent to A$4.75": the nearer percent moved this level
      if (relative && direction(relative.change) !== undefined) break
      const sign = signAt(numbers, c)
      if (sign !== undefined) push(change, sign)
      found = true
      break
    }
    if (!found && relative && relative.change.value < 100) {
      const end = f.value * m.factor
      const start = end / (1 + (relative.sign * relative.change.value) / 100)
      const slack = halfUnit(f) + (start * 0.5 * lastDigitPlace(relative.change)) / 100
      const percent = { value: relative.sign * relative.change.value, slack: 0.5 * lastDigitPlace(relative.change) }
      moves.push({ start, end, change: end - start, slack, measure: m.measure, stated: false, percent, figures: { change: relative.change, end: f } })
      continue
    }
    // "closed at $44.50, up $1.78, or 4.2 percent": the change follows the level it led to
    if (found) continue
    for (let c = k + 1; c < numbers.length; c++) {
      const change = numbers[c]!
      if (!fits(change, m.measure)) continue
      const sign = signAt(numbers, c)
      if (sign !== undefined && !LEVEL_BEFORE.has(last(change.before) ?? '')) push(change, sign)
      break
    }
  }
  return moves
}

/** Each change the sentence reports with its verb's sign: "rose 0.6 percent" +, "slipped 0.02 percent" −. */
export function directionsOf(facts: readonly Fact[]): Map<Fact, 1 | -1> {
  const out = new Map<Fact, 1 | -1>()
  for (const f of facts) {
    if (f.type !== 'number') continue
    const sign = direction(f)
    if (sign !== undefined) out.set(f, sign)
  }
  return out
}
