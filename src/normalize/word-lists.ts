/**
 * Word lists written as text and read as folded keys: the rules keep their vocabularies as one
 * readable string each, and fold them once here so a lookup is one `Set.has` on a token's key.
 */
import { foldWord } from './fold'

/** Folded key set from a space-separated list. */
export function keys(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').map(foldWord))
}

/** Folded word → folded next words, from rows of a word and a space-separated list of the words that may follow it. */
export function wordPairs(rows: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(rows.map(([word, then]) => [foldWord(word), keys(then)]))
}

/** Folded phrases from a comma-separated list of space-separated words, longest first (so a reader trying them in order takes the longest). */
export function phrases(list: string): ReadonlyArray<readonly string[]> {
  return list
    .split(',')
    .map((p) => p.trim().split(/\s+/).map(foldWord))
    .sort((x, y) => y.length - x.length)
}

/** Folded phrases from a `|`-separated list, in the list's own order (for readers that test each phrase where it stands, not the longest first). */
export function phrasesInOrder(list: string): ReadonlyArray<readonly string[]> {
  return list.split('|').map((p) => p.split(' ').map(foldWord))
}

/** Phrases of folded words by their first word: a sentence's words are each looked up once, not tried against every phrase. */
export type PhraseIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>

/** Index a comma-separated list of phrases (as `phrases` reads it) by first word. */
export function phraseIndex(list: string): PhraseIndex {
  const byFirst = new Map<string, (readonly string[])[]>()
  for (const words of phrases(list)) {
    const known = byFirst.get(words[0]!)
    if (known) known.push(words)
    else byFirst.set(words[0]!, [words])
  }
  return byFirst
}

/** `phrase` stands at word `k` of `words`. */
export const phraseStartsAt = (words: readonly string[], k: number, phrase: readonly string[]): boolean => phrase.every((w, i) => words[k + i] === w)

/** Some phrase of `index` starts at a word in [from, to). */
export function anyPhraseAt(words: readonly string[], from: number, to: number, index: PhraseIndex): boolean {
  for (let k = Math.max(0, from); k < Math.min(words.length, to); k++) if (index.get(words[k]!)?.some((p) => phraseStartsAt(words, k, p))) return true
  return false
}
