/**
 * A count's end read after the figure, in its clause: *98 people died by March* / *120 people
 * died by June*, *98 người chết tính đến tháng 3* / *… tính đến tháng 6*, *150 have died so far*.
 * total-ends.ts reads an end at the clause head (*By March, 98 …*) and after a running span;
 * this reads the same heads (*by*, *as of*, *tính đến*, *cho đến* …) and ways of saying now
 * (*so far*, *to date*, *đến nay*) between the figure and the clause's end. Counts to two
 * different ends are two periods' totals, not a contradiction; the same end (or none on one
 * side) keeps them one slot. The end's words are read with their digits (*tháng 3* / *tháng 6*,
 * *March 31* / *March 15*), past *the end of* / *cuối* to the period they end.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import { factTokens } from '../../document/words'
import type { Token } from '../extract/fact-tokens'
import type { Located } from '../extract/collect'
import type { Fact } from '../extract/fact'
import { runningSpan } from './running-totals'
import { type Clause, isBreak } from './slot-qualifiers'
import { HEADS, NOW, NOW_HEADS, WHEN, headEnd } from './total-ends'

/** Words read past the figure: a longer clause names its end too far from the figure to be its. */
const TAIL_WORDS = 10
/** Words of an end before the period it ends ("the end of June", "cuối tháng 6"), skipped for the period's own words. */
const OPENERS = new Set(['the', 'end', 'close', 'start', 'beginning', 'middle', 'of', 'hết', 'cuối', 'đầu', 'giữa'])
/** "by the army", "by the rebels": after "the", only a part of a period opens an end. */
const PERIOD_PARTS = new Set(['end', 'close', 'start', 'beginning', 'middle'])

/** Whether the keys from `at` read `p`. */
const reads = (keys: readonly string[], at: number, p: readonly string[]): boolean => p.every((w, i) => keys[at + i] === w)

/** The end named after the figure in its clause: 'now', the end's words, or undefined. */
function tailEndOf(tokens: readonly Token[], fact: Fact): string | undefined {
  let k = 0
  while (k < tokens.length && tokens[k]!.start < fact.end) k++
  // the clause's tokens after the figure, words and numerals, to a break
  const keys: string[] = []
  let words = 0
  for (; k < tokens.length && words < TAIL_WORDS && !isBreak(tokens, k); k++) {
    const t = tokens[k]!
    if (t.kind === 'punct') continue
    keys.push(t.kind === 'word' ? t.key : t.raw)
    if (t.kind === 'word') words++
  }
  for (let h = 0; h < keys.length; h++) {
    if (NOW_HEADS.some((p) => reads(keys, h, p))) return 'now'
    const head = HEADS.find((p) => reads(keys, h, p))
    if (!head) continue
    const j = h + head.length
    if (NOW.some((p) => reads(keys, j, p) && j + p.length === keys.length)) return 'now'
    if (!WHEN.has(keys[j] ?? '') || (keys[j] === 'the' && !PERIOD_PARTS.has(keys[j + 1] ?? ''))) continue
    let from = j
    while (from < keys.length - 1 && OPENERS.has(keys[from]!)) from++
    return keys.slice(from, from + 2).join(' ')
  }
  return undefined
}

/** Each report's tail ends, by fact (a story's pairs share them). */
function tailEnds(doc: PreparedDocument): (l: Located<Fact>) => string | undefined {
  const seen = new Map<Fact, string | undefined>()
  return (l) => {
    if (seen.has(l.fact)) return seen.get(l.fact)
    const end = tailEndOf(factTokens(doc, l.sentence), l.fact)
    seen.set(l.fact, end)
    return end
  }
}

/** Two ends are one when one's words open the other's ("tháng" read at a head, "tháng 3" after the figure). */
function sameEnd(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')]
  return x.length <= y.length ? x.every((w, i) => y[i] === w) : y.every((w, i) => x[i] === w)
}

/**
 * Two counts to two ends, one at least read after its figure (the other after its figure or at
 * its clause head): why they are two slots, else undefined. Only counts of things, as at the head.
 */
export function createTailEnds(docA: PreparedDocument, docB: PreparedDocument): (x: Located<Fact>, y: Located<Fact>, cx: Clause, cy: Clause, counts: boolean) => string | undefined {
  const endA = once(docA, tailEnds)
  const endB = once(docB, tailEnds)
  return (x, y, cx, cy, counts) => {
    if (!counts || runningSpan(cx) >= 0 || runningSpan(cy) >= 0) return undefined
    const tx = endA(x)
    const ty = endB(y)
    if (tx === undefined && ty === undefined) return undefined
    const ex = tx ?? headEnd(cx)
    const ey = ty ?? headEnd(cy)
    if (ex === undefined || ey === undefined || sameEnd(ex, ey)) return undefined
    return `counts to two ends (${ex} / ${ey})`
  }
}
