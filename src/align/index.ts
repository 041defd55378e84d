/**
 * The align stage on its own: link the sentences of two lists, in any order,
 * 1–1 or merged (up to 3), with their similarity.
 */
import { CorroborateError, describe } from '../errors'
import { tokens } from '../normalize/tokens'
import type { Alignment } from '../types'
import { alignBags } from './align'
import { bagOf } from './bags'
import { createVocabulary, intern, inverseFrequency } from './weights'

export interface AlignOptions {
  /**
   * Minimum weighted Dice for two sentences to link on their own.
   * @default 0.5
   */
  readonly threshold?: number
}

/** Indexes in `a` and `b` of sentences that state the same thing. */
export function alignSentences(a: readonly string[], b: readonly string[], options: AlignOptions = {}): Alignment[] {
  const threshold = options.threshold ?? 0.5
  for (const [path, list] of [['a', a], ['b', b]] as const) {
    if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) {
      throw new CorroborateError('E_INPUT', [{ path, expected: 'an array of strings', received: describe(list) }])
    }
  }
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options.threshold', expected: 'a number from 0 to 1', received: describe(threshold) }])
  }
  const vocabulary = createVocabulary()
  const idsA = a.map((sentence) => intern(vocabulary, tokens(sentence)))
  const idsB = b.map((sentence) => intern(vocabulary, tokens(sentence)))
  const weighting = inverseFrequency(vocabulary, [...idsA, ...idsB])
  return alignBags(
    idsA.map((ids) => bagOf(ids, weighting)),
    idsB.map((ids) => bagOf(ids, weighting)),
    weighting,
    { threshold, keys: vocabulary.keys, text: (side, k) => (side === 0 ? a : b)[k]! },
  ).map((link) => ({ a: link.a, b: link.b, similarity: Math.round(link.similarity * 1e6) / 1e6, role: 'body' }))
}
