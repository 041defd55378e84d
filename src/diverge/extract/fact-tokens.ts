/**
 * The token stream the date and number extractors share: words, numerals
 * ("13/8", "1.000.000", "Covid-19" kept whole) and single symbols, with
 * whether whitespace precedes each.
 *
 * Everything works on a flat token list built in one pass, so each extractor
 * is a linear scan with a few tokens of look-around; no regex ever sees more
 * than one token.
 */
import { isAscii } from '../../normalize/fold'
import type { Token } from '../../document/fact-tokens'
import { keys } from '../../normalize/word-lists'

export { type Token, tokenize } from '../../document/fact-tokens'

/**
 * 'vi': dot groups thousands, comma marks decimals, though a comma before three digits groups
 * thousands too (Vietnamese outlets write both); 'eu': continental Europe's, where a comma is
 * always the decimal mark ("1,234 Kilometer" is 1.234 km) save in ",000"; 'en': the reverse of 'vi'.
 */
export type Notation = 'vi' | 'en' | 'eu'

/**
 * Vietnamese (or other continental) notation when a fifth of the words carry
 * diacritics: an English text that names "Tô Lâm" stays English.
 */
export function guessNotation(tokens: readonly Token[]): 'vi' | 'en' {
  let words = 0
  let marked = 0
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    words++
    if (!isAscii(t.raw)) marked++
  }
  return words === 0 || marked * 5 >= words ? 'vi' : 'en'
}

export { keys } from '../../normalize/word-lists'

/** Up to `n` folded word keys before token `i` (nearest last) and after token `j` (nearest first). */
export function contextWords(tokens: readonly Token[], i: number, j: number, n = 3): { before: string[]; after: string[] } {
  const before: string[] = []
  for (let k = i - 1; k >= 0 && before.length < n; k--) if (tokens[k]!.kind === 'word') before.unshift(tokens[k]!.key)
  const after: string[] = []
  for (let k = j + 1; k < tokens.length && after.length < n; k++) if (tokens[k]!.kind === 'word') after.push(tokens[k]!.key)
  return { before, after }
}

// Strong triggers make any d.m / d-m a date; weak ones ("từ 5-7 ngày") only when no unit follows.

/**
 * The words that make a figure an approximation ("khoảng", "about", "some"), folded, as the last
 * word before it. Reading needs them (an hour written *Khoảng 20g,* is a time) as well as judging
 * (reasons/hedges.ts reads them as the interval a hedged figure allows), so they live here, below both.
 */
export const ABOUT = keys('about around roughly approximately some circa khoảng chừng xấp xỉ ước tầm')
