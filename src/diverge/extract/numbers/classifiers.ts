/**
 * Vietnamese classifiers: "18 đám cháy" and "29 vụ cháy" count fires, "200 ngôi nhà" and "200 căn
 * nhà" homes, "12 chiếc máy bay" and "12 máy bay" aircraft. The classifier says how a noun is
 * counted, not what is counted, so a count after one is keyed on the noun that follows it: two
 * reports choosing different classifiers (or none) then fill one slot.
 *
 * A classifier with no noun after it stands for the noun it counted earlier in the sentence
 * ("71 vụ cháy rừng … và 29 vụ trong số đó": 29 fires), so it takes that noun.
 *
 * Not classifiers here: "lượt" and "trận" count turns and matches themselves ("5 lượt đá" and
 * "4 lượt sút" are one shoot-out's rounds, "2 trận gặp Uzbekistan" two matches), "cái" and
 * "người" are nouns of anything, and "con" is also an English word ("12 con artists") and half of
 * nouns of its own ("con tin"). The noun must be a Vietnamese syllable: English has no classifiers.
 */
import { keys, type Token } from '../fact-tokens'
import { STOP } from './number-words'
import { isVietnameseSyllable } from '../vi-syllables'

const CLASSIFIERS = keys('vụ đám ngôi căn chiếc cuộc ngọn tòa quả')

/** A lower-case word that can be the noun a classifier counts (not a function word). */
function nounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return !!t && t.kind === 'word' && /^\p{Ll}+$/u.test(t.raw) && !STOP.has(t.key) && !CLASSIFIERS.has(t.key) && isVietnameseSyllable(t.key)
}

/**
 * The key of the noun a count reads through the classifier at token `j`, or undefined when `j`
 * holds no classifier or what it counts cannot be told. The count's span still ends at the
 * classifier: the word after it may be the first syllable of a longer noun ("vụ tấn công").
 */
export function classifiedNoun(tokens: readonly Token[], j: number): string | undefined {
  const t = tokens[j]
  if (!t || t.kind !== 'word' || !CLASSIFIERS.has(t.key) || !/^\p{Ll}/u.test(t.raw)) return undefined
  if (nounAt(tokens, j + 1)) return tokens[j + 1]!.key
  // A bare classifier: the noun the same classifier counted before it in the sentence.
  for (let k = j - 2; k >= 0; k--) {
    if (tokens[k]!.raw === '.' || tokens[k]!.raw === ';') break
    if (tokens[k]!.key === t.key && nounAt(tokens, k + 1)) return tokens[k + 1]!.key
  }
  return undefined
}
