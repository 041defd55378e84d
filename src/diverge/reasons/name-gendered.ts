/**
 * A Slavic surname's feminine and masculine forms (Zelenska / Zelensky, Navalnaya / Navalny,
 * Ivanova / Ivanov, Nováková / Novák) name two people, a wife and a husband, a daughter and a
 * father: never one person respelt, though a letter or two apart. Only the Slavic endings pair
 * (-ska / -sky, -aya / -y, -ova / -ov, -ina / -in, -ná / -ný): a place and its demonym
 * (Somalia / Somali) end otherwise. Only people's names: a place or an organisation is no one's
 * surname, and the same given name before both (Olena Zelenska / Olena Zelensky) is one woman,
 * left to the spelling rules (review rnames37).
 */
import { stripDiacritics } from '../../normalize/fold'

const ADJECTIVE_ENDINGS = ['y', 'yy', 'iy', 'i', 'yi', 'ij', 'yj']
// Feminine ending → the masculine endings of the same stem.
const GENDERED_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['skaya', ADJECTIVE_ENDINGS.map((e) => `sk${e}`)],
  ['ska', ADJECTIVE_ENDINGS.map((e) => `sk${e}`)],
  ['cka', ['cki', 'cky']],
  ['aya', ADJECTIVE_ENDINGS],
  ['aja', ADJECTIVE_ENDINGS],
  // Ivanova / Ivanov (Russian adds -a); Nováková / Novák (Czech adds -ová to the whole name)
  ['ova', ['ov', '']],
  ['eva', ['ev']],
  ['ina', ['in']],
  ['yna', ['yn']],
  // Czech -ná / -ný (Černá / Černý), read without marks
  ['na', ['ny']],
]
// A stem this short (Ana / An, Lia / Li) is a given name or a syllable, not a surname's.
const STEM_MIN_LETTERS = 4

/** Are the two words one Slavic surname's feminine and masculine forms? */
export function genderedSurnames(x: string, y: string): boolean {
  const a = stripDiacritics(x.toLowerCase())
  const b = stripDiacritics(y.toLowerCase())
  if (a === b) return false
  const pair = (feminine: string, masculine: string): boolean =>
    !masculine.endsWith('a') &&
    GENDERED_ENDINGS.some(([ending, masculineEndings]) => {
      if (!feminine.endsWith(ending)) return false
      const stem = feminine.slice(0, feminine.length - ending.length)
      return stem.length >= STEM_MIN_LETTERS && masculineEndings.some((m) => `${stem}${m}` === masculine)
    })
  return pair(a, b) || pair(b, a)
}

/**
 * Are two names (`kindA`, `kindB`: what the extractor read them as) two people of one family, by
 * their surnames' genders? Not for places or organisations, and not when both write the same
 * given name before the surname.
 */
export function genderedPeople(textA: string, textB: string, kindA: string | undefined, kindB: string | undefined): boolean {
  if (kindA === 'place' || kindA === 'org' || kindB === 'place' || kindB === 'org') return false
  const wordsA = textA.trim().split(/\s+/u)
  const wordsB = textB.trim().split(/\s+/u)
  if (!genderedSurnames(wordsA[wordsA.length - 1]!, wordsB[wordsB.length - 1]!)) return false
  const givenA = wordsA.slice(0, -1).join(' ').toLowerCase()
  const givenB = wordsB.slice(0, -1).join(' ').toLowerCase()
  return givenA === '' || givenB === '' || givenA !== givenB
}
