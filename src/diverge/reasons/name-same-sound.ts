/**
 * Đắk Lắk / Đắc Lắc, Kon Tum / Con Tum: c and k spell one sound. National spelling writes k only
 * before i, e, ê, y and never at a syllable's end, while the names of the Central Highlands keep
 * the k of their own languages; outlets write either. So two syllables whose marks agree and
 * whose letters differ only by c for k are one word written two ways. Only a c or k standing as a
 * letter of its own counts: ch and kh are two other sounds (Châu / Khâu, Chánh / Khánh are two
 * names), so a c or k followed by h on either side is a changed letter. Any other changed letter
 * is another name (word-spelling.ts).
 */

import { wordsOf } from './name-words'

/** The same word but for a lone c written for a lone k (or k for c) at one or more places, marks and all: never in ch / kh. */
export function cForK(x: string, y: string): boolean {
  if (x.length !== y.length || x === y) return false
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!
    const b = y[i]!
    if (a === b) continue
    if (!((a === 'c' && b === 'k') || (a === 'k' && b === 'c'))) return false
    if (x[i + 1] === 'h' || y[i + 1] === 'h') return false
  }
  return true
}

/**
 * Two names of as many words, each word alike or one Vietnamese syllable with c for k (Đắk Lắk /
 * Đắc Lắc: the swap in every syllable it touches), at least one swap: one name, the rule above
 * applied per syllable. Read on marked forms, so marks must agree too.
 */
export function cForKName(a: string, b: string): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (x.length !== y.length || x.length === 0) return false
  let swaps = 0
  for (let k = 0; k < x.length; k++) {
    const p = x[k]!
    const q = y[k]!
    if (p.lower === q.lower) continue
    if (!(p.vietnamese || q.vietnamese || p.syllable || q.syllable) || !cForK(p.lower, q.lower)) return false
    swaps++
  }
  return swaps > 0
}
