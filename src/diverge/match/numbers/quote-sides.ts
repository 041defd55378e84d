/**
 * A dealer's buying price and its selling price are two slots: *21.180 đồng (mua vào)* /
 * *bán ra ở mức 21.270 đồng/USD*, *giá mua 36,8 triệu* / *giá bán 36,9 triệu*, *a buying rate of
 * 1.3250* / *a selling rate of 1.3260*. The side is read
 * from the quote's own words: a side phrase right after the figure (*(mua vào)*, *(bán ra)*), else
 * the last one in the few words before it. Only the phrases of a quote count (*mua vào*, *bán
 * ra*, *giá mua*, *giá bán*, *buying / selling rate or price*): a deal told as bought by one side
 * and sold by the other (*mua … với giá*, *bought for* / *sold for*) is one price and still
 * compares, and so are a takeover's *bid* and *offer*, one thing in two words. Only a price
 * (an amount, a rate, a bare quote, a percentage it moved) has a side: a count near a side word
 * (*Selling prices rose while 20 people were arrested*) is no quote and still compares.
 */
import { foldWord } from '../../../normalize/fold'
import type { Fact, NumberFact } from '../../extract/fact'
import { CURRENCY_WORDS } from '../../extract/numbers/number-words'
import type { Clause } from '../clauses/clauses'

type Side = 'buy' | 'sell'

const f = foldWord
/** Two-word side phrases, by their first word: the second word that completes each. */
const PAIRS: ReadonlyArray<readonly [string, ReadonlySet<string>, Side]> = [
  [f('mua'), new Set([f('vào')]), 'buy'],
  [f('bán'), new Set([f('ra')]), 'sell'],
  ['buying', new Set(['rate', 'rates', 'price', 'prices']), 'buy'],
  ['selling', new Set(['rate', 'rates', 'price', 'prices']), 'sell'],
]
/** "giá mua", "giá bán": the price word before the side. */
const PRICE_SIDES: ReadonlyMap<string, Side> = new Map([
  [f('mua'), 'buy'],
  [f('bán'), 'sell'],
])
const PRICE = new Set([f('giá')])
/** How many words before the figure its side phrase may stand. */
const REACH = 5
/** How many words after the figure (its unit, a bracket's first word) its side phrase may start at. */
const AFTER = 3

/** The side a phrase starting at words[k] names, if any. */
function sideAt(words: readonly string[], k: number): Side | undefined {
  const w = words[k]!
  for (const [first, seconds, side] of PAIRS) if (w === first && seconds.has(words[k + 1] ?? '')) return side
  return k > 0 && PRICE.has(words[k - 1]!) ? PRICE_SIDES.get(w) : undefined
}

/**
 * The side of the quote a figure states: the nearest side phrase in its clause before it (*mua vào
 * 36,80 triệu, bán ra 36,90 triệu*), else one right after it (*21.180 đồng ( mua vào )*, read in the
 * sentence's words, since a bracket ends the clause; the figure's unit word may come first).
 */
function sideOf(c: Clause): Side | undefined {
  const before = c.before
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH); k--) {
    const side = sideAt(before, k)
    if (side) return side
  }
  for (let k = c.wordsBefore; k < Math.min(c.wordsBefore + AFTER, c.words.length); k++) {
    const side = sideAt(c.words, k)
    if (side) return side
  }
  return undefined
}

/** Kinds of figure a dealer quotes: a price or rate ("21.180 đồng", "1.3250"), or how far it moved ("tăng 5%"). */
const QUOTED = new Set<NumberFact['kind']>(['amount', 'percent', 'plain'])
/** A price, a rate or its move; a count only of money ("1.3250 Canadian dollars"), never of people or goods. */
const quoted = (f: Fact): boolean => f.type === 'number' && (QUOTED.has(f.kind) || (f.kind === 'count' && CURRENCY_WORDS.has(f.unit)))

/** A buying price against a selling price: why they are two slots, else undefined. */
export function differentSides(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (!quoted(x) || !quoted(y)) return undefined
  const sx = sideOf(cx)
  const sy = sideOf(cy)
  return sx && sy && sx !== sy ? `a ${sx}ing price against a ${sy}ing price` : undefined
}
