/**
 * Each sentence's comparison tokens, computed once per document and shared by
 * the stages that need them (alignment keys, the missing-name search).
 */
import type { MappedSentence } from '../segment'
import type { ExpansionTable } from '../normalize/abbreviations'
import { type Token, tokenize } from '../normalize/tokens'
import type { MappedText } from '../normalize/unicode'

interface Tokenized {
  readonly nfc: MappedText
  readonly sentences: readonly MappedSentence[]
}

const cache = new WeakMap<Tokenized, { table: ExpansionTable; tokens: ReadonlyArray<readonly Token[]> }>()

/** Tokens of every sentence (offsets local to the sentence's NFC text), by sentence index. */
export function sentenceTokens(doc: Tokenized, expansions: ExpansionTable): ReadonlyArray<readonly Token[]> {
  const cached = cache.get(doc)
  if (cached && cached.table === expansions) return cached.tokens
  const tokens = doc.sentences.map((s) => tokenize(doc.nfc.text.slice(s.nfcStart, s.nfcEnd), expansions))
  cache.set(doc, { table: expansions, tokens })
  return tokens
}
