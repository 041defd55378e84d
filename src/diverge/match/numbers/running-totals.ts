/**
 * A count run up since the start of a period: "Kể từ đầu năm đến nay, … ít nhất 3 vụ tấn công",
 * "so far this year, 12 attacks", "since the start of the season, 9 goals". Such a count is a
 * total to date; a count with no such span beside it ("2 vụ tấn công trên", "the two strikes")
 * is of one batch or event, even in sentences that share most of their words. The span must
 * name the period's start (*từ đầu năm*, *since the beginning of the year*, *so far this
 * season*): a bare *đến nay* / *to date* also ends spans that open on a named day
 * ("từ thời hậu Xô Viết đến nay") and is left alone.
 */
import { foldWord } from '../../../normalize/fold'
import type { Clause } from '../clauses/clauses'

/** Periods a figure may be a running total of ("this year", "từ đầu tháng"); read by thing-pairs.ts too. */
export const PERIODS = new Set(['năm', 'tháng', 'tuần', 'mùa', 'quý', 'year', 'month', 'week', 'season', 'quarter'].map((w) => foldWord(w)))

/** Phrases that open a span at a period's start, the period word last (folded words). */
const OPENERS: ReadonlyArray<readonly string[]> = ['từ đầu', 'since the start of the', 'since the beginning of the', 'so far this', 'so far in the', 'this'].map((p) =>
  p.split(' ').map((w) => foldWord(w)),
)

/**
 * Where the figure's sentence, up to the figure, opens a span at a period's start ("kể từ đầu năm",
 * "so far this year"): the index in `clause.lead` of the period word, else -1.
 */
export function runningSpan(clause: Clause): number {
  const words = clause.lead
  for (let k = 0; k < words.length; k++) {
    if (!PERIODS.has(words[k]!)) continue
    for (const opener of OPENERS) {
      const start = k - opener.length
      if (start < 0 || !opener.every((w, i) => words[start + i] === w)) continue
      // "this year" alone is a period, not a span: only "so far this year" / "this year so far" counts.
      if (opener.length === 1 && words[k + 1] !== 'so') continue
      return k
    }
    if (words[k] === 'year' && words[k + 1] === 'to' && words[k + 2] === 'date') return k
  }
  return -1
}

const runningTotal = (clause: Clause): boolean => runningSpan(clause) >= 0

/** A total to date against a count with no span beside it: why they are two slots, else undefined. */
export function runningAgainstBatch(x: Clause, y: Clause): string | undefined {
  return runningTotal(x) !== runningTotal(y) ? 'a total since the start of a period against a count without it' : undefined
}
