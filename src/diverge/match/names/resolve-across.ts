/**
 * Which spellings only one report writes are one entity respelt: every spelling of A against the
 * spellings of B the probe index offers (name-probes.ts), judged in the two reports' context
 * (name-entities.ts), each kept only as the other's best (mutual-best), so one spelling is never
 * paired twice.
 */
import type { EntityPair, PairJudge } from './name-entities'
import { type Spelling, indexSpellings, probe } from './name-probes'

/**
 * Pairs of spellings, one only A writes and one only B writes, judged one
 * entity respelt. Pairing is mutual-best.
 */
export function resolveAcross(onlyA: readonly Spelling[], onlyB: readonly Spelling[], judge: PairJudge): EntityPair[] {
  if (onlyA.length === 0 || onlyB.length === 0) return []
  const index = indexSpellings(onlyB)
  const bestOfA = new Map<Spelling, EntityPair>()
  const bestOfB = new Map<Spelling, EntityPair>()
  for (const a of onlyA) {
    for (const b of probe(index, a)) {
      const pair = judge(a, b)
      if (!pair) continue
      if ((bestOfA.get(a)?.confidence ?? -1) < pair.confidence) bestOfA.set(a, pair)
      if ((bestOfB.get(b)?.confidence ?? -1) < pair.confidence) bestOfB.set(b, pair)
    }
  }
  return [...bestOfA.values()].filter((pair) => bestOfB.get(pair.b) === pair)
}
