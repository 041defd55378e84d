/**
 * The language a report's names are read in, read once per prepared document: the fact reader
 * extracts the names with it (collect.ts), and the name judges link case forms by it
 * (match/names/case-forms.ts). Before, each judge read it again per pair from franc's code alone,
 * so a report whose names were extracted by one language's rules could be judged by another's.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'
import { isVietnameseSyllable, vietnameseShaped } from '../vi-syllables'
import { articleLanguage } from './name-articles'
import { capitalisesNouns, namesLanguage } from './capitalised-nouns'

// How many words are read to judge whether a text is Vietnamese written without its marks.
const SYLLABLE_SAMPLE = 200
const LETTER_WORD = /[\p{L}\p{M}]+/gu

/**
 * Is the document known not to be Vietnamese? franc reads Vietnamese typed without its marks as another
 * language (Acehnese, 'ace'): a text most of whose words are Vietnamese syllables is not known to be
 * foreign unless franc calls it English (whose short words are often syllable-shaped: the, to, do).
 */
function knownNotVietnamese(doc: PreparedDocument): boolean {
  if (doc.language === 'vie' || doc.language === 'und') return false
  if (doc.language === 'eng') return true
  let words = 0
  let syllables = 0
  for (const match of doc.nfc.text.matchAll(LETTER_WORD)) {
    const folded = foldWord(match[0])
    words++
    if (isVietnameseSyllable(folded) && vietnameseShaped(folded)) syllables++
    if (words >= SYLLABLE_SAMPLE) break
  }
  return syllables * 2 < words
}

interface Reading {
  /** The language whose articles, number words and syllables a report's facts are read with (undefined: read alike). */
  readonly facts: string | undefined
  /** The language its capitals are read in (capitalised-nouns.ts: German by its function words, not franc's code alone). */
  readonly names: string | undefined
}

function readingOf(doc: PreparedDocument): Reading {
  const facts = articleLanguage(doc.language) ?? (knownNotVietnamese(doc) ? doc.language : undefined)
  return { facts, names: namesLanguage(doc.nfc.text, facts) }
}

/** How a report's facts and names are read, once per document (a story's pairs share it). */
export const languageReading = (doc: PreparedDocument): Reading => once(doc, readingOf)

/** Does the report capitalise its nouns, as its names were read (German: a capital proves no name)? */
export const nounsCapitalisedIn = (doc: PreparedDocument): boolean => capitalisesNouns(languageReading(doc).names)
