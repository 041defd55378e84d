/**
 * compareBatch(): the same results as safeCompare() pair by pair, in input order, on the
 * calling thread or on workers — which run from the built package, ESM and CommonJS alike.
 * compareBatchJson(): the same with each report as its JSON text.
 */
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type BatchPair, CorroborateError, type SafeCompareJson, type SafeCompareResult, compareBatch, compareBatchJson, safeCompare } from '../../src'
import { ROOT, corpusArticles, seed } from '../helpers'

type Lib = { compareBatch: typeof compareBatch; compareBatchJson: typeof compareBatchJson }
const builds: Array<[string, () => Promise<Lib>]> = [
  ['ESM (dist/index.js)', async () => (await import(pathToFileURL(resolve(ROOT, 'dist/index.js')).href)) as Lib],
  ['CommonJS (dist/index.cjs)', async () => createRequire(import.meta.url)(resolve(ROOT, 'dist/index.cjs')) as Lib],
]

// pairs of unequal length (so that workers finish out of order), one refused by maxLength
const texts = corpusArticles().slice(0, 12).map((article) => article.sentences.join(' '))
const pairs: BatchPair[] = texts.map((text, i) => [{ text, source: `t${i}` }, i % 4 === 3 ? { text: texts[0]!.repeat(30) } : texts[(i + 1) % texts.length]!])
pairs.push([seed('thanhnien'), seed('ngaynay')])
const options = { maxLength: texts[0]!.length * 20 }
const expected = pairs.map(([a, b]) => safeCompare(a, b, options))
const expectedJson: SafeCompareJson[] = expected.map((result) => (result.success ? { success: true, json: JSON.stringify(result.report) } : result))

async function all<R>(results: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = []
  for await (const result of results) out.push(result)
  return out
}

describe('compareBatch()', () => {
  it('gives safeCompare()\'s result for each pair, in order, on this thread', async () => {
    expect(expected.some((result) => !result.success && result.error.code === 'E_TOO_LARGE')).toBe(true)
    expect(await all(compareBatch(pairs, options))).toEqual(expected)
  })

  it('reads an async iterable', async () => {
    async function* stream(): AsyncGenerator<BatchPair> {
      yield* pairs.slice(0, 3)
    }
    expect(await all(compareBatch(stream(), options))).toEqual(expected.slice(0, 3))
  })

  it.each(builds)('gives the same results in the same order on 1 and 3 workers from the %s build', async (_name, load) => {
    const lib = await load()
    for (const workers of [1, 3]) expect(await all(lib.compareBatch(pairs, { ...options, workers }))).toEqual(expected)
  })

  it.each(builds)('gives each report as its JSON text, in order, on this thread and on 1 and 3 workers, from the %s build', async (_name, load) => {
    const lib = await load()
    expect(await all(compareBatchJson(pairs, options))).toEqual(expectedJson)
    for (const workers of [1, 3]) expect(await all(lib.compareBatchJson(pairs, { ...options, workers }))).toEqual(expectedJson)
  })

  it.each(builds)('reads an endless stream only as far as the workers can take it, and closes it when stopped, from the %s build', async (_name, load) => {
    const lib = await load()
    let read = 0
    let closed = false
    function* endless(): Generator<BatchPair> {
      try {
        for (;;) yield pairs[read++ % 3]!
      } finally {
        closed = true
      }
    }
    const results = lib.compareBatch(endless(), { ...options, workers: 2 })
    for (let i = 0; i < 5; i++) expect((await results.next()).value).toEqual(expected[i % 3])
    await results.return(undefined)
    // results wait for the ones before them in a window of 16 pairs per worker: what is read beyond it is not compared yet
    expect(read).toBeLessThanOrEqual(5 + 2 * 16)
    expect(closed).toBe(true)
  })

  it.each(builds)('stops its workers when the caller stops early, from the %s build', async (_name, load) => {
    const lib = await load()
    const results = lib.compareBatch(pairs, { ...options, workers: 2 })
    const first = await results.next()
    expect(first.value).toEqual(expected[0])
    await results.return(undefined)
    expect((await results.next()).done).toBe(true)
  })

  it.each([
    ['a negative worker count', { workers: -1 }, 'E_OPTION', /options\.workers: expected a whole number from 0 to 64, received number -1/],
    ['a fractional worker count', { workers: 1.5 }, 'E_OPTION', /options\.workers/],
    ['a bad compare option', { alignThreshold: 2 }, 'E_OPTION', /options\.alignThreshold: expected a number from 0 to 1/],
  ] as const)('refuses %s at once', (_name, bad, code, message) => {
    const call = (): unknown => compareBatch(pairs, bad as never)
    expect(call).toThrow(CorroborateError)
    expect(call).toThrow(message)
    try {
      call()
    } catch (error) {
      expect((error as CorroborateError).code).toBe(code)
    }
  })

  it('refuses what is not a stream of pairs', async () => {
    expect(() => compareBatch(42 as never)).toThrow(/pairs: expected an iterable or async iterable of \[a, b\] pairs, received number 42/)
    await expect(all(compareBatch([['only a'] as never]))).rejects.toThrow(/pairs\[0\]: expected an \[a, b\] pair, received an array of length 1/)
  })
})
