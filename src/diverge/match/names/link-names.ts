/**
 * The names one alignment link offers for pairing: those of its sentences whose role names
 * people (body, headline, teaser and caption lines each with their own kind), and the shortcut
 * for a link whose names the other report writes letter for letter, one way each, where no
 * pair can be a variant.
 *
 * Apart from variants.ts, which pairs the names and judges the spellings: this decides only
 * what a link puts in front of it.
 */
import type { PreparedDocument } from '../../../document'
import { Attached } from '../../../document/attached'
import type { DocumentFacts, Located } from '../../extract/collect'
import { textIds } from '../pairing/text-ids'
import type { NameFact } from '../../extract/names/names'

const NO_NAMES: readonly Located<NameFact>[] = Object.freeze([])

/**
 * Each sentence's names as a one-sentence link offers them (the document's own list, or none where
 * the sentence's role names nobody), and a number per sentence equal for two sentences whose names
 * are written alike in the same order (-1: none). Read of one report alone and kept with its facts:
 * a story's pairs asked a role set and a map for every sentence of every link, then compared copied
 * sentences' names text by text.
 */
export interface SentenceNames {
  readonly names: readonly (readonly Located<NameFact>[])[]
  readonly texts: Float64Array
}

// Equal numbers: equal lists of name texts (text-ids.ts; a different number is compared in full).
const namesTextId = textIds()
const textsId = (names: readonly Located<NameFact>[]): number => namesTextId(JSON.stringify(names.map((n) => n.fact.text)))

export function sentenceNames(facts: DocumentFacts, doc: PreparedDocument): SentenceNames {
  // namesBySentence holds only lines that name people (collect.ts reads names where namesFacts says so).
  const names = doc.sentences.map((_, i) => facts.namesBySentence.get(i) ?? NO_NAMES)
  return { names, texts: Float64Array.from(names, (list) => (list.length === 0 ? -1 : textsId(list))) }
}

/** Names of a link's sentences: body, headline, teaser and caption lines each link only with their own kind. */
export function linkedNames(facts: DocumentFacts, sentences: readonly number[]): readonly Located<NameFact>[] {
  // A link of one sentence each side is read from sentenceNames; merged or split sentences join their lists.
  if (sentences.length === 1) return facts.namesBySentence.get(sentences[0]!) ?? NO_NAMES
  return sentences.flatMap((i) => facts.namesBySentence.get(i) ?? [])
}

/**
 * A link (wire copy, most often) whose names B writes letter for letter, each spelling written one
 * way only: every pair below would be the same name or a name B also writes, so it yields nothing.
 */
export function nothingToPair(namesA: readonly Located<NameFact>[], namesB: readonly Located<NameFact>[], spelling: (fact: NameFact) => string, sameWritten = false): boolean {
  // The usual case, asked by every pair of a story: the same names in the same order (`sameWritten`:
  // the caller knows it from the sentences' numbers, see SentenceNames).
  if (sameWritten || sameTexts(namesA, namesB)) {
    let known = oneWay.get(namesA)
    if (known === undefined) oneWay.set(namesA, (known = spellingsOneWay(namesA, spelling)))
    return known
  }
  const textsB = new Set(namesB.map((n) => n.fact.text))
  if (!namesA.every((n) => textsB.has(n.fact.text))) return false
  return spellingsOneWay([...namesA, ...namesB], spelling)
}

/** The same names written the same way in the same order (a copied sentence). */
function sameTexts(namesA: readonly Located<NameFact>[], namesB: readonly Located<NameFact>[]): boolean {
  if (namesA === namesB) return true
  if (namesA.length !== namesB.length) return false
  for (let k = 0; k < namesA.length; k++) if (namesA[k]!.fact.text !== namesB[k]!.fact.text) return false
  return true
}

// Per list of a sentence's names (a document keeps its lists): is each spelling written one way?
const oneWay = new Attached<readonly Located<NameFact>[], boolean>('oneWay')

function spellingsOneWay(names: readonly Located<NameFact>[], spelling: (fact: NameFact) => string): boolean {
  const textOf = new Map<string, string>()
  for (const name of names) {
    const key = spelling(name.fact)
    const text = textOf.get(key)
    if (text === undefined) textOf.set(key, name.fact.text)
    else if (text !== name.fact.text) return false
  }
  return true
}
