/**
 * Sentence boundaries with exact offsets.
 *
 * ICU's sentence segmenter knows many scripts and keeps "13.8", "TP.HCM" and
 * "1.000.000" whole, but it is superlinear on long strings here, so it only ever
 * sees one line, cut into windows of at most WINDOW characters. Its known
 * Vietnamese mistakes (a split after "TP. ", "GS. ", an initial "D. ") are undone.
 */

export interface Piece {
  /** Offsets into the text that was segmented. */
  readonly start: number
  readonly end: number
  /** Index of the line (paragraph) the piece belongs to. */
  readonly line: number
}

const WINDOW = 2000
let segmenter: Intl.Segmenter | undefined

// Words that end in a dot without ending the sentence: titles, initials, units.
const ABBREVIATION_BEFORE_DOT = new Set([
  'tp', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'ls', 'q', 'p', 'tx', 'tt', 'h', 'ng', 'đ', 'st', 'mr', 'mrs', 'ms', 'dr',
  'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'a.m', 'p.m',
])
// The lookbehind starts a match only where a run of letters and dots begins: without it every
// position inside a long run of dots was tried, each scanning to the end (quadratic, per recheck).
const LAST_WORD = /(?<![\p{L}.])([\p{L}.]+)\.\s*$/u

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'sentence' })
  return segmenter
}

/** Where a long line may be cut before handing it to ICU: after sentence punctuation, else after a space. */
function windows(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = start
  while (end - from > WINDOW) {
    const limit = from + WINDOW
    let cut = -1
    for (let i = limit; i > from + WINDOW / 2; i--) {
      const c = text.charCodeAt(i - 1)
      if ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002) && /\s/.test(text[i] ?? '')) {
        cut = i
        break
      }
    }
    if (cut === -1) {
      for (let i = limit; i > from + WINDOW / 2; i--) {
        if (/\s/.test(text[i - 1]!)) {
          cut = i
          break
        }
      }
    }
    if (cut === -1) {
      cut = limit
      // Never split a surrogate pair.
      const c = text.charCodeAt(cut - 1)
      if (c >= 0xd800 && c <= 0xdbff) cut++
    }
    out.push([from, cut])
    from = cut
  }
  if (end > from) out.push([from, end])
  return out
}

// Some of UAX #29's Close characters: quotes and closing brackets.
function isClose(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb || c === 0x2019 || c === 0x201d
}

/**
 * Whether ICU could break [start, end) into more than one sentence: only after a
 * sentence terminal (UAX #29's STerm and ATerm), and in Latin, Vietnamese and
 * general punctuation those are ".", "!", "?" and U+2024. One terminal that
 * ends the line (closing quotes and brackets aside) ends its only sentence.
 * Characters of other blocks are left to ICU.
 */
function mayHoldSeveral(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x21 || c === 0x3f) {
      // Terminal Close* Sp* at the end of the line: no sentence can start after it.
      let j = i + 1
      while (j < end && isClose(text.charCodeAt(j))) j++
      while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++
      return j < end
    }
    if (c < 0x0589 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x203b && c !== 0x2024)) continue
    return true
  }
  return false
}

function endsWithAbbreviation(segment: string): boolean {
  const match = LAST_WORD.exec(segment)
  if (!match) return false
  const word = match[1]!
  // A single capital letter is an initial ("D. Trump"); a known title or unit.
  if (/^\p{Lu}$/u.test(word)) return true
  return ABBREVIATION_BEFORE_DOT.has(word.toLowerCase())
}

/** Trim whitespace off [start, end) and return it, or null when nothing is left. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? [start, end] : null
}

/** Split `text` into sentences, line by line. Offsets index `text`. */
export function splitSentences(text: string): Piece[] {
  const pieces: Piece[] = []
  const lineBreak = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/g
  let lineStart = 0
  let line = 0
  const emit = (from: number, to: number): void => {
    const range = trimmed(text, from, to)
    if (!range) return
    const lineNumber = line
    // One window with no sentence terminal but its last is one sentence: what ICU would answer, without asking it.
    if (range[1] - range[0] <= WINDOW && !mayHoldSeveral(text, range[0], range[1])) {
      pieces.push({ start: range[0], end: range[1], line: lineNumber })
      return
    }
    const seg = getSegmenter()
    let pending: [number, number] | null = null
    for (const [wStart, wEnd] of windows(text, range[0], range[1])) {
      for (const part of seg.segment(text.slice(wStart, wEnd))) {
        const s = wStart + part.index
        const e = s + part.segment.length
        if (pending && endsWithAbbreviation(text.slice(Math.max(pending[0], pending[1] - 32), pending[1]))) {
          pending = [pending[0], e]
          continue
        }
        if (pending) {
          const r = trimmed(text, pending[0], pending[1])
          if (r) pieces.push({ start: r[0], end: r[1], line: lineNumber })
        }
        pending = [s, e]
      }
    }
    if (pending) {
      const r = trimmed(text, pending[0], pending[1])
      if (r) pieces.push({ start: r[0], end: r[1], line: lineNumber })
    }
  }
  for (const match of text.matchAll(lineBreak)) {
    emit(lineStart, match.index)
    lineStart = match.index + match[0].length
    line++
  }
  emit(lineStart, text.length)
  return joinSplitClusters(text, pieces)
}

const STARTS_WITH_MARK = /^\p{M}/u

/**
 * A window cut inside a run of combining marks (a letter carrying more than WINDOW of them)
 * leaves a piece that starts with a mark: it continues the character before it, never a new
 * sentence. Joined back to the piece it was cut from, so no sentence is a bare run of marks
 * (one that maps back to an empty range of the caller's text).
 */
function joinSplitClusters(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = []
  for (const piece of pieces) {
    const last = out[out.length - 1]
    if (last && last.end === piece.start && last.line === piece.line && STARTS_WITH_MARK.test(text.slice(piece.start, piece.start + 2))) {
      out[out.length - 1] = { ...last, end: piece.end }
    } else out.push(piece)
  }
  return out
}
