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
const SAMPLE = 300

// Unicode's Latin Extended Additional block U+1EA0–U+1EF9 (ạ ả ấ … ỹ) and ă, ơ, ư, đ were
// encoded for Vietnamese; no other language franc knows writes them at this rate. Each is a
// letter (\p{L}), so it counts among the letters too.
const VIETNAMESE_LETTERS = /[\u1ea0-\u1ef9ăâđơưĂÂĐƠƯ]/gu
const VIETNAMESE_SHARE = 0.08
const LETTERS = /\p{L}/gu

export function detectLanguage(text: string): string {
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).normalize('NFC')
  // Counted with two global matches rather than one match object per letter (this runs for every document).
  const letters = sample.match(LETTERS)?.length ?? 0
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0
  if (letters < MIN_LETTERS) return 'und'
  // A script-level answer, as franc gives for non-Latin scripts, at a fraction of its cost.
  if (vietnamese / letters >= VIETNAMESE_SHARE) return 'vie'
  return franc(sample.normalize('NFD'), { minLength: MIN_LETTERS })
}
