/**
 * The token stream facts are read from: words, numerals ("13/8", "1.000.000",
 * "Covid-19" kept whole) and single symbols, with whether whitespace precedes
 * each. Part of the document model, so that every stage reading facts or the
 * words around them shares one tokenization of each sentence (see ./words).
 */
import { ASCII_DIGIT, NOT_ASCII_DIGIT, WORD_CHAR, lastRunClasses, scanRun, widthAt } from '../normalize/chars'
import { foldWord } from '../normalize/fold'

export interface Token {
  readonly start: number
  readonly end: number
  readonly raw: string
  /** `foldWord(raw)` for words and mixed tokens, `raw` otherwise. */
  readonly key: string
  /** word: letters only; num: ASCII digits with inner separators; mixed: both; punct: one symbol. */
  readonly kind: 'word' | 'num' | 'mixed' | 'punct'
  /** Whitespace or the start of the text precedes it. */
  readonly spaced: boolean
}

// Inside a token these keep "13/8", "1.000.000", "Covid-19", "TP.HCM" whole.
function isJoiner(code: number): boolean {
  return code === 46 || code === 44 || code === 47 || code === 58 || code === 45 || code === 39 || code === 0x2019 || code === 0x2013
}

// Not normalize/chars's isWhitespace (`\s`): a zero-width space (U+200B, left in text pasted from
// the web) parts tokens here as a space does, where `\s` misses it and it would read as a symbol
// that glues or splits a fact ("13\u200b/8" lost its date; the bench dump, with no such text,
// did not move). The other way, `\s`'s U+1680, U+205F and line / paragraph separators are
// symbols here; the separators end sentences before tokens are read.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff
}

// A sentence's tokens are gathered here, then copied out at their exact length: an array pushed
// onto grows by half again each time, and the outgrown backing stores were a tenth of what
// tokenizing allocated (a short document keeps its token arrays, so they are kept smaller, too).
// Overwritten, not emptied: setting the length to 0 gives its room back, and it regrew each time.
const gathered: Token[] = []
// Tokens of an earlier sentence stay in it until overwritten; a longer sentence's are let go.
const GATHERED_KEPT = 1024
let gathering = false

export function tokenize(text: string, runs?: RunSink): Token[] {
  // A nested call (none today) gathers into an array of its own.
  // (A throw would leave `gathering` set: later calls then allocate as before, still correct.)
  const outer = !gathering
  const into = outer ? gathered : []
  gathering = true
  let count = 0
  scanFactTokens(
    text,
    (start, end, raw, kind, spaced) => {
      const key = factKey(raw, kind)
      into[count++] = { start, end, raw, key, kind, spaced }
      return key
    },
    runs,
  )
  if (outer) gathering = false
  const out = into.slice(0, count)
  if (into === gathered && count > GATHERED_KEPT) gathered.length = 0
  return out
}

/** A fact token's key: the fold of a word or mixed token, the token itself otherwise. */
export function factKey(raw: string, kind: Token['kind']): string {
  return kind === 'word' || kind === 'mixed' ? foldWord(raw) : raw
}

/**
 * Receives each token the scan finds and returns its key (`factKey`): the receiver folds, so that
 * a table interning the tokens as written (./words) folds each distinct form once rather than
 * looking every token up in the fold cache.
 */
export type TokenSink = (start: number, end: number, raw: string, kind: Token['kind'], spaced: boolean) => string

/**
 * Receives each run of letters, marks and digits the scan passes (the words normalize/tokens
 * cuts), in order, with its character classes (normalize/chars) and, when the run is a whole fact
 * token that is not punctuation, that token's key: the comparison tokens are read in the same scan.
 */
export type RunSink = (start: number, end: number, classes: number, key: string | undefined) => void

// The runs after the first of a token joined across "/", ".", "-"…: start, end, classes (reused;
// written from its start for each token, never cut to length, which cost a runtime call a token).
const laterRuns: number[] = []

/**
 * The fact tokens of `text` handed one by one to `emit`, with no token object made: what
 * tokenize() collects, and what a long document's table (./words) writes straight into its columns.
 */
export function scanFactTokens(text: string, emit: TokenSink, runs?: RunSink): void {
  const n = text.length
  let i = 0
  let spaced = true
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++
      spaced = true
      continue
    }
    let e = scanRun(text, i, n, WORD_CHAR)
    if (e > i) {
      const firstEnd = e
      const firstClasses = lastRunClasses()
      let classes = firstClasses
      let later = 0
      while (e + 1 < n && isJoiner(text.charCodeAt(e))) {
        const more = scanRun(text, e + 1, n, WORD_CHAR)
        if (more === e + 1) break
        classes |= lastRunClasses()
        if (runs) {
          laterRuns[later++] = e + 1
          laterRuns[later++] = more
          laterRuns[later++] = lastRunClasses()
        }
        e = more
      }
      const raw = text.slice(i, e)
      // ASCII digits and joiners only: a numeral ("13/8", "1.000.000"); digits among letters: mixed ("Covid-19").
      const kind: Token['kind'] = !(classes & NOT_ASCII_DIGIT) ? 'num' : classes & ASCII_DIGIT ? 'mixed' : 'word'
      const key = emit(i, e, raw, kind, spaced)
      if (runs) {
        // A token of one run hands its key on; the runs of a joined token are folded by the reader.
        runs(i, firstEnd, firstClasses, e === firstEnd ? key : undefined)
        for (let k = 0; k < later; k += 3) runs(laterRuns[k]!, laterRuns[k + 1]!, laterRuns[k + 2]!, undefined)
      }
    } else {
      e = i + widthAt(text, i)
      // ".20 parts per million": a decimal with no leading zero is one numeral, not a full stop and 20.
      const bare = text.charCodeAt(i) === 46 && (spaced || text[i - 1] === '(' || text[i - 1] === '$') ? scanRun(text, i + 1, n, WORD_CHAR) : i
      if (bare > i + 1 && !(lastRunClasses() & NOT_ASCII_DIGIT) && (bare === n || !isJoiner(text.charCodeAt(bare)) || !/\d/.test(text[bare + 1] ?? ''))) {
        const raw = text.slice(i, bare)
        const classes = lastRunClasses()
        emit(i, bare, raw, 'num', spaced)
        runs?.(i + 1, bare, classes, undefined)
        i = bare
        spaced = false
        continue
      }
      const raw = text.slice(i, e)
      emit(i, e, raw, 'punct', spaced)
    }
    i = e
    spaced = false
  }
}
