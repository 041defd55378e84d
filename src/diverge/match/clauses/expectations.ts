/**
 * Whether a figure is one someone expects, plans or forecasts rather than one that happened
 * ("dự kiến 5.000 người", "expected to reach $2 billion"), read from the words before it.
 *
 * A plan to buy or build something names a price that is the thing's, not a planned figure:
 * "kế hoạch mua 12 chiến đấu cơ FA-50 trị giá 18,9 tỷ peso" states what the jets cost, as
 * "hợp đồng … lên tới 18 tỷ peso" does. A word of worth between the expectation and the figure
 * hands the figure to the thing it prices; right after the expectation ("dự kiến trị giá",
 * "expected worth") it is still an estimate.
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../extract/fact-tokens'

const EXPECTED = keys('expects expected expecting expect forecast forecasts projected projects predicted predicts anticipated anticipates kiến báo hoạch tiêu target targets')
/** "dự kiến", "dự báo", "kế hoạch", "mục tiêu": the second syllable counts only after the first. */
const EXPECTED_FIRST: ReadonlyMap<string, string> = new Map(
  [
    ['kiến', 'dự'],
    ['báo', 'dự'],
    ['hoạch', 'kế'],
    ['tiêu', 'mục'],
  ].map(([second, first]) => [foldWord(second!), foldWord(first!)]),
)

/** One word that prices a thing: "worth", "valued" (at). */
const WORTH = keys('worth valued')
/** "trị giá", "giá trị": two syllables, either order. */
const TRI = foldWord('trị')
const GIA = foldWord('giá')

function expectationAt(words: readonly string[], k: number): boolean {
  const w = words[k]!
  return EXPECTED.has(w) && (!EXPECTED_FIRST.has(w) || words[k - 1] === EXPECTED_FIRST.get(w))
}

function worthAt(words: readonly string[], k: number): boolean {
  const w = words[k]!
  if (WORTH.has(w)) return true
  const next = words[k + 1]
  return (w === TRI && next === GIA) || (w === GIA && next === TRI)
}

/** Does an expectation govern the figure whose preceding words (folded, in order) are `words`? */
export function expected(words: readonly string[]): boolean {
  let last = -1
  for (let k = 0; k < words.length; k++) if (expectationAt(words, k)) last = k
  if (last < 0) return false
  for (let k = last + 2; k < words.length; k++) if (worthAt(words, k)) return false
  return true
}
