/**
 * The moment rule (moment-slots.ts) asks, for each pair of clock times of two sentences, whether
 * every other figure of each is in the other. Asked of every line of a run-on sentence of
 * thousands of figures, a pairwise reading cost the square of its length (issue 16). Work is
 * counted, not timed: the properties of the facts read, through a proxy.
 */
import { describe, expect, it } from 'vitest'
import { extractDates } from '../../src/diverge/extract/dates/dates'
import type { Fact } from '../../src/diverge/extract/fact'
import { extractNumbers } from '../../src/diverge/extract/numbers/numbers'
import { oneStatedMoment } from '../../src/diverge/match/dates/moment-slots'

const LINES: ReadonlyArray<readonly [string, (i: number) => string]> = [
  ['vi', (i) => `chuyến bay VN${123 + (i % 10)} hạ cánh lúc ${(i % 9) + 1} giờ, chở ${150 + (i % 10)} hành khách,`],
  ['en', (i) => `flight ${123 + (i % 10)} landed at ${(i % 9) + 1} pm with ${150 + (i % 10)} passengers,`],
]

const shifted = (text: string): string => text.replace(/\d+/g, (d) => String(Number(d) + 1))

/** Facts of `text`, each behind a proxy that counts the properties read. */
function countedFacts(text: string, counter: { reads: number }): Fact[] {
  const dates = extractDates(text)
  const facts = [...dates, ...extractNumbers(text, dates)].sort((x, y) => x.start - y.start)
  return facts.map((f) => new Proxy(f, { get: (target, key, receiver) => (counter.reads++, Reflect.get(target, key, receiver)) }))
}

/** Properties read when the rule is asked of each line's clock time against the shifted line's. */
function readsFor(line: (i: number) => string, n: number): number {
  const text = Array.from({ length: n }, (_, i) => line(i)).join(' ')
  const counter = { reads: 0 }
  const a = countedFacts(text, counter)
  const b = countedFacts(shifted(text), counter)
  const clocks = (list: readonly Fact[]): Fact[] => list.filter((f) => f.type === 'date' && f.minutes !== undefined)
  const [ca, cb] = [clocks(a), clocks(b)]
  const words = (): readonly string[] => []
  const names = (): ReadonlyMap<string, string> => new Map()
  counter.reads = 0
  for (let k = 0; k < Math.min(ca.length, cb.length); k++) oneStatedMoment(ca[k]!, cb[k]!, 1, true, (side) => (side === 0 ? a : b), words, names)
  return counter.reads
}

describe('the moment rule on one huge sentence pair', () => {
  it.each(LINES)('%s: doubling the sentence at most doubles the facts read', (_lang, line) => {
    const small = readsFor(line, 200)
    const large = readsFor(line, 400)
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThanOrEqual(2.3)
  })
})
