/**
 * Numerals written with a slash that are one value, not two: a bid and the last digits of its
 * offer ("$4.81/83": silver bid at $4.81, offered at $4.83), and the fractions markets quote in
 * ("1-10/32" is one and ten 32nds of a point, "167-1/2 pence", "20/32"). Read as two numbers,
 * "83" or "32" become figures of their own and pair with anything.
 */

/** The bid of a two-sided quote: the second part is the offer's last two or more decimals ("4.81/83", "1.1566/71"). */
export function bidOfOffer(raw: string): number | undefined {
  const m = /^(\d+)\.(\d+)\/(\d+)$/.exec(raw)
  if (!m || m[3]!.length < 2 || m[3]!.length > m[2]!.length) return undefined
  return Number(`${m[1]}.${m[2]}`)
}

/** Denominators of market fractions: halves to 64ths. */
const MARKET_DENOMINATORS = new Set([2, 4, 8, 16, 32, 64])

/**
 * "1-10/32" → 1.3125, "167-1/2" → 167.5; a bare fraction only in 16ths to 64ths ("20/32"), since
 * "3/4" is read as a share already and "5/8" may be a date or a rank.
 */
export function marketFraction(raw: string): number | undefined {
  const mixed = /^(\d+)-(\d+)\/(\d+)$/.exec(raw)
  if (mixed) {
    const [whole, num, den] = [Number(mixed[1]), Number(mixed[2]), Number(mixed[3])]
    return num < den && MARKET_DENOMINATORS.has(den) ? whole + num / den : undefined
  }
  const bare = /^(\d+)\/(\d+)$/.exec(raw)
  if (!bare) return undefined
  const [num, den] = [Number(bare[1]), Number(bare[2])]
  return num > 0 && num < den && den >= 16 && MARKET_DENOMINATORS.has(den) ? num / den : undefined
}

/*
 * Fractions written as one numeral: "1/3", a bond's price in 32nds ("rose 22/32"), a mixed
 * fraction ("1-3/32", "167-1/2 pence"). Read apart, their parts looked like a ratio or a range.
 */

/** Denominators of a market's fractions (halves to 64ths: "22/32", "167-1/2"), beside the common small ones. */
const FINE_DENOMINATORS = new Set([16, 32, 64])

/**
 * A fraction written in one token: "1/3", "22/32" (a bond's price in 32nds), or mixed, a whole and a
 * fraction of it ("1-3/32", "167-1/2"). Not "72/222" (a rank of a total), "24/7" or "5-7" (a range).
 */
export function fractionOf(raw: string, parts: ReadonlyArray<{ s: string }>, values: readonly number[]): { value: number; mixed: boolean } | undefined {
  const proper = (num: number, den: number): boolean => num < den && (den <= 12 || FINE_DENOMINATORS.has(den))
  if (parts.length === 2 && raw.includes('/') && proper(values[0]!, values[1]!)) return { value: values[0]! / values[1]!, mixed: false }
  if (parts.length === 3 && /^\d+-\d+\/\d+$/.test(raw) && proper(values[1]!, values[2]!) && (values[2]! & (values[2]! - 1)) === 0) {
    return { value: values[0]! + values[1]! / values[2]!, mixed: true }
  }
  return undefined
}

/**
 * The fraction of an English mixed number written with a space ("a 2 1/2 week trial"): token
 * `i` is "1/2" (a small proper fraction) right after a one-to-three-digit whole, one space
 * between. Its value, or undefined. Only in English notation, where "1/2" after a number is not
 * a day and month; the number reader adds it to the whole and the date reader leaves it alone.
 */
export function mixedFractionTail(tokens: ReadonlyArray<{ readonly raw: string; readonly kind: string; readonly start: number; readonly end: number; readonly spaced: boolean }>, i: number, notation: 'vi' | 'en' | 'eu'): number | undefined {
  const whole = tokens[i - 1]
  const tail = tokens[i]
  if (notation !== 'en' || !whole || !tail || whole.kind !== 'num' || tail.kind !== 'num' || !/^\d{1,3}$/.test(whole.raw)) return undefined
  if (!tail.spaced || tail.start !== whole.end + 1) return undefined
  const m = /^([1-7])\/([2348])$/.exec(tail.raw)
  return m && Number(m[1]) < Number(m[2]) ? Number(m[1]) / Number(m[2]) : undefined
}
