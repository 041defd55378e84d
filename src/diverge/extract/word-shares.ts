/**
 * A share after a numeral word: "fell two percent", "five per cent", "ba phần trăm". A numeral
 * word is read as a number only before what it counts (a plural noun, a multiplier, a classifier),
 * and "percent" is none of these, so "two percent" was no fact at all: neither paired with
 * "1.3 percent" of the other report nor missing from it, while "2 percent" was both. The share
 * word itself is read by the suffix reader (numeral-suffix.ts), as after digits.
 */
import type { Token } from './fact-tokens'

/** Does a share word start at token `k` ("percent", "pct", "per cent", "%", "phần trăm")? */
export function shareStartsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (t.raw === '%') return true
  if (t.kind !== 'word') return false
  if (t.key === 'percent' || t.key === 'pct') return true
  const next = tokens[k + 1]?.key
  return (t.key === 'per' && next === 'cent') || (t.key === 'phần' && next === 'trăm')
}
