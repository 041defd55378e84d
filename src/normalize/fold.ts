/**
 * Folding of single words into comparison keys.
 *
 * A key is what two spellings of one word share: lower case, NFC, one tone-mark
 * placement for Vietnamese syllables (hoà = hòa, thuỷ = thủy), `y` for the
 * interchangeable `i` (tỉ = tỷ, kỉ niệm = kỷ niệm), `đ` for the look-alike `ð`.
 */

import { ownText } from './own-text'

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u
const COMBINING = /\p{M}/gu
const VOWELS = 'aăâeêioôơuưy'
// Vowels that carry a shape mark take the tone before any plain vowel.
const SHAPED_VOWELS = 'ăâêôơư'
const CONSONANT_I_Y_ONSETS = new Set(['h', 'k', 'l', 'm', 's', 't', 'qu'])

/** Only ASCII characters: what `/^[\x00-\x7f]*$/` tests, in a loop that costs a fraction of the regex call on a word. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

/** Lower case, NFC, `ð` → `đ`. Fast path for the ASCII majority of English text. */
export function lowerNfc(word: string): string {
  if (isAscii(word)) return word.toLowerCase()
  return word.normalize('NFC').toLowerCase().replace(/ð/g, 'đ')
}

/**
 * Put the tone mark of a Vietnamese syllable on one canonical vowel (the
 * traditional placement: hòa, thủy, khỏe, mùa, ngoài, toán, thuở).
 * Words that are not one Vietnamese syllable are returned unchanged.
 */
export function canonicalTone(syllable: string): string {
  const decomposed = syllable.normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)
  if (!tones || tones.length !== 1) return syllable
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC')
  let nucleusStart = -1
  let nucleusEnd = -1
  for (let i = 0; i < bare.length; i++) {
    if (VOWELS.includes(bare[i]!)) {
      if (nucleusStart === -1) nucleusStart = i
      else if (nucleusEnd !== i) return syllable // two vowel groups: not one syllable
      nucleusEnd = i + 1
    }
  }
  if (nucleusStart === -1) return syllable
  // In "qu" and "gi" + vowel the u / i belong to the onset.
  const onset = bare.slice(0, nucleusStart)
  if ((onset === 'q' && bare[nucleusStart] === 'u') || (onset === 'g' && bare[nucleusStart] === 'i' && nucleusEnd - nucleusStart > 1)) {
    nucleusStart++
  }
  const nucleus = bare.slice(nucleusStart, nucleusEnd)
  const hasCoda = nucleusEnd < bare.length
  let target: number
  const shaped = [...nucleus].map((c, i) => (SHAPED_VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0)
  if (shaped.length > 0) target = shaped[shaped.length - 1]!
  else if (nucleus.length === 1) target = 0
  else if (hasCoda) target = nucleus.length - 1
  else if (nucleus.length === 3) target = 1
  else target = 0
  const at = nucleusStart + target
  return (bare.slice(0, at + 1) + tones[0] + bare.slice(at + 1)).normalize('NFC')
}

/** `tỉ` → `tỷ`, `kỉ` → `kỷ`, `lí` → `lý`: the final `i` after these onsets is written either way. */
function canonicalIY(syllable: string): string {
  const decomposed = syllable.normalize('NFD')
  const bare = decomposed.replace(TONE_MARKS, '')
  const match = /^(h|k|l|m|s|t|qu)i$/.exec(bare)
  if (!match || !CONSONANT_I_Y_ONSETS.has(match[1]!)) return syllable
  const tone = decomposed.match(TONE_MARK)?.[0] ?? ''
  return (match[1] + 'y' + tone).normalize('NFC')
}

// News vocabulary is small: most words fold many times per document.
const FOLD_CACHE_LIMIT = 200_000
const foldCache = new Map<string, string>()

/** Only ASCII characters and no capital: what lowerNfc and the tone rules leave as it is. */
function asciiLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c > 0x7f || (c >= 65 && c <= 90)) return false
  }
  return true
}

/** The comparison key of one word. Idempotent: `foldWord(foldWord(w)) === foldWord(w)`. */
export function foldWord(word: string): string {
  // Its own key, found by one scan rather than hashing the word for the cache: most English words and many Vietnamese syllables.
  if (asciiLowerCase(word)) return word
  let folded = foldCache.get(word)
  if (folded !== undefined) return folded
  const lower = lowerNfc(word)
  folded = isAscii(lower) ? lower : canonicalIY(canonicalTone(lower))
  if (word.length <= 64) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear()
    foldCache.set(ownText(word), (folded = ownText(folded)))
  }
  return folded
}

const stripCache = new Map<string, string>()

/** Drop every diacritic (Hà Nội → ha noi), keeping đ as d. For matching text typed without accents. */
export function stripDiacritics(word: string): string {
  if (isAscii(word)) return word
  let bare = stripCache.get(word)
  if (bare === undefined) {
    bare = word.normalize('NFD').replace(COMBINING, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D')
    if (word.length <= 64) {
      if (stripCache.size >= FOLD_CACHE_LIMIT) stripCache.clear()
      stripCache.set(ownText(word), (bare = ownText(bare)))
    }
  }
  return bare
}

/**
 * Runs of one character collapsed to one (cooba → coba), as `s.replace(/(.)\1+/g, '$1')`
 * did, but in a loop: that regex overflows V8's backtracking stack on a run of about
 * ten million characters (a 10 MB line of one letter is one token), throwing RangeError.
 */
export function collapseRepeats(s: string): string {
  let out = ''
  let from = 0
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // `.` does not match line terminators, so the regex never collapsed them
    if (c !== s.charCodeAt(i - 1) || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) continue
    out += s.slice(from, i)
    let j = i + 1
    while (j < s.length && s.charCodeAt(j) === c) j++
    from = j
    i = j
  }
  return from === 0 ? s : out + s.slice(from)
}
