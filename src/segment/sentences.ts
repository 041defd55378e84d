/**
 * Sentence boundaries with exact offsets.
 *
 * ICU's sentence segmenter knows many scripts and keeps "13.8", "TP.HCM" and
 * "1.000.000" whole, but it is superlinear on long strings here, so it only ever
 * sees one line, cut into windows of at most WINDOW characters. In news text it
 * also errs both ways: it never breaks before a figure followed by a lower-case
 * word ("…hết pin. 5 ngày đã qua"), nor after an ellipsis, and it breaks after
 * every title, initial and quoted sentence. So every place where a terminal and a
 * space meet is judged again, from evidence (./boundaries); ICU's other breaks
 * (other scripts, no space after the terminal) stand.
 */
import { type BoundaryContext, findStandaloneInitials, isBoundary, quotedRanges } from './boundaries'
import { quoteGoesOn } from './cjk-quotes'

export interface Piece {
  /** Offsets into the text that was segmented. */
  readonly start: number
  readonly end: number
  /** Index of the line (paragraph) the piece belongs to. */
  readonly line: number
}

const WINDOW = 2000
let segmenter: Intl.Segmenter | undefined

// A quotation longer than this is taken for a stray quote mark, not one quoted passage.
const MAX_QUOTE = 1000
const QUOTE_MARK = /["“«]/u
// A terminal run, closing quotes and brackets, then spaces: where a sentence may end.
// The lookbehinds start a match only at the first terminal of a run and the first space:
// otherwise every dot of a long run of dots would rescan it (quadratic).
const SITE = /(?<![.!?…])[.!?…]+["'”’»)\]]*[ \t\u00a0]+(?=\S)/gu

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
 * general punctuation those are ".", "!", "?" and U+2024; an ellipsis "…" may end
 * one too (./boundaries). One terminal that ends the line (closing quotes and
 * brackets aside) ends its only sentence. Characters of other blocks are left to ICU.
 */
function mayHoldSeveral(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
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

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90
// The closing quotes and brackets SITE lets stand between a terminal and its space.
const isSiteClose = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x2019 || c === 0x201d

/**
 * Whether every break ICU could make in the line [start, end) falls where SITE matches too, so
 * that asking ICU adds nothing (SITE's candidate replaces ICU's at the same place). In the blocks
 * mayHoldSeveral reads, ICU breaks only after ".", "!" or "?" (their closing marks and spaces
 * taken along), so this holds when each terminal run either ends the line (closers aside), or is
 * followed by SITE's closers and spaces and then a visible character, or is one "." that UAX #29
 * never breaks after: before a digit (SB6), an ASCII small letter (SB8), a comma (SB8a), or
 * between two ASCII capitals (SB7, "TP.HCM"). Anything else, the line goes to ICU as before.
 */
export function onlySitesBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x21 || c === 0x3f) {
      if (i > start && text.charCodeAt(i - 1) === 0x2026) return false
      let j = i + 1
      while (j < end && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++
      if (j === end) return true
      let k = j
      while (k < end && isSiteClose(text.charCodeAt(k))) k++
      if (k === end) return true
      let next = text.charCodeAt(k)
      if (next === 0x20 || next === 0x09 || next === 0xa0) {
        while (k < end && ((next = text.charCodeAt(k)) === 0x20 || next === 0x09 || next === 0xa0)) k++
        // SITE's lookahead wants a visible character after the spaces; ICU takes any other space along.
        if (k === end || /\s/u.test(text[k]!)) return false
        i = k - 1
        continue
      }
      if (k > j || j > i + 1 || c !== 0x2e) return false
      const before = i > start ? text.charCodeAt(i - 1) : 0
      if (!((next >= 48 && next <= 57) || (next >= 97 && next <= 122) || next === 0x2c || (isAsciiUpper(before) && isAsciiUpper(next)))) return false
      continue
    }
    if (c < 0x0589 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x203b && c !== 0x2024)) continue
    return false
  }
  return true
}

/** Trim whitespace off [start, end) and return it, or null when nothing is left. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? [start, end] : null
}

/**
 * The sentence starts inside the line [start, end): ICU's breaks, window cuts, and every
 * terminal-and-space site that the evidence in ./boundaries confirms.
 */
function lineBoundaries(context: BoundaryContext, start: number, end: number): number[] {
  const { text } = context
  // Position → index of the terminal before it (a site), or -1 (ICU's break, a window cut).
  const candidates = new Map<number, number>()
  // A line ICU can break only where SITE matches (most lines of news) is not handed to it: ICU took some 3 % of compare() on the seed pair.
  const icuWindows = end - start <= WINDOW && onlySitesBreak(text, start, end) ? [] : windows(text, start, end)
  const seg = getSegmenter()
  for (const [wStart, wEnd] of icuWindows) {
    // A cut after a terminal falls before its space: move it to where a site would start.
    let cut = wStart
    while (cut < wEnd && /\s/.test(text[cut]!)) cut++
    if (cut > start) candidates.set(cut, -1)
    for (const part of seg.segment(text.slice(wStart, wEnd))) if (part.index > 0 && !tickerAt(text, wStart + part.index)) candidates.set(wStart + part.index, -1)
  }
  const line = text.slice(start, end)
  for (const match of line.matchAll(SITE)) {
    const run = /^[.!?…]+/u.exec(match[0])![0]
    candidates.set(start + match.index + match[0].length, start + match.index + run.length - 1)
  }
  // Most lines quote nobody: spare them the per-character table.
  const quoted = QUOTE_MARK.test(line) ? quotedRanges(text, start, end, MAX_QUOTE) : undefined
  const out: number[] = []
  let pieceStart = start
  for (const position of [...candidates.keys()].sort((x, y) => x - y)) {
    const terminal = candidates.get(position)!
    if (terminal !== -1 && (quoted?.[position - start] === 1 || !isBoundary(context, pieceStart, terminal, position, end))) continue
    if (terminal === -1 && quoteGoesOn(text, position)) continue
    out.push(position)
    pieceStart = position
  }
  return out
}

/** ICU breaks inside a ticker (" .SPX", "<.IXIC>"): a period set after a space or bracket and glued to the next word. */
function tickerAt(text: string, position: number): boolean {
  return text[position - 1] === '.' && /[\s<(]/u.test(text[position - 2] ?? '') && /\p{Lu}/u.test(text[position] ?? '')
}

/** Split `text` into sentences, line by line. Offsets index `text`. */
export function splitSentences(text: string): Piece[] {
  const pieces: Piece[] = []
  const lineBreak = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/g
  let context: BoundaryContext | undefined
  let lineStart = 0
  let line = 0
  const push = (from: number, to: number, lineNumber: number): void => {
    const range = trimmed(text, from, to)
    if (range) pieces.push({ start: range[0], end: range[1], line: lineNumber })
  }
  const emit = (from: number, to: number): void => {
    const range = trimmed(text, from, to)
    if (!range) return
    // One window with no sentence terminal but its last is one sentence: what ICU would answer, without asking it.
    if (range[1] - range[0] <= WINDOW && !mayHoldSeveral(text, range[0], range[1])) {
      pieces.push({ start: range[0], end: range[1], line })
      return
    }
    context ??= { text, standaloneInitials: findStandaloneInitials(text) }
    let previous = range[0]
    for (const boundary of lineBoundaries(context, range[0], range[1])) {
      push(previous, boundary, line)
      previous = boundary
    }
    push(previous, range[1], line)
  }
  for (const match of text.matchAll(lineBreak)) {
    emit(lineStart, match.index)
    lineStart = match.index + match[0].length
    line++
  }
  emit(lineStart, text.length)
  return joinSplitClusters(text, pieces)
}

const STARTS_WITH_WORD_CHARACTER = /^[\p{L}\p{N}]/u

/**
 * Whether [start, end) holds a letter or a digit: a piece with neither says nothing on its own.
 * Read by code point: math-styled letters (*𝐒𝐡𝐞*) and CJK Extension B are letters in two code units.
 */
function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
    if (c <= 127) continue
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end
    if (STARTS_WITH_WORD_CHARACTER.test(text.slice(i, pair ? i + 2 : i + 1))) return true
    if (pair) i++
  }
  return false
}

const STARTS_WITH_MARK = /^\p{M}/u
// An opening quote or bracket (“, „, «, ‘, () belongs to the words after it.
const STARTS_WITH_OPENER = /^[\p{Ps}\p{Pi}]/u

/**
 * A window cut inside a run of combining marks (a letter carrying more than WINDOW of them)
 * leaves a piece that starts with a mark: it continues the character before it, never a new
 * sentence. Joined back to the piece it was cut from, so no sentence is a bare run of marks
 * (one that maps back to an empty range of the caller's text). A piece of punctuation alone
 * ("…", "!?") joins the sentence before it on its line; one that opens its line, or opens a
 * quote (“…), joins the sentence after it on its line instead (several such pieces in a row make
 * one). Alone on its line it stays.
 */
function joinSplitClusters(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = []
  // A letterless piece waiting for the next piece of its line (it is the last of `out`).
  let opening: Piece | undefined
  for (const piece of pieces) {
    const last = out[out.length - 1]
    if (opening && opening.line === piece.line) {
      const joined = { ...opening, end: piece.end }
      out[out.length - 1] = joined
      // "… …": still no word, so still waiting for the sentence that follows.
      opening = hasWord(text, piece.start, piece.end) ? undefined : joined
      continue
    }
    opening = undefined
    if (last && last.end === piece.start && last.line === piece.line && STARTS_WITH_MARK.test(text.slice(piece.start, piece.start + 2))) {
      out[out.length - 1] = { ...last, end: piece.end }
    } else if (!hasWord(text, piece.start, piece.end)) {
      // An ellipsis standing between two quoted sentences ("paycheck. … They") that a line's end
      // cut off belongs to the sentence before it on its line, and is no sentence that aligns with nothing.
      if (last && last.line === piece.line && !STARTS_WITH_OPENER.test(text.slice(piece.start, piece.start + 2))) out[out.length - 1] = { ...last, end: piece.end }
      else {
        out.push(piece)
        opening = piece
      }
    } else out.push(piece)
  }
  return out
}
