/**
 * One Arabic name romanised two ways: *Khan Sheikhoun / Khan Shaykhun*, *Qamishli / Qameshli*,
 * *Hasaka / Hasakeh*, *Ramusa / Ramousah*, *Foua / Fua*, *Rashideen / Rashidin*, *Gaddafi /
 * Kadhafi*. Arabic script writes its short vowels rarely and each outlet's transcription supplies
 * letters of its own, so two spellings can be two or three edits apart and still one name; the
 * letters they differ in follow the correspondences tabulated in
 * https://en.wikipedia.org/wiki/Romanization_of_Arabic (and the French and English press usage
 * it lists): fatha a / e, kasra i / e, damma u / o; long ī i / ee / ie, long ū u / ou / oo;
 * the diphthongs ay / ai / ei / ey and aw / au / ow; tāʾ marbūṭa -a / -ah / -eh / -e; qāf q / k / g
 * (Qaddafi, Kadhafi, Gaddafi); dhāl / ḍād dh / d; a shadda written as a doubled consonant or not;
 * ʿayn and hamza as an apostrophe or nothing.
 *
 * Each word is read as units: consonant classes, and vowel groups as the set of Arabic vowels they
 * can write. Two words are one romanisation apart when their consonant classes agree one for one
 * and every pair of vowel groups can write one same vowel. So *Hassan / Hussein* (a against u) and
 * *Mali / Male* (a final e writes tāʾ marbūṭa, not kasra) stay two names, as do *Homs / Hama*,
 * *Idlib / Irbil*, *Mohammed / Mahmoud* (other consonants). This is a spelling likeness only:
 * word-spelling.ts scores it below a one-letter slip, and the name judge asks for context (the
 * sentences linked, words shared around the two, the name's other words equal) before it flags.
 * A Vietnamese syllable is never read so (Thanh / Thinh are two names).
 */
import { isVietnameseSyllable } from '../extract/vi-syllables'
import { wordsOf } from './name-words'

// Vowels an Arabic word's vowel group may write, as bits.
const FATHA = 1
const KASRA = 2
const DAMMA = 4
const AY = 8
const AW = 16

// Vowel groups, longest first at each position.
const VOWEL_GROUPS: readonly (readonly [string, number])[] = [
  ['aa', FATHA],
  ['ee', KASRA],
  ['ie', KASRA],
  ['ii', KASRA],
  ['oo', DAMMA],
  ['ou', DAMMA | AW],
  ['uu', DAMMA],
  ['a', FATHA],
  ['e', FATHA | KASRA],
  ['i', KASRA],
  ['o', DAMMA | AW],
  ['u', DAMMA],
]
// Diphthongs: a vowel and a y or w that no vowel follows (Shaykhun, Sheikhoun; Nawfal, Naufal).
const DIPHTHONGS: readonly (readonly [string, number])[] = [
  ['ay', AY],
  ['ai', AY],
  ['ei', AY],
  ['ey', AY],
  ['aw', AW | DAMMA],
  ['au', AW | DAMMA],
  ['ow', AW | DAMMA],
]
// Consonant digraphs and the class each writes; single letters not listed are their own class.
const CONSONANT_GROUPS: readonly (readonly [string, string])[] = [
  ['kh', 'X'],
  ['gh', 'G'],
  ['sh', 'S'],
  // French writes shīn ch (Cheikhoun, Bachar)
  ['ch', 'S'],
  ['th', 'T'],
  ['dh', 'd'],
  ['dj', 'j'],
  ['k', 'q'],
  ['g', 'q'],
]

const isVowelLetter = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c)

interface ArabicSkeleton {
  // Consonant classes, with 'V' for each vowel group.
  readonly shape: string
  readonly vowels: readonly number[]
  // Each unit's letters as written (a doubled consonant, a final h, with it).
  readonly written: readonly string[]
}

const ASCII_WORD = /^[a-z']{1,40}$/u

/**
 * Could the word be an Arabic name romanised? Arabic has no p or v (Paulson, Peter), writes c only in French ch,
 * opens no syllable with two consonants (Brooks), and its romanisations end in no silent e (Moore, Rome) and no
 * doubled consonant (Niall, Quinn); English qu before a vowel (Queen) is a kw no transcription of qāf writes.
 */
function arabicShaped(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!
    if (c === 'p' || c === 'v' || c === 'x') return false
    if (c === 'c' && word[k + 1] !== 'h') return false
    if (c === 'q' && word[k + 1] === 'u' && isVowelLetter(word[k + 2])) return false
  }
  const last = word.length - 1
  if (word[last] === 'e' && !isVowelLetter(word[last - 1])) return false
  if (word[last] === word[last - 1] && !isVowelLetter(word[last])) return false
  const opening = CONSONANT_GROUPS.find(([g]) => word.startsWith(g))?.[0].length ?? 1
  return isVowelLetter(word[0]) || isVowelLetter(word[opening]) || word[opening] === 'y' || word[opening] === 'w' || word[opening] === "'"
}

// Spanish writes khāʾ j (Sheijun, Jaled): the two classes meet, in words long enough to tell (Jan is no Khan).
const SPANISH_J_LETTERS = 5
const classesMeet = (x: string, y: string, long: boolean): boolean => x === y || (long && ((x === 'j' && y === 'X') || (x === 'X' && y === 'j')))
// A single o is damma at most (Gould / Gold, Booth / Both, Toyota / Toyouta are English and Japanese names, not ū written twice).
const longU = (written: string): boolean => written === 'ou' || written === 'oo'

/** A bare lower-case word's units, or undefined for one that is no plain Latin word. */
function skeletonOf(word: string): ArabicSkeleton | undefined {
  if (!ASCII_WORD.test(word)) return undefined
  const w = word.replaceAll("'", '')
  let shape = ''
  const vowels: number[] = []
  const written: string[] = []
  for (let k = 0; k < w.length; ) {
    const c = w[k]!
    // tāʾ marbūṭa and a final vowel lengthened: -ah, -eh are -a.
    if (c === 'h' && k === w.length - 1 && isVowelLetter(w[k - 1])) {
      written[written.length - 1] += 'h'
      break
    }
    const diphthong = DIPHTHONGS.find(([g]) => w.startsWith(g, k) && !isVowelLetter(w[k + 2]))
    const group = diphthong ?? VOWEL_GROUPS.find(([g]) => w.startsWith(g, k))
    if (group) {
      const last = k + group[0].length >= w.length || (w[k + group[0].length] === 'h' && k + group[0].length === w.length - 1)
      // A final e is tāʾ marbūṭa (Hasakeh, Hasaka), not kasra: Mali and Male are two places.
      vowels.push(last && group[0] === 'e' ? FATHA : group[1])
      shape += 'V'
      written.push(group[0])
      k += group[0].length
      continue
    }
    const consonant = CONSONANT_GROUPS.find(([g]) => w.startsWith(g, k))
    const unit = consonant ? consonant[1] : c
    const letters = consonant ? consonant[0] : c
    k += letters.length
    // A shadda written out (Gaddafi) or not (Kadhafi): a consonant doubled is one.
    if (shape[shape.length - 1] !== unit) {
      shape += unit
      written.push(letters)
    } else written[written.length - 1] += letters
  }
  return { shape, vowels, written }
}

// Ali / Ala, Fua: fewer letters leave too little to tell a transcription from another name.
const MIN_LETTERS = 4
const SHORT_LETTERS = 4

/**
 * Are two bare lower-case words (no marks) one Arabic name romanised two ways? Their consonant
 * classes agree one for one and each pair of vowel groups can write one Arabic vowel.
 */
export function arabicRomanised(x: string, y: string): boolean {
  const met = romanisationsMeet(x, y)
  // Getty / City, Coke / Coca: letters for letters one by one are how other names differ; a
  // transcription writes some sound with more letters on one side (ou, ee, ei, kh, dh, a shadda, -ah).
  // French ch for sh (Charles / Sharles) is letters for letters too: one language's convention, which
  // oneTranscription reads across two reports' languages.
  return met !== undefined && met[0].written.some((w, k) => w !== met[1].written[k] && (w.length > 1 || met[1].written[k]!.length > 1) && !frenchSh(w, met[1].written[k]!))
}

const frenchSh = (x: string, y: string): boolean => (x === 'ch' && y === 'sh') || (x === 'sh' && y === 'ch')

/**
 * May two bare lower-case words be one Arabic name as two languages' press writes it (Moubarak /
 * Mubarak, Bachar / Bashar, Kadhafi / Gaddafi)? As arabicRomanised, but a letter for a letter counts
 * too: across two languages' conventions it is the convention, not a slip.
 */
export function oneTranscription(x: string, y: string): boolean {
  return romanisationsMeet(x, y) !== undefined
}

function romanisationsMeet(x: string, y: string): readonly [ArabicSkeleton, ArabicSkeleton] | undefined {
  if (x === y || Math.max(x.length, y.length) < MIN_LETTERS) return undefined
  // Bell / Bill, Ben / Ban: in a short word one vowel letter for another is most often another name
  // (name-vowels.ts); a vowel written with more letters (Foua / Fua) is a transcription's.
  if (Math.min(x.length, y.length) <= SHORT_LETTERS && x.length === y.length) return undefined
  // Nguyen / Nguyan, Thanh / Thinh: a Vietnamese syllable's letters changed make another name.
  if (isVietnameseSyllable(x) || isVietnameseSyllable(y)) return undefined
  if (!arabicShaped(x) || !arabicShaped(y)) return undefined
  const sx = skeletonOf(x)
  const sy = skeletonOf(y)
  if (!sx || !sy || sx.shape.length !== sy.shape.length) return undefined
  const long = Math.min(x.length, y.length) >= SPANISH_J_LETTERS
  if (![...sx.shape].every((unit, k) => classesMeet(unit, sy.shape[k]!, long))) return undefined
  // At least one consonant: two runs of vowels are no name to compare.
  if (!/[^V]/u.test(sx.shape)) return undefined
  if (!sx.vowels.every((v, k) => (v & sy.vowels[k]!) !== 0)) return undefined
  if (sx.written.some((w, k) => (w === 'o' && longU(sy.written[k]!)) || (sy.written[k] === 'o' && longU(w)))) return undefined
  return [sx, sy]
}

/** The word's consonant classes, vowels left out: words one romanisation apart share it (a key to find candidates by). */
export function arabicConsonants(word: string): string {
  const skeleton = skeletonOf(word)
  return skeleton ? skeleton.shape.replaceAll('V', '').replaceAll('j', 'X') : ''
}

export const ARABIC_ROMANISED = 'romanised another way'

// The Arabic article as romanised before a hyphen, assimilated to a sun letter or not (al-Foua, as-Suwayda, ash-Sham, el-Arish).
const ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez)[-‐‑](?=\p{L})/iu

/** The name without a leading Arabic article joined by a hyphen (al-Foua → Foua), or undefined when it has none. */
export function withoutArticle(name: string): string | undefined {
  const article = ARTICLE.exec(name)
  return article ? name.slice(article[0].length) : undefined
}

/**
 * Are two names, word for word, one Arabic name in two languages' transcriptions (Hosni Moubarak /
 * Hosni Mubarak, Bachar al-Assad / Bashar al-Assad)? Every word equal or oneTranscription apart, and
 * one word at least written by a convention's own letters, each on the side of the language that
 * writes them (`languageA`, `languageB`: extract/names/press-languages.ts): French ou for u, ch for sh, dj for
 * j; Spanish j for kh; dh for d. A doubled letter, i / y or one vowel for another is how a name is
 * misspelt too (Attal / Atal, Milei / Miley), and the letters the wrong way round are no convention
 * (Spanish Maduro, English Madouro). French ch counts only in a word with no two consonants running
 * (Bachar, Cheikhoun; not Richard, Mélenchon).
 * A name with a word in a Latin alphabet's own spelling (a c that is no ch, a qu before a vowel:
 * François, Jacques, Nicolás) is a name of a language written in Latin letters, which every press
 * writes as its owner does, so François Bayrou / Francois Bayru is a respelling. What this cannot
 * tell: a lone Bayrou / Bayru still reads as French ou against English u; only a lexicon would.
 */
export function transcribedAlike(a: string, b: string, languageA: string, languageB: string): boolean {
  const x = wordsOf(withoutArticle(a) ?? a)
  const y = wordsOf(withoutArticle(b) ?? b)
  if (x.length !== y.length || x.length === 0) return false
  if (x.some((w) => LATIN_SPELLING.test(w.bare)) || y.some((w) => LATIN_SPELLING.test(w.bare))) return false
  let convention = false
  for (let k = 0; k < x.length; k++) {
    if (x[k]!.bare === y[k]!.bare) continue
    const met = romanisationsMeet(x[k]!.bare, y[k]!.bare)
    if (!met) return false
    convention ||= writtenByConvention(met[0], languageA, met[1], languageB) || writtenByConvention(met[1], languageB, met[0], languageA)
  }
  return convention
}

// Letters no romanisation of Arabic (or Persian, Urdu) writes: a c that opens no ch, a qu before a vowel (arabicShaped reads them too).
const LATIN_SPELLING = /c(?!h)|qu[aeiouy]/u

// Does `x`, in a report of `languageX`, write some unit by its language's convention where `y` writes the other's?
function writtenByConvention(x: ArabicSkeleton, languageX: string, y: ArabicSkeleton, languageY: string): boolean {
  return x.written.some((w, k) => {
    const v = y.written[k]!
    if (w === 'dh') return v === 'd' || v === 'dd'
    if (languageX === 'fr' && languageY !== 'fr') {
      if (w === 'ou') return v === 'u'
      if (w === 'dj') return v === 'j'
      if (w === 'ch') return v === 'sh' && !consonantsRun(x.shape)
    }
    return languageX === 'es' && languageY !== 'es' && w === 'j' && v === 'kh'
  })
}

// Two consonant units side by side (Richard's rd, Mélenchon's nch); a doubled letter is one unit.
function consonantsRun(shape: string): boolean {
  for (let k = 1; k < shape.length; k++) if (shape[k] !== 'V' && shape[k - 1] !== 'V') return true
  return false
}
