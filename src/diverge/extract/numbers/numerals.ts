/**
 * What value a written numeral has: the dot/comma decision in one digit group, the parts of a
 * token such as "5-7" or "72/222", thousands set off by spaces, and the fraction signs.
 *
 * Apart from numbers.ts, which decides what a value is (amount, count, ordinal…) from the
 * words around it: this file looks at the digits alone, and at most at the spaces between them.
 */
import type { Notation, Token } from '../fact-tokens'

/**
 * The value of one digit group such as `1.000.000`, `3,5`, `2.709`, or null when it is no number.
 *
 * Unambiguous forms decide themselves: two or more equal separators group
 * thousands (`1.000.000`, `1,000,000`); with both kinds the last one is the
 * decimal mark (`1.234,5`, `1,234.5`); a single separator not followed by
 * exactly three digits is a decimal mark (`3,5`, `3.5`, `0.709`); thousands then a last group
 * of two digits (`1,506,76`) are a decimal whose mark was typed as the separator.
 * Only `d.ddd` and `d,ddd` need the notation:
 * - `2,709` groups thousands, except before a multiplier in Vietnamese (`2,125 tỷ` = 2.125e9) and
 *   always in continental notation ('eu': `1,234 Kilometer` = 1.234), save `12,000`;
 * - `2.709` groups thousands in Vietnamese and continental notation and is a decimal in English.
 */
export function parseNumeral(s: string, notation: Notation, beforeMultiplier = false): number | null {
  // ".20": a leading mark is always the decimal one
  if (/^[.,]\d+$/.test(s)) return Number(`0.${s.slice(1)}`)
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null
  const dots = countOf(s, '.')
  const commas = countOf(s, ',')
  if (dots === 0 && commas === 0) return Number(s)
  const groups = s.split(/[.,]/)
  const thousands = (gs: readonly string[]): boolean => gs[0]!.length <= 3 && gs[0] !== '0' && gs.slice(1).every((g) => g.length === 3)
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ','
    if (countOf(s, decimal) !== 1) return null
    const [int, frac] = s.split(decimal) as [string, string]
    const intGroups = int.split(decimal === '.' ? ',' : '.')
    return thousands(intGroups) ? Number(intGroups.join('') + '.' + frac) : null
  }
  const sep = dots > 0 ? '.' : ','
  if (groups.length > 2) {
    if (thousands(groups)) return Number(groups.join(''))
    // "1,506,76", "1.506.76": thousands then two digits, the decimal mark typed as the separator (a level's cents or hundredths)
    const last = groups[groups.length - 1]!
    return last.length === 2 && thousands(groups.slice(0, -1)) ? Number(`${groups.slice(0, -1).join('')}.${last}`) : null
  }
  const [int, frac] = groups as [string, string]
  if (frac.length !== 3 || !thousands(groups)) return Number(int + '.' + frac)
  // "1,234 Kilometer" in a comma-decimal language is 1.234 km; "12,000" (no one writes 12 so) stays 12000
  if (sep === ',') return (notation === 'vi' && beforeMultiplier) || (notation === 'eu' && frac !== '000') ? Number(int + '.' + frac) : Number(int + frac)
  return notation === 'en' ? Number(int + '.' + frac) : Number(int + frac)
}

function countOf(s: string, c: string): number {
  let n = 0
  for (const ch of s) if (ch === c) n++
  return n
}

/** Parts of a digit token split at range, ratio and score marks, with their offsets. */
export function splitParts(raw: string): Array<{ s: string; at: number }> {
  const parts: Array<{ s: string; at: number }> = []
  let from = 0
  for (let k = 0; k <= raw.length; k++) {
    const c = raw[k]
    if (k === raw.length || c === '-' || c === '\u2013' || c === '/' || c === ':') {
      parts.push({ s: raw.slice(from, k), at: from })
      from = k + 1
    }
  }
  return parts
}

/**
 * "80 937": a numeral of one to three digits followed, across one space, by groups of exactly
 * three (a thousands separator some outlets and style books use). Returns the last group's
 * token, or `i` when the numeral stands alone.
 */
export function spaceGrouped(text: string, tokens: readonly Token[], i: number): number {
  const digits = (k: number, re: RegExp): boolean => tokens[k]?.kind === 'num' && re.test(tokens[k]!.raw)
  // a number right before ("năm 2013 100 người") makes the run a list, not one figure
  if (!digits(i, /^[1-9]\d{0,2}$/) || tokens[i - 1]?.kind === 'num') return i
  let k = i
  while (digits(k + 1, /^\d{3}$/) && SINGLE_SPACE.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++
  return digits(k + 1, /^\d/) ? i : k
}
const SINGLE_SPACE = /^[ \u00a0\u202f\u2009]$/u

/** "2 ½": the fraction sign after a numeral adds its value. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]])
