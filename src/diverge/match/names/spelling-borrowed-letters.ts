/**
 * A name written in Arabic with a letter borrowed for a foreign sound in one report and with the
 * native letter in the other: *شنڤريحة* / *شنقريحة* (Chengriha, the Algerian ڤ for g against ق),
 * *سينرچي* / *سينرجي* (Synergy, the Egyptian چ for g against ج). Arabic has no capitals, so the
 * name extractor reads no name there; the borrowed letters themselves say the word is a foreign
 * name or loanword, which is why no other sign is needed.
 *
 * Only reports both written in Arabic are read: Persian, Urdu or Kurdish write these letters as
 * their own, and one name transcribed into two languages is no respelling. A word counts when one
 * report writes it and never its native form, the other writes the native form and never the
 * borrowed one, and exactly one word on each side answers (two candidates are two names).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Span } from '../../../types'
import { statesFacts } from '../../extract/stating-lines'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'

/** franc's codes of Arabic (Standard and the spoken varieties it knows). */
const ARABIC = new Set(['arb', 'ara', 'arz', 'ary', 'apd', 'acm', 'ajp', 'apc', 'aeb', 'acq', 'ars'])

/** Letters Arabic writers borrow for sounds Arabic lacks (v, g, p, ch, zh), and the native letters written instead. */
const NATIVE_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ڤ', ['ف', 'ق', 'غ', 'ب']], // v, or the Maghrebi g
  ['ڨ', ['ق', 'غ', 'ج']], // the Algerian and Tunisian g
  ['چ', ['ج', 'ش', 'ك', 'غ']], // the Egyptian g, or ch
  ['گ', ['ك', 'ج', 'غ', 'ق']], // g
  ['پ', ['ب']], // p
  ['ژ', ['ز', 'ج']], // zh
])
// A word with more borrowed letters than this is left alone: each one multiplies the native forms tried.
const MOST_BORROWED = 2
// A shorter word is too likely another word once a letter changes.
const LEAST_LETTERS = 4
// Spelling alone is the evidence; the two words in linked sentences lift it.
const BASE_CONFIDENCE = 0.7
const LINKED_BONUS = 0.2

// An Arabic word: a letter of the script, then its letters and marks (harakat are of the Inherited script).
const ARABIC_WORD = /\p{Script=Arabic}[\p{Script=Arabic}\p{M}]*/gu
const MARKS = /\p{M}/gu

/** Every Arabic word of a report's stating sentences, its marks dropped, with where it is written. */
function arabicWords(doc: PreparedDocument): Map<string, Span[]> {
  const found = new Map<string, Span[]>()
  for (const sentence of doc.sentences) {
    if (!statesFacts(sentence)) continue
    for (const match of doc.original.slice(sentence.start, sentence.end).matchAll(ARABIC_WORD)) {
      const start = sentence.start + match.index!
      const word = match[0].replace(MARKS, '')
      const span: Span = { sentence: sentence.index, start, end: start + match[0].length, text: match[0] }
      const list = found.get(word)
      if (list) list.push(span)
      else found.set(word, [span])
    }
  }
  return found
}

/** The word with each borrowed letter written natively, every combination; empty when the word is not a candidate. */
export function nativeForms(word: string): string[] {
  const letters = [...word]
  const borrowed = letters.filter((ch) => NATIVE_FORMS.has(ch)).length
  if (borrowed === 0 || borrowed > MOST_BORROWED || letters.length < LEAST_LETTERS) return []
  let forms = ['']
  for (const ch of letters) {
    const options = NATIVE_FORMS.get(ch) ?? [ch]
    forms = forms.flatMap((form) => options.map((option) => form + option))
  }
  return forms
}

/** Words of `own` with a borrowed letter whose native form `other` writes, as [own word, other's word]. */
function borrowedAgainstNative(own: ReadonlyMap<string, Span[]>, other: ReadonlyMap<string, Span[]>): [string, string][] {
  const pairs: [string, string][] = []
  for (const word of own.keys()) {
    if (other.has(word)) continue
    const answers = nativeForms(word).filter((form) => other.has(form) && !own.has(form))
    if (answers.length === 1) pairs.push([word, answers[0]!])
  }
  // Two borrowed spellings answered by one native word are two names, or one unsure reading: neither is reported.
  const seen = new Map<string, number>()
  for (const [, native] of pairs) seen.set(native, (seen.get(native) ?? 0) + 1)
  return pairs.filter(([, native]) => seen.get(native) === 1)
}

/** Names of two Arabic reports written with a borrowed letter on one side and its native letter on the other. */
export function borrowedLetterRespellings(docA: PreparedDocument, docB: PreparedDocument, linked: (a: number, b: number) => boolean, sides: Sides): UnplacedDivergence[] {
  if (!ARABIC.has(docA.language) || !ARABIC.has(docB.language)) return []
  // Read once per report: a story asks for them in every pair.
  const inA = once(docA, arabicWords)
  const inB = once(docB, arabicWords)
  const found: { spansA: Span[]; spansB: Span[] }[] = []
  for (const [x, y] of borrowedAgainstNative(inA, inB)) found.push({ spansA: inA.get(x)!, spansB: inB.get(y)! })
  for (const [y, x] of borrowedAgainstNative(inB, inA)) found.push({ spansA: inA.get(x)!, spansB: inB.get(y)! })
  return found.map(({ spansA, spansB }): UnplacedDivergence => {
    const evidence = ['a letter borrowed for a foreign sound against its native letter']
    const pair = spansA.flatMap((a) => spansB.map((b) => [a, b] as const)).find(([a, b]) => linked(a.sentence, b.sentence))
    if (pair) evidence.unshift('linked sentences')
    const [a, b] = pair ?? [spansA[0]!, spansB[0]!]
    return {
      kind: 'name',
      severity: 'medium',
      a,
      b,
      message: contradictionMessage('name', 'name', a.text, b.text, sides),
      // Copies: the lists are the report's own, shared by its pairs.
      occurrences: { a: [...spansA], b: [...spansB] },
      confidence: pair ? BASE_CONFIDENCE + LINKED_BONUS : BASE_CONFIDENCE,
      evidence,
    }
  })
}
