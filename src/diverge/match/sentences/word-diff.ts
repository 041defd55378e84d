/**
 * Where one sentence of an aligned pair replaces words of the other: a word
 * diff (jsdiff's diffArrays algorithm over the words, see edit-script.ts, so
 * offsets stay exact whatever the spacing and punctuation) reduced to replacement hunks.
 */
import type { WordRun } from '../../../document/word-runs'
import { ADDED, REMOVED, editRuns } from './edit-script'

interface Replacement {
  /** Local offsets of the replaced words in the first text, and of their replacement in the second. */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

/** A run of letters, marks and digits with its fold (document/word-runs): what the diff compares. */
export type Word = WordRun

/** Replacement hunks of a word diff between two sentences' words. */
export function replacements(wordsA: readonly Word[], wordsB: readonly Word[]): Replacement[] {
  // Words as small integers: one string comparison per distinct word instead of one per diff step.
  const ids = new Map<string, number>()
  const idOf = (w: Word): number => {
    let id = ids.get(w.raw)
    if (id === undefined) ids.set(w.raw, (id = ids.size))
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

/** Words and word diffs of aligned sentences, each computed once per comparison and shared by the passes that need them. */
export interface SentenceDiffs {
  /** Words of sentence `i` of report A. */
  wordsA(i: number): readonly Word[]
  /** Words of sentence `j` of report B. */
  wordsB(j: number): readonly Word[]
  /** Replacements between sentence `a` of report A and sentence `b` of report B. */
  between(a: number, b: number): readonly Replacement[]
}

function memoized<T>(compute: (i: number) => T): (i: number) => T {
  const memo = new Map<number, T>()
  return (i) => {
    let value = memo.get(i)
    if (value === undefined) memo.set(i, (value = compute(i)))
    return value
  }
}

/** Each sentence's words, read when first asked: a document can keep them for every comparison it is in. */
export function sentenceWords(read: (sentence: number) => readonly Word[]): (sentence: number) => readonly Word[] {
  return memoized(read)
}

/** Word diffs over words already read (see `sentenceWords`): only the diffs are the pair's own. */
export function diffsOfWords(wordsA: (sentence: number) => readonly Word[], wordsB: (sentence: number) => readonly Word[]): SentenceDiffs {
  const hunks = new Map<number, Map<number, Replacement[]>>()
  return {
    wordsA,
    wordsB,
    between(a, b) {
      let row = hunks.get(a)
      if (!row) hunks.set(a, (row = new Map()))
      let found = row.get(b)
      if (!found) row.set(b, (found = replacements(wordsA(a), wordsB(b))))
      return found
    },
  }
}
