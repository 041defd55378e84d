/**
 * English figures with their unit glued on, which the suffix reader does not know:
 * - pence as London prices are quoted, "290p", "rose 1-1/4p to 290-1/2p" (read as "290 1/2 pence"
 *   is: a count of pence, a market fraction's value);
 * - a headcount written as a compound adjective, "the 9,200-strong force" (read as "5,000 strong"
 *   is). A headcount is whole, so "4.600-strong" groups thousands with a dot, as continental
 *   writers do in English too: 4,600, not 4.6.
 * Unread, "290-1/2p" / "288-1/4p" for one share price and "5,000 strong" / "4.600-strong" for one
 * force could never meet.
 */
import { marketFraction } from './fractions'
import { MULTIPLIERS } from './number-words'

interface GluedUnit {
  readonly value: number
  readonly unit: string
}

const PENCE = /^(\d+(?:\.\d+)?|\d+-\d+\/\d+)p$/
const STRONG = /^(\d{1,3}(?:[.,]\d{3})+|\d+)-strong$/i

export function gluedUnit(raw: string, notation: 'vi' | 'en' | 'eu'): GluedUnit | undefined {
  if (notation !== 'en') return undefined
  const pence = PENCE.exec(raw)
  if (pence) {
    const digits = pence[1]!
    const value = digits.includes('/') ? marketFraction(digits) : Number(digits)
    return value === undefined ? undefined : { value, unit: 'pence' }
  }
  const strong = STRONG.exec(raw)
  if (strong) return { value: Number(strong[1]!.replace(/[.,]/g, '')), unit: 'strong' }
  return undefined
}

/**
 * A multiplier hyphened to what it multiplies, as a compound adjective: "a 1.5 billion-pound
 * writedown", "the 77 million-member Anglican Communion", "a $2 billion-a-year business" is not
 * (the part after the hyphen must be one word). Read as "1.5 billion pounds" and "77 million
 * members" are, so another report's spelling meets it. English only: a Vietnamese multiplier
 * (triệu, tỷ) is never hyphened to its noun. `key`: the folded word token.
 */
export function gluedMultiplier(key: string): { readonly mult: number; readonly rest: string } | undefined {
  const dash = key.indexOf('-')
  if (dash <= 0 || key.indexOf('-', dash + 1) >= 0) return undefined
  const mult = MULTIPLIERS.get(key.slice(0, dash))
  const rest = key.slice(dash + 1)
  return mult !== undefined && mult >= 1000 && /^[a-z]{3,}$/u.test(rest) ? { mult, rest } : undefined
}

/**
 * A multiplier hyphened to its figure, as South African and some British papers write money:
 * "38-million euros", "$28-million", "R300-million" after its currency. Read as "38 million euros"
 * is, so another report's "38 million euros" meets it (round missing20-1 of the missing-facts gold:
 * both amounts of one sentence reported missing against their unhyphened twins). `suffix`: what
 * follows the digits in the token, with its hyphen; a thousand and up only (a "2-hundred" is rare,
 * "5-trăm" never written).
 */
export function hyphenedMultiplier(suffix: string): number | undefined {
  if (!suffix.startsWith('-')) return undefined
  const mult = MULTIPLIERS.get(suffix.slice(1).toLowerCase())
  return mult !== undefined && mult >= 1000 ? mult : undefined
}
