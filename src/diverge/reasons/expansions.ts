/**
 * Abbreviation against expansion (TP.HCM / Thành phố Hồ Chí Minh,
 * TP.Busan / thành phố Busan): the same name in two forms, listed as an
 * equivalence so an editor sees why it was not flagged.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import type { ExpansionTable } from '../../normalize/abbreviations'
import { UPPER, WORD_CHAR, classAt, lastRunClasses, scanRun, widthAt } from '../../normalize/chars'
import { foldWord } from '../../normalize/fold'
import { type TokenTable, rowsByKey, sentenceOfRow, tokenTable } from '../../document/sentence-tokens'
import { factLetterSpans } from '../../document/words'
import type { Equivalence, Span } from '../../types'
import { spanOf } from '../extract/collect'
import { statesFacts } from '../extract/stating-lines'

interface Occurrence {
  readonly span: Span
  readonly words: readonly string[]
  /** The words joined, as a document's phrases sought so far are kept: written once, not in every pair of a story. */
  readonly phrase: string
}

/**
 * Compounds in [from, to) of `text`, one fact token (a compound never runs past its token: dots
 * join tokens too): from a capital letter to the end of its word, dotted onto further words (TP,
 * TP.HCM, TP.Busan, UBND), pushed onto `out` as [start, end) pairs. What
 * /\p{Lu}[\p{L}\p{M}\p{N}]*(?:\.[\p{L}\p{M}\p{N}]+)*\/gu finds, by table lookups.
 */
function compounds(text: string, from: number, to: number, out: number[]): void {
  // Most tokens are ASCII with no capital (no compound in them): told by one loop over their codes.
  let k = from
  while (k < to) {
    const c = text.charCodeAt(k)
    if (c >= 128 || (c >= 65 && c <= 90)) break
    k++
  }
  if (k === to) return
  for (let i = from; i < to; ) {
    let end = scanRun(text, i, to, WORD_CHAR)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    if (!(lastRunClasses() & UPPER)) {
      i = end
      continue
    }
    let start = i
    while (!(classAt(text, start) & UPPER)) start += widthAt(text, start)
    while (end + 1 < to && text.charCodeAt(end) === 46) {
      const more = scanRun(text, end + 1, to, WORD_CHAR)
      if (more === end + 1) break
      end = more
    }
    out.push(start, end)
    i = end
  }
}

/** Abbreviated compounds of a document, each with the words it stands for. */
function abbreviations(doc: PreparedDocument, table: ExpansionTable): Map<string, Occurrence> {
  const found = new Map<string, Occurrence>()
  const text = doc.nfc.text
  const spans: number[] = []
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!
    if (s.role !== 'body') continue
    // Read off the sentence's fact tokens of letters: no slice of the sentence, its spaces, numerals and punctuation passed over.
    const base = s.nfcStart
    // Appended after the last sentence's spans, not emptied per sentence: a length set to 0 gives
    // the array's room back, and each sentence grew it again. Emptied only once long.
    if (spans.length > 4096) spans.length = 0
    const first = spans.length
    factLetterSpans(doc, i, (start, end) => compounds(text, base + start, base + end, spans))
    for (let c = first; c < spans.length; c += 2) {
      const key = text.slice(spans[c]!, spans[c + 1]!)
      // Most compounds are one capitalised word that abbreviates nothing ("Tổng", "Busan").
      if (!key.includes('.') && !table.has(foldWord(key))) continue
      const parts = key.split('.')
      const words: string[] = []
      let expanded = false
      for (let i = 0; i < parts.length; i++) {
        const joined = i + 1 < parts.length ? table.get(foldWord(parts[i]! + parts[i + 1]!)) : undefined
        if (joined) {
          words.push(...joined)
          expanded = true
          i++
          continue
        }
        const single = table.get(foldWord(parts[i]!))
        if (single) expanded = true
        words.push(...(single ?? [foldWord(parts[i]!)]))
      }
      if (expanded && !found.has(key)) found.set(key, { span: spanOf(doc, s.index, spans[c]! - base, spans[c + 1]! - base), words, phrase: words.join('\u0000') })
    }
  }
  return found
}

// The first few places suffice to show a phrase is written out somewhere.
const PLACES_KEPT = 64

/**
 * Where the other document writes these words out in full (not as an abbreviation that expands to
 * them): read off the token table's rows by key, shared with the word stream, rather than a list of
 * places per distinct word, which held some 4 MB for a 1 MB report.
 */
function findWritten(doc: PreparedDocument, tokens: TokenTable, words: readonly string[]): Span | undefined {
  const id = tokens.idOf.get(words[0]!)
  if (id === undefined) return undefined
  const { offset, rows } = rowsByKey(tokens)
  // The first PLACES_KEPT places in stating sentences, in document order.
  for (let p = offset[id]!, kept = 0; p < offset[id + 1]! && kept < PLACES_KEPT; p++) {
    const row = rows[p]!
    const sentence = sentenceOfRow(tokens, row)
    if (!statesFacts(doc.sentences[sentence]!)) continue
    kept++
    const first = tokens.first[sentence]!
    const count = tokens.first[sentence + 1]! - first
    const i = row - first
    if (i + words.length > count) continue
    const key = (k: number): string => tokens.keys[tokens.key[first + k]!]!
    const start = (k: number): number => tokens.start[first + k]!
    // Expanded tokens share their abbreviation's span: one word written per token means written out.
    const written = words.every((word, k) => key(i + k) === word && (k === 0 ? i === 0 || start(i - 1) !== start(i) : start(i + k - 1) !== start(i + k)))
    const last = i + words.length - 1
    if (written && (i + words.length === count || start(i + words.length) !== start(last))) {
      return spanOf(doc, sentence, start(i), tokens.end[first + last]!)
    }
  }
  return undefined
}

/** Where a document writes each phrase sought in it so far: a story seeks one report's abbreviations in every other. */
const writtenPhrases = (): Map<string, Span | undefined> => new Map()

export function abbreviationEquivalences(a: PreparedDocument, b: PreparedDocument, table: ExpansionTable): Equivalence[] {
  const out: Equivalence[] = []
  for (const [from, to, side] of [
    [a, b, 'a'],
    [b, a, 'b'],
  ] as const) {
    const found = once(from, abbreviations, table)
    if (found.size === 0) continue
    const tokens = tokenTable(to, table)
    const seen = once(tokens, writtenPhrases)
    for (const occurrence of found.values()) {
      let written = seen.get(occurrence.phrase)
      if (written === undefined && !seen.has(occurrence.phrase)) seen.set(occurrence.phrase, (written = findWritten(to, tokens, occurrence.words)))
      if (!written) continue
      out.push(side === 'a' ? { a: occurrence.span, b: written, reason: 'abbreviation' } : { a: written, b: occurrence.span, reason: 'abbreviation' })
    }
  }
  return out
}
