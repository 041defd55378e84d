/**
 * The characters a report's runs and words are cut at, as written-forms.ts and written-numbers.ts
 * read them: white space between runs, letters and digits at a bare run's ends, letters, digits
 * and hyphens inside a word. Decided inline for ASCII and, past it, by the pipeline's one class
 * table (normalize/chars.ts), so no regex runs per character.
 */
import { LETTER, LOWER, MARK, UPPER, WORD_CHAR, classAt, unitClassAt, widthAt } from '../../../normalize/chars'

/** Is the code unit at `i` a letter or digit (`\p{L}` or `\p{N}`, not a mark)? ASCII decided inline, the rest by normalize/chars's class table; half of a surrogate pair is neither. */
export function wordlikeAt(run: string, i: number): boolean {
  const c = run.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
  return letterOrDigit(unitClassAt(run, i))
}

/** Class bits of a letter or a digit: a word character that is no mark. */
const letterOrDigit = (bits: number): boolean => (bits & WORD_CHAR) !== 0 && (bits & MARK) === 0

/** Is the code point at `i` a letter, digit or hyphen (what splits a bare run into words, /[^\p{L}\p{N}-]+/u, keeps)? Its width, or 0 when not. */
export function wordPieceAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) return letterOrDigit(classAt(text, i)) ? widthAt(text, i) : 0
  return letterOrDigit(unitClassAt(text, i)) ? 1 : 0
}

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
/** The class of the code unit at `i` (CAPITAL_LETTER … ASTRAL_HALF), from normalize/chars's class table. */
export function letterClassAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdfff) return ASTRAL_HALF
  if (c === 0x2d) return HYPHEN
  const bits = unitClassAt(text, i)
  return bits & UPPER ? CAPITAL_LETTER : bits & LOWER ? SMALL_LETTER : bits & LETTER ? OTHER_LETTER : NO_LETTER
}
