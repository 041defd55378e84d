/**
 * Language of a document, by franc's trigram models.
 *
 * franc's Vietnamese model keeps tone marks as separate combining characters, so
 * composed Vietnamese reads as Cebuano or Bikol; it sees the text in NFD. Short
 * texts are undetermined rather than guessed.
 */
import type { franc as francType } from 'franc'

// franc's 187 trigram models cost some 13 MiB of memory once loaded, more than a 1 MB report's
// alignment: they are loaded the first time a language must be guessed, which a Vietnamese report
// (known by its letters) never asks. A require() of a module the build bundles runs it then, not
// when corroborate is imported (both builds inline franc).
let loaded: typeof francType | undefined
function franc(text: string, options: { minLength: number }): string {
  loaded ??= (require('franc') as { franc: typeof francType }).franc
  return loaded(text, options)
}

/** Fewer letters than this and the language is `und`. */
export const MIN_LETTERS = 50
// franc costs ~1.5 ms per 500 characters here (it compares against 187 trigram models, and reads at most 2,048); a few sentences of body text decide the language.
export const LANGUAGE_SAMPLE = 300

// Unicode's Latin Extended Additional block U+1EA0–U+1EF9 (ạ ả ấ … ỹ) and ă, ơ, ư, đ were
// encoded for Vietnamese; no other language franc knows writes them at this rate. Each is a
// letter (\p{L}), so it counts among the letters too.
const VIETNAMESE_SHARE = 0.08
const NOT_LETTERS = /\P{L}+/gu

/** How many of `text`'s characters are Vietnamese letters: U+1EA0–U+1EF9 and ă â đ ơ ư (either case), every one in the BMP. */
function vietnameseLetters(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x1ea0 && c <= 0x1ef9) || VIETNAMESE_CODES.has(c)) count++
  }
  return count
}
// ă â đ ơ ư and their capitals, as char codes: reading `text[i]` made a string of each character past U+00FF.
const VIETNAMESE_CODES: ReadonlySet<number> = new Set([...'ăâđơưĂÂĐƠƯ'].map((c) => c.charCodeAt(0)))

/** Code points of a well-formed string (a pair of surrogates is one). */
function codePoints(text: string): number {
  let count = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) count--
  }
  return count
}

export function detectLanguage(text: string): string {
  const sample = (text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text).normalize('NFC')
  // Counted without an array of one string per letter (a global match made one for each, on every document).
  const letters = codePoints(sample.replace(NOT_LETTERS, ''))
  const vietnamese = vietnameseLetters(sample)
  if (letters < MIN_LETTERS) return 'und'
  // A script-level answer, as franc gives for non-Latin scripts, at a fraction of its cost.
  if (vietnamese / letters >= VIETNAMESE_SHARE) return 'vie'
  return franc(sample.normalize('NFD'), { minLength: MIN_LETTERS })
}
