/**
 * Which language's press convention a report transcribes foreign names by (Kadhafi and Moubarak in
 * French, Gaddafi and Mubarak in English, Gadaffi in Indonesian), read from the whole report.
 *
 * franc's guess, made on a few hundred characters, is not enough: a short English report reads as
 * Scots or French, and a French one as Catalan, so two English reports passed as two conventions
 * (Hasaka / Hasakeh silenced as an equivalence) and an English and a French one as one (Kadhafi /
 * Gaddafi flagged). So the report's own function words vote first: each marker word
 * (normalize/function-words.ts) belongs to one of the languages only, and the language with most
 * of them, twice as many as any other, is the report's.
 * Only where they do not decide (a report of a line or two with one or none) does franc's code
 * count, and only a language with its own convention; Vietnamese is known by its letters.
 */
import { languageByMarkers } from '../../../normalize/function-words'
import { memo } from '../../../normalize/text-memo'

// Languages whose press has its own transcription of foreign names, by franc's codes; Malay and Indonesian share one.
const FRANC_CONVENTIONS: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'],
  ['fra', 'fr'],
  ['deu', 'de'],
  ['spa', 'es'],
  ['ita', 'it'],
  ['por', 'pt'],
  ['nld', 'nl'],
  ['ind', 'id'],
  ['zlm', 'id'],
  ['zsm', 'id'],
  ['msa', 'id'],
  // a short Indonesian report is often read as Sundanese or Javanese, whose press writes in Indonesian
  ['sun', 'id'],
  ['jav', 'id'],
  ['vie', 'vi'],
])

// Each report is asked once for every pair of a story it is in; whole reports as keys, so a story's worth of them.
const REPORTS_KEPT = 256
const conventionByWords = memo(languageByMarkers, REPORTS_KEPT)

/** The report's convention ('en', 'fr', …), or '' where neither its words nor franc's code (`detected`) tell one. */
export const pressConvention = (text: string, detected: string): string => {
  if (detected === 'vie') return 'vi'
  return conventionByWords(text) || (FRANC_CONVENTIONS.get(detected) ?? '')
}

/** The two reports' conventions when they differ (French and English), else undefined. */
export function conventionsOf(a: { readonly text: string; readonly detected: string }, b: { readonly text: string; readonly detected: string }): readonly [string, string] | undefined {
  const x = pressConvention(a.text, a.detected)
  const y = pressConvention(b.text, b.detected)
  return x !== '' && y !== '' && x !== y ? [x, y] : undefined
}
