/**
 * Abd-Rabbu / Abed Rabbo, Osama / Usama, Ahmed / Ahmad: Arabic writes few vowels, and each
 * language's transliteration supplies its own, so one person's given name comes with a vowel
 * more, less or other. Consonants are kept (a doubled one may be written once), so two words
 * with the same consonants and one vowel apart are one word transliterated twice. Asked only
 * of a name whose other words agree (name-spelling.ts): a short word alone (Ali / Ala) or two
 * vowels apart (Hassan / Hussein, Omar / Amr) names another person.
 */
import { collapseRepeats } from '../../normalize/fold'
import { editDistance } from './edit-distance'

const VOWELS = 'aeiou'
// Ali / Ala: one consonant leaves too little to tell a transliteration from another name.
const MIN_CONSONANTS = 2

function split(word: string): { consonants: string; vowels: string } {
  let consonants = ''
  let vowels = ''
  for (const c of word) {
    if (VOWELS.includes(c)) vowels += c
    else consonants += c
  }
  return { consonants: collapseRepeats(consonants), vowels }
}

/** Two bare words (no marks, lower case) with the same consonants and one vowel inserted, dropped or changed. */
export function vowelTransliterated(x: string, y: string): boolean {
  if (x === y || x.length > 40 || y.length > 40) return false
  const a = split(x)
  const b = split(y)
  if (a.consonants !== b.consonants || a.consonants.length < MIN_CONSONANTS) return false
  return editDistance(a.vowels, b.vowels, 1) <= 1
}
