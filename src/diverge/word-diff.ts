/**
 * Where one sentence of an aligned pair replaces words of the other: a word
 * diff (jsdiff's diffArrays over the words, so offsets stay exact whatever the
 * spacing and punctuation) reduced to replacement hunks.
 */
import { diffArrays } from 'diff'

export interface Replacement {
  /** Local offsets of the replaced words in the first text, and of their replacement in the second. */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu

function words(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }))
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
