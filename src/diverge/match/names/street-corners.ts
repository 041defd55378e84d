/**
 * Brazil Street and La Grande Avenue / Brazil and La Grande avenues: two reports naming one
 * corner name one street, whatever else each says happened there. So a report that writes the
 * street beside a cross street, where the other report names the corner of the two, places its
 * street where the other places its own: one street of that specific name, its type word written
 * two ways (street-places.ts asks this when the event's clause does not tell).
 */
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { foldWord } from '../../../normalize/fold'
import { isStreetTypeWord, streetOf } from './street-names'

// The word between two streets of a corner, in the languages reports are written in (and, và, y, et, und).
const CORNER_JOINS = new Set(['and', '&', 'và', 'y', 'et', 'und', 'e'].map(foldWord))
// Mentions, names and words read per report, so a long report costs linear time.
const MENTIONS_READ = 8
const NAMES_READ = 2000
const CROSS_READ = 8
const WORD = /[\p{L}\p{N}&]+/gu

/** The specific parts of the other streets named in the sentences of a report's street mentions (La Grande). */
function crossStreets(street: readonly Located<NameFact>[], own: readonly Located<NameFact>[], specific: string): string[][] {
  const sentences = new Set(street.slice(0, MENTIONS_READ).map((m) => m.sentence))
  const out: string[][] = []
  for (const name of own.slice(0, NAMES_READ)) {
    if (!sentences.has(name.sentence)) continue
    const cross = streetOf(name.fact.text)
    if (cross && cross.specific !== specific && out.length < CROSS_READ) out.push(cross.specific.split(' '))
  }
  return out
}

// One report's words, folded, read once per text (asked for each pair of street spellings).
let lastText = ''
let lastWords: readonly string[] = []
function foldedWords(text: string): readonly string[] {
  if (text !== lastText) {
    lastText = text
    lastWords = (text.match(WORD) ?? []).map(foldWord)
  }
  return lastWords
}

const runAt = (words: readonly string[], at: number, run: readonly string[]): boolean => run.every((w, k) => words[at + k] === w)

/** Does the text name the corner of `first` and `second` (first [type] and second), in that order? */
function cornerIn(words: readonly string[], first: readonly string[], second: readonly string[]): boolean {
  for (let i = 0; i + first.length < words.length; i++) {
    if (!runAt(words, i, first)) continue
    let k = i + first.length
    if (k < words.length && isStreetTypeWord(words[k]!)) k++
    if (k < words.length && CORNER_JOINS.has(words[k]!) && runAt(words, k + 1, second)) return true
  }
  return false
}

/**
 * Does one report write the street (specific part `specific`) beside a cross street whose corner
 * with it the other report names?
 */
export function cornerShared(
  specific: string,
  mentions: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
  names: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
  originals: { readonly a: string; readonly b: string },
): boolean {
  const street = specific.split(' ')
  const named = (crosses: readonly string[][], other: string): boolean => {
    if (crosses.length === 0) return false
    const words = foldedWords(other)
    return crosses.some((cross) => cornerIn(words, street, cross) || cornerIn(words, cross, street))
  }
  return named(crossStreets(mentions.a, names.a, specific), originals.b) || named(crossStreets(mentions.b, names.b, specific), originals.a)
}
