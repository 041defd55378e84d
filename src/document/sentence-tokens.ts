/**
 * Each sentence's comparison tokens (see normalize/tokens), computed once per document and shared
 * by the stages that need them: alignment's token ids, the word stream that finds absent names,
 * the phrase index of abbreviation equivalences.
 *
 * Kept in columns (./token-rows) — offsets and interned keys in typed arrays, some 12 bytes a token — rather than
 * as token objects (about 60 bytes each): a long report has hundreds of thousands of tokens and
 * keeps them as long as it is compared. Readers that need a key per token read `keys[key[row]]`;
 * readers that derive something per distinct key (an alignment id, a bare form) derive it once.
 */
import type { ExpansionTable } from '../normalize/abbreviations'
import { tokenize } from '../normalize/tokens'
import type { MappedText } from '../normalize/unicode'
import type { MappedSentence } from '../segment'
import { tokenRows } from './token-rows'

interface Tokenized {
  readonly nfc: MappedText
  readonly sentences: readonly MappedSentence[]
}

export interface TokenTable {
  /** Sentence i's tokens are rows first[i] up to first[i + 1]. */
  readonly first: Int32Array
  /** Offsets local to the sentence's NFC text. */
  readonly start: Int32Array
  readonly end: Int32Array
  /** Index in `keys`. */
  readonly key: Int32Array
  /** The distinct folded keys, in order of first appearance. */
  readonly keys: readonly string[]
}

const cache = new WeakMap<Tokenized, { table: ExpansionTable; tokens: TokenTable }>()

function build(doc: Tokenized, expansions: ExpansionTable): TokenTable {
  const { first, key, keys, columns } = tokenRows(
    doc.sentences.length,
    (i) => tokenize(doc.nfc.text.slice(doc.sentences[i]!.nfcStart, doc.sentences[i]!.nfcEnd), expansions),
    (size) => ({ start: new Int32Array(size), end: new Int32Array(size) }),
    (c, row, t) => {
      c.start[row] = t.start
      c.end[row] = t.end
    },
  )
  return { first, start: columns.start, end: columns.end, key, keys }
}

/** The comparison tokens of every sentence of `doc`, by expansion table (the last one asked for is kept). */
export function tokenTable(doc: Tokenized, expansions: ExpansionTable): TokenTable {
  const cached = cache.get(doc)
  if (cached && cached.table === expansions) return cached.tokens
  const tokens = build(doc, expansions)
  cache.set(doc, { table: expansions, tokens })
  return tokens
}
