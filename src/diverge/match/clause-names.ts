/**
 * Which capitalised words of a sentence name a place or body of its own, for the clause rules
 * of slot-qualifiers.ts: two figures whose clauses each name something the other sentence never
 * mentions fill different slots. A page leaves capitals that name nothing: a photo caption or
 * credit glued into the sentence, the first word of a sentence run into it, a weekday.
 */
import { type Token, keys } from '../extract/fact-tokens'
import { STOP } from '../extract/number-words'

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
