/**
 * A name written in a report's text with a word or two inside it (missing-names.ts, writtenSpread):
 * its words in order, case aside, over the text's runs of non-space characters, with no punctuation
 * in a word put between them.
 */
import { LETTER, classAt, unitClassAt } from '../../../normalize/chars'
import { eachSpaceRun } from '../../../normalize/space-runs'
import { int32Column } from '../../../document/columns'
import type { PreparedDocument } from '../../../document'

/** Words the other report may put inside a name (Nasdaq Stock Markets composite for Nasdaq Composite). */
export const MAX_INSERTED = 2
// What an inserted word may not hold: punctuation between two words of a name breaks it (Tân Biên, Tân Hòa).
const BREAKS = new Set([...',.;:!?()[]"“”\'‘’/–—-'])

/**
 * The runs of non-space characters of a text, as [start, end) pairs (space is what `\s` matches:
 * normalize/space-runs.ts), in one scan into a chunked column (document/columns.ts): an array that
 * doubled left some three times the runs in dropped buffers outside the JS heap (~8 MB on a 1 MB
 * pair's name stage, where the comparison's memory peaks).
 */
function spaceRuns(text: string): Int32Array {
  const out = int32Column()
  eachSpaceRun(text, (start, end) => {
    out.push(start)
    out.push(end)
  })
  return out.finish()
}

/**
 * A text's runs of non-space characters, and the runs grouped by the lower case of their last code
 * unit (lowerUnit, -1 for those it does not settle): the runs of group `u` are
 * `order[offsets[u + 1]]` up to `order[offsets[u + 2]]`, in text order.
 */
interface SpaceRuns {
  readonly runs: Int32Array
  readonly order: Int32Array
  readonly offsets: Int32Array
}

/** A text's SpaceRuns: a name's first word closes a run, so only the runs ending in its last letter are read for it (a counting sort, no list per group). */
export function spaceRunsIn(text: string): SpaceRuns {
  const runs = spaceRuns(text)
  const count = runs.length / 2
  const offsets = new Int32Array(0x10000 + 2)
  // Each run's group is read again in the second pass rather than kept in a column of its own.
  const groupOf = (r: number): number => lowerUnit(text.charCodeAt(runs[2 * r + 1]! - 1)) + 1
  for (let r = 0; r < count; r++) offsets[groupOf(r) + 1]!++
  for (let g = 1; g < offsets.length; g++) offsets[g]! += offsets[g - 1]!
  const order = new Int32Array(count)
  const next = offsets.slice(0, offsets.length - 1)
  for (let r = 0; r < count; r++) order[next[groupOf(r)]!++] = r
  return { runs, order, offsets }
}

/** A report's SpaceRuns (of its NFC text), read once for all the names asked about it. */
export const spaceRunsOf = (doc: PreparedDocument): SpaceRuns => spaceRunsIn(doc.nfc.text)

/** Is the code point ending at `at` (exclusive) a letter or mark? */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false
  const low = text.charCodeAt(at - 1)
  const paired = low >= 0xdc00 && low <= 0xdfff && at >= 2
  return ((paired ? classAt(text, at - 2) : unitClassAt(text, at - 1)) & LETTER) !== 0
}

/** Is the code point starting at `at` a letter or mark? */
const letterAt = (text: string, at: number): boolean => (classAt(text, at) & LETTER) !== 0

/**
 * The name's words in the text, case aside, in order: the first ending a run of non-space
 * characters (no letter before it in the run), each next one a whole run after at most
 * MAX_INSERTED runs without punctuation, the last one opening a run with no letter after it.
 */
export function spreadInText(text: string, { runs, order, offsets }: SpaceRuns, words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase())
  const count = runs.length / 2
  const same = (start: number, end: number, word: string): boolean => text.slice(start, end).toLowerCase() === word
  const clean = (r: number): boolean => {
    for (let i = runs[2 * r]!; i < runs[2 * r + 1]!; i++) if (BREAKS.has(text[i]!)) return false
    return true
  }
  const rest = (r: number, k: number): boolean => {
    for (let skip = 0; skip <= MAX_INSERTED && r + skip < count; skip++) {
      if (skip > 0 && !clean(r + skip - 1)) return false
      const start = runs[2 * (r + skip)]!
      const end = runs[2 * (r + skip) + 1]!
      const word = lower[k]!
      if (k === lower.length - 1) {
        // The last word opens its run; what follows it in the run is no letter.
        if (same(start, Math.min(end, start + word.length), word) && !letterAt(text, start + word.length)) return true
      } else if (same(start, end, word) && rest(r + skip + 1, k + 1)) return true
    }
    return false
  }
  const first = lower[0]!
  // The first word closes its run, no letter before it in the run: only runs ending in its last
  // letter (or in a unit lowerUnit does not settle) may hold it.
  for (const g of [first.charCodeAt(first.length - 1) + 1, 0]) {
    for (let o = offsets[g]!, stop = offsets[g + 1]!; o < stop; o++) {
      const r = order[o]!
      const from = runs[2 * r + 1]! - first.length
      if (from < runs[2 * r]! || unlikeEnd(text, from, runs[2 * r + 1]!, first)) continue
      if (same(from, runs[2 * r + 1]!, first) && !letterBefore(text, from) && rest(r + 1, 1)) return true
    }
  }
  return false
}

/**
 * Does [from, end) of the text, lower-cased, surely differ from `word` (of the same length)? Read
 * backwards a code unit at a time without a slice, until a unit whose lower case is not settled
 * alone (see lowerUnit): then it is left to the slice. A slice whose lower case is the word keeps
 * its length, so each unit's lower case stands where the word's unit does.
 */
function unlikeEnd(text: string, from: number, end: number, word: string): boolean {
  for (let i = end - 1, k = word.length - 1; i >= from; i--, k--) {
    const lower = lowerUnit(text.charCodeAt(i))
    if (lower < 0) return false
    if (lower !== word.charCodeAt(k)) return true
  }
  return false
}

/**
 * A code unit's lower case as one code unit, or -1 when that does not settle it (a half of an
 * astral character, Σ whose lower case depends on the letters around it, one whose lower case is
 * longer).
 */
function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return -1
  let known = LOWER_UNIT[c]!
  if (known === 0) {
    const lower = String.fromCharCode(c).toLowerCase()
    LOWER_UNIT[c] = known = lower.length === 1 ? lower.charCodeAt(0) + 1 : -1
  }
  return known < 0 ? -1 : known - 1
}
// By BMP code unit: 0 not yet asked, else its lower case plus one, or -1.
const LOWER_UNIT = new Int32Array(0x10000)
