/**
 * Where one sentence of an aligned pair replaces words of the other: a word
 * diff (jsdiff's diffArrays algorithm over the words, see edit-script.ts, so
 * offsets stay exact whatever the spacing and punctuation) reduced to replacement hunks.
 */
import { WORD_CHAR, scanRun, widthAt } from '../normalize/chars'
import { ADDED, REMOVED, editRuns } from './edit-script'

export interface Replacement {
  /** Local offsets of the replaced words in the first text, and of their replacement in the second. */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

export interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Words: runs of letters, marks and digits. */
export function words(text: string): Word[] {
  const out: Word[] = []
  const n = text.length
  for (let i = 0; i < n; ) {
    const end = scanRun(text, i, n, WORD_CHAR)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    out.push({ text: text.slice(i, end), start: i, end })
    i = end
  }
  return out
}

export function replacements(textA: string, textB: string): Replacement[] {
  const wordsA = words(textA)
  const wordsB = words(textB)
  // Words as small integers: one string comparison per distinct word instead of one per diff step.
  const ids = new Map<string, number>()
  const idOf = (w: Word): number => {
    let id = ids.get(w.text)
    if (id === undefined) ids.set(w.text, (id = ids.size))
    return id
  }
  const runs = editRuns(wordsA.map(idOf), wordsB.map(idOf))
  const out: Replacement[] = []
  let i = 0
  let j = 0
  let removed: [number, number] | undefined
  for (let r = 0; r < runs.length; r += 2) {
    const op = runs[r]!
    const count = runs[r + 1]!
    if (op === REMOVED) {
      removed = [i, i + count]
      i += count
      continue
    }
    if (op === ADDED) {
      if (removed) {
        out.push({
          a: [wordsA[removed[0]]!.start, wordsA[removed[1] - 1]!.end],
          b: [wordsB[j]!.start, wordsB[j + count - 1]!.end],
        })
      }
      j += count
    } else {
      i += count
      j += count
    }
    removed = undefined
  }
  return out
}

/** Replacements between sentence `a` of one report and sentence `b` of the other, each pair diffed once per comparison. */
export type SentenceDiffs = (a: number, b: number) => readonly Replacement[]

export function sentenceDiffs(textA: (sentence: number) => string, textB: (sentence: number) => string): SentenceDiffs {
  const memo = new Map<number, Map<number, Replacement[]>>()
  return (a, b) => {
    let row = memo.get(a)
    if (!row) memo.set(a, (row = new Map()))
    let hunks = row.get(b)
    if (!hunks) row.set(b, (hunks = replacements(textA(a), textB(b))))
    return hunks
  }
}
