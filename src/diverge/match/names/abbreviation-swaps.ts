/**
 * Abbreviations written with two neighbouring letters swapped (CNRP / CNPR):
 * one organisation respelt. The name extractor reads names from capitalised
 * words, and an all-capital abbreviation is none, so they are compared here.
 *
 * Only abbreviations one report writes and the other never does are
 * candidates, of four letters or more (three-letter ones collide too often:
 * NSA, NAS), and only when exactly one abbreviation on each side has those
 * letters: two that both reports write stay two.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Span } from '../../../types'
import { statesFacts } from '../../extract/stating-lines'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import { editDistance } from '../../reasons/edit-distance'

// Runs of capitals; the letters around are checked apart (a lookbehind on every sentence costs more than the rest).
const CAPITALS = /[A-Z]{4,8}/g
const WORD_CHAR = /[\p{L}\p{N}]/u
// Spelling alone: a candidate; the same organisation in linked sentences or in more than one mention each lifts it.
const BASE_CONFIDENCE = 0.6

/** Every all-capital word of the stating sentences, by its text. */
function abbreviations(doc: PreparedDocument): Map<string, Span[]> {
  const found = new Map<string, Span[]>()
  for (const sentence of doc.sentences) {
    if (!statesFacts(sentence)) continue
    for (const match of doc.original.slice(sentence.start, sentence.end).matchAll(CAPITALS)) {
      const start = sentence.start + match.index!
      const before = doc.original[start - 1]
      const after = doc.original[start + match[0].length]
      if ((before !== undefined && WORD_CHAR.test(before)) || (after !== undefined && WORD_CHAR.test(after))) continue
      const span: Span = { sentence: sentence.index, start, end: start + match[0].length, text: match[0] }
      const list = found.get(match[0])
      if (list) list.push(span)
      else found.set(match[0], [span])
    }
  }
  return found
}

const letters = (word: string): string => [...word].sort().join('')

/** Abbreviations of A and B that are one another with two neighbouring letters swapped. */
export function swappedAbbreviations(docA: PreparedDocument, docB: PreparedDocument, linked: (a: number, b: number) => boolean, sides: Sides): UnplacedDivergence[] {
  // Found once per report: a story asks for them in every pair.
  const inA = once(docA, abbreviations)
  const inB = once(docB, abbreviations)
  const byLetters = (own: Map<string, Span[]>, other: Map<string, Span[]>): Map<string, string[]> => {
    const index = new Map<string, string[]>()
    for (const word of own.keys()) {
      if (other.has(word)) continue
      const key = letters(word)
      index.set(key, [...(index.get(key) ?? []), word])
    }
    return index
  }
  const onlyA = byLetters(inA, inB)
  const onlyB = byLetters(inB, inA)
  const out: UnplacedDivergence[] = []
  for (const [key, wordsA] of onlyA) {
    const wordsB = onlyB.get(key)
    // CNRP against CNPR, and nothing else with those letters on either side.
    if (!wordsB || wordsA.length !== 1 || wordsB.length !== 1) continue
    const [x, y] = [wordsA[0]!, wordsB[0]!]
    if (editDistance(x, y, 1) !== 1) continue
    const spansA = inA.get(x)!
    const spansB = inB.get(y)!
    const evidence = ['letters swapped in an abbreviation']
    let confidence = BASE_CONFIDENCE
    const pair = spansA.flatMap((a) => spansB.map((b) => [a, b] as const)).find(([a, b]) => linked(a.sentence, b.sentence))
    if (pair) {
      confidence += 0.3
      evidence.unshift('linked sentences')
    }
    if (spansA.length > 1 && spansB.length > 1) {
      confidence += 0.1
      evidence.push('written so more than once on each side')
    }
    const [a, b] = pair ?? [spansA[0]!, spansB[0]!]
    out.push({
      kind: 'name',
      severity: 'medium',
      a,
      b,
      message: contradictionMessage('name', 'name', x, y, sides),
      // Copies: the lists are the report's own, shared by its pairs.
      occurrences: { a: [...spansA], b: [...spansB] },
      confidence: Math.min(0.99, confidence),
      evidence,
    })
  }
  return out
}
