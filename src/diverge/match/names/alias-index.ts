/**
 * What alias-forms.ts reads of one report, indexed once per report so each name asks a few
 * look-ups: its one-word names by their first letters, its longer names by their head words, by
 * their surname (a generational suffix kept apart) and by their first and last words, and its words
 * written in capitals (a dateline's left out: WASHINGTON (Reuters) - is where it was filed).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { scanRun, UPPER, WORD_CHAR, widthAt } from '../../../normalize/chars'
import { stripDiacritics } from '../../../normalize/fold'
import type { DocumentFacts } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

export /** A clipping keeps this many letters at least (Barca, Juve): a shorter one (Bar, Phi) is any word. */
const MIN_CLIP = 4

export interface NameIndex {
  /** One-word names by their first MIN_CLIP letters (bare), with whether each is a place. */
  readonly oneWord: Map<string, { readonly word: string; readonly category: NameFact['category']; readonly camel: boolean }[]>
  /** Multi-word names by all their words but the last. */
  readonly byHead: Map<string, string[][]>
  /** Words written in capitals (two letters or more), as written. */
  readonly capitals: Set<string>
  /** Names of two words or more, their suffix (Jr) dropped and kept apart, by their last word. */
  readonly bySurname: Map<string, Person[]>
  /** Full names of two or three words by their first and by their last word: the names that word is part of. */
  readonly fullNames: Map<string, Set<string>>
}

/** Two words run together (SuperClear, AndroidCentral): a capital inside the word. */
export const camelCase = (text: string): boolean => /\p{Ll}\p{Lu}/u.test(text)

// Generational suffixes after a surname: Arthur O. Sulzberger Jr.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
const hasSuffix = (words: readonly string[]): boolean => words.length > 2 && SUFFIXES.has(words[words.length - 1]!)
const withoutSuffix = (words: readonly string[]): readonly string[] => (hasSuffix(words) ? words.slice(0, -1) : words)
/** A person's name without its suffix, and the suffix (Griffey Sr and Griffey Jr are father and son). */
export interface Person {
  readonly words: readonly string[]
  readonly suffix: string | undefined
}
export const personOf = (words: readonly string[]): Person => ({ words: withoutSuffix(words), suffix: hasSuffix(words) ? words[words.length - 1] : undefined })

function indexNames(doc: PreparedDocument, facts: DocumentFacts): NameIndex {
  const oneWord = new Map<string, { word: string; category: NameFact['category']; camel: boolean }[]>()
  const byHead = new Map<string, string[][]>()
  const fullNames = new Map<string, Set<string>>()
  const bySurname = new Map<string, Person[]>()
  // A name mentioned again adds nothing: each list holds a name once.
  const seen = new Set<string>()
  for (const { fact } of facts.names) {
    if (seen.has(fact.key)) continue
    seen.add(fact.key)
    const words = fact.tokens.map(stripDiacritics)
    if (words.length === 1) {
      const key = words[0]!.slice(0, MIN_CLIP)
      if (words[0]!.length < MIN_CLIP) continue
      let list = oneWord.get(key)
      if (!list) oneWord.set(key, (list = []))
      list.push({ word: words[0]!, category: fact.category, camel: camelCase(fact.text) })
      continue
    }
    const person = personOf(words)
    if (person.words.length >= 2) {
      const surname = person.words[person.words.length - 1]!
      let same = bySurname.get(surname)
      if (!same) bySurname.set(surname, (same = []))
      same.push(person)
    }
    const head = words.slice(0, -1).join(' ')
    let list = byHead.get(head)
    if (!list) byHead.set(head, (list = []))
    list.push(words)
    if (words.length <= 3) {
      const full = words.join(' ')
      for (const end of [words[0]!, words[words.length - 1]!]) {
        let set = fullNames.get(end)
        if (!set) fullNames.set(end, (set = new Set()))
        set.add(full)
      }
    }
  }
  // Read when a name first asks for them: most names are turned away before (a person's, one word).
  let capitals: Set<string> | undefined
  // The getter keeps the text, never the document: an index holding its document kept every
  // document alive past its compare() (GC 3% -> 11% of a seed pair's CPU, the call 17% slower).
  const text = doc.original
  return {
    oneWord,
    byHead,
    get capitals() {
      return (capitals ??= capitalWords(text))
    },
    fullNames,
    bySurname,
  }
}

/** The words of `text` in capitals (two letters or more), as written, but for a dateline's. */
function capitalWords(text: string): Set<string> {
  const capitals = new Set<string>()
  // A dateline (WASHINGTON (Reuters) -, NEW YORK -) is where the report was filed, no name's form.
  const datelines: [number, number][] = []
  for (const m of text.matchAll(DATELINE)) datelines.push([m.index, m.index + m[0].length])
  eachCapitalWord(text, (index, word) => {
    if (!datelines.some(([start, end]) => index >= start && index < end)) capitals.add(word)
  })
  return capitals
}

/**
 * Each word written in capitals, two letters or more: a whole run of letters, marks and digits that
 * is all `\p{Lu}` (what `(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,}(?![\p{L}\p{M}\p{N}])` matches), read
 * from the character table: the regex tried its lookbehind at every character of the report, ~5% of
 * a seed pair's compare().
 */
function eachCapitalWord(text: string, found: (index: number, word: string) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const end = scanRun(text, i, n, WORD_CHAR)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    if ((end - i > 2 || (end - i === 2 && widthAt(text, i) === 1)) && scanRun(text, i, end, UPPER) === end) found(i, text.slice(i, end))
    i = end
  }
}

/** An opening run of words in capitals before a bracketed credit or a dash, at the start of a line: a dateline. */
// Each run of capitals is followed by a separator before the next: an optional separator inside a
// repeated group splits a long run of capitals in exponentially many ways.
const DATELINE = /^[ \t]*[\p{Lu}\p{M}]{2,}(?:[ \t,.]+[\p{Lu}\p{M}]{2,})*[ \t,.]*(?=\(|[-\u2013\u2014])/gmu

/** The index of one report, read once whichever pair it is in. */
export const indexOf = (doc: PreparedDocument, facts: DocumentFacts): NameIndex => once(doc, indexNames, facts)

