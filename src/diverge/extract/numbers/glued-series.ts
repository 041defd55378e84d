/**
 * Figures joined by dashes with a unit of measure glued to the last
 * ("127-162-289kg", "130-157kg"): each a value in that unit (a lifter's
 * snatch, clean and jerk and total; two figures, a range, which markRanges
 * reads from the dash between them).
 *
 * Apart from numbers.ts because it is a reader for one kind of token, needing
 * nothing of the extractor but the notation; numbers.ts emits what it returns.
 */
import { foldWord } from '../../../normalize/fold'
import type { Notation } from '../fact-tokens'
import { MEASURES } from './number-words'
import { parseNumeral } from './numerals'

export interface GluedSeries {
  /** Each figure: its offset in the token, where it ends (-1: the token's end, the last figure taking the unit) and its value. */
  readonly parts: readonly { readonly at: number; readonly end: number; readonly value: number }[]
  /** The folded unit glued to the last figure. */
  readonly unit: string
}

/** The figures of one token `raw` written as a dashed series in one glued unit, else undefined. */
export function gluedSeries(raw: string, notation: Notation): GluedSeries | undefined {
  const m = /^(\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)+)(\p{L}+)$/u.exec(raw)
  if (!m || !MEASURES.has(m[2]!)) return undefined
  const digitsOf = m[1]!.split('-')
  const values = digitsOf.map((digits) => parseNumeral(digits, notation, false))
  if (values.some((v) => v === null)) return undefined
  const parts: { at: number; end: number; value: number }[] = []
  let at = 0
  digitsOf.forEach((digits, n) => {
    // The last figure carries the unit glued to it, as "289kg" alone would.
    const end = n === digitsOf.length - 1 ? -1 : at + digits.length
    parts.push({ at, end, value: values[n]! })
    at += digits.length + 1
  })
  return { parts, unit: foldWord(m[2]!) }
}
