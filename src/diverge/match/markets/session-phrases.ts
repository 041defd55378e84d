/**
 * Moments of the trading day named by a phrase rather than a word ("in the first hour of
 * trading", "in the first 30 minutes"): the reading is an early one, as "in early trading" is.
 */
const EARLY_PHRASE = /\bfirst\s+(?:hour|half[\s-]hour|few\s+minutes|minutes|\d+\s+minutes)(?![\p{L}-])/iu

export function phraseParts(text: string): string[] {
  return EARLY_PHRASE.test(text) ? ['early'] : []
}

/** Signed changes of two moves, and the rounding both may carry. */
interface Changed {
  readonly change: number
  readonly slack: number
}

/**
 * "fell 27 cents to $13.09" / "up 15 cents to $13.51": one quote that went down on one side and up
 * on the other, by amounts that differ, was read at two moments (or on two days), even from one
 * previous close. A reporter who mistook the direction would still give the same amount.
 */
export function oppositeMoves(m: Changed, n: Changed): boolean {
  if (m.change * n.change >= 0) return false
  return Math.abs(Math.abs(m.change) - Math.abs(n.change)) > m.slack + n.slack + 1e-9
}
