/**
 * Comparison tokens: the words of a text as folded keys, with abbreviations
 * expanded, so that "TP.HCM" and "Thành phố Hồ Chí Minh" share their tokens.
 * A linear regex tokenizer: Intl.Segmenter's word mode is superlinear here.
 */
import type { ExpansionTable } from './abbreviations'
import { foldWord } from './fold'

export interface Token {
  /** Offsets into the (NFC) text that was tokenized. */
  readonly start: number
  readonly end: number
  /** Folded comparison key. */
  readonly key: string
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
// Scripts written without spaces between words: compared by character bigrams.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u
const HAS_UPPER = /\p{Lu}/u

const EMPTY_TABLE: ExpansionTable = new Map()

function pushUnspaced(word: string, start: number, out: Token[]): void {
  const chars = Array.from(word)
  if (chars.length === 1) {
    out.push({ start, end: start + word.length, key: word })
    return
  }
  let offset = start
  for (let i = 0; i + 1 < chars.length; i++) {
    const width = chars[i]!.length
    out.push({ start: offset, end: offset + width + chars[i + 1]!.length, key: chars[i]! + chars[i + 1]! })
    offset += width
  }
}

/** Tokenize `text` into folded keys. Abbreviations written with a capital letter are expanded. */
export function tokenize(text: string, expansions: ExpansionTable = EMPTY_TABLE): Token[] {
  const out: Token[] = []
  const words: Array<{ word: string; start: number; end: number }> = []
  for (const match of text.matchAll(WORD)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length })
  }
  for (let i = 0; i < words.length; i++) {
    const { word, start, end } = words[i]!
    if (UNSPACED.test(word)) {
      pushUnspaced(word, start, out)
      continue
    }
    if (expansions.size > 0 && HAS_UPPER.test(word)) {
      // "TP.HCM", "TP. HCM": try the pair joined first, then the word alone.
      const next = words[i + 1]
      if (next && HAS_UPPER.test(next.word) && /^\.\s?$/.test(text.slice(end, next.start))) {
        const joined = expansions.get(foldWord(word + next.word))
        if (joined) {
          for (const key of joined) out.push({ start, end: next.end, key })
          i++
          continue
        }
      }
      const expansion = expansions.get(foldWord(word))
      if (expansion) {
        for (const key of expansion) out.push({ start, end, key })
        continue
      }
    }
    out.push({ start, end, key: foldWord(word) })
  }
  return out
}

/** The folded keys of a text, for building IDF tables and the like. */
export function tokens(text: string, expansions?: ExpansionTable): string[] {
  return tokenize(text.normalize('NFC'), expansions).map((token) => token.key)
}
