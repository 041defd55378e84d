/** The pairwise reports a story is derived from, addressed by outlet pair. */
import type { Report } from '../types'

export interface PairReport {
  /** Outlet of side A (`i`) and of side B (`j`), `i < j`. */
  readonly i: number
  readonly j: number
  readonly report: Report
}

/** Pairs in a fixed order: (0,1), (0,2), …, (1,2), … */
export function pairIndexes(n: number): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j])
  return pairs
}
