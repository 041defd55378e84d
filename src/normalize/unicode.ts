/**
 * NFC with a map back to the caller's original offsets.
 *
 * Everything downstream works on the NFC form (regexes and tables are written in
 * composed Vietnamese); every offset that leaves the library goes through `toOriginal`.
 */
import { foldDigits } from './digits'

export interface MappedText {
  /** The NFC form of the input, with `ð/Ð` read as `đ/Đ` and every script's decimal digits as ASCII's (digits.ts). */
  readonly text: string
  /** Original offset of a position in `text`; `text.length` maps to the input's length. */
  readonly toOriginal: (index: number) => number
}


// Characters NFC may change: combining marks, conjoining jamo, the singletons that
// decompose (Ω, Å, K, ;·, Greek oxia, CJK compatibility ideographs, …) and anything
// outside the BMP. Text without them is NFC already; checking is far cheaper than
// normalizing, and a miss would only leave a rare character uncomposed, never
// break an offset.
const MAY_CHANGE = /[\p{M}\u0340-\u0344\u0374\u037e\u0387\u0900-\u0dff\u0f00-\u0fff\u1100-\u11ff\u1f00-\u1fff\u2000\u2001\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff\ufb1d-\ufb4f\ud800-\udfff]/u

const WHITESPACE = /\s/u

// MAY_CHANGE's answer for each BMP code unit outside the surrogates, filled as met: 0 unknown, 1 no, 2 yes.
// A table read per character is several times cheaper than the regex over the whole input.
const mayChangeByUnit = new Uint8Array(0x10000)

/** `MAY_CHANGE.test(input)`, one table read per character. */
function mayChange(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    // From the first surrogate on, code points are not code units: the regex decides.
    if (code >= 0xd800 && code <= 0xdfff) return MAY_CHANGE.test(input.slice(i))
    let known = mayChangeByUnit[code]!
    if (known === 0) mayChangeByUnit[code] = known = MAY_CHANGE.test(input[i]!) ? 2 : 1
    if (known === 2) return true
  }
  return false
}

/**
 * The end of the cluster at `at` (before `end`): a code point with the marks (and conjoining jamo)
 * after it, which NFC may fold into it; a run of marks with nothing before it is one cluster too.
 */
function clusterEnd(input: string, at: number, end: number): number {
  let i = at + codePointWidth(input, at, end)
  while (i < end) {
    const width = codePointWidth(input, i, end)
    if (!clusterMark(input, i, width)) break
    i += width
  }
  return i
}

/** Two for a surrogate pair, else one (a lone surrogate is one code point, as to a /u regex). */
function codePointWidth(input: string, i: number, end: number): number {
  const c = input.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1
  const low = input.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

// Marks and conjoining jamo by BMP code unit, filled as met: 0 unknown, 1 no, 2 yes.
const markByUnit = new Uint8Array(0x10000)
const CLUSTER_MARK = /^[\p{M}\u1160-\u11ff]$/u

function clusterMark(input: string, i: number, width: number): boolean {
  if (width === 2) return CLUSTER_MARK.test(input.slice(i, i + 2))
  const code = input.charCodeAt(i)
  let known = markByUnit[code]!
  if (known === 0) markByUnit[code] = known = CLUSTER_MARK.test(input[i]!) ? 2 : 1
  return known === 2
}

// Whether NFC leaves each BMP code unit outside the surrogates as it is, alone: 0 unknown, 1 yes, 2 no.
const stableByUnit = new Uint8Array(0x10000)

function stableAlone(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false
  let known = stableByUnit[code]!
  if (known === 0) {
    const unit = String.fromCharCode(code)
    stableByUnit[code] = known = unit.normalize('NFC') === unit ? 1 : 2
  }
  return known === 1
}

// The NFC of clusters of two or three BMP code units (a letter and one or two marks: nearly every
// cluster of a decomposed Vietnamese text, "ệ" = e + ̂ + ̣), by their units: a text holds few
// distinct ones, and normalize() is a runtime call, several times dearer than this lookup.
const composedPairs = new Map<number, string>()
const composedTriples = new Map<number, string>()

function composed(input: string, at: number, next: number): string {
  const width = next - at
  if (width === 2 || width === 3) {
    const first = input.charCodeAt(at)
    const second = input.charCodeAt(at + 1)
    const key = width === 2 ? first * 0x10000 + second : (first * 0x10000 + second) * 0x10000 + input.charCodeAt(at + 2)
    const known = width === 2 ? composedPairs : composedTriples
    let nfc = known.get(key)
    if (nfc === undefined) {
      nfc = input.slice(at, next).normalize('NFC')
      // (bounded: a text of many scripts must not grow it without end)
      if (known.size < 4096) known.set(key, nfc)
    }
    return nfc
  }
  return input.slice(at, next).normalize('NFC')
}

// Unit for unit, like the digit fold after it: offsets need no map for either.
function readEth(text: string): string {
  const eth = text.includes('ð') || text.includes('Ð') ? text.replace(/ð/g, 'đ').replace(/Ð/g, 'Đ') : text
  return foldDigits(eth)
}

/**
 * Where NFC may change the text: each suspicious character widened to the
 * whitespace-delimited word around it (whitespace never composes with anything),
 * overlapping words merged. Everything between is copied as it is.
 */
function regions(input: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  // By table, one read per code unit (a decomposed Vietnamese text has a mark in nearly every
  // word: the regex's matchAll and a regex test per character widened cost as much as the NFC).
  for (let at = 0; at < input.length; ) {
    const width = suspiciousAt(input, at)
    if (width === 0) {
      at += codePointWidth(input, at, input.length)
      continue
    }
    const last = out[out.length - 1]
    let start = at
    while (start > 0 && !isWhitespaceUnit(input.charCodeAt(start - 1))) start--
    let end = at + width
    while (end < input.length && !isWhitespaceUnit(input.charCodeAt(end))) end++
    if (last && start <= last[1]) last[1] = end
    else out.push([start, end])
    at = end
  }
  return out
}

/** The width of the MAY_CHANGE match at `i` (a surrogate pair is one code point), or 0. */
function suspiciousAt(input: string, i: number): number {
  const code = input.charCodeAt(i)
  if (code >= 0xd800 && code <= 0xdfff) {
    const width = codePointWidth(input, i, input.length)
    return MAY_CHANGE.test(input.slice(i, i + width)) ? width : 0
  }
  let known = mayChangeByUnit[code]!
  if (known === 0) mayChangeByUnit[code] = known = MAY_CHANGE.test(input[i]!) ? 2 : 1
  return known === 2 ? 1 : 0
}

// `\s` by BMP code unit, filled as met: 0 unknown, 1 no, 2 yes (no whitespace is outside the BMP).
const whitespaceByUnit = new Uint8Array(0x10000)

function isWhitespaceUnit(code: number): boolean {
  let known = whitespaceByUnit[code]!
  if (known === 0) whitespaceByUnit[code] = known = WHITESPACE.test(String.fromCharCode(code)) ? 2 : 1
  return known === 2
}

export function toNfc(input: string): MappedText {
  if (!mayChange(input) || input.normalize('NFC') === input) {
    return { text: readEth(input), toOriginal: (index) => index }
  }
  // Segments of the output, each knowing where it came from: a stretch copied as it is
  // maps position by position; a cluster normalised on its own maps to its start, so
  // cluster edges (and so word edges) map exactly.
  const parts: string[] = []
  const starts: number[] = []
  const origins: number[] = []
  const copied: boolean[] = []
  let length = 0
  const push = (text: string, origin: number, asIs: boolean): void => {
    if (text.length === 0) return
    parts.push(text)
    starts.push(length)
    origins.push(origin)
    copied.push(asIs)
    length += text.length
  }
  // Start of the stretch being copied: a cluster of one code unit that NFC leaves as it is (most
  // letters of a decomposed word: the n, g, i of "người") stays in it, mapped position by position
  // as it was one by one, rather than normalised and kept as a part of its own.
  let done = 0
  for (const [start, end] of regions(input)) {
    // Clusters found by a scan: a regex's matchAll over them took a third of compare() on a decomposed seed pair.
    for (let at = start; at < end; ) {
      const next = clusterEnd(input, at, end)
      if (next - at > 1 || !stableAlone(input.charCodeAt(at))) {
        push(input.slice(done, at), done, true)
        push(composed(input, at, next), at, false)
        done = next
      }
      at = next
    }
  }
  push(input.slice(done), done, true)
  const text = readEth(parts.join(''))
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
    return copied[lo] ? origins[lo]! + (index - starts[lo]!) : origins[lo]!
  }
  return { text, toOriginal }
}
