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
import { type TokenTable, tokenTable } from '../../document/sentence-tokens'
import type { Equivalence, Span } from '../../types'
import { STATING_ROLES, spanOf } from '../extract/collect'

interface Occurrence {
  readonly span: Span
  readonly words: readonly string[]
}

/**
 * Compounds of `text`: from a capital letter to the end of its word, dotted
 * onto further words (TP, TP.HCM, TP.Busan, UBND), as local [start, end) pairs.
 * What /\p{Lu}[\p{L}\p{M}\p{N}]*(?:\.[\p{L}\p{M}\p{N}]+)*\/gu finds, by table lookups.
 */
function compounds(text: string): number[] {
  const out: number[] = []
  const n = text.length
  for (let i = 0; i < n; ) {
    let end = scanRun(text, i, n, WORD_CHAR)
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
    while (end + 1 < n && text.charCodeAt(end) === 46) {
      const more = scanRun(text, end + 1, n, WORD_CHAR)
      if (more === end + 1) break
      end = more
    }
    out.push(start, end)
    i = end
  }
  return out
}

/** Abbreviated compounds of a document, each with the words it stands for. */
function abbreviations(doc: PreparedDocument, table: ExpansionTable): Map<string, Occurrence> {
  const found = new Map<string, Occurrence>()
  for (const s of doc.sentences) {
    if (s.role !== 'body') continue
    const text = doc.nfc.text.slice(s.nfcStart, s.nfcEnd)
    const spans = compounds(text)
    for (let c = 0; c < spans.length; c += 2) {
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
      if (expanded && !found.has(key)) found.set(key, { span: spanOf(doc, s.index, spans[c]!, spans[c + 1]!), words })
    }
  }
  return found
}

interface Written {
  readonly sentence: number
  /** The sentence's rows in the token table. */
  readonly first: number
  readonly count: number
}

interface PhraseIndex {
  readonly tokens: TokenTable
  readonly sentences: readonly Written[]
  /** The first places of each key, two numbers a place: index in `sentences`, token index in the sentence. */
  readonly starts: Map<string, number[]>
}

// The first few places suffice to show a phrase is written out somewhere.
const PLACES_KEPT = 64

/**
 * Where each word stands in the stating sentences of a document, for finding phrases: built once per
 * document and read by every pair it is in (the places of a word do not depend on which are sought).
 */
function phraseIndex(doc: PreparedDocument, table: ExpansionTable): PhraseIndex {
  const sentences: Written[] = []
  const tokens = tokenTable(doc, table)
  // Gathered by interned key, then named: one array step a token rather than a map step.
  const byId: (number[] | undefined)[] = new Array(tokens.keys.length)
  for (const s of doc.sentences) {
    if (!STATING_ROLES.has(s.role)) continue
    const first = tokens.first[s.index]!
    const count = tokens.first[s.index + 1]! - first
    const at = sentences.push({ sentence: s.index, first, count }) - 1
    for (let i = 0; i < count; i++) {
      const id = tokens.key[first + i]!
      const list = byId[id]
      if (!list) byId[id] = [at, i]
      else if (list.length < 2 * PLACES_KEPT) list.push(at, i)
    }
  }
  const starts = new Map<string, number[]>()
  for (let id = 0; id < byId.length; id++) if (byId[id]) starts.set(tokens.keys[id]!, byId[id]!)
  return { tokens, sentences, starts }
}

/** Where the other document writes these words out in full (not as an abbreviation that expands to them). */
function findWritten(doc: PreparedDocument, index: PhraseIndex, words: readonly string[]): Span | undefined {
  const { tokens } = index
  const places = index.starts.get(words[0]!) ?? []
  for (let p = 0; p < places.length; p += 2) {
    const at = places[p]!
    const i = places[p + 1]!
    const { sentence, first, count } = index.sentences[at]!
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
    const index = once(to, phraseIndex, table)
    const seen = once(index, writtenPhrases)
    for (const occurrence of found.values()) {
      const key = occurrence.words.join('\u0000')
      if (!seen.has(key)) seen.set(key, findWritten(to, index, occurrence.words))
      const written = seen.get(key)
      if (!written) continue
      out.push(side === 'a' ? { a: occurrence.span, b: written, reason: 'abbreviation' } : { a: written, b: occurrence.span, reason: 'abbreviation' })
    }
  }
  return out
}
