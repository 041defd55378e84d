/**
 * The words of a document's sentences, read once: each sentence's text and fact tokens are
 * computed the first time a stage asks and then shared by every reader — fact extraction, the
 * clause and moment readers of fact pairing, the content words of sentence overlap — rather than
 * each slicing and tokenizing the sentence again. Offsets stay local to the sentence's NFC text.
 */
import { type Token, tokenize } from './fact-tokens'
import type { PreparedDocument } from './index'

interface SentenceWords {
  readonly texts: Array<string | undefined>
  readonly tokens: Array<readonly Token[] | undefined>
}

// Keyed by the document: a table dies with it.
const tables = new WeakMap<PreparedDocument, SentenceWords>()

function tableOf(doc: PreparedDocument): SentenceWords {
  let table = tables.get(doc)
  if (!table) tables.set(doc, (table = { texts: new Array(doc.sentences.length), tokens: new Array(doc.sentences.length) }))
  return table
}

/** The NFC text of sentence `i`. */
export function sentenceText(doc: PreparedDocument, i: number): string {
  const table = tableOf(doc)
  let text = table.texts[i]
  if (text === undefined) {
    const s = doc.sentences[i]!
    table.texts[i] = text = doc.nfc.text.slice(s.nfcStart, s.nfcEnd)
  }
  return text
}

/** The fact tokens of sentence `i` (see ./fact-tokens), offsets local to its NFC text. Shared: never mutate. */
export function factTokens(doc: PreparedDocument, i: number): readonly Token[] {
  const table = tableOf(doc)
  let tokens = table.tokens[i]
  if (tokens === undefined) table.tokens[i] = tokens = tokenize(sentenceText(doc, i))
  return tokens
}
