/**
 * Slot matching stays linear in the size of one aligned group. Work is counted, not timed: the
 * list-member test `matchSlots` asks of each pair of facts it reads. Reading every pair of a
 * group of thousands of figures (one sentence without breaks) grows with the square of its length.
 */
import { describe, expect, it } from 'vitest'
import { extractDates } from '../../src/diverge/extract/dates/dates'
import type { Fact } from '../../src/diverge/extract/fact'
import { extractNumbers } from '../../src/diverge/extract/numbers/numbers'
import { matchSlots } from '../../src/diverge/match/slots/slots'

function facts(text: string): Fact[] {
  const dates = extractDates(text)
  return [...dates, ...extractNumbers(text, dates)].sort((x, y) => x.start - y.start)
}

const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join(' ')
const shifted = (text: string): string => text.replace(/\d+/g, (d) => String(Number(d) + 1))

/** [language, one line of the run-on sentence]. */
const LINES: ReadonlyArray<readonly [string, (i: number) => string]> = [
  ['vi', (i) => `chuyến bay VN${123 + (i % 10)} hạ cánh lúc ${(i % 9) + 1} giờ, chở ${150 + (i % 10)} hành khách,`],
  ['en', (i) => `flight ${123 + (i % 10)} landed at ${(i % 9) + 1} pm with ${150 + (i % 10)} passengers,`],
]

/** Facts of the sentence of `n` lines and of its shifted copy, and how many pairs of them matchSlots read. */
function pairsRead(line: (i: number) => string, n: number): { a: number; b: number; read: number; match: ReturnType<typeof matchSlots> } {
  const text = repeat(n, line)
  const a = facts(text)
  const b = facts(shifted(text))
  let read = 0
  const match = matchSlots(a, b, () => {
    read++
    return undefined
  })
  return { a: a.length, b: b.length, read, match }
}

describe('slot matching of one huge group', () => {
  it.each(LINES)('%s: doubling the group at most doubles the pairs read', (_lang, line) => {
    const small = pairsRead(line, 800)
    const large = pairsRead(line, 1600)
    expect(large.a).toBeGreaterThan(1.9 * small.a)
    expect(large.read / small.read).toBeLessThanOrEqual(2.2)
  })

  it.each(LINES)('%s: a group of ordinary size reads every pair, as always', (_lang, line) => {
    // trap: 12 lines (some 36 facts a side) stay one window
    const { a, b, read } = pairsRead(line, 12)
    expect(read).toBe(a * b)
  })

  it.each(LINES)('%s: a huge group matched against itself pairs every fact as the same', (_lang, line) => {
    const text = repeat(800, line)
    const a = facts(text)
    const match = matchSlots(a, facts(text))
    expect(match.same).toHaveLength(a.length)
    expect(match.conflicts).toHaveLength(0)
    expect(match.onlyA).toHaveLength(0)
  })
})
