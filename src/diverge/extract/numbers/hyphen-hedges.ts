/**
 * A hedge hyphened after a figure: "$100-plus", "$16-something", "40-odd", "$40-ish". The figure is
 * no exact value: "-plus" is a lower bound (read as "over"), "-ish" an approximation (read as
 * "about"), and "-something" / "-odd" the figure's own last place left open: "$16-something" is
 * $16 to $17, "$30-something" $30 to $40, "40-odd" 40 to 50. Stored as an exact $16, "$16.50"
 * became a contradiction (review-revO 7-9).
 */
export interface HyphenHedge {
  /** A hedge word to read before the figure ("over", "about"): see reasons/hedges.ts. */
  readonly word?: string
  /** The values the figure covers, when it leaves its last place open. */
  readonly range?: readonly [number, number]
}

/** The hedge `suffixKey` (the folded word after the hyphen) puts on `digits`, if it is one. */
export function hyphenHedge(suffixKey: string, digits: string): HyphenHedge | undefined {
  if (suffixKey === 'plus') return { word: 'over' }
  if (suffixKey === 'ish') return { word: 'about' }
  if (suffixKey !== 'something' && suffixKey !== 'odd') return undefined
  const plain = digits.replace(/,(?=\d{3}\b)/gu, '')
  if (!/^\d+$/u.test(plain)) return undefined // "$1.5-something": no open place to read
  const value = Number(plain)
  // the place left open: the last non-zero digit's (16 → 1, 30 → 10, 100 → 100)
  let zeros = 0
  while (zeros < plain.length && plain[plain.length - 1 - zeros] === '0') zeros++
  const step = value === 0 ? 1 : 10 ** Math.min(zeros, plain.length - 1)
  return { range: [value, value + step * 0.99] }
}
