/**
 * A name qualified by a direction is another entity than the bare name it ends with: *South Sudan*
 * / *Sudan*, *South Korea* / *Korea*, *North Carolina* / *Carolina*, *Nam Sudan* / *Sudan*,
 * *Đông Nam Á* / *Nam Á*. A shorter form that drops any other word stays one entity
 * (*TP Hồ Chí Minh* / *Hồ Chí Minh*, *Ho Chi Minh City* / *Ho Chi Minh*). The direction leads the
 * name in both languages; one trailing (*Việt Nam*, *Hà Nam*) is part of the name, not a qualifier.
 * Words are folded keys (lower case, Vietnamese marks kept).
 */

import { foldWord } from '../../../normalize/fold'
import { VI_SURNAMES } from '../../extract/names/names'

/** Directions that qualify a name written before it (English, Vietnamese). */
const DIRECTIONS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest bắc nam đông tây'.split(' '),
)

export const isDirection = (word: string): boolean => DIRECTIONS.has(word)

/** Whether `short` is `long` without leading words one of which is a direction ("sudan" of "south sudan"). */
export function directionDropped(short: readonly string[], long: readonly string[]): boolean {
  const extra = long.length - short.length
  if (extra <= 0 || short.length === 0) return false
  for (let k = 0; k < short.length; k++) if (short[k] !== long[extra + k]) return false
  for (let k = 0; k < extra; k++) if (DIRECTIONS.has(long[k]!)) return true
  return false
}

/**
 * Words before a direction that make it part of a person's name, not a place's qualifier:
 * titles of address (*ông Đông Nam*, *Mr. North Smith*) and, capitalised, Vietnamese family and
 * middle names (*Lê Đông Hà*, *Nguyễn Nam Hải*: Nam, Đông, Tây, Bắc are common middle names).
 * Titles of office are not enough: *Tổng thống Nam Phi* is South Africa's president.
 */
const ADDRESS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'em', 'cháu', 'bé', 'mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.'].map(foldWord))
const PERSON_BEFORE = new Set([...VI_SURNAMES, foldWord('thị'), foldWord('văn')])
/** "Southern California", "Western Australia": a region of the place, a part of it, not another entity. */
const REGION = new Set('northern southern eastern western'.split(' '))

/** A name a direction qualifies: the bare name it ends with (`head`), the direction's position and the whole name's words. */
export interface QualifiedName {
  readonly head: string
  readonly at: number
  readonly name: string
}

/**
 * The names in `words` a capitalised direction qualifies (for each direction followed by a name
 * word, that name word as `head`). `capital(k)` tells a name word of position k ("South Sudan",
 * "Nam Sudan"; "in southern Sudan" is a region, not a name). A direction inside a person's name
 * (after a title of address or a family name) and a region's adjective (*Southern California*)
 * qualify nothing.
 */
export function qualifiedNames(
  words: readonly string[],
  capital: (k: number) => boolean,
  // the word before position k and whether it is capitalised, when `words` starts inside a sentence
  prevOf: (k: number) => readonly [string, boolean] | undefined = (k) => (k > 0 ? [words[k - 1]!, capital(k - 1)] : undefined),
): QualifiedName[] {
  const out: QualifiedName[] = []
  const run = (from: number): string => {
    let end = from
    while (end < words.length && capital(end)) end++
    return words.slice(from, end).join(' ')
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!
    if (!DIRECTIONS.has(w) || REGION.has(w) || !capital(k) || !capital(k + 1)) continue
    const prev = prevOf(k)
    if (prev !== undefined && (ADDRESS.has(prev[0]) || (prev[1] && PERSON_BEFORE.has(prev[0])))) continue
    if (!DIRECTIONS.has(words[k + 1]!)) out.push({ head: words[k + 1]!, at: k, name: run(k) })
    // "Đông Nam Á": the second direction is part of the qualifier, the head is "Á"
    else if (k + 2 < words.length && capital(k + 2)) out.push({ head: `${words[k + 1]!} ${words[k + 2]!}`, at: k, name: run(k) })
  }
  return out
}

/** The bare name words of `qualifiedNames`. */
export function qualifiedHeads(words: readonly string[], capital: (k: number) => boolean): ReadonlySet<string> {
  return new Set(qualifiedNames(words, capital).map((q) => q.head))
}

/**
 * Whether `name` occurs in `words` (in order) with no direction right before it: the bare name.
 * With `capital`, only a capitalised occurrence counts: *the bank of the river* does not name the
 * *Bank* of *West Bank*, nor *ven hồ* the *Hồ* of *Tây Hồ*.
 */
export function bareIn(name: string, words: readonly string[], capital?: (k: number) => boolean): boolean {
  const parts = name.split(' ')
  outer: for (let k = 0; k + parts.length <= words.length; k++) {
    for (let j = 0; j < parts.length; j++) if (words[k + j] !== parts[j] || (capital !== undefined && !capital(k + j))) continue outer
    if (k === 0 || !DIRECTIONS.has(words[k - 1]!)) return true
  }
  return false
}
