/**
 * A Slavic surname's feminine and masculine forms (Zelenska / Zelensky, Navalnaya / Navalny,
 * Ivanova / Ivanov, Nováková / Novák) name two people, a wife and a husband, a daughter and a
 * father: never one person respelt, though a letter or two apart. The feminine form ends in -a
 * (-aya, -ova, -ská); the masculine is its stem bare (-ov, -in, Novák) or with the adjective's
 * ending (-y, -yy, -iy, -i, -yi, -ij, -yj, -ý).
 */
import { stripDiacritics } from '../../normalize/fold'

const MASCULINE_ENDINGS = ['', 'y', 'yy', 'iy', 'i', 'yi', 'ij', 'yj']
const FEMININE_ENDINGS = ['aya', 'aja', 'ova', 'a']
// A stem this short (Ana / An, Lia / Li) is a given name or a syllable, not a surname's.
const STEM_MIN_LETTERS = 4

function feminineStems(word: string): string[] {
  const stems: string[] = []
  for (const ending of FEMININE_ENDINGS) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, word.length - ending.length)
    // Nováková / Novák: the Czech feminine adds -ová to the whole masculine name
    stems.push(stem)
    // Ivanova / Ivanov: the Russian feminine adds -a to the masculine, the Czech -ová (Nováková / Novák)
    if (ending === 'ova') stems.push(`${stem}ov`)
  }
  return stems.filter((s) => s.length >= STEM_MIN_LETTERS)
}

/** Are the two words one Slavic surname's feminine and masculine forms? */
export function genderedSurnames(x: string, y: string): boolean {
  const a = stripDiacritics(x.toLowerCase())
  const b = stripDiacritics(y.toLowerCase())
  if (a === b) return false
  const pair = (feminine: string, masculine: string): boolean =>
    !masculine.endsWith('a') && feminineStems(feminine).some((stem) => MASCULINE_ENDINGS.some((ending) => `${stem}${ending}` === masculine))
  return pair(a, b) || pair(b, a)
}
