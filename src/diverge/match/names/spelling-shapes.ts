/**
 * What the text of two name spellings alone says about them: the cheap reasons they cannot be
 * one entity (titles that clash, lengths too far apart), the word-by-word likeness of their
 * skeletons, where each puts its hyphens, the syllables one has and the other lacks, and whether
 * one run of words stands inside the other.
 *
 * Apart from variants.ts, which pairs the names of two reports with these and with the
 * sentences around them: nothing here looks at a document.
 */
import levenshtein from 'fast-levenshtein'
import { nameSkeleton } from '../../../normalize/romanisation'
import type { NameFact } from '../../extract/names/names'
import { nameCache, remember } from './name-caches'

// Titles that say nothing about who someone is (Mr, ông) do not keep two names apart.
const GENERIC_TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr'])

function titlesClash(a: NameFact, b: NameFact): boolean {
  if (!a.title || !b.title || a.title === b.title) return false
  return !GENERIC_TITLES.has(a.title) && !GENERIC_TITLES.has(b.title)
}

/** Share of its letters the longer of two words keeps in the other (1 − edit distance / longer length; 0 for two empty words). */
export function lettersKept(x: string, y: string): number {
  const longest = Math.max(x.length, y.length)
  return longest === 0 ? 0 : 1 - levenshtein.get(x, y) / longest
}

/** Word by word, the weakest likeness of the two skeletons: one wholly different word makes different names. */
export function skeletonSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length || a.length === 0) return 0
  let weakest = 1
  for (let i = 0; i < a.length; i++) {
    weakest = Math.min(weakest, lettersKept(nameSkeleton(a[i]!), nameSkeleton(b[i]!)))
  }
  return weakest
}

/** Where a name puts its hyphens and spaces: "Jae-myung" and "Jae Myung" differ here only. */
const hyphenations = nameCache<string>()
export function hyphenation(text: string): string {
  let shape = hyphenations.get(text)
  if (shape === undefined) {
    shape = remember(hyphenations, text, text.replace(/[^\s\-‐-―]+/gu, 'w').replace(/\s+/gu, ' '))
  }
  return shape
}

/** Cheap reasons two names cannot be one entity, checked before any string distance. */
export function comparable(a: NameFact, b: NameFact): boolean {
  if (titlesClash(a, b)) return false
  const lengthA = a.key.length
  const lengthB = b.key.length
  return Math.min(lengthA, lengthB) >= 0.5 * Math.max(lengthA, lengthB)
}

/** The syllables one spelling has and the other lacks: the respelling itself. */
export function respelling(a: readonly string[], b: readonly string[]): string {
  const left = [...a]
  const right: string[] = []
  for (const token of b) {
    const at = left.indexOf(token)
    if (at >= 0) left.splice(at, 1)
    else right.push(token)
  }
  return `${left.sort().join(' ')}\u0000${right.sort().join(' ')}`
}

/** Does one run of words stand inside the other, word for word? */
export function nested(x: readonly string[], y: readonly string[]): boolean {
  // Plain loops, no pair array or closure: every name of a long report meets every spelling listed (mentionsOf in variants.ts).
  const short = x.length <= y.length ? x : y
  const long = x.length <= y.length ? y : x
  const n = short.length
  if (n === 0) return false
  for (let i = 0; i + n <= long.length; i++) {
    let k = 0
    while (k < n && long[i + k] === short[k]) k++
    if (k === n) return true
  }
  return false
}

/**
 * Does the name key `longer` hold `shorter`'s words in a row? A full name respelt as its short form is
 * (*Уоррен Баффет* / *Уоррена Баффетта* beside *Баффет* / *Баффетт*): one entity, one divergence.
 */
export const holdsKey = (longer: string, shorter: string): boolean => ` ${longer} `.includes(` ${shorter} `)
