/**
 * A share's holder named after it: *25 percent of foreign visitors come from South Korea*, *30
 * percent from Japan*, *25% du khách quốc tế đến từ Hàn Quốc*. Whose share a figure is decides which
 * figure of the other report it may pair with: swapped between two holders (*25 … Korea and 30 …
 * Japan* / *30 … Korea and 25 … Japan*), the equal values are two holders' shares, and each holder's
 * two values contradict (issue 11). Holders named before the share ("Koreans make up 25 percent")
 * are read by other-slot-echoes.ts.
 *
 * Read from the text after the share (fact-tails.ts), up to the next figure or mark: "from" / "từ"
 * ("đến từ"), an optional article, then a run of capitalised words (a month or weekday is a
 * baseline, "up 25 percent from March", not a holder). Two holders are one when the words of one are
 * all among the other's (*Korea* / *South Korea*) or both name one place (*US* / *United States*).
 */
import type { Fact } from '../../extract/fact'
import { firstReading } from '../../extract/collect'
import { tailOf } from '../../extract/fact-tails'
import { foldWord } from '../../../normalize/fold'
import { CAPITALISED_CALENDAR as CALENDAR } from '../../../normalize/calendar-words'
import { PLACE_FORMS } from '../../reasons/places'

const MARKERS = new Set(['from', 'từ'].map(foldWord))
const ARTICLES = new Set(['the'])
/** Capitalised words kept of a holder: a country's or a city's name fits ("Ho Chi Minh City"). */
const HOLDER_WORDS_MAX = 4
/** Words read after the share looking for the marker: the share's whole and its verb ("of foreign visitors come"). */
const WORDS_BEFORE_MARKER_MAX = 6

const seen = new WeakMap<Fact, readonly string[] | null>()

/** The folded words of the holder named after a share, if any. */
export function holderAfter(fact: Fact): readonly string[] | undefined {
  if (fact.type !== 'number' || fact.kind !== 'percent') return undefined
  let got = seen.get(fact)
  if (got === undefined) seen.set(fact, (got = readHolder(tailOf(firstReading(fact))) ?? null))
  return got ?? undefined
}

/** The tail's words up to the next figure, stop, comma, semicolon, colon or bracket. */
function clauseWords(tail: string): string[] {
  let end = 0
  while (end < tail.length && !'.,;:()!?0123456789'.includes(tail[end]!)) end++
  return tail.slice(0, end).split(/\s+/).filter((w) => w !== '')
}

function readHolder(tail: string): readonly string[] | undefined {
  const words = clauseWords(tail)
  let k = 0
  while (k < words.length && k <= WORDS_BEFORE_MARKER_MAX && !MARKERS.has(foldWord(words[k]!))) k++
  if (k >= words.length || k > WORDS_BEFORE_MARKER_MAX) return undefined
  k++
  if (k < words.length && ARTICLES.has(foldWord(words[k]!))) k++
  const holder: string[] = []
  while (k < words.length && holder.length < HOLDER_WORDS_MAX && /^\p{Lu}/u.test(words[k]!)) holder.push(foldWord(words[k++]!))
  if (holder.length === 0 || holder.some((w) => CALENDAR.has(w))) return undefined
  return holder
}

/** 'same' when two shares are one holder's, 'apart' when two holders', undefined when either names none. */
export function holderRelation(x: Fact, y: Fact): 'same' | 'apart' | undefined {
  const hx = holderAfter(x)
  if (hx === undefined) return undefined
  const hy = holderAfter(y)
  if (hy === undefined) return undefined
  const [small, large] = hx.length <= hy.length ? [hx, hy] : [hy, hx]
  if (small.every((w) => large.includes(w))) return 'same'
  const px = PLACE_FORMS.get(hx.join(' '))
  return px !== undefined && px === PLACE_FORMS.get(hy.join(' ')) ? 'same' : 'apart'
}
