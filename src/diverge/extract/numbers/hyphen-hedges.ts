/**
 * A hedge hyphened after a figure: "$100-plus", "$16-something", "40-odd", "$40-ish". The figure is
 * no exact value: "-plus" is a lower bound (read as "over"), "-ish" an approximation (read as
 * "about"), and "-something" / "-odd" the figure's own last place left open: "$16-something" is
 * $16 to $17, "$30-something" $30 to $40, "40-odd" 40 to 50. Stored as an exact $16, "$16.50"
 * became a contradiction (review-revO 7-9).
 */
import { foldWord } from '../../../normalize/fold'

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

/**
 * A bound written after the figure, its words right after it ("$1 billion or more", "1 tỉ đồng trở lên",
 * "500 euros ou plus") or hyphened onto its multiplier ("$1 billion-plus"): the hedge word the figure would
 * carry before it. Read as plain figures, such sums were flagged against a value inside the bound (rhedges52).
 */
const TRAILING: ReadonlyMap<string, string> = new Map([
  ['or more', 'over'], ['or above', 'over'], ['or higher', 'over'], ['trở lên', 'over'], ['ou plus', 'over'], ['ou mais', 'over'], ['o más', 'over'], ['atau lebih', 'over'],
  ['or less', 'under'], ['or fewer', 'under'], ['trở xuống', 'under'], ['ou moins', 'under'], ['ou menos', 'under'], ['o menos', 'under'],
].map(([k, v]) => [k!.split(' ').map(foldWord).join(' '), v!]))

/** The hedge word a bound after a figure states: `span` is the figure's text, `next` the (folded) words right after it with no punctuation between. */
export function trailingHedge(span: string, next: readonly string[]): string | undefined {
  if (/[^\s\d]-plus$/iu.test(span)) return 'over'
  if (/[^\s\d]-ish$/iu.test(span)) return 'about'
  // "or more than half": the words go on to a figure of their own
  if (next.length < 2 || next[2] === 'than' || next[2] === 'de') return undefined
  return TRAILING.get(`${next[0]} ${next[1]}`)
}
