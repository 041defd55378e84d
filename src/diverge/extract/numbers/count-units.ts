/**
 * What a number counts and per what: the unit word after it ("84 F0", "5 tấn"), the plural an
 * English count takes ("three ships"), which compares in the singular, and the rate's divisor
 * ("tỷ đồng/năm", "12 cents a share").
 *
 * Apart from numbers.ts, which walks the tokens and decides the kind of each value: these look
 * at one or two tokens and name the unit that the value's slot is keyed on.
 */
import { foldWord } from '../../../normalize/fold'
import { keys, type Token } from '../fact-tokens'
import { CLAUSE_OPENERS, DURATIONS, EN_PLURAL_IRREGULAR, STOP } from './number-words'

const PER_WORDS = keys('a an per each mỗi một')
/** A figure glued to a measure per a unit, "120km/h" (not a market fraction, "290-1/2p"). */
const GLUED_RATE = /^\d[\d.,]*\p{L}+\/\p{L}+$/u

/**
 * What a rate is counted per: "tỷ đồng/năm" → năm, "12 cents a share" → share,
 * "50 USD mỗi tháng" → tháng. A yearly figure and a total are two slots.
 */
export function perWhat(tokens: readonly Token[], last: number): string | undefined {
  const t = tokens[last]
  // "km/h", and "120km/h" glued to its figure
  const slash = t?.kind === 'word' || (t?.kind === 'mixed' && GLUED_RATE.test(t.raw)) ? t.raw.indexOf('/') : -1
  if (slash >= 0) return foldWord(t!.raw.slice(slash + 1)) || undefined
  const next = tokens[last + 1]
  if (next?.raw === '/' && tokens[last + 2]?.kind === 'word') return tokens[last + 2]!.key
  if (next?.kind === 'word' && PER_WORDS.has(next.key) && tokens[last + 2]?.kind === 'word' && /^\p{Ll}/u.test(tokens[last + 2]!.raw)) return singular(tokens[last + 2]!.key)
  return undefined
}

/** "đồng/lượng", "USD/ounce": the unit before the slash is the one that names the value. */
export function perUnit(t: Token | undefined): Token | undefined {
  if (!t || t.kind !== 'word' || !t.raw.includes('/')) return t
  const raw = t.raw.slice(0, t.raw.indexOf('/'))
  return { ...t, raw, key: foldWord(raw), end: t.start + raw.length }
}

export function isUnitWord(t: Token): boolean {
  // "to 9,090 while the Nasdaq …": the next clause's first word counts nothing
  if (t.kind === 'punct' || STOP.has(t.key) || DURATIONS.has(t.key) || CLAUSE_OPENERS.has(t.key)) return false
  if (t.kind === 'mixed') return /^[A-Z]+\d+$/.test(t.raw) // "84 F0"
  return /^\p{Ll}/u.test(t.raw) || /^[A-Z]{2,5}$/.test(t.raw) || t.key === 'elo'
}

export function isPlural(t: Token): boolean {
  return t.kind === 'word' && /^\p{Ll}/u.test(t.raw) && !STOP.has(t.key) && ((t.key.length > 3 && t.key.endsWith('s')) || EN_PLURAL_IRREGULAR.has(t.key))
}

/** English counted nouns compare in the singular: "3 ships" and "1 ship". */
export function singular(w: string): string {
  if (!/^[a-z]+$/.test(w) || w.length <= 3) return w
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.endsWith('ss') || w.endsWith('us')) return w
  // "churches", "branches", "boxes", "wishes": the -es of a sibilant ending goes whole ("church", as
  // "one church" reads). "headaches" loses it too, the same on both sides of a comparison.
  if (/(?:ch|sh|ss|x|zz)es$/.test(w)) return w.slice(0, -2)
  return w.endsWith('s') ? w.slice(0, -1) : w
}
