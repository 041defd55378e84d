/**
 * Foreign names a Vietnamese report writes in Vietnamese transcription, syllable by syllable with
 * hyphens (Li-băng for Liban, Mi-khai-lốp for Mikhailov): the same name in another form. The
 * transcription's letters, marks and hyphens dropped, are the name's but for one letter (the
 * -ng a syllable needs, a p for a v).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { LETTER, classAt, widthAt } from '../../../normalize/chars'
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import { isVietnameseSyllable } from '../../extract/vi-syllables'

/** Width of the code point at `i` when it is a letter, a mark or a hyphen, else 0 (a lone surrogate is neither). */
function pieceAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 45) return 1
  return classAt(text, i) & LETTER ? widthAt(text, i) : 0
}

/** Width of the code point that ends at `i` when it is a letter, a mark or a hyphen, else 0. */
function pieceBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2)
    if (h >= 0xd800 && h <= 0xdbff) return pieceAt(text, i - 2)
  }
  return pieceAt(text, i - 1)
}

/**
 * Each maximal run of letters, marks and hyphens that holds a hyphen, in order: the runs
 * `text.split(/[^\p{L}\p{M}-]+/u)` gives that include '-', found from the hyphens outward, so
 * that a long report is not cut into an array of all its words to keep the few hyphenated ones.
 */
export function eachHyphenatedRun(text: string, visit: (run: string) => void): void {
  for (let at = text.indexOf('-'); at !== -1; ) {
    let from = at
    for (let w = from > 0 ? pieceBefore(text, from) : 0; w !== 0; w = from > 0 ? pieceBefore(text, from) : 0) from -= w
    let to = at + 1
    for (let w = to < text.length ? pieceAt(text, to) : 0; w !== 0; w = to < text.length ? pieceAt(text, to) : 0) to += w
    visit(text.slice(from, to))
    at = text.indexOf('-', to)
  }
}
/** Below this many letters one letter more or less makes another name. */
const MIN_LETTERS = 5

/** The letters of each transcription a document writes: hyphenated runs of Vietnamese syllables. */
function transcriptions(doc: PreparedDocument): readonly string[] {
  const out = new Set<string>()
  eachHyphenatedRun(doc.original, (run) => {
    let from = 0
    let to = run.length
    while (from < to && run.charCodeAt(from) === 45) from++
    while (to > from && run.charCodeAt(to - 1) === 45) to--
    const word = run.slice(from, to)
    // Two syllables or more joined by single hyphens, each of letters and marks only (a loop, not
    // map then every: their arrays' kinds changed once this was optimised, and it was recompiled).
    const parts = word.split('-')
    if (parts.length < 2) return
    let letters = ''
    let syllables = true
    for (const part of parts) {
      const syllable = foldWord(part)
      if (syllable === '' || !isVietnameseSyllable(syllable)) {
        syllables = false
        break
      }
      letters += syllable
    }
    if (syllables) out.add(stripDiacritics(letters).replace(/đ/g, 'd'))
  })
  return [...out]
}

/** At most one letter inserted, dropped or changed. */
function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1)
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1)
}

/** Does `other` write the one-word foreign name (folded tokens) in Vietnamese transcription? */
export function transcribedIn(other: PreparedDocument, tokens: readonly string[]): boolean {
  if (tokens.length !== 1 || tokens[0]!.includes('-') || isVietnameseSyllable(tokens[0]!)) return false
  const letters = stripDiacritics(tokens[0]!).replace(/đ/g, 'd')
  if (letters.length < MIN_LETTERS) return false
  return once(other, transcriptions).some((t) => oneEditApart(t, letters))
}
