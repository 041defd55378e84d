/**
 * Đắk Lắk / Đắc Lắc, Kon Tum / Con Tum: c and k spell one sound. National spelling writes k only
 * before i, e, ê, y and never at a syllable's end, while the names of the Central Highlands keep
 * the k of their own languages; outlets write either. So two syllables whose marks agree and
 * whose letters differ only by c for k are one word written two ways; any other changed letter
 * is another name (word-spelling.ts).
 */

/** The same word but for c written for k (or k for c) at one or more places, marks and all. */
export function cForK(x: string, y: string): boolean {
  if (x.length !== y.length || x === y) return false
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!
    const b = y[i]!
    if (a === b) continue
    if (!((a === 'c' && b === 'k') || (a === 'k' && b === 'c'))) return false
  }
  return true
}
