/**
 * Language of a document, by franc's trigram models.
 *
 * franc's Vietnamese model keeps tone marks as separate combining characters, so
 * composed Vietnamese reads as Cebuano or Bikol; it sees the text in NFD. Short
 * texts are undetermined rather than guessed.
 */
import type { franc as francType } from 'franc'
import { languageByMarkers } from './normalize/function-words'
import { TURKISH_MISREADINGS, writesTurkish } from './normalize/script-languages'
import { cjkLanguage } from './normalize/cjk-script'

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

/** How much of the text its own function words are read from when franc names a close neighbour: a few paragraphs give dozens. */
export const MARKER_SAMPLE = 2000

/**
 * Languages franc confuses with a close neighbour on a few hundred characters: an English wire
 * opening read as Scots, an Indonesian report as Malay, a Portuguese one as Galician (11 of 140
 * English, 23 of 54 Indonesian and 4 of 27 Portuguese fixture reports). A wrong code costs more
 * than a label: the stages read English function words, Portuguese articles and Indonesian
 * particles by the code. Where franc names the neighbour, the report's own marker words
 * (normalize/function-words.ts) decide, unless words only the neighbour writes are there too.
 */
const CLOSE_NEIGHBOURS: ReadonlyMap<string, { readonly marker: string; readonly code: string; readonly ownWords: RegExp }> = new Map([
  ['sco', { marker: 'en', code: 'eng', ownWords: /(?<!\p{L})(?:wis|didnae|cannae|isnae|frae|oot|aboot|awa)(?!\p{L})/u }],
  ['zlm', { marker: 'id', code: 'ind', ownWords: /(?<!\p{L})(?:kerana|selepas|sahaja|iaitu)(?!\p{L})/u }],
  ['glg', { marker: 'pt', code: 'por', ownWords: /(?<!\p{L})(?:unha|unhas|tamén|polo|pola|coa|coas|xa|non)(?!\p{L})/u }],
])

/**
 * franc reads 6 of 42 Russian reports of the Telegram contest threads (test/fixtures/tgnews-ru) as
 * Bulgarian or Macedonian: their trigrams overlap most on a few hundred characters. Letters settle
 * it where trigrams do not: Russian writes ы and э, which Bulgarian, Macedonian, Serbian and
 * Ukrainian never do, and lacks the letters only those write (і ї є ґ ў ѓ ќ ѕ љ њ џ ј ђ ћ; Belarusian
 * writes ы and э too, but also і and ў). A quoted foreign word may carry one such letter: a
 * twentieth of the Russian ones is allowed.
 */
const CYRILLIC_NEIGHBOURS: ReadonlySet<string> = new Set(['bul', 'mkd', 'srp', 'ukr', 'bel'])
const RUSSIAN_LETTERS = /[ыэЫЭ]/gu
const NEIGHBOURS_LETTERS = /[іїєґўѓќѕљњџјђћІЇЄҐЎЃЌЅЉЊЏЈЂЋ]/gu
const LEAST_RUSSIAN_LETTERS = 3

function writesRussianLetters(text: string): boolean {
  const russian = text.match(RUSSIAN_LETTERS)?.length ?? 0
  const neighbours = text.match(NEIGHBOURS_LETTERS)?.length ?? 0
  return russian >= LEAST_RUSSIAN_LETTERS && neighbours * 20 <= russian
}

export function detectLanguage(text: string): string {
  const sample = (text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text).normalize('NFC')
  // Counted without an array of one string per letter (a global match made one for each, on every document).
  const letters = codePoints(sample.replace(NOT_LETTERS, ''))
  const vietnamese = vietnameseLetters(sample)
  // Before the letter count: a Chinese sentence is some twenty characters, each a word or half of one.
  const cjk = cjkLanguage(sample, letters)
  if (cjk !== undefined) return cjk
  if (letters < MIN_LETTERS) return 'und'
  // A script-level answer, as franc gives for non-Latin scripts, at a fraction of its cost.
  if (vietnamese / letters >= VIETNAMESE_SHARE) return 'vie'
  const guess = franc(sample.normalize('NFD'), { minLength: MIN_LETTERS })
  // A Turkish report read as Soninke, Malay or Turkmen: its letters ı ğ and its own words say Turkish (normalize/script-languages.ts).
  if (TURKISH_MISREADINGS.has(guess) && writesTurkish(text.length > MARKER_SAMPLE ? text.slice(0, MARKER_SAMPLE) : text)) return 'tur'
  const cyrillic = CYRILLIC_NEIGHBOURS.has(guess)
  const neighbour = CLOSE_NEIGHBOURS.get(guess)
  if (neighbour === undefined && !cyrillic) return guess
  const words = (text.length > MARKER_SAMPLE ? text.slice(0, MARKER_SAMPLE) : text).normalize('NFC')
  if (cyrillic) return writesRussianLetters(words) ? 'rus' : guess
  if (neighbour === undefined) return guess
  return languageByMarkers(words) === neighbour.marker && !neighbour.ownWords.test(words.toLowerCase()) ? neighbour.code : guess
}
