/**
 * NFC with a map back to the caller's original offsets.
 *
 * Everything downstream works on the NFC form (regexes and tables are written in
 * composed Vietnamese); every offset that leaves the library goes through `toOriginal`.
 */

export interface MappedText {
  /** The NFC form of the input, with `ð/Ð` read as `đ/Đ`. */
  readonly text: string
  /** Original offset of a position in `text`; `text.length` maps to the input's length. */
  readonly toOriginal: (index: number) => number
}

// A cluster is a code point with the marks (and conjoining jamo) that NFC may fold into it.
const CLUSTER = /[^\p{M}\u1160-\u11ff][\p{M}\u1160-\u11ff]*|[\p{M}\u1160-\u11ff]+/gsu

// Characters NFC may change: combining marks, conjoining jamo, the singletons that
// decompose (Ω, Å, K, ;·, Greek oxia, CJK compatibility ideographs, …) and anything
// outside the BMP. Text without them is NFC already; checking is far cheaper than
// normalizing, and a miss would only leave a rare character uncomposed, never
// break an offset.
const MAY_CHANGE = /[\p{M}\u0340-\u0344\u0374\u037e\u0387\u0900-\u0dff\u0f00-\u0fff\u1100-\u11ff\u1f00-\u1fff\u2000\u2001\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff\ufb1d-\ufb4f\ud800-\udfff]/u

export function toNfc(input: string): MappedText {
  const composed = MAY_CHANGE.test(input) ? input.normalize('NFC') : input
  if (composed === input) {
    const text = input.includes('ð') || input.includes('Ð') ? input.replace(/ð/g, 'đ').replace(/Ð/g, 'Đ') : input
    return { text, toOriginal: (index) => index }
  }
  // Normalise cluster by cluster so each output cluster knows where it came from.
  // Output inside a cluster maps to the cluster's start; cluster edges map exactly.
  const parts: string[] = []
  const starts: number[] = []
  const origins: number[] = []
  let length = 0
  for (const match of input.matchAll(CLUSTER)) {
    const nfc = match[0].normalize('NFC')
    parts.push(nfc)
    starts.push(length)
    origins.push(match.index)
    length += nfc.length
  }
  const text = parts.join('').replace(/ð/g, 'đ').replace(/Ð/g, 'Đ')
  const inputLength = input.length
  const toOriginal = (index: number): number => {
    if (index >= length) return inputLength
    if (index <= 0) return 0
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= index) lo = mid
      else hi = mid - 1
    }
    return origins[lo]!
  }
  return { text, toOriginal }
}
