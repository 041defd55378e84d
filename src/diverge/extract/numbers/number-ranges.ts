/**
 * Ranges among the numbers of one text: "16 to 17 weeks", "từ 10 đến 12 triệu", "between 30 and
 * 80". A pass over the facts numbers.ts has read, told apart from a move and the level it
 * reached ("fell $1.17 to $42.51"), which is two values, not a range.
 */
import type { NumberFact } from '../fact'
import { countedOutAfter } from './elided-units'
import { afterOf, moveSign } from './move-verbs'

// "18 to 24", "18-to-64" (the word set off by hyphens), "từ 18 cho đến 64": what joins a range's ends.
const RANGE_BETWEEN = /^\s*(?:-?(?:to|through|(?:cho\s+)?(?:đến|tới))-?|-|\u2013|\u2014)\s*$/iu

/** Whether `join`, the text between two values, joins them as a range's ends ("to", "đến", a dash). */
export const joinsRange = (join: string): boolean => RANGE_BETWEEN.test(join)

/** Both ends of a range written as one hyphenated word ("18-to-64", "5-đến-7"), with where each stands in it. */
export interface WordRange {
  readonly lo: string
  readonly hi: string
  /** Offset of the second end in the token. */
  readonly hiAt: number
  /** "18-to-64-year-olds": the ages glued after the second end. */
  readonly age: boolean
}

const WORD_RANGE = /^(\d+(?:[.,]\d+)?)-(?:to|through|đến|tới)-(\d+(?:[.,]\d+)?)(-years?-olds?)?$/iu

/** "18-to-64", "ages 18-to-64", "18-to-64-year-olds": one token the tokenizer keeps whole, read as a range's two ends. */
export function wordRange(raw: string): WordRange | undefined {
  const m = WORD_RANGE.exec(raw)
  if (!m) return undefined
  const hiAt = raw.length - (m[3]?.length ?? 0) - m[2]!.length
  return { lo: m[1]!, hi: m[2]!, hiAt, age: m[3] !== undefined }
}

/** "16 to 17 weeks", "từ 10 đến 12 triệu", "5-7", "between 30 and 80": both ends of a range carry it, so a value inside it is no contradiction. */
export function markRanges(text: string, facts: NumberFact[]): NumberFact[] {
  const out = facts.slice()
  const series = dashedSeries(text, facts)
  for (let k = 0; k + 1 < out.length; k++) {
    if (series.has(k)) continue
    const lo = out[k]!
    const hi = out[k + 1]!
    if (lo.kind === 'year' || hi.kind === 'year' || lo.kind === 'ordinal' || hi.kind === 'ordinal') continue
    const between = lo.before[lo.before.length - 1]
    const join = text.slice(lo.end, hi.start)
    if (!joinsRange(join) && !((between === 'between' || between === 'giữa') && /^\s*(?:and|và)\s*$/iu.test(join))) continue
    // "slipped 1.23 percent to 981.73", "rose 4.6 percent to $247 billion": a change, then the level it
    // reached. A range's first end either borrows its measure from the second (16 to 18 weeks) or shares it.
    const measured = lo.kind !== 'plain' || lo.unit !== ''
    if (measured && (lo.kind !== hi.kind || lo.unit !== hi.unit)) continue
    // "fell $1.17 to $42.51", "tăng 200.000 lên 36,5 triệu": a move's change and the level it reached, in one measure
    // ("a fall of 10 to 15 percent" names a range: a change written as a noun reaches no level in one breath)
    if (moveSign(lo.before) !== undefined && !afterOf(lo.before)) continue
    // "Five soldiers — three of them American —": a part counted out of the figure before, set off by a dash
    if (countedOut(hi)) continue
    const range = [Math.min(lo.value, hi.value), Math.max(lo.value, hi.value)] as const
    out[k] = { ...lo, range }
    out[k + 1] = { ...hi, range }
  }
  return out
}

/** "three of them", "4 of whom", "three of which", "hai trong số đó / này": the figure is a part of the one before. */
const countedOut = (f: NumberFact): boolean => countedOutAfter(f.after[0], f.after[1], f.after[2])

const DASH = /^[-\u2013\u2014]$/u

/**
 * Positions of facts in a chain of three or more figures joined by bare dashes ("127-162-289 kg",
 * a lifter's three lifts; "3-2-1"): a list of values, not a range, whose ends would otherwise be
 * read as two overlapping ranges (127 to 162, 162 to 289).
 */
function dashedSeries(text: string, facts: readonly NumberFact[]): ReadonlySet<number> {
  const out = new Set<number>()
  let first = 0
  for (let k = 1; k <= facts.length; k++) {
    const joined = k < facts.length && DASH.test(text.slice(facts[k - 1]!.end, facts[k]!.start))
    if (joined) continue
    if (k - first >= 3) for (let n = first; n < k; n++) out.add(n)
    first = k
  }
  return out
}
