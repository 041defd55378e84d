/**
 * compareBatch(): compare() over a stream of pairs, on worker threads when asked, with the
 * results in input order. A pair that compare() refuses (E_INPUT, E_TOO_LARGE) is a result
 * like any other, as in safeCompare(), and the batch goes on. compareBatchJson(): the same
 * with each report as JSON text, for writers of JSON lines.
 */
import { CorroborateError, describe } from '../errors'
import { resolveOptions } from '../options'
import { type SafeCompareResult, safeCompare } from '../safe'
import type { Article, BatchOptions, BatchPair, CompareOptions } from '../types'
import { type SafeCompareJson, safeCompareJson } from './json'
import { ComparePool, type Outcome } from './pool'

export type { SafeCompareJson } from './json'

/**
 * Pairs handed out but not yet yielded, per worker: results wait here until those before
 * them are done. Pair times are heavy-tailed (VietnameseMDS: median 20 ms, 1 in 100 over
 * 170 ms), and when this window is full behind one long pair the other workers stop;
 * replaying the measured times of bench/batch.mjs, two workers reach 1.77× one with 2 per
 * worker, 1.96× with 4 and 1.99× from 8. 16 leaves room for longer tails and bounds the
 * memory: at most 16 finished reports per worker wait for the one before them.
 */
const WINDOW_PER_WORKER = 16
const MAX_WORKERS = 64

type Pairs = Iterable<BatchPair> | AsyncIterable<BatchPair>

function checkWorkers(workers: unknown): number {
  if (workers === undefined) return 0
  if (typeof workers !== 'number' || !Number.isInteger(workers) || workers < 0 || workers > MAX_WORKERS) {
    throw new CorroborateError('E_OPTION', [{ path: 'options.workers', expected: `a whole number from 0 to ${MAX_WORKERS}`, received: describe(workers) }])
  }
  return workers
}

/** Options and pairs checked at once (E_OPTION, E_INPUT), before the first result is asked for. */
function checkBatch(pairs: unknown, options: BatchOptions): { workers: number; compareOptions: CompareOptions } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options', expected: 'an object or undefined', received: describe(options) }])
  }
  const { workers: asked, ...compareOptions } = options
  const workers = checkWorkers(asked)
  resolveOptions(compareOptions)
  if (pairs === null || typeof pairs !== 'object' || !(Symbol.iterator in pairs || Symbol.asyncIterator in pairs)) {
    throw new CorroborateError('E_INPUT', [{ path: 'pairs', expected: 'an iterable or async iterable of [a, b] pairs', received: describe(pairs) }])
  }
  return { workers, compareOptions }
}

/**
 * Compare every pair, yielding `safeCompare()`'s result for each, in input order.
 * Options are checked at once (E_OPTION); each pair is checked as compare() checks it.
 */
export function compareBatch(pairs: Pairs, options: BatchOptions = {}): AsyncGenerator<SafeCompareResult, void, undefined> {
  const { workers, compareOptions } = checkBatch(pairs, options)
  return workers === 0 ? onThisThread(pairs, compareOptions, safeCompare) : onWorkers<SafeCompareResult>(pairs, compareOptions, workers, false)
}

/**
 * compareBatch() with each report as its JSON text (`JSON.stringify(report)`, one line), made
 * on the worker that compared the pair: a JSONL writer then only writes, and the calling thread
 * stays nearly idle however many workers there are.
 */
export function compareBatchJson(pairs: Pairs, options: BatchOptions = {}): AsyncGenerator<SafeCompareJson, void, undefined> {
  const { workers, compareOptions } = checkBatch(pairs, options)
  return workers === 0 ? onThisThread(pairs, compareOptions, safeCompareJson) : onWorkers<SafeCompareJson>(pairs, compareOptions, workers, true)
}

function checkPair(pair: unknown, index: number): BatchPair {
  if (!Array.isArray(pair) || pair.length !== 2) throw new CorroborateError('E_INPUT', [{ path: `pairs[${index}]`, expected: 'an [a, b] pair', received: describe(pair) }])
  return pair as unknown as BatchPair
}

async function* onThisThread<R>(pairs: Pairs, options: CompareOptions, compareOne: (a: string | Article, b: string | Article, options: CompareOptions) => R): AsyncGenerator<R, void, undefined> {
  let index = 0
  for await (const pair of pairs) {
    const [a, b] = checkPair(pair, index++)
    yield compareOne(a, b, options)
  }
}

/**
 * A pair is read from `pairs` only when a worker can take it at once, so the source is not
 * read ahead of the workers and holds back a fast reader's producer as before; results are
 * yielded as soon as all those before them are.
 */
async function* onWorkers<R>(pairs: Pairs, options: CompareOptions, workers: number, json: boolean): AsyncGenerator<R, void, undefined> {
  const pool = new ComparePool<R>(workers, options, json)
  // a sync iterable too, with for-await's semantics (its return() is called when the batch stops early)
  const source = (async function* (): AsyncGenerator<BatchPair> {
    yield* pairs
  })()
  const window = workers * WINDOW_PER_WORKER
  const pending: Array<{ outcome?: Outcome<R> }> = []
  let index = 0
  let ended = false
  try {
    for (;;) {
      while (pending[0]?.outcome) {
        const outcome = pending.shift()!.outcome!
        if (!outcome.ok) throw outcome.error
        yield outcome.value
      }
      if (ended && pending.length === 0) return
      if (!ended && pending.length < window && pool.hasRoom()) {
        const next = await source.next()
        if (next.done) {
          ended = true
          continue
        }
        const [a, b] = checkPair(next.value, index++)
        const entry: { outcome?: Outcome<R> } = {}
        pending.push(entry)
        pool.compare(a, b, (outcome) => (entry.outcome = outcome))
        continue
      }
      await pool.nextReply()
    }
  } finally {
    // also when the caller stops early (break, return, an error): the source is closed and no thread is left running
    if (!ended) await source.return(undefined)
    await pool.close()
  }
}
