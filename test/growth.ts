/**
 * How a run's time grows with its input, with no wall-clock limit: the best time at size n
 * and at 2n, the two timed in alternation so that load on a busy machine hits both alike.
 * A linear path about doubles, a quadratic one quadruples; work done before a refusal that
 * should come at once about doubles too, while a refusal that reads only the length stays flat.
 */
import { expect } from 'vitest'

/** Below this a measurement is mostly noise: ratios are taken against at least this many ms. */
const FLOOR_MS = 15

/** Times of `run` on inputs of size n and 2n, timed back to back in each round. */
function timeRounds<T>(inputs: readonly [T, T], run: (input: T) => void, rounds: number, best: [number, number], paired: number[]): void {
  for (let round = 0; round < rounds; round++) {
    const times = inputs.map((input) => {
      const started = performance.now()
      run(input)
      return performance.now() - started
    })
    best[0] = Math.min(best[0], times[0]!)
    best[1] = Math.min(best[1], times[1]!)
    paired.push(ratioOf(times[0]!, times[1]!))
  }
}

function ratioOf(atN: number, at2n: number): number {
  return Math.max(at2n, FLOOR_MS) / Math.max(atN, FLOOR_MS)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Time at 2n over time at n, read two ways, and the lower of the two kept: the ratio of the
 * best times (one quiet moment per size is enough) and the median of the ratios of rounds
 * timed back to back (a machine loaded evenly slows both sizes alike, and a burst that hits
 * one round moves the median little). A path that really grows faster fails both readings
 * in every attempt; more attempts only follow a failing one, so a healthy path pays little.
 */
export function growthRatio<T>(make: (size: number) => T, run: (input: T) => void, n: number, maxRatio: number, warmSize = Math.max(1, n >> 3)): { ratio: number; times: [number, number] } {
  run(make(warmSize)) // warm-up: JIT and caches
  const inputs = [make(n), make(2 * n)] as const
  const times: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  const paired: number[] = []
  let ratio = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 5 && ratio > maxRatio; attempt++) {
    timeRounds(inputs, run, 3 + 2 * attempt, times, paired)
    ratio = Math.min(ratioOf(times[0], times[1]), median(paired))
  }
  return { ratio, times }
}

/** Doubling the input must not more than triple the time. */
export function expectLinear<T>(make: (size: number) => T, run: (input: T) => void, n: number): void {
  const { ratio, times } = growthRatio(make, run, n, 3)
  expect(ratio, `n: ${times[0].toFixed(1)} ms, 2n: ${times[1].toFixed(1)} ms`).toBeLessThanOrEqual(3)
}

/** Doubling the input must not grow the time: for refusals that read only a length or a header. */
export function expectFlat<T>(make: (size: number) => T, run: (input: T) => void, n: number): void {
  // warmed at n itself: a smaller input may fall under the limit being tested and take the whole path
  const { ratio, times } = growthRatio(make, run, n, 1.5, n)
  expect(ratio, `n: ${times[0].toFixed(1)} ms, 2n: ${times[1].toFixed(1)} ms`).toBeLessThanOrEqual(1.5)
}
