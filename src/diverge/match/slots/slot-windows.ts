/**
 * Matching the facts of two aligned groups compares every fact of one with every fact of the
 * other, so one sentence of thousands of figures (a run-on list, text without sentence breaks)
 * would cost the square of its length. Beyond a size no report's sentence reaches (the largest
 * group of the planted, VietnameseMDS and eval pairs holds 58 facts a side, a 1 MB pair's 10), the
 * groups are matched in windows that follow their order: the k-th stretch of one side's facts
 * against the k-th stretch of the other's. Figures far apart in two such runs are no one statement's.
 */
import type { Fact } from '../../extract/fact'
import type { MemberRelation, SlotMatch } from './slot-match'

/** Above this many fact pairs a group is matched in windows; at most this many pairs are read per window. */
export const WINDOW_PAIRS_MAX = 256 * 256
/** Facts of the longer side per window. */
const WINDOW_FACTS = 256

type Members = ((i: number, j: number) => MemberRelation) | undefined

/**
 * `match` run on matching stretches of `a` and `b`, its results joined in order. Each side is cut
 * into as many stretches as the longer one needs windows of WINDOW_FACTS facts.
 */
export function matchInWindows(a: readonly Fact[], b: readonly Fact[], members: Members, match: (a: readonly Fact[], b: readonly Fact[], members: Members) => SlotMatch): SlotMatch {
  const windows = Math.ceil(Math.max(a.length, b.length) / WINDOW_FACTS)
  const out: SlotMatch = { same: [], conflicts: [], onlyA: [], onlyB: [] }
  for (let k = 0; k < windows; k++) {
    const [fromA, toA] = [Math.floor((k * a.length) / windows), Math.floor(((k + 1) * a.length) / windows)]
    const [fromB, toB] = [Math.floor((k * b.length) / windows), Math.floor(((k + 1) * b.length) / windows)]
    const inA = a.slice(fromA, toA)
    const inB = b.slice(fromB, toB)
    if (inA.length === 0 || inB.length === 0) {
      out.onlyA.push(...inA)
      out.onlyB.push(...inB)
      continue
    }
    const part = match(inA, inB, members && ((i, j) => members(fromA + i, fromB + j)))
    out.same.push(...part.same)
    out.conflicts.push(...part.conflicts)
    out.onlyA.push(...part.onlyA)
    out.onlyB.push(...part.onlyB)
  }
  return out
}
