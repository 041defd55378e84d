/**
 * Cents are hundredths of a dollar: "gained 94 cents" and "gained $1.09" are two amounts of one
 * dimension, not a count of cents beside a dollar amount (issue 11: amounts in different units).
 * A count of cents is read as the dollar amount it is, unless the sentence names another
 * currency whose cents it may be (C$, euros, rand …), where it stays a count of cents.
 */
import type { NumberFact } from '../fact'

/** Currencies other than the US dollar a sentence's cents may belong to. */
const OTHER_CURRENCY = /(?:\b(?:C|A|NZ|HK|S|NT|R)\$|€|£|¥|\b(?:euros?|pounds?|pence|yen|yuan|rand|rupees?|pesos?|francs?|đồng|VND)\b|\bcents? (?:Canadian|Australian|euro))/iu

export function centsAsDollars(numbers: readonly NumberFact[], text: string): NumberFact[] {
  if (!numbers.some((f) => f.kind === 'count' && f.unit === 'cent') || OTHER_CURRENCY.test(text)) return [...numbers]
  return numbers.map((f) => (f.kind === 'count' && f.unit === 'cent' && !f.range ? { ...f, kind: 'amount', unit: 'usd', value: f.value / 100 } : f))
}
