/**
 * Where one sentence of an aligned pair replaces words of the other: a word
 * diff (jsdiff's diffArrays over the words, so offsets stay exact whatever the
 * spacing and punctuation) reduced to replacement hunks.
 */
import { diffArrays } from 'diff'
import { WORD_CHAR, scanRun, widthAt } from '../normalize/chars'

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
  const out: Replacement[] = []
  let i = 0
  let j = 0
  let removed: [number, number] | undefined
  for (const change of diffArrays(
    wordsA.map((w) => w.text),
    wordsB.map((w) => w.text),
  )) {
    const count = change.value.length
    if (change.removed) {
      removed = [i, i + count]
      i += count
      continue
    }
    if (change.added) {
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
