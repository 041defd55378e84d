/** The pairwise reports a story is derived from, addressed by outlet pair. */
import type { Article, DocumentResult, Report } from '../types'

export interface PairReport {
  /** Outlet of side A (`i`) and of side B (`j`), `i < j`. */
  readonly i: number
  readonly j: number
  /**
   * compare()'s report for the pair. For outlets that run earlier outlets' texts word for word it
   * is the report of the first such pair, with this pair's documents: its divergences' messages
   * name the first pair's outlets (the story shows no message of a divergence).
   */
  readonly report: Report
}

/** Pairs in a fixed order: (0,1), (0,2), …, (1,2), … */
export function pairIndexes(n: number): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j])
  return pairs
}

/**
 * Each outlet's first outlet with the same text and stated roles, the only parts of an article
 * compare() reads besides its source (which only labels messages).
 */
function firstCopies(articles: readonly Article[]): number[] {
  const firstOf = new Map<string, number>()
  return articles.map((article, outlet) => {
    const roles = (article.roles ?? []).map(({ start, end, role }) => [start, end, role])
    const key = `${JSON.stringify(roles)}\u0000${article.text}`
    const first = firstOf.get(key)
    if (first !== undefined) return first
    firstOf.set(key, outlet)
    return outlet
  })
}

/**
 * Every pair's report, each pair of contents compared once: a story often holds a wire report
 * several outlets run unchanged, and compare() of two pairs of equal texts gives equal reports.
 * `compareAt(i, j)` compares outlets i and j.
 */
export function comparePairs(articles: readonly Article[], documents: readonly DocumentResult[], compareAt: (i: number, j: number) => Report): PairReport[] {
  const n = articles.length
  const first = firstCopies(articles)
  const byContents = new Map<number, Report>()
  return pairIndexes(n).map(([i, j]) => {
    const key = first[i]! * n + first[j]!
    const known = byContents.get(key)
    if (known) return { i, j, report: { ...known, a: documents[i]!, b: documents[j]! } }
    const report = compareAt(i, j)
    byContents.set(key, report)
    return { i, j, report }
  })
}
