/**
 * Judging a vague magnitude ("hundreds of people", "hàng trăm người"; extract/numbers/vague-magnitudes.ts)
 * against a figure or another magnitude of the same slot. The slot is settled before, by the rules every
 * count goes through (linked sentences, counted noun, clause); this says only whether the values can meet.
 *
 * Two magnitudes name two orders: "scores" / "hundreds", "hundreds of thousands" / "millions" are two
 * claims when their orders do not overlap; "dozens" / "scores" are one. A figure is held by a magnitude
 * widened by half an order's step upward (downward only the dozens), since writers stretch the words ("hundreds" for 1,200,
 * "thousands" for 13,000, "dozens" for 15): "724" is no "scores", "1.8 million" no "hundreds of thousands"
 * (NewsWCL50, SemEval8 golds), while "hundreds" / "724" and "Thousands" / "about 13,000" are one count.
 */
import type { NumberFact } from '../../extract/fact'

/**
 * How far a writer stretches an order's words past its upper end, as a factor (1,500 is still "hundreds").
 * Downward an order stops at its own unit: "hundreds" cannot be fewer than a hundred, so 70 is no
 * "hundreds" and 700 no "thousands" (review rmagnitude56). Only the tier of dozens, already read down
 * from two dozen to 20, keeps the stretch below it ("dozens" for 15).
 */
const STRETCH = 1.5
const DOZENS_TIER = 100

/** The words of a magnitude, for a flag's evidence: "vague magnitude: hàng trăm người". */
export function magnitudeEvidence(a: NumberFact, b: NumberFact): string | undefined {
  const vague = a.magnitude ? a : b.magnitude ? b : undefined
  return vague ? `vague magnitude: ${vague.text}` : undefined
}

/**
 * Whether two values of one slot, one or both a vague magnitude, can be one count: 'approximation'
 * when they meet, '' when they cannot; undefined when neither is a magnitude. `interval` is the span
 * of values a figure's wording allows (its hedge and precision; compatible.ts).
 */
export function vagueMagnitudeReason(a: NumberFact, b: NumberFact, interval: (f: NumberFact) => readonly [number, number]): 'approximation' | '' | undefined {
  if (!a.magnitude && !b.magnitude) return undefined
  if (a.magnitude && b.magnitude) {
    const [x0, x1] = a.magnitude
    const [y0, y1] = b.magnitude
    return x0 < y1 && y0 < x1 ? 'approximation' : ''
  }
  const [vague, figure] = a.magnitude ? [a, b] : [b, a]
  const [from, below] = vague.magnitude!
  const [f0, f1] = figure.range ? [Math.min(...figure.range), Math.max(...figure.range)] : interval(figure)
  const floor = below <= DOZENS_TIER ? from / STRETCH : from
  return f1 >= floor && f0 < below * STRETCH ? 'approximation' : ''
}
