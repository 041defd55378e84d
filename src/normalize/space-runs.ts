/**
 * Runs of non-space characters (what /\S+/gu matches), read by offsets with nothing sliced: the
 * reader of whole runs for the scanners that cut a report at white space (written-forms, written-numbers,
 * spread-names, joined-initials). Space is `isWhitespace`, exactly `\s`.
 */
import { isWhitespace } from './chars'

/** Where the next run starts: the first non-space at or after `i`, or `n` when none is before `n`. */
export function runStartFrom(text: string, i: number, n: number = text.length): number {
  while (i < n && isWhitespace(text.charCodeAt(i))) i++
  return i
}

/** Where the run starting at `start` (a non-space) ends: the first space after it, or `n`. */
export function runEndFrom(text: string, start: number, n: number = text.length): number {
  let end = start + 1
  while (end < n && !isWhitespace(text.charCodeAt(end))) end++
  return end
}

/** Each run of `text` as [start, end), in order. */
export function eachSpaceRun(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length
  for (let start = runStartFrom(text, 0, n); start < n; ) {
    const end = runEndFrom(text, start, n)
    visit(start, end)
    start = runStartFrom(text, end, n)
  }
}
