/**
 * Is one word a respelling of another? Words compared on their bare letters: a doubled letter
 * (Schooff / Schoof), ph for f (Triumph / Triumf), one edit or swap (Sundwell / Sundwall, Yomiuri /
 * Yomuiri) make a respelling, scored by how likely a slip it is for a word of that length; a
 * Vietnamese syllable whose letters differ is another name (Lan / Lâm). name-spelling.ts weighs
 * these word by word over whole names.
 */
import { sameCyrillicRendering, sameCyrillicStem } from './name-cyrillic'
import { collapseRepeats } from '../../normalize/fold'
import { editDistance } from './edit-distance'
import { transatlantic } from './name-format'
import { cForK } from './name-same-sound'
import { ARABIC_ROMANISED, arabicRomanised } from './name-arabic'
import type { NameWord } from './name-words'

export interface WordMatch {
  readonly score: number
  readonly evidence: string
}

/** One word against another: 1 when equal, a respelling's likeness, or undefined for different words. */
export function compareWords(x: NameWord, y: NameWord, native: boolean, marks: boolean): WordMatch | undefined {
  if (x.lower === y.lower) return { score: 1, evidence: '' }
  if (x.bare === y.bare) {
    // One side without marks (Hong Kong / Hồng Kông, Nguyen / Nguyễn): the marks were dropped, not changed.
    const bothMarked = x.lower !== x.bare && y.lower !== y.bare
    if (!bothMarked || !(x.vietnamese || y.vietnamese || native)) return { score: 1, evidence: '' }
    // Marks changed (Viết / Việt) between two Vietnamese spellings: another name, unless the caller
    // knows no other name of the two reports has these letters (then one person, marked two ways).
    return marks ? { score: 0.8, evidence: 'tone or vowel marks' } : undefined
  }
  // Đắk Lắk / Đắc Lắc: c and k spell one sound in a Vietnamese syllable; read on the marked forms, so
  // marks must agree too. Foreign words keep their own letters' weight (Carl / Karl may be two men).
  const syllables = x.vietnamese || y.vietnamese || native || x.syllable || y.syllable
  if (syllables && cForK(x.lower, y.lower)) return { score: 0.85, evidence: 'c for k' }
  // A Vietnamese syllable whose letters differ is another name (Lan / Lâm, Hùng / Hồng, Vinh / Minh).
  if (x.vietnamese || y.vietnamese || native) return undefined
  // Холл / Голл, Рональд / Роналд: one name rendered two ways (name-cyrillic.ts). Two case endings of one stem
  // (Уоррен / Уоррена, Гору / Горы) are left to the letters, as before: the name key reads those as one.
  if (!sameCyrillicStem(x.lower, y.lower) && sameCyrillicRendering(x.lower, y.lower)) return { score: 0.85, evidence: 'Cyrillic rendering' }
  const match = lettersCompared(x, y)
  // Sheikhoun / Shaykhun, Hasaka / Hasakeh: one Arabic name in two transcriptions, further apart
  // than a slip; scored so that only context shared by the two mentions makes it a divergence.
  if ((match?.score ?? 0) < ARABIC_SCORE && arabicRomanised(x.bare, y.bare)) return { score: ARABIC_SCORE, evidence: ARABIC_ROMANISED }
  return match
}

// One Arabic name romanised two ways: as likely as one letter of a short word changed (name-arabic.ts).
const ARABIC_SCORE = 0.75

/** Two foreign words compared letter by letter: a spelling style, a doubled letter, a swap, one or two edits. */
function lettersCompared(x: NameWord, y: NameWord): WordMatch | undefined {
  // Organisation / Organization, Centre / Center: one word in two spelling styles.
  if (transatlantic(x.bare) === transatlantic(y.bare)) return { score: 1, evidence: '' }
  const cx = collapseRepeats(x.bare)
  const cy = collapseRepeats(y.bare)
  if (cx === cy) return { score: 0.9, evidence: 'doubled letter' }
  // ph and f, Mac and Mc spell one sound (Triumph / Triumf, MacDonald / McDonald).
  const px = cx.replace(/ph/g, 'f').replace(/^mac/, 'mc')
  const py = cy.replace(/ph/g, 'f').replace(/^mac/, 'mc')
  if (px === py) return { score: 0.85, evidence: /^mc/.test(px) && cx.slice(0, 3) !== cy.slice(0, 3) ? 'Mac for Mc' : 'ph for f' }
  const shortest = Math.min(px.length, py.length)
  // InternationalCo / International: letters added at the end make another word (a compound, a
  // derivation), not the same word respelt; one letter more (Mkhitarya / Mkhitaryan) may be a slip.
  if (Math.abs(px.length - py.length) >= 2 && (px.startsWith(py) || py.startsWith(px))) return undefined
  if (shortest >= 5 && swapped(px, py)) return { score: 0.85, evidence: 'letters swapped' }
  // Two neighbours swapped in a word with a doubled letter both spell (Google / Goolge): the doubled
  // letter is still two letters of the word, so the slip is weighed against the word as spelt.
  const doubled = x.bare.length - cx.length
  if (doubled > 0 && doubled === y.bare.length - cy.length && shortest < 6 && shortest + doubled >= 6 && neighboursSwapped(px, py)) return { score: 0.85, evidence: 'letters swapped' }
  const d = editDistance(px, py, 2)
  if (d === 1 && shortest >= 6) return { score: 0.85, evidence: 'edit distance 1' }
  if (d === 1 && shortest >= 4) return { score: 0.75, evidence: 'edit distance 1' }
  // Lao / Laos: a short word with a final s added keeps all its letters, unlike a changed letter
  // (Lao / Leo, Kim / Kin, other names): it counts as one edit of a four-letter word.
  if (d === 1 && shortest === 3 && finalS(px, py)) return { score: 0.75, evidence: 'final s' }
  if (d === 1 && shortest >= 3) return { score: 0.6, evidence: 'edit distance 1' }
  if (d === 2 && shortest >= 7) return { score: 0.65, evidence: 'edit distance 2' }
  return shortTransliteration(px, py)
}

// A final y and i spell one vowel in transliterations (Ly / Li), and a final n after it is kept or
// dropped (Kyi Lin / Kyi Ly): in a word too short for an edit to count above, the two together are
// one name transliterated twice. A final n alone is not (Yi / Yin are two Chinese names).
const FINAL_Y = /y$/u
const FINAL_NASAL = /(?<=[iy])n$/u

/** One word the other with a final s (Lao / Laos, Jet / Jets). */
function finalS(x: string, y: string): boolean {
  return x === `${y}s` || y === `${x}s`
}

/** Two short foreign words that differ by a final y for i, with or without a final n. */
function shortTransliteration(x: string, y: string): WordMatch | undefined {
  if (Math.min(x.length, y.length) < 2 || Math.max(x.length, y.length) > 4) return undefined
  const vowelX = x.replace(FINAL_NASAL, '')
  const vowelY = y.replace(FINAL_NASAL, '')
  if (FINAL_Y.test(vowelX) === FINAL_Y.test(vowelY)) return undefined
  return vowelX.replace(FINAL_Y, 'i') === vowelY.replace(FINAL_Y, 'i') ? { score: 0.6, evidence: 'final y for i' } : undefined
}

/** The same letters with two neighbours swapped (goolge / google). */
function neighboursSwapped(x: string, y: string): boolean {
  if (x.length !== y.length) return false
  const first = [...x].findIndex((c, i) => c !== y[i])
  return first >= 0 && first + 1 < x.length && x[first] === y[first + 1] && x[first + 1] === y[first] && x.slice(first + 2) === y.slice(first + 2)
}

/** The same letters with two of them swapped, neighbours or not (Manmohan / Manhoman). */
function swapped(x: string, y: string): boolean {
  if (x.length !== y.length) return false
  let first = -1
  let second = -1
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue
    if (first < 0) first = i
    else if (second < 0) second = i
    else return false
  }
  return second > first + 1 && x[first] === y[second] && x[second] === y[first]
}
