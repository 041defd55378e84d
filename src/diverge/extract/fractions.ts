/**
 * Fractions written as one numeral: "1/3", a bond's price in 32nds ("rose 22/32"), a mixed
 * fraction ("1-3/32", "167-1/2 pence"). Read apart, their parts looked like a ratio or a range.
 */

/** Denominators of a market's fractions (halves to 64ths: "22/32", "167-1/2"), beside the common small ones. */
const MARKET_DENOMINATORS = new Set([16, 32, 64])

/**
 * A fraction written in one token: "1/3", "22/32" (a bond's price in 32nds), or mixed, a whole and a
 * fraction of it ("1-3/32", "167-1/2"). Not "72/222" (a rank of a total), "24/7" or "5-7" (a range).
 */
export function fractionOf(raw: string, parts: ReadonlyArray<{ s: string }>, values: readonly number[]): { value: number; mixed: boolean } | undefined {
  const proper = (num: number, den: number): boolean => num < den && (den <= 12 || MARKET_DENOMINATORS.has(den))
  if (parts.length === 2 && raw.includes('/') && proper(values[0]!, values[1]!)) return { value: values[0]! / values[1]!, mixed: false }
  if (parts.length === 3 && /^\d+-\d+\/\d+$/.test(raw) && proper(values[1]!, values[2]!) && (values[2]! & (values[2]! - 1)) === 0) {
    return { value: values[0]! + values[1]! / values[2]!, mixed: true }
  }
  return undefined
}
