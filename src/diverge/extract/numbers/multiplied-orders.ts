/**
 * Orders of magnitude written with a word before them rather than as a plural (issue 11 point 3):
 * "several hundred", "a few dozen", "mehrere hundert", "einige tausend", "beberapa ratus"; a
 * Vietnamese order after a hedge ("hơn chục", "gần trăm"), read by vague-magnitudes.ts.
 *
 * Ranges: "several" and "a few" say more than one of the order and fewer than the next order, which
 * has its own word, so "several hundred" is read as "hundreds" [100, 1,000), "a few dozen" as
 * "dozens" [20, 100), as "vài trăm" and "quelques centaines" already are. The multiplier's own span
 * (2–9 of the order) is not narrower in use: writers give "several hundred" for 150 and 1,200.
 *
 * A hedge before a bare Vietnamese order makes it that order's round figure with the hedge, as the
 * digits would: "hơn chục người" is "hơn 10 người", "gần trăm người" "gần 100 người" (a bare
 * "trăm" elsewhere is a multiplier of a figure, never a count).
 *
 * An increment ("thousands more", "thêm hàng trăm", "Hunderte weitere") is read like a total: the
 * pairer keeps it from any total and lets it meet another increment (slot-qualifiers.ts).
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../../normalize/word-lists'
import type { Token } from '../fact-tokens'

const orders = (rows: string): ReadonlyMap<string, readonly [number, number]> =>
  new Map(
    rows.split(' ').flatMap((row) => {
      const [words, from, below] = row.split(':') as [string, string, string]
      return words.split('|').map((w) => [foldWord(w), [Number(from), Number(below)] as const] as const)
    }),
  )

/** A language's multiplier words, the word that must stand before some of them ("a few", "ein paar"), and its singular orders. */
interface Multiplied {
  readonly words: ReadonlySet<string>
  /** Multipliers read only after this article: "a few" (not "few"), "ein paar". */
  readonly afterArticle: ReadonlyMap<string, string>
  readonly orders: ReadonlyMap<string, readonly [number, number]>
}

const ENGLISH: Multiplied = {
  words: keys('several few'),
  afterArticle: new Map([['few', 'a']]),
  orders: orders('dozen:20:100 hundred:100:1000 thousand:1e3:1e4 million:1e6:1e7'),
}
const MULTIPLIED: Readonly<Record<string, Multiplied>> = {
  deu: { words: keys('mehrere einige paar'), afterArticle: new Map([['paar', 'ein']]), orders: orders('dutzend:20:100 hundert:100:1000 tausend:1e3:1e4') },
  ind: { words: keys('beberapa'), afterArticle: new Map(), orders: orders('puluh:20:100 ratus:100:1000 ribu:1e3:1e4 juta:1e6:1e7') },
  // "kilka tysięcy", "kilkaset" (one word, read as a root by vague-magnitudes.ts), "několik set", "pár tisíc"
  pol: { words: keys('kilka kilku parę'), afterArticle: new Map(), orders: orders('setek:100:1000 tysięcy|tysiące:1e3:1e4 milionów|miliony:1e6:1e7') },
  ces: { words: keys('několik pár'), afterArticle: new Map(), orders: orders('desítek:20:100 set|stovek:100:1000 tisíc:1e3:1e4 milionů:1e6:1e7') },
}

export interface MultipliedOrder {
  readonly first: number
  /** The order word ("hundred"): its scale and noun are read after it as after a plural order. */
  readonly order: number
  readonly range: readonly [number, number]
}

const word = (tokens: readonly Token[], k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')

/** Every multiplier word of every language: most words are none, and one lookup passes them over. */
export const MULTIPLIER_WORDS: ReadonlySet<string> = new Set([ENGLISH, ...Object.values(MULTIPLIED)].flatMap((m) => [...m.words]))

/** "several hundred", "a few dozen", "einige tausend", "beberapa ratus" opening at token `i`, else undefined. */
export function multipliedOrderAt(tokens: readonly Token[], i: number, language: string | undefined): MultipliedOrder | undefined {
  const m = language === undefined ? ENGLISH : MULTIPLIED[language]
  const key = word(tokens, i)
  if (!m || !m.words.has(key)) return undefined
  const article = m.afterArticle.get(key)
  if (article !== undefined && word(tokens, i - 1) !== article) return undefined
  const range = m.orders.get(word(tokens, i + 1))
  if (!range) return undefined
  return { first: article !== undefined ? i - 1 : i, order: i + 1, range }
}

/** Vietnamese hedges that make a bare order that order's figure ("hơn chục", "gần trăm", "khoảng nghìn"). */
const VI_HEDGES = keys('hơn trên gần ngót khoảng chừng dưới')
/** The figure a bare Vietnamese order stands for after a hedge. */
const VI_UNITS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['chục', 10], ['trăm', 100], ['nghìn', 1e3], ['ngàn', 1e3], ['vạn', 1e4], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
    ] as const
  ).map(([w, v]) => [foldWord(w), v]),
)

/** Second syllables that make an order's syllable a word of its own: tỷ lệ, tỷ phú, tỷ giá, tỉ số, triệu phú, tỷ trọng, tỷ suất … */
const COMPOUND_TAILS = keys('lệ phú giá số trọng suất')

/** The figure of a Vietnamese order after a hedge at token `i` ("hơn chục người" → 10), else undefined. */
export function hedgedOrderAt(tokens: readonly Token[], i: number, language: string | undefined): number | undefined {
  if (language !== undefined || !VI_HEDGES.has(word(tokens, i - 1))) return undefined
  // "hơn tỷ lệ" (than the rate), "hơn triệu phú" (than a millionaire): the order's syllable opens a word
  if (COMPOUND_TAILS.has(word(tokens, i + 1))) return undefined
  return VI_UNITS.get(word(tokens, i))
}

