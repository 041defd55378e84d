/**
 * Ambiguity between candidate pairings of facts across two whole reports. A football report
 * gives a dozen minutes, so any pairing of two of them by slot alone is a guess; but when
 * the minute of one report's goal has one clearly best partner in the other report, and that
 * partner's clearly best partner is it, the pairing is no guess. Such mutual best matches are
 * judged as if each value were the only one of its slot; every other pairing keeps the doubt.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'

interface Scored {
  readonly a: Located<Fact>
  readonly b: Located<Fact>
  readonly confidence: number
  readonly weight?: number
}

/** How far a best pairing must lead the next one of either of its values to be clear. */
export const CLEAR_MARGIN = 0.1

/** Indices of the candidates that are each of their two values' clear best pairing. */
export function mutualBest<T extends Scored>(candidates: readonly T[]): Array<[number, T]> {
  const weight = (p: T): number => p.weight ?? p.confidence
  const best = new Map<Located<Fact>, { first: number; second: number; at: number }>()
  const note = (key: Located<Fact>, w: number, at: number): void => {
    const b = best.get(key)
    if (!b) best.set(key, { first: w, second: -Infinity, at })
    else if (w > b.first) best.set(key, { first: w, second: b.first, at })
    else if (w > b.second) b.second = w
  }
  candidates.forEach((p, k) => {
    note(p.a, weight(p), k)
    note(p.b, weight(p), k)
  })
  const clear = (key: Located<Fact>, k: number): boolean => {
    const b = best.get(key)!
    return b.at === k && b.first - b.second >= CLEAR_MARGIN
  }
  const out: Array<[number, T]> = []
  candidates.forEach((p, k) => {
    if (clear(p.a, k) && clear(p.b, k)) out.push([k, p])
  })
  return out
}
