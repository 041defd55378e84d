/**
 * Probe set (issue 11, probe32): 36 pairs of short reports of one event by two newsrooms, written
 * for the probe (Vietnamese, English, French, Spanish, German; disasters, courts, elections,
 * sports, markets, health, traffic, diplomacy, tech). Each pair rewords, reorders and merges its
 * sentences, holds one to three real divergences and two to four traps: one fact in another form
 * (13/8 / 13.8 / ngày 13 tháng 8, 15h30 / 3:30 p.m., a weekday with its date, zones, 9/11,
 * ranges, approximations, an age against a birth year). Every expected divergence is flagged and
 * no trap is, save those marked `known` (listed in docs/eval.md as known misses).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import type { Divergence } from '../../src'

interface Pair {
  readonly id: string
  readonly a: string
  readonly b: string
  readonly divergences: ReadonlyArray<{ readonly a: string; readonly b: string; readonly known?: string }>
  readonly traps: ReadonlyArray<{ readonly a: string; readonly b: string }>
}

const pairs: Pair[] = JSON.parse(readFileSync(new URL('../fixtures/probe32/pairs.json', import.meta.url), 'utf8'))

/** Whether the flag's span in `text` overlaps the first occurrence of `sub`. */
const covers = (span: Divergence['a'], text: string, sub: string): boolean => {
  const at = text.indexOf(sub)
  return span !== null && at >= 0 && span.start < at + sub.length && at < span.end
}

const flagsOf = (p: Pair): Divergence[] => compare(p.a, p.b).divergences.filter((d) => d.kind !== 'missing')

describe('probe32: reports of one event by two newsrooms', () => {
  it.each(pairs.map((p) => [p.id, p] as const))('%s: each expected divergence flagged', (_id, p) => {
    const flags = flagsOf(p)
    for (const d of p.divergences.filter((x) => !x.known)) {
      expect(flags.some((f) => covers(f.a, p.a, d.a) && covers(f.b, p.b, d.b)), `${d.a} / ${d.b}`).toBe(true)
    }
  })

  it.each(pairs.map((p) => [p.id, p] as const))('%s: no trap flagged', (_id, p) => {
    const flags = flagsOf(p)
    for (const t of p.traps) {
      expect(flags.filter((f) => covers(f.a, p.a, t.a) && covers(f.b, p.b, t.b)).map((f) => `${f.a?.text} / ${f.b?.text}`), `${t.a} / ${t.b}`).toEqual([])
    }
  })

  it('every substring the fixture names is in its text', () => {
    for (const p of pairs) for (const x of [...p.divergences, ...p.traps]) expect([p.a.includes(x.a), p.b.includes(x.b)], `${p.id}: ${x.a} / ${x.b}`).toEqual([true, true])
  })
})
