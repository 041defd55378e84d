/**
 * compareBatch(): compare() over a stream of pairs, on worker threads when asked, with the
 * results in input order. At most a few pairs per worker are in flight, so memory stays
 * bounded however long the stream; a pair that compare() refuses (E_INPUT, E_TOO_LARGE)
 * is a result like any other, as in safeCompare(), and the batch goes on.
 */
import { CorroborateError, describe } from '../errors'
import { resolveOptions } from '../options'
import { type SafeCompareResult, safeCompare } from '../safe'
import type { BatchOptions, BatchPair, CompareOptions } from '../types'
import { ComparePool } from './pool'

/** Pairs in flight per worker: one being compared, the next already waiting in its queue. */
const IN_FLIGHT_PER_WORKER = 2
const MAX_WORKERS = 64

function checkWorkers(workers: unknown): number {
  if (workers === undefined) return 0
  if (typeof workers !== 'number' || !Number.isInteger(workers) || workers < 0 || workers > MAX_WORKERS) {
    throw new CorroborateError('E_OPTION', [{ path: 'options.workers', expected: `a whole number from 0 to ${MAX_WORKERS}`, received: describe(workers) }])
  }
  return workers
}

/**
 * Compare every pair, yielding `safeCompare()`'s result for each, in input order.
 * Options are checked at once (E_OPTION); each pair is checked as compare() checks it.
 */
export function compareBatch(pairs: Iterable<BatchPair> | AsyncIterable<BatchPair>, options: BatchOptions = {}): AsyncGenerator<SafeCompareResult, void, undefined> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options', expected: 'an object or undefined', received: describe(options) }])
  }
  const { workers: asked, ...compareOptions } = options
  const workers = checkWorkers(asked)
  resolveOptions(compareOptions)
  if (pairs === null || typeof pairs !== 'object' || !(Symbol.iterator in pairs || Symbol.asyncIterator in pairs)) {
    throw new CorroborateError('E_INPUT', [{ path: 'pairs', expected: 'an iterable or async iterable of [a, b] pairs', received: describe(pairs) }])
  }
  return workers === 0 ? onThisThread(pairs, compareOptions) : onWorkers(pairs, compareOptions, workers)
}

function checkPair(pair: unknown, index: number): BatchPair {
  if (!Array.isArray(pair) || pair.length !== 2) throw new CorroborateError('E_INPUT', [{ path: `pairs[${index}]`, expected: 'an [a, b] pair', received: describe(pair) }])
  return pair as unknown as BatchPair
}

async function* onThisThread(pairs: Iterable<BatchPair> | AsyncIterable<BatchPair>, options: CompareOptions): AsyncGenerator<SafeCompareResult, void, undefined> {
  let index = 0
  for await (const pair of pairs) {
    const [a, b] = checkPair(pair, index++)
    yield safeCompare(a, b, options)
  }
}

async function* onWorkers(pairs: Iterable<BatchPair> | AsyncIterable<BatchPair>, options: CompareOptions, workers: number): AsyncGenerator<SafeCompareResult, void, undefined> {
  const pool = new ComparePool(workers, options)
  const pending: Array<Promise<SafeCompareResult>> = []
  try {
    let index = 0
    for await (const pair of pairs) {
      const [a, b] = checkPair(pair, index++)
      const result = pool.compare(a, b)
      // awaited in turn below; until then a failure must not count as unhandled
      result.catch(() => {})
      pending.push(result)
      while (pending.length >= workers * IN_FLIGHT_PER_WORKER) yield await pending.shift()!
    }
    while (pending.length > 0) yield await pending.shift()!
  } finally {
    // also when the caller stops early (break, return, an error): no thread is left running
    await pool.close()
  }
}
