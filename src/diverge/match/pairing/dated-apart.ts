/**
 * Whether two figures' sentences are dated differently (pair-facts.ts): each names a moment, the
 * figure's own slot aside, and no moment of one is a moment of the other. Asked of every pair of
 * figures judged, the pairwise reading cost a run-on sentence of thousands of dates their cube
 * (issue 16). Each sentence pair is read once here for three shared moments, each on both sides
 * a moment of its own: the two figures compared leave one of them, so the sentences are dated
 * alike for any pair of their figures. A pair with no shared moment at all is dated differently
 * for any pair; only a pair of one or two shared moments is read per pair of figures, as before.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { sameMoment, type SentenceMoments } from '../dates/fact-moments'

type Moment = string | Fact

/** No fact of any sentence: asked for it, `SentenceMoments` gives a sentence's every moment. */
const NO_FACT = { type: 'number' } as unknown as Fact

/** Moments shared by a sentence pair, each moment in at most one: up to `ENOUGH`. */
const ENOUGH = 3

function sharedMoments(a: readonly Moment[], b: readonly Moment[]): number {
  const usedA = new Set<Moment>()
  const usedB = new Set<Moment>()
  for (const m of a) {
    if (usedA.has(m)) continue
    for (const n of b) {
      if (usedB.has(n) || !sameMoment(m, n)) continue
      usedA.add(m)
      usedB.add(n)
      break
    }
    if (usedA.size >= ENOUGH) break
  }
  return usedA.size
}

export function createDatedApart(momentsA: SentenceMoments, momentsB: SentenceMoments): (x: Located<Fact>, y: Located<Fact>) => boolean {
  const lists = [new Map<number, readonly Moment[]>(), new Map<number, readonly Moment[]>()] as const
  const listOf = (side: 0 | 1, sentence: number): readonly Moment[] => {
    let list = lists[side].get(sentence)
    if (!list) lists[side].set(sentence, (list = (side === 0 ? momentsA : momentsB).get(sentence, NO_FACT)))
    return list
  }
  const shared = new Map<string, number>()
  return (x, y) => {
    const [a, b] = [listOf(0, x.sentence), listOf(1, y.sentence)]
    if (!a.some((m) => m !== x.fact) || !b.some((n) => n !== y.fact)) return false
    const key = `${x.sentence}:${y.sentence}`
    let found = shared.get(key)
    if (found === undefined) shared.set(key, (found = sharedMoments(a, b)))
    if (found === 0) return true
    if (found >= ENOUGH) return false
    const mx = a.filter((m) => m !== x.fact)
    const my = b.filter((n) => n !== y.fact)
    return !mx.some((m) => my.some((n) => sameMoment(m, n)))
  }
}
