/** The pairwise reports a story is derived from, addressed by outlet pair. */
import type { Alignment, Article, Divergence, DocumentResult, Equivalence, Report } from '../types'

/**
 * What the story's tables read of a divergence (facts.ts, names.ts): which kind, the spans, the
 * confidence. Its message and evidence are never read, and were the larger part of what a story
 * of 40 reports held from each of its 780 pairs to the end of the call.
 */
export type StoryDivergence = Pick<Divergence, 'kind' | 'factType' | 'a' | 'b' | 'confidence' | 'occurrences'>

/** What the story reads of a pair's report once its alignments have joined the statements. */
type PairFindings = Pick<Report, 'a' | 'b' | 'equivalences' | 'overlap' | 'warnings'> & { readonly divergences: readonly StoryDivergence[] }

export interface PairReport {
  /** Outlet of side A (`i`) and of side B (`j`), `i < j`. */
  readonly i: number
  readonly j: number
  /**
   * compare()'s report for the pair, but for what the story never reads (see `findingsOf`). For
   * outlets that run earlier outlets' texts word for word it is the report of the first such pair,
   * with this pair's documents: its divergences' messages name the first pair's outlets (the story
   * shows no message of a divergence).
   */
  readonly report: PairFindings
}

const DIGIT = /\p{Nd}/u

/** Contradictions and name variants between the two sides, and facts (names included) one side alone states. */
const readByStory = (d: Divergence): boolean => (d.kind === 'missing' ? d.factType !== undefined : d.a !== null && d.b !== null && (d.kind === 'number' || d.kind === 'date' || d.kind === 'name'))

/**
 * A divergence as the story keeps it: a new object of the fields its tables read, so the pair's
 * message and evidence die young with the report rather than being carried by every minor
 * collection of the rest of the call.
 */
const storyDivergence = ({ kind, factType, a, b, confidence, occurrences }: Divergence): StoryDivergence => ({ kind, factType, a, b, confidence, occurrences })

/** A format-only difference of a number or date: a format reason, or a figure on both sides (see facts.ts). */
const aboutFacts = (e: Equivalence): boolean => e.reason === 'date-format' || e.reason === 'number-format' || (DIGIT.test(e.a.text) && DIGIT.test(e.b.text))

/**
 * A pair's report without what the story never reads: its alignments (joined into statements as
 * the pair is compared), weak candidates, and divergences and equivalences of no fact or name row.
 * A story of 40 reports holds 780 of them to the end of the call, and what it held whole was a
 * good share of each minor collection's copying.
 */
function findingsOf(report: Report): PairFindings {
  const { a, b, overlap, warnings } = report
  const divergences: StoryDivergence[] = []
  for (const d of report.divergences) if (readByStory(d)) divergences.push(storyDivergence(d))
  return { a, b, divergences, equivalences: report.equivalences.filter(aboutFacts), overlap, warnings }
}

/** Pairs in a fixed order: (0,1), (0,2), …, (1,2), … */
function pairIndexes(n: number): [number, number][] {
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
 * Every pair's findings, each pair of contents compared once: a story often holds a wire report
 * several outlets run unchanged, and compare() of two pairs of equal texts gives equal reports.
 * `compareAt(i, j)` compares outlets i and j; `aligned(i, j, alignments)` is told each pair's
 * alignments, in pair order, before they are let go.
 */
export function comparePairs(
  articles: readonly Article[],
  documents: readonly DocumentResult[],
  compareAt: (i: number, j: number) => Report,
  aligned: (i: number, j: number, alignments: readonly Alignment[]) => void,
): PairReport[] {
  const n = articles.length
  const first = firstCopies(articles)
  // Only a pair of outlets of which one has a copy can meet its contents again: only its
  // alignments are kept, for the later pairs of copies.
  const copies = new Int32Array(n)
  for (const outlet of first) copies[outlet]!++
  const byContents = new Map<number, { findings: PairFindings; alignments: readonly Alignment[] }>()
  return pairIndexes(n).map(([i, j]) => {
    const key = first[i]! * n + first[j]!
    const known = byContents.get(key)
    if (known) {
      aligned(i, j, known.alignments)
      return { i, j, report: { ...known.findings, a: documents[i]!, b: documents[j]! } }
    }
    const report = compareAt(i, j)
    aligned(i, j, report.alignments)
    const findings = findingsOf(report)
    if (copies[first[i]!]! > 1 || copies[first[j]!]! > 1) byContents.set(key, { findings, alignments: report.alignments })
    return { i, j, report: findings }
  })
}
