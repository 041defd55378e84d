/**
 * One bound written alike beside two figures of one unit (*up to 3 meters* / *up to 4 meters*, *at least
 * 170 people* / *at least 140 people*, *ít nhất 5 người* / *ít nhất 7 người*): a writer who bounds a figure
 * says what kind of statement it is (the most a flood reached, the least a toll holds), and two reports
 * that bound one unit in the same words make that statement of one thing. Independent reports share few
 * other words, so this is often the only tie their sentences have.
 *
 * Only bounds count, in the same words: an approximation (*about*, *khoảng*) is every reporter's own
 * rounding and says nothing of the slot (measured: *about 320* / *about 300 miles* of two moments,
 * *khoảng 70.000* / *khoảng 300 người* of two groups), and two bounds in other words are two writers'
 * choices (*at least 22* / *over 20 dead*, which also meet). Measured in docs/eval.md (calib56).
 */
import type { Fact } from '../../extract/fact'
import { dimensionOf } from '../../reasons/compatible'
import { type Hedge, readHedge } from '../../reasons/hedges'
import { SAME_BOUND, TWO_FLOORS_CEILING } from './pairing-weights'

/** The bound two figures of one unit (or one measure in two spellings) are stated with, in the same words, if they are. */
export function sharedBound(x: Fact, y: Fact): { readonly hedge: Hedge; readonly phrase: string } | undefined {
  if (x.type !== 'number' || y.type !== 'number' || !x.unit) return undefined
  if (x.unit !== y.unit && (dimensionOf(x) === undefined || dimensionOf(x) !== dimensionOf(y))) return undefined
  const a = readHedge(x)
  if (a.hedge !== 'over' && a.hedge !== 'under') return undefined
  const b = readHedge(y)
  return b.hedge === a.hedge && b.phrase === a.phrase ? a : undefined
}

/**
 * The score a shared bound lifts a pair's `score` to, with its evidence line. Two lower bounds of one
 * count may be two moments of it (a toll still rising), so their lift stops under a toll told plainly
 * (toll-pairs.ts): flagged beside it, never above it.
 */
export function boundLift(x: Fact, y: Fact, score: number): { readonly score: number; readonly evidence: string } | undefined {
  const bound = sharedBound(x, y)
  if (bound === undefined) return undefined
  const ceiling = bound.hedge === 'over' ? TWO_FLOORS_CEILING : 1
  return { score: Math.max(score, Math.min(score + SAME_BOUND, ceiling)), evidence: `both bounded alike (${bound.phrase})` }
}
