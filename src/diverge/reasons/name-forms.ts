/**
 * One name in another form, never a respelling: an English derivation (Maya / Mayan, North Korea /
 * North Korean), a plural (World Tour Final / Finals), a short form once British and American
 * spellings are folded (the Organization / World Health Organisation). Kept apart from the spelling
 * judgement: a report that writes one form names what the other does, and a slip in letters must
 * not be read as a form (Swis / Swiss is a doubled letter, Kremli / Kremlin a dropped n).
 */
import { transatlantic } from './name-format'
import { type NameWord, wordsOf } from './name-words'

// English derivations of a name: a word plus one of these is another word (Maya / Mayan, Europe / European).
const DERIVATIONS = ['s', 'n', 'an', 'ian', 'ese', 'ish', 'i', 'er', 'es', 'ns', 'ans', 'ic']

/** Two one-word names, one the other plus an English derivation ending (Maya / Mayan, Europe / European). */
export function derivedWord(a: string, b: string): boolean {
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  return wa.length === 1 && wb.length === 1 && derivable(wa[0]!, wb[0]!) && derivation(wa[0]!.bare, wb[0]!.bare)
}

// English endings derive English-spelt stems only: no Vietnamese syllable (Thua / Thuận, Hoa / Hoan are two syllables).
const derivable = (x: NameWord, y: NameWord): boolean => !x.vietnamese && !y.vietnamese && !(x.syllable && y.syllable)

/**
 * North Korea / North Korean, South Africa / South African: names of the same words, the last one
 * derived by its letters (the adjective or demonym of a place, not the name respelt); a stem of four
 * letters or more, no Vietnamese syllable (Thua / Thuận). The letters alone do not tell a place's
 * adjective from a person's name respelt (Omar Hassan / Hassani, Carlos Bacca / Baccan): callers
 * ask name-demonyms.ts, which reads how the name is used.
 */
export function derivedName(a: string, b: string): boolean {
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  if (wa.length !== wb.length || wa.length < 2) return false
  for (let k = 0; k + 1 < wa.length; k++) if (wa[k]!.bare !== wb[k]!.bare) return false
  const [x, y] = [wa[wa.length - 1]!, wb[wb.length - 1]!]
  return Math.min(x.bare.length, y.bare.length) >= 4 && derivable(x, y) && derivation(x.bare, y.bare)
}

/**
 * A bare -n (-ns) makes a word of a stem ending in -a only (Maya / Mayan, Syria / Syrians);
 * after any other letter a final n dropped or added is a respelling (Kremli / Kremlin).
 */
const AFTER_A_ONLY = new Set(['n', 'ns'])

/** One bare word the other plus an English derivation ending, or both derived from one stem (Democrats / Democratic). */
export function derivation(x: string, y: string): boolean {
  // Phú Nhuận / Phu Nhuan: the same bare word is no derivation of itself (its marks differ, or nothing does).
  if (x === y) return false
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  const ending = long.slice(short.length)
  // Swis / Swiss, Kros / Kross, Hawai / Hawaii: an ending that doubles the stem's last letter is a doubled letter, a respelling.
  const doubled = ending[0] === short[short.length - 1]
  if (long.startsWith(short) && !doubled && DERIVATIONS.includes(ending) && (!AFTER_A_ONLY.has(ending) || short.endsWith('a'))) return true
  // Democrats / Democratic: two derivations of one stem (Democrat), neither derived from the other.
  return DERIVATIONS.some((ending) => short.endsWith(ending) && short.length - ending.length >= 4 && derivation(short.slice(0, -ending.length), long))
}

/** One word the English plural of the other (Final / Finals, Game / Games). */
export function plural(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  // a word ending in s takes -es, so Kros / Kross is a doubled letter, not a plural
  return (long === `${short}s` && !short.endsWith('s')) || long === `${short}es`
}

/**
 * One name the other in short, word for word once British and American spellings
 * are folded (the Organization / World Health Organisation), or with an English
 * plural on its last word (World Tour Final / Finals): the same entity, never a respelling.
 */
export function sameNameInShort(a: string, b: string): boolean {
  const wa = wordsOf(a).map((w) => transatlantic(w.bare))
  const wb = wordsOf(b).map((w) => transatlantic(w.bare))
  if (wa.length === 0 || wb.length === 0) return false
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  if (short.length === long.length && short.join(' ') === long.join(' ')) return false
  for (let i = 0; i + short.length <= long.length; i++) {
    const last = short.length - 1
    const same = short.every((w, k) => w === long[i + k] || (k === last && k > 0 && plural(w, long[i + k]!)))
    if (same) return true
  }
  return false
}
