/**
 * Languages a report's own letters and function words tell apart where franc's trigrams do not.
 *
 * Turkish: franc reads 5 of the 41 Turkish reports of the SemEval-2022 Task 8 gold (and 4 of 24
 * development reports) as Soninke, Malay, Turkmen, Malagasy, Haitian, Bambara or Maninka: an
 * all-capitals dateline or a run of names fills its few hundred characters. Turkish writes the
 * dotless ı and ğ, which no such language writes, and its own function words (ve, için, ile,
 * olarak, gibi). Azerbaijani writes ı and ğ too, but also ə and its own words (və, üçün, ilə);
 * Turkmen writes neither ı nor ğ; Tatar and Kazakh in Latin letters write ä, ñ, q. Both letters and
 * words must be there, three different words of these.
 */

const TURKISH_LETTERS = /[ığİĞ]/gu
const HAS_TURKISH_LETTER = /[ığİĞ]/u
const LETTERS = /\p{L}/gu
// Turkish function words; bir and bu Azerbaijani, Tatar and Kazakh write too, so words are counted once each.
const TURKISH_WORDS = /(?<!\p{L})(?:ve|bir|bu|için|ile|olarak|olan|gibi|daha|ancak|göre|veya|değil|sonra|kadar|tarafından)(?!\p{L})/gu
// Azerbaijani ə, Tatar ä ñ, Kazakh and Tatar q: letters Turkish never writes.
const NOT_TURKISH = /[əƏäÄñÑqQ]/gu
// In its first 2,000 characters a Turkish report writes dozens of ı and ğ and several of these words.
const LEAST_LETTERS_SHARE = 0.015
// Three different words: Tatar and Kazakh write bu and bir often, and little else of these.
const LEAST_WORDS = 3
/**
 * franc's guesses seen for Turkish reports (Soninke, Bambara, Maninka, Malay, Madurese, Malagasy, Haitian,
 * Turkmen) and none: only these are overridden, so an English or German report quoting Turkish keeps its language.
 */
export const TURKISH_MISREADINGS: ReadonlySet<string> = new Set(['snk', 'bam', 'emk', 'zlm', 'mad', 'plt', 'hat', 'tuk', 'und'])

/** Does the text read as Turkish by its letters and words (the first paragraphs of a report, NFC)? */
export function writesTurkish(text: string): boolean {
  // Most reports franc reads write neither letter: they are turned away by one scan.
  if (!HAS_TURKISH_LETTER.test(text)) return false
  const letters = text.match(LETTERS)?.length ?? 0
  const own = text.match(TURKISH_LETTERS)?.length ?? 0
  if (own < letters * LEAST_LETTERS_SHARE) return false
  const foreign = text.match(NOT_TURKISH)?.length ?? 0
  if (foreign * 4 > own) return false
  const words = new Set(text.toLocaleLowerCase('tr').match(TURKISH_WORDS) ?? [])
  return words.size >= LEAST_WORDS
}
