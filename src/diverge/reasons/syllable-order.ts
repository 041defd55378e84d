/**
 * Hoa Liên / Liên Hoa: one place (Hualien) written with its syllables in
 * another order, by one outlet against another.
 *
 * In a name of Vietnamese syllables the order is the name: Đức Anh and Anh
 * Đức are two people, so name-spelling.ts never reorders such a name, and a
 * family name moved to the other end (Chong Wei Feng / Wei Feng Chong) is a
 * foreign name's other order, not this. A transcribed place keeps its
 * syllables in one order as well, and an outlet that swaps them has respelt
 * it. The spelling cannot tell a respelt place from two people, so the rule
 * is split: `reorderedSyllables` judges the letters, and `syllablesMayMove`
 * says what the two reports must show before the pair counts — never a
 * person's name (a title before it, a family name opening it), and either
 * sentences linked as one statement or both spellings read as places in
 * sentences that share context words.
 */
import { foldWord } from '../../normalize/fold'
import { memo } from '../../normalize/text-memo'
import type { NameFact } from '../extract/names/names'
import { isVietnameseSyllable } from '../extract/vi-syllables'

// A place transcribed syllable by syllable has two to four of them (Hoa Liên, Hắc Long Giang).
const MAX_SYLLABLES = 4
const SPLIT = /[\s\-‐‑–—_]+/u

/** A name's folded syllables, with their join and their sorted join; undefined when one is no Vietnamese syllable. */
interface Syllables {
  readonly words: readonly string[]
  readonly joined: string
  readonly sorted: string
}

// Read once per name text: a story's pairs judge the same names against each other again and again.
const syllablesOf = memo((text: string): Syllables | null => {
  const words = text.normalize('NFC').split(SPLIT).filter((w) => /\p{L}/u.test(w)).map((w) => foldWord(w.toLowerCase()))
  return words.every(isVietnameseSyllable) ? { words, joined: words.join(' '), sorted: [...words].sort().join(' ') } : null
})

/**
 * Two names of the same two to four Vietnamese syllables (folded, as a
 * multiset) in another order, with no two syllables of one kept side by side
 * in the other. Two names listed in another order (Việt Nam Ấn Độ / Ấn Độ
 * Việt Nam) keep each name's syllables together: a list, not a respelling.
 */
export function reorderedSyllables(a: string, b: string): boolean {
  const sx = syllablesOf(a)
  const sy = syllablesOf(b)
  if (!sx || !sy || sx.words.length !== sy.words.length || sx.words.length < 2 || sx.words.length > MAX_SYLLABLES) return false
  if (sx.joined === sy.joined || sx.sorted !== sy.sorted) return false
  const [x, y] = [sx.words, sy.words]
  const neighbours = new Set(y.slice(1).map((word, k) => `${y[k]} ${word}`))
  return x.slice(1).every((word, k) => !neighbours.has(`${x[k]} ${word}`))
}

/** What the two reports show of one spelling: its mentions' titles and categories. */
type Mentions = readonly { readonly fact: NameFact }[]

// Any title, even ông or anh, says a person is meant.
const person = (mentions: Mentions): boolean => mentions.some((m) => m.fact.title !== undefined || m.fact.category === 'person')
const place = (mentions: Mentions): boolean => mentions.some((m) => m.fact.category === 'place')

/**
 * May two spellings with their syllables reordered be one name respelt, given
 * where they stand: `linked` when two of their mentions are in sentences
 * aligned as one statement, `shared` the context words their sentences share.
 */
export function syllablesMayMove(a: Mentions, b: Mentions, linked: boolean, shared: number): boolean {
  if (person(a) || person(b)) return false
  return linked || (place(a) && place(b) && shared > 0)
}
