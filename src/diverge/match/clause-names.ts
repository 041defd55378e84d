/**
 * Which capitalised words of a sentence name a place or body of its own, for the clause rules
 * of slot-qualifiers.ts: two figures whose clauses each name something the other sentence never
 * mentions fill different slots. A page leaves capitals that name nothing: a photo caption or
 * credit glued into the sentence, the first word of a sentence run into it, a weekday.
 */
import { type Token, keys } from '../extract/fact-tokens'
import { STOP } from '../extract/number-words'
import { stripDiacritics } from '../../normalize/fold'

const CALENDAR = keys(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday',
)
// Capitalised, yet naming nothing: the cue of a photo credit, and "Thứ" of a weekday (Thứ Hai).
const NOT_NAMES = keys('ảnh photo thứ')
// The numeral of a Vietnamese weekday, after "thứ": Thứ Hai … Thứ Bảy.
const WEEKDAY_NUMERALS = keys('hai ba tư năm sáu bảy')

/**
 * A capitalised word that names a place or body in its own right: not an abbreviation or
 * acronym ("U.S.", "UBND", "NATO", which another report spells out or calls "American"),
 * not a month or weekday (the dates of a clause are compared as moments), not a function word.
 */
export function ownName(t: Token, previous: Token | undefined): boolean {
  if (t.raw.includes('.') || /^\p{Lu}{2,5}$/u.test(t.raw) || CALENDAR.has(t.key) || NOT_NAMES.has(t.key)) return false
  // A caption glued to the sentence it stands before ("… - Ảnh: N.T.Phúc Theo một số người dân")
  // leaves that sentence's capitalised first word inside: a function word is no place or body.
  if (STOP.has(t.key)) return false
  return !(previous?.key === 'thứ' && WEEKDAY_NUMERALS.has(t.key))
}

const CAPTION_CUES = keys('ảnh photo pictured')

/**
 * Token positions of a photo caption or credit the page left inside a sentence: a parenthesis
 * opened by "(Trong ảnh: …" or "(Photo: …", or the run of capitalised words after "Ảnh:" /
 * "Photo:" (the credit). "(Trong ảnh: Máy bay FA-50 của Indonesia) Được biết, … 18 tỷ peso": the
 * picture's subject is not what the sentence's figure is about.
 */
export function captionTokens(tokens: readonly Token[]): ReadonlySet<number> {
  const out = new Set<number>()
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word' || !CAPTION_CUES.has(tokens[k]!.key) || tokens[k + 1]!.raw !== ':') continue
    let open = false
    for (let b = k - 1; b >= Math.max(0, k - 3) && !open; b--) open = tokens[b]!.raw === '('
    for (let j = k + 2; j < tokens.length; j++) {
      const t = tokens[j]!
      if (open ? t.raw === ')' : t.kind !== 'word' || !/^\p{Lu}/u.test(t.raw)) break
      out.add(j)
    }
  }
  return out
}

/** The shorter of two clipped forms of one name word is at most this long (Miz, Mass, Cal)… */
const CLIPPED_MAX = 4
/** …and the longer at least this long: a word, never one Vietnamese syllable (Lê Ngô is not Lê Nguyên). */
const CLIPPED_FROM = 7

const bareLetters = (w: string): string => stripDiacritics(w).replace(/[^\p{L}]/gu, '')

/**
 * Does the other sentence write name word `name` (at positions of `words`, folded) in another
 * form, so that the two clauses name one entity?
 * - clipped after the same word: *Les Miz* / *Les Misérables*, *Mass* / *Massachusetts* (the same
 *   word before; one of three or four letters that, but for its last letter, begins the other, a
 *   word of seven or more: *South Cape* is not *South Carolina*);
 * - as the initials of its parts, or of the run of capitalised words it stands in: *HP* / *H-P*
 *   / *Hewlett-Packard*, *IBM* / *International Business Machines*.
 * Only for the clause rule: a short form carries its entity's slot, it is never a respelling to flag.
 */
export function shortFormIn(name: string, words: readonly string[], capitals: ReadonlySet<string>, otherWords: readonly string[], otherCapitals: ReadonlySet<string>): boolean {
  const bare = bareLetters(name)
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== name) continue
    // Clipped after the same word.
    const previous = words[i - 1]
    if (previous !== undefined && bare.length >= 2)
      for (let j = 1; j < otherWords.length; j++) {
        if (otherWords[j - 1] !== previous || otherWords[j] === name || !otherCapitals.has(otherWords[j]!)) continue
        const other = bareLetters(otherWords[j]!)
        const [short, long] = bare.length <= other.length ? [bare, other] : [other, bare]
        if (short.length >= 3 && short.length <= CLIPPED_MAX && long.length >= CLIPPED_FROM && long.startsWith(short.slice(0, -1))) return true
      }
    // The initials of the name's parts, or of its run of capitalised words.
    let from = i
    let to = i
    while (from > 0 && capitals.has(words[from - 1]!)) from--
    while (to + 1 < words.length && capitals.has(words[to + 1]!)) to++
    const initials = (run: readonly string[]): string =>
      run
        .flatMap((w) => w.split('-'))
        .map((part) => bareLetters(part)[0] ?? '')
        .join('')
    const runs = [initials([name]), initials(words.slice(from, to + 1))]
    for (const w of otherWords) {
      if (!otherCapitals.has(w)) continue
      const letters = bareLetters(w)
      if (letters.length >= 2 && letters.length <= 5 && letters !== bare && runs.includes(letters)) return true
    }
    // The other way round: this word is the abbreviation of a run of the other sentence.
    if (bare.length >= 2 && bare.length <= 5 && abbreviates(bare, otherWords, otherCapitals)) return true
  }
  return false
}

/** Is `letters` the initials of a run of capitalised words (or of one word's hyphened parts) of `words`? */
function abbreviates(letters: string, words: readonly string[], capitals: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!capitals.has(words[i]!)) continue
    let spelt = ''
    for (let k = i; k < words.length && capitals.has(words[k]!) && spelt.length < letters.length; k++)
      for (const part of words[k]!.split('-')) spelt += bareLetters(part)[0] ?? ''
    if (spelt === letters && bareLetters(words[i]!) !== letters) return true
  }
  return false
}
