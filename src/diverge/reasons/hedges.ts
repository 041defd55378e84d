/**
 * The hedge a number is stated with: the words just before it that make it an approximation
 * ("khoảng", "about", "some"), a near miss ("gần", "nearly"), or a bound ("hơn", "more than",
 * "không quá", "up to"). compatible.ts reads each hedge as the interval of values it allows; the
 * pairers ask whether a figure is hedged at all.
 */
import type { NumberFact } from '../extract/fact'
import { ABOUT, keys } from '../extract/fact-tokens'
import { foldWord } from '../../normalize/fold'

export type Hedge = 'none' | 'about' | 'nearly' | 'over' | 'under'

/** Hedge words, by the last one or two folded words before the number (the approximations in extract/fact-tokens.ts). */
export { ABOUT }
// Portuguese, Spanish, French, German and Italian hedges too ("quase", "environ", "mindestens"): no one-word
// hedge of theirs is an English or Vietnamese word, so they need no language gate; "fast" (German nearly) is
// left out, being English. Their two-word hedges are read only whole ("plus de", "no mínimo"): their words
// ("plus", "no", "lo", "ao", "di") are English and Vietnamese words too, so none of them is in HEDGE_WORDS
// Russian ones last (почти, более, свыше, менее): Cyrillic, so no gate either.
const NEARLY = keys('nearly almost approached approaching gần suýt quase casi presque knapp quasi почти')
// verbs of exceeding state a lower bound too ("vượt 1 tỉ", "dépassent 1 million", "exceeded $2 million"), and
// "non" (Vietnamese: just under) an upper one: read as plain figures, a sum so bounded lost its rounding (rhedges52)
const OVER = keys('over exceeding exceeds exceeded surpassing vượt hơn trên mindestens almeno oltre dépasse dépassent dépassant dépasser dépassé dépassait excède excèdent supera superam ultrapassa ultrapassam sedikitnya setidaknya более свыше ponad')
const UNDER = keys('under dưới non jusqu\'à jusqu\'a менее')
/** Approximations of the continental languages, as one word ("environ", "etwa") before the figure. */
// Indonesian, Turkish, Polish and Czech ones too (sekitar, yaklaşık, około, zhruba): none an English or Vietnamese word
const CONTINENTAL_ABOUT = keys('aproximadamente unos unas environ etwa rund ungefähr около примерно приблизительно порядка sekitar kira-kira yaklaşık około zhruba přibližně cirka')
// Arabic and Persian ones (review rdigits59): their script is no other table's, so no gate either. Each with and
// without its hamza, as outlets write both ("أكثر" / "اكثر"). "قرابة" and "ما يقرب من" are read as "about", as news uses them.
const ARABIC_ABOUT = keys('نحو حوالي حوالى قرابة زهاء حدود حدودا')
const ARABIC_OVER = keys('حداقل')
const ARABIC_UNDER = keys('حداکثر')
const ARABIC_TWO_WORD: ReadonlyArray<readonly [string, Hedge]> = [
  ['أكثر من', 'over'],
  ['اكثر من', 'over'],
  ['أزيد من', 'over'],
  ['ما يزيد على', 'over'],
  ['ما يزيد عن', 'over'],
  ['أقل من', 'under'],
  ['اقل من', 'under'],
  ['ما يقرب من', 'about'],
  ['ما يقارب', 'about'],
  ['بیش از', 'over'],
  ['کمتر از', 'under'],
  ['نزدیک به', 'nearly'],
]
const EN_VI_TWO_WORD: ReadonlyArray<readonly [string, Hedge]> = [
  ['more than', 'over'],
  ['at least', 'over'],
  ['upwards of', 'over'],
  ['ít nhất', 'over'],
  ['less than', 'under'],
  ['fewer than', 'under'],
  ['up to', 'under'],
  ['at most', 'under'],
  ['as much as', 'under'],
  ['as many as', 'under'],
  ['lên tới', 'under'],
  ['lên đến', 'under'],
  ['không quá', 'under'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['tối đa', 'under'],
  ['close to', 'nearly'],
  ['gần như', 'nearly'],
  ['ước tính', 'about'],
  ['an estimated', 'about'],
]
/**
 * Bounds read only whole, as the continental ones are: their words ("in", "of", "no", "không", "ít") are no
 * hedge alone, so they stay out of HEDGE_WORDS. "không dưới" (not under) and "không ít hơn" (no fewer than)
 * turn the bound their last words state; "ít hơn" is fewer than, not "hơn" (more than).
 */
const WHOLE_BOUNDS: ReadonlyArray<readonly [string, Hedge]> = [
  ['north of', 'over'],
  ['in excess of', 'over'],
  ['no less than', 'over'],
  ['not less than', 'over'],
  ['no fewer than', 'over'],
  ['tối thiểu', 'over'],
  ['vượt quá', 'over'],
  ['không dưới', 'over'],
  ['không ít hơn', 'over'],
  ['no more than', 'under'],
  ['not more than', 'under'],
  ['shy of', 'under'],
  ['ít hơn', 'under'],
]
const CONTINENTAL_TWO_WORD: ReadonlyArray<readonly [string, Hedge]> = [
  // "pelo menos 30", "al menos 30", "au moins 30", "mehr als 30", "più di 30" (fresh42-1): the bounds and
  // approximations each language writes before a toll
  ['pelo menos', 'over'],
  ['ao menos', 'over'],
  ['no mínimo', 'over'],
  ['mais de', 'over'],
  ['al menos', 'over'],
  ['por lo menos', 'over'],
  ['más de', 'over'],
  ['au moins', 'over'],
  ['au minimum', 'over'],
  ['d\'au minimum', 'over'],
  ['passa de', 'over'],
  ['passam de', 'over'],
  ['acima de', 'over'],
  ['lebih dari', 'over'],
  ['plus de', 'over'],
  ['mehr als', 'over'],
  ['più di', 'over'],
  ['menos de', 'under'],
  ['moins de', 'under'],
  ['au maximum', 'under'],
  ['d\'au maximum', 'under'],
  ['no máximo', 'under'],
  ['kurang dari', 'under'],
  ['weniger als', 'under'],
  ['meno di', 'under'],
  ['bis zu', 'under'],
  ['cerca de', 'about'],
  ['alrededor de', 'about'],
  ['près de', 'nearly'],
  ['perto de', 'nearly'],
  // Russian puts "на" (by) between a hedge and a change (*почти на 10%*, *более чем на 10%*)
  ['почти на', 'nearly'],
  ['более чем', 'over'],
  ['более чем на', 'over'],
  ['примерно на', 'about'],
  ['менее чем', 'under'],
]
/** Each phrase folded as the words before a figure are ("più di" is read "pìu di"). */
const foldPhrase = (phrase: string): string => phrase.split(' ').map(foldWord).join(' ')
const TWO_WORD: ReadonlyMap<string, Hedge> = new Map([...EN_VI_TWO_WORD, ...WHOLE_BOUNDS, ...CONTINENTAL_TWO_WORD, ...ARABIC_TWO_WORD].map(([k, v]) => [foldPhrase(k), v]))

/** Every word of a hedge, one word or two ("about", "more", "than", "ít", "nhất"), folded: words that say how a figure is held, never what befell it. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  ...ABOUT, ...CONTINENTAL_ABOUT, ...ARABIC_ABOUT, ...ARABIC_OVER, ...ARABIC_UNDER, ...NEARLY, ...OVER, ...UNDER,
  ...EN_VI_TWO_WORD.flatMap(([phrase]) => [...keys(phrase)]),
])

/** Letters written before a currency sign or as its symbol (R$, US$, HK$, Rp), read as a word before the sum. */
const CURRENCY_LETTERS: ReadonlySet<string> = keys('r rp us hk nz c s a au nt')

/** The hedge phrase that ends `words` (nearest last), with the words it takes. */
export function hedgeAt(words: readonly string[]): { hedge: Hedge; phrase: string } {
  const last = words[words.length - 1]
  const pair = words.length >= 2 ? `${words[words.length - 2]} ${last}` : ''
  const triple = words.length >= 3 ? `${words[words.length - 3]} ${pair}` : ''
  if (TWO_WORD.has(triple)) return { hedge: TWO_WORD.get(triple)!, phrase: triple }
  if (TWO_WORD.has(pair)) return { hedge: TWO_WORD.get(pair)!, phrase: pair }
  if (last === undefined) return { hedge: 'none', phrase: '' }
  if (TWO_WORD.has(last)) return { hedge: TWO_WORD.get(last)!, phrase: last }
  if (ABOUT.has(last) || CONTINENTAL_ABOUT.has(last) || ARABIC_ABOUT.has(last)) return { hedge: 'about', phrase: last }
  if (NEARLY.has(last)) return { hedge: 'nearly', phrase: last }
  if (OVER.has(last) || ARABIC_OVER.has(last)) return { hedge: 'over', phrase: last }
  if (UNDER.has(last) || ARABIC_UNDER.has(last)) return { hedge: 'under', phrase: last }
  return { hedge: 'none', phrase: '' }
}

/**
 * The hedge on a number and the words that state it, read from the words just before it.
 * A bound before an approximation bounds it: "as much as about 16 percent" is at most ~16.
 */
export function readHedge(fact: NumberFact): { hedge: Hedge; phrase: string } {
  const read = fact.lead ?? fact.before
  // "passa de R$ 1 milhão", "lebih dari Rp 1 miliar": the currency's letters stand between the bound and the sum
  const words = fact.kind === 'amount' && CURRENCY_LETTERS.has(read[read.length - 1] ?? '') ? read.slice(0, -1) : read
  const found = hedgeAt(words)
  if (found.hedge !== 'about' || words.length < 2) return found
  const outer = hedgeAt(words.slice(0, words.length - found.phrase.split(' ').length))
  return outer.hedge === 'none' || outer.hedge === 'about' ? found : { hedge: outer.hedge, phrase: `${outer.phrase} ${found.phrase}` }
}

/** The hedge on a number, read from the words just before it. */
export function hedgeOf(fact: NumberFact): Hedge {
  return readHedge(fact).hedge
}
