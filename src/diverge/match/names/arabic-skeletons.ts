/**
 * How many words of a report's names share an Arabic name's consonants (reasons/name-arabic.ts):
 * a spelling romanised another way names what the other report's does with more likelihood when
 * each report writes no other word of that skeleton (Gadaffi against Moamer Kadhafi, Ramusa against
 * Ramousah). Two reports naming Hasaka and a Hasakeh street beside a Hasakah district give each
 * skeleton three words: no such likelihood.
 */
import { stripDiacritics } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { arabicConsonants, withoutArticle } from '../../reasons/name-arabic'
import { Attached } from '../../../document/attached'

// The distinct words of each consonant key, by report's name list (kept for a story's every pair).
const wordsByKey = new Attached<readonly Located<NameFact>[], Map<string, Set<string>>>('arabicSkeletonWords')

const bareWord = (token: string): string => stripDiacritics((withoutArticle(token) ?? token).toLowerCase())

function indexOf(names: readonly Located<NameFact>[]): Map<string, Set<string>> {
  let index = wordsByKey.get(names)
  if (index) return index
  index = new Map()
  for (const { fact } of names) {
    for (const token of fact.tokens) {
      const word = bareWord(token)
      const key = arabicConsonants(word)
      if (key === '') continue
      const words = index.get(key)
      if (!words) index.set(key, new Set([word]))
      else if (words.size < 4) words.add(word)
    }
  }
  wordsByKey.set(names, index)
  return index
}

/** Is `word` (bare, lower case) the only word of its Arabic consonants among the report's names? */
export function onlyWordOfSkeleton(names: readonly Located<NameFact>[], word: string): boolean {
  const key = arabicConsonants(word)
  if (key.length < MIN_CONSONANTS) return false
  return (indexOf(names).get(key)?.size ?? 0) <= 1
}

/** Is each changed word of a judgement (`changes`: A's words, NUL, B's) its report's only word of its Arabic consonants? */
export function changedOnlyOfSkeleton(namesA: readonly Located<NameFact>[], namesB: readonly Located<NameFact>[], changes: string): boolean {
  const [ofA = '', ofB = ''] = changes.split('\u0000')
  return ofA.split(' ').every((w) => onlyWordOfSkeleton(namesA, w)) && ofB.split(' ').every((w) => onlyWordOfSkeleton(namesB, w))
}

// Fua, Ali: one or two consonants are shared by too many words to tell anything.
const MIN_CONSONANTS = 3
