/**
 * Street names whose specific part is shared and whose type word differs or is abbreviated.
 *
 * Harvard Avenue / Harvard Road are two streets: a city may well have both, so a report
 * placing an event on one and another report on the other disagree on the place. Hill
 * Street / Hill St. is one street written in full and in short, the way address lines and
 * wire copy abbreviate the type word. Vietnamese puts the type word first and, in running
 * text, in lower case (đường Lê Lợi, phố Lê Lợi), where the extractor leaves it out of the
 * name; *đường* and *phố* are used interchangeably by the press for one street, so a
 * capitalised one (Đường Lê Lợi / Phố Lê Lợi) is one street too.
 */
import { foldWord } from '../../../normalize/fold'

// Trailing type words that mean a street and nothing else (English usage, also in other
// languages' reports of US, UK or Australian places), with their postal abbreviations (USPS
// Publication 28, appendix C1), folded. Court, place, square, way, circle, highway also name
// courts of law, malls, squares and roads between cities (High Court, Pacific Place, Milky Way):
// two of them sharing a specific word are no sign of one street.
const TRAILING_TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    street: 'street', st: 'street', avenue: 'avenue', ave: 'avenue', av: 'avenue', road: 'road', rd: 'road',
    boulevard: 'boulevard', blvd: 'boulevard', drive: 'drive', dr: 'drive', lane: 'lane', ln: 'lane',
  }),
)
// Leading type words that name one kind of street in press usage (Vietnamese đường / phố), folded.
const LEADING_TYPES: ReadonlyMap<string, string> = new Map([
  [foldWord('đường'), 'street'],
  [foldWord('phố'), 'street'],
])

/** A type word as written after a street's specific part, or after two of them (La Grande Avenue; Brazil and La Grande avenues), folded. */
export function isStreetTypeWord(folded: string): boolean {
  return TRAILING_TYPES.has(folded) || (folded.endsWith('s') && TRAILING_TYPES.has(folded.slice(0, -1)))
}

export interface Street {
  readonly specific: string
  readonly type: string
  /** The type word as written, folded and without its dot (st, street). */
  readonly written: string
}

const wordsOf = (name: string): string[] => name.split(/[\s.]+/u).filter((w) => w.length > 0).map(foldWord)

/** A street name's specific part and kind (Harvard Avenue: harvard, avenue), or undefined for a name that is no street's. */
export function streetOf(name: string): Street | undefined {
  const words = wordsOf(name)
  // A type word alone names no street; a specific part is needed.
  if (words.length < 2) return undefined
  const last = words[words.length - 1]!
  const trailing = TRAILING_TYPES.get(last)
  if (trailing) return { specific: words.slice(0, -1).join(' '), type: trailing, written: last }
  const first = words[0]!
  const leading = LEADING_TYPES.get(first)
  if (leading) return { specific: words.slice(1).join(' '), type: leading, written: first }
  return undefined
}

/**
 * 'same': one street, its type word written in full on one side and abbreviated on the other
 * (or two words the press uses for one street); 'other': two streets of one specific name and
 * different types; undefined: not two street names of one specific part, or written alike.
 */
export function streetRelation(a: string, b: string): 'same' | 'other' | undefined {
  const x = streetOf(a)
  const y = streetOf(b)
  if (!x || !y || x.specific !== y.specific || x.written === y.written) return undefined
  return x.type === y.type ? 'same' : 'other'
}
