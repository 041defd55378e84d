/**
 * Arabic months after a day beyond the Egyptian names of normalize/month-names.ts (review rdigits59 of digits58):
 * the Levantine and Iraqi names (*4 شباط 2020*, *4 كانون الثاني*), two words for four months, and the double naming
 * of pan-Arab outlets (*4 فبراير/شباط 2020*, *4 كانون الثاني/يناير*). Unread, *4 شباط* was a bare 4 and the other
 * report's *4 فبراير* a date it "never" stated.
 *
 * Read only straight after a day figure (european-months.ts' spaced shape): there *نيسان* is April, not the carmaker,
 * and *تموز* July, not the god. *آب* (August) is read only with its madda: bare *اب* is *أب*, a father.
 */
import type { Token } from '../fact-tokens'
import { unmarked } from './day-words'
import { EUROPEAN_MONTHS } from '../../../normalize/month-names'

// Keys are unmarked (hamza and madda dropped), as the Egyptian names' are: *أيار* and *ايار* are one key
const LEVANTINE_ONE_WORD: ReadonlyMap<string, number> = new Map(
  (['شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول'] as const).map((w, k) => [unmarked(w), k + 2] as const),
)
const AUGUST = 'آب'
// The first word of a two-word month, and the month each second word makes of it ("the second", "the first", with or
// without the article, as colloquial writing drops it)
const FIRST_WORDS: ReadonlyMap<string, 'kanun' | 'tishrin'> = new Map([[unmarked('كانون'), 'kanun'], [unmarked('تشرين'), 'tishrin']])
const SECOND = new Set(['الثاني', 'ثاني'].map(unmarked))
const FIRST = new Set(['الأول', 'أول', 'الاول', 'اول'].map(unmarked))
const EGYPTIAN: ReadonlyMap<string, number> = new Map(
  EUROPEAN_MONTHS.ar.full.split(' ').flatMap((cell, k) => cell.split('|').map((w) => [unmarked(w), k + 1] as const)),
)

const arabicLetter = (code: number): boolean => code >= 0x0620 && code <= 0x06ff

/** The month one word names, Egyptian or Levantine (*آب* with its madda only), or undefined. */
function oneWordMonth(word: string): number | undefined {
  const key = unmarked(word)
  const month = EGYPTIAN.get(key) ?? LEVANTINE_ONE_WORD.get(key)
  return month === 8 && key === unmarked(AUGUST) && !word.normalize('NFC').startsWith(AUGUST[0]!) ? undefined : month
}

/** The month a Levantine first word (*كانون*, *تشرين*) and its ordinal name, or undefined. */
function twoWordMonth(first: string, second: string): number | undefined {
  const name = FIRST_WORDS.get(unmarked(first))
  const ordinal = unmarked(second)
  if (name === undefined) return undefined
  if (SECOND.has(ordinal)) return name === 'kanun' ? 1 : 11
  if (FIRST.has(ordinal)) return name === 'kanun' ? 12 : 10
  return undefined
}

/** The month at `word` (with the token after it, for a two-word name) and what follows a slash in its last word. */
function monthAt(word: string, next: Token | undefined): { month: number; words: 1 | 2; tail?: string } | undefined {
  const [head, tail, ...more] = word.split('/')
  if (more.length > 0) return undefined
  const one = oneWordMonth(head!)
  if (one !== undefined) return tail === undefined ? { month: one, words: 1 } : { month: one, words: 1, tail }
  if (tail !== undefined || next?.kind !== 'word' || !next.spaced) return undefined
  const [second, nextTail, ...rest] = next.raw.split('/')
  const two = rest.length === 0 ? twoWordMonth(head!, second!) : undefined
  if (two === undefined) return undefined
  return nextTail === undefined ? { month: two, words: 2 } : { month: two, words: 2, tail: nextTail }
}

/**
 * The Arabic month at token `k` after a day, Levantine (one word or two) or named twice across a slash
 * (*فبراير/شباط*, *كانون الثاني/يناير*, *يناير/كانون الثاني*): its month and last token. Undefined for none, for two
 * names of two months, and for an Egyptian name alone (european-months.ts reads those with the other languages').
 */
export function arabicMonthAt(tokens: readonly Token[], k: number): { month: number; last: number } | undefined {
  const t = tokens[k]
  // read at every day figure before a word: a word that starts in no Arabic letter is answered at once
  if (t?.kind !== 'word' || !arabicLetter(t.raw.charCodeAt(0))) return undefined
  const found = monthAt(t.raw, tokens[k + 1])
  if (!found) return undefined
  const last = k + found.words - 1
  if (found.tail === undefined) return found.words === 1 && EGYPTIAN.has(unmarked(t.raw)) ? undefined : { month: found.month, last }
  const other = monthAt(found.tail, tokens[last + 1])
  if (!other || other.tail !== undefined || other.month !== found.month) return undefined
  return { month: found.month, last: last + other.words - 1 }
}
