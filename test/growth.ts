/**
 * How a run's time grows with its input, with no wall-clock limit: the best time at size n
 * and at 2n, the two timed in alternation so that load on a busy machine hits both alike.
 * A linear path about doubles, a quadratic one quadruples; work done before a refusal that
 * should come at once about doubles too, while a refusal that reads only the length stays flat.
 */
import { expect } from 'vitest'

/** Below this a measurement is mostly noise: ratios are taken against at least this many ms. */
const FLOOR_MS = 15

/** Time after which no further attempt starts. */
const ATTEMPT_BUDGET_MS = 25_000

/** Best times of `run` on inputs of size n and 2n (inputs built once, outside the timing). */
function bestTimes<T>(inputs: readonly [T, T], run: (input: T) => void, rounds: number, best: [number, number]): void {
  for (let round = 0; round < rounds; round++) {
    inputs.forEach((input, k) => {
      const started = performance.now()
      run(input)
      best[k] = Math.min(best[k]!, performance.now() - started)
    })
  }
}

/**
 * Time at 2n over time at n. Each size keeps its best time across attempts, so one quiet
 * moment per size is enough, while a path that really grows faster fails every attempt. More
 * attempts only follow a failing one, so a healthy path pays little. (The median of paired
 * ratios was tried as a second reading: under load it let a quadratic path pass.)
 */
export function growthRatio<T>(make: (size: number) => T, run: (input: T) => void, n: number, maxRatio: number, warmSize = Math.max(1, n >> 3)): { ratio: number; times: [number, number] } {
  run(make(warmSize)) // warm-up: JIT and caches
  const inputs = [make(n), make(2 * n)] as const
  const times: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  let ratio = Number.POSITIVE_INFINITY
  const started = performance.now()
  // Past two attempts, another starts only while the test is well inside vitest's 60 s limit:
  // a heavily loaded host must fail on its ratio, not time out.
  for (let attempt = 0; attempt < 5 && ratio > maxRatio && (attempt < 2 || performance.now() - started < ATTEMPT_BUDGET_MS); attempt++) {
    bestTimes(inputs, run, 3 + 2 * attempt, times)
    ratio = Math.max(times[1], FLOOR_MS) / Math.max(times[0], FLOOR_MS)
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
