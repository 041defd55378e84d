/**
 * The characters a report's runs and words are cut at, as written-forms.ts and written-numbers.ts
 * read them: white space between runs, letters and digits at a bare run's ends, letters, digits
 * and hyphens inside a word. Decided without a regex call for ASCII and, past it, once per
 * distinct character.
 */

const WORDLIKE = /[\p{L}\p{N}]/u

/** Is the code unit at `i` a letter or digit (WORDLIKE)? Decided without the regex call for ASCII and, past it, once per distinct BMP character: asked at both ends of every run. */
export function wordlikeAt(run: string, i: number): boolean {
  const c = run.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
  // Half of an astral character, alone, is no letter to the regex.
  if (c >= 0xd800 && c <= 0xdfff) return WORDLIKE.test(run[i]!)
  let known = PIECE_CHAR[c]!
  if (known === 0) PIECE_CHAR[c] = known = WORDLIKE.test(run[i]!) ? 1 : 2
  return known === 1
}

/** A character `\s` matches (white space or a line break): where split(/\s+/u) would cut. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Is the code point at `i` a letter, digit or hyphen (what splits a bare run into words, /[^\p{L}\p{N}-]+/u, keeps)? Its width, or 0 when not. */
export function wordPieceAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1)
    return d >= 0xdc00 && d <= 0xdfff && WORDLIKE.test(text.slice(i, i + 2)) ? 2 : 0
  }
  let known = PIECE_CHAR[c]!
  if (known === 0) PIECE_CHAR[c] = known = WORDLIKE.test(text[i]!) ? 1 : 2
  return known === 1 ? 1 : 0
}
// By BMP code unit: 0 not yet asked, 1 a letter or digit, 2 neither (one regex test per distinct character).
const PIECE_CHAR = new Uint8Array(0x10000)

// What a code unit is to the capitalised-word and syllable checks (joined-initials.ts), letterClassAt's answers:
/** A capital (\p{Lu}). */
export const CAPITAL_LETTER = 1
/** A small letter (\p{Ll}). */
export const SMALL_LETTER = 2
/** Another letter or a mark (the rest of \p{L} and \p{M}). */
export const OTHER_LETTER = 3
export const HYPHEN = 4
export const NO_LETTER = 5
/** Half of an astral character: the caller asks its regex instead. */
export const ASTRAL_HALF = 6
const CAPITAL = /\p{Lu}/u
const SMALL = /\p{Ll}/u
const LETTER_OR_MARK = /[\p{L}\p{M}]/u

/** The class of the code unit at `i` (CAPITAL_LETTER … ASTRAL_HALF): one regex test per distinct BMP character. */
export function letterClassAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdfff) return ASTRAL_HALF
  let known = LETTER_CLASS[c]!
  if (known === 0) {
    const ch = text[i]!
    known = c === 0x2d ? HYPHEN : CAPITAL.test(ch) ? CAPITAL_LETTER : SMALL.test(ch) ? SMALL_LETTER : LETTER_OR_MARK.test(ch) ? OTHER_LETTER : NO_LETTER
    LETTER_CLASS[c] = known
  }
  return known
}
// By BMP code unit: 0 not yet asked, else its class.
const LETTER_CLASS = new Uint8Array(0x10000)
