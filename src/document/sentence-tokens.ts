/**
 * Each sentence's comparison tokens (see normalize/tokens), computed once per document and shared
 * by the stages that need them: alignment's token ids, the word stream that finds absent names,
 * the phrase index of abbreviation equivalences.
 *
 * Kept in columns — offsets and interned keys in typed arrays, some 12 bytes a token — rather than
 * as token objects (about 60 bytes each): a long report has hundreds of thousands of tokens and
 * keeps them as long as it is compared. Readers that need a key per token read `keys[key[row]]`;
 * readers that derive something per distinct key (an alignment id, a bare form) derive it once.
 */
import type { ExpansionTable } from '../normalize/abbreviations'
import { Attached } from './attached'
import { type NarrowColumn, narrowColumn } from './columns'
import { runTokens, scanTokens } from '../normalize/tokens'
import type { PreparedDocument } from './index'
import { factFolds, readFactTokens } from './words'

export interface TokenTable {
  /** Sentence i's tokens are rows first[i] up to first[i + 1]. */
  readonly first: Int32Array
  /** Offsets local to the sentence's NFC text. */
  readonly start: NarrowColumn
  readonly end: NarrowColumn
  /** Index in `keys`. */
  readonly key: NarrowColumn
  /** The distinct folded keys, in order of first appearance. */
  readonly keys: readonly string[]
  /** Each key's index in `keys` (the map the table was built with). */
  readonly idOf: ReadonlyMap<string, number>
}

const cache = new Attached<PreparedDocument, { table: ExpansionTable; tokens: TokenTable }>('token table')

function build(doc: PreparedDocument, expansions: ExpansionTable): TokenTable {
  const count = doc.sentences.length
  const first = new Int32Array(count + 1)
  const start = narrowColumn()
  const end = narrowColumn()
  const key = narrowColumn()
  const keys: string[] = []
  const ids = new Map<string, number>()
  let rows = 0
  // Written straight into the columns as the tokenizer finds them: no token objects in between.
  const add = (from: number, to: number, k: string): void => {
    let id = ids.get(k)
    if (id === undefined) ids.set(k, (id = keys.push(k) - 1))
    start.push(from)
    end.push(to)
    key.push(id)
    rows++
  }
  // One scan of each sentence finds its fact tokens and its comparison tokens, when the fact tokens
  // are not read yet (the first table a document is asked for, during alignment).
  const read = readFactTokens(doc, (i, text) => {
    first[i] = rows
    // Past the word a joined abbreviation took ("TP.HCM" is two runs, one token).
    let next = 0
    return (from, to, classes, k) => {
      if (from >= next) next = runTokens(text, from, to, classes, k, expansions, add)
    }
  })
  if (!read) {
    for (let i = 0; i < count; i++) {
      first[i] = rows
      const s = doc.sentences[i]!
      scanTokens(doc.nfc.text.slice(s.nfcStart, s.nfcEnd), expansions, add, factFolds(doc, i))
    }
  }
  first[count] = rows
  return { first, start: start.finish(), end: end.finish(), key: key.finish(), keys, idOf: ids }
}

/** The comparison tokens of every sentence of `doc`, by expansion table (the last one asked for is kept). */
export function tokenTable(doc: PreparedDocument, expansions: ExpansionTable): TokenTable {
  const cached = cache.get(doc)
  if (cached && cached.table === expansions) return cached.tokens
  const tokens = build(doc, expansions)
  cache.set(doc, { table: expansions, tokens })
  return tokens
}

/** Every row of a token table grouped by key id: key id k's rows are rows[offset[k]] up to rows[offset[k + 1]], in order. */
export interface RowsByKey {
  readonly offset: Int32Array
  readonly rows: Int32Array
}

const rowsCache = new Attached<TokenTable, RowsByKey>('rows by key')

/**
 * The rows of each key, by a counting sort (two typed arrays, not one list per distinct key):
 * the word stream and the phrase index of abbreviations both find a word's places here.
 */
export function rowsByKey(table: TokenTable): RowsByKey {
  let known = rowsCache.get(table)
  if (known) return known
  const { key } = table
  const distinct = table.keys.length
  const offset = new Int32Array(distinct + 1)
  for (let row = 0; row < key.length; row++) offset[key[row]! + 1]!++
  for (let id = 0; id < distinct; id++) offset[id + 1]! += offset[id]!
  const fill = offset.slice(0, distinct)
  const rows = new Int32Array(key.length)
  for (let row = 0; row < key.length; row++) rows[fill[key[row]!]!++] = row
  rowsCache.set(table, (known = { offset, rows }))
  return known
}

/** The sentence a row of the table belongs to. */
export function sentenceOfRow(table: TokenTable, row: number): number {
  // The last sentence starting at or before the row: an empty sentence shares its start with the next.
  let lo = 0
  let hi = table.first.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (table.first[mid]! <= row) lo = mid
    else hi = mid - 1
  }
  return lo
}
