/**
 * "$US1.06 million", "$A25", "$NZ3": the country letters written after the dollar sign and glued
 * to the figure (Australian and New Zealand style), which the tokenizer keeps as one mixed token.
 * Unread, the amount is no fact at all, and the other report's "$1.06 million" looks missing.
 * ("US$1.06", letters before the sign, is read with the sign itself.)
 */
import type { Token } from '../fact-tokens'
import { DOLLAR_PREFIX } from './number-words'

const GLUED = /^(US|NZ|HK|NT|A|C|S)(\d[\d.,]*)$/

/** The currency and the digits of a mixed token `i` right after a "$", or undefined. */
export function gluedDollar(tokens: readonly Token[], i: number): { currency: string; digits: string } | undefined {
  const t = tokens[i]
  const sign = tokens[i - 1]
  if (!t || t.kind !== 'mixed' || sign?.raw !== '$' || t.spaced) return undefined
  const m = GLUED.exec(t.raw)
  if (!m) return undefined
  const currency = DOLLAR_PREFIX.get(m[1]!.toLowerCase())
  return currency ? { currency, digits: m[2]! } : undefined
}
