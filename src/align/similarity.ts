/**
 * Similarity of two short texts, the measure the aligner links sentences by:
 * weighted Dice over folded tokens, words that differ only by diacritics or a
 * romanisation alternation counting at 80%.
 */
import { tokens } from '../normalize/tokens'
import { bagOf, dice } from './bags'
import { createVocabulary, intern, weighting } from './weights'

export interface SimilarityOptions {
  /**
   * Weight of a token, e.g. inverse document frequency over a corpus built
   * with `tokens()`. Unweighted by default.
   * @default () => 1
   */
  readonly idf?: (token: string) => number
}

const UNWEIGHTED = (): number => 1

/** How alike two texts are, in [0, 1]. */
export function similarity(a: string, b: string, options: SimilarityOptions = {}): number {
  const vocabulary = createVocabulary()
  const idsA = intern(vocabulary, tokens(a))
  const idsB = intern(vocabulary, tokens(b))
  const w = weighting(vocabulary, options.idf ?? UNWEIGHTED)
  return dice(bagOf(idsA, w), bagOf(idsB, w), w)
}
