/**
 * Abd-Rabbu / Abed Rabbo, Osama / Usama, Ahmed / Ahmad: Arabic writes few vowels, and each
 * language's transliteration supplies its own, so one person's given name comes with a vowel
 * more, less or other. Consonants are kept (a doubled one may be written once), so two words
 * with the same consonants and one vowel apart are one word transliterated twice. Asked only
 * of a name whose other words agree (name-spelling.ts): a short word alone (Ali / Ala) or two
 * vowels apart (Hassan / Hussein, Omar / Amr) names another person.
 *
 * A vowel inserted or dropped (Abd / Abed) is the transliteration's shape. A vowel replaced is so
 * only as Arabic's three short vowels are each written two ways: a as a or e (Ahmad / Ahmed), i
 * as i or e (Imad / Emad), u as u or o (Usama / Osama, Rabbu / Rabbo). Any other vowel replaced
 * is another vowel, so another name (Hamid / Hamad), and in a word of four letters or fewer one
 * vowel replaced is most often another given name of any language (Tom / Tim, Ben / Ban).
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

/** Two bare words (no marks, lower case) with the same consonants and one vowel inserted, dropped, or written for its Arabic sound's other letter. */
export function vowelTransliterated(x: string, y: string): boolean {
  if (x === y || x.length > 40 || y.length > 40) return false
  const a = split(x)
  const b = split(y)
  if (a.consonants !== b.consonants || a.consonants.length < MIN_CONSONANTS) return false
  if (a.vowels.length !== b.vowels.length) return editDistance(a.vowels, b.vowels, 1) <= 1
  return Math.min(x.length, y.length) > MAX_SHORT_LETTERS && oneVowelOneSound(a.vowels, b.vowels)
}

// Tom / Tim, Ben / Ban: short given names one vowel apart are two names.
const MAX_SHORT_LETTERS = 4
// Arabic's short vowels each as Latin letters write them: fatha a/e, kasra i/e, damma u/o.
const ONE_SOUND = new Set(['ae', 'ea', 'ie', 'ei', 'uo', 'ou'])

/** Vowels of one length that differ at one place only, by two letters writing one Arabic vowel. */
function oneVowelOneSound(x: string, y: string): boolean {
  let replaced = 0
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue
    if (++replaced > 1 || !ONE_SOUND.has(x[i]! + y[i]!)) return false
  }
  return replaced === 1
}
