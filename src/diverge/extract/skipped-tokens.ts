/**
 * The tokens a number is never read from: those inside a span another reader took first
 * (by default the dates extractDates finds, so "13/8" is no number beside the date).
 */
import type { Token } from './fact-tokens'

export interface Span {
  readonly start: number
  readonly end: number
}

/** For each token, whether it overlaps one of `skip` (in any order, overlapping each other or not). */
export function markSkipped(tokens: readonly Token[], skip: readonly Span[]): boolean[] {
  const spans = [...skip].sort((a, b) => a.start - b.start)
  const marks = new Array<boolean>(tokens.length).fill(false)
  let s = 0
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    while (s < spans.length && spans[s]!.end <= t.start) s++
    // spans may overlap each other, so look at the next few as well
    for (let x = s; x < spans.length && spans[x]!.start < t.end; x++) {
      if (spans[x]!.end > t.start) {
        marks[k] = true
        break
      }
    }
  }
  return marks
}
