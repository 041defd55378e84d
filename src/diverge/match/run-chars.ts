/**
 * The characters a report's runs and words are cut at, as written-forms.ts and written-numbers.ts
 * read them: white space between runs, letters and digits at a bare run's ends, letters, digits
 * and hyphens inside a word. Decided without a regex call for ASCII and, past it, once per
 * distinct character.
 */

const WORDLIKE = /[\p{L}\p{N}]/u

/** Is the code unit at `i` a letter or digit (WORDLIKE)? ASCII decided without the regex call, asked at both ends of every run. */
export function wordlikeAt(run: string, i: number): boolean {
  const c = run.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
  return WORDLIKE.test(run[i]!)
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
