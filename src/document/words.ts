/**
 * The words of a document's sentences, read once: the fact tokens of every sentence are computed
 * the first time a stage asks and then shared by every reader — fact extraction, the clause and
 * moment readers of fact pairing, the content words of sentence overlap — rather than each
 * slicing and tokenizing the sentence again.
 *
 * A long report keeps them in columns (offsets, kinds and interned forms in typed arrays, some 13
 * bytes a token) rather than as token objects (over 100 bytes each with their strings): it has
 * hundreds of thousands of tokens and keeps them as long as it is compared. Its sentences' tokens
 * are made into objects again when asked for, which costs far less than finding and folding them
 * anew. A news article keeps the objects themselves (see OBJECTS_UP_TO).
 */
import { Attached } from './attached'
import { type NarrowColumn, narrowColumn, uint8Column } from './columns'
import { type RunSink, type Token, factKey, scanFactTokens, tokenize } from './fact-tokens'
import type { PreparedDocument } from './index'

const KINDS: readonly Token['kind'][] = ['word', 'num', 'mixed', 'punct']
const SPACED = 4
const PUNCT = 3

/** A short document's tokens as the tokenizer made them, by sentence. */
interface FactTokenObjects {
  readonly objects: readonly (readonly Token[])[]
}

interface FactTokenTable {
  /** Sentence i's tokens are rows first[i] up to first[i + 1]. */
  readonly first: Int32Array
  /** Offsets local to the sentence's NFC text. */
  readonly start: NarrowColumn
  readonly end: NarrowColumn
  /** Index in KINDS, plus SPACED. */
  readonly flags: Uint8Array
  /** Index in `forms`. */
  readonly form: NarrowColumn
  /** The distinct tokens as written, in order of first appearance. */
  readonly forms: readonly string[]
  /** The key of each form. */
  readonly keyOf: readonly string[]
}

// Keyed by the document: a table dies with it.
const tables = new Attached<PreparedDocument, FactTokenTable | FactTokenObjects>('fact tokens')

// Below this many NFC characters (a news article, not a book) a document keeps its token objects:
// packing them into columns and making them into objects again on each reading costs more than
// the few hundred kilobytes they hold; only long documents need the columns' smaller footprint.
const OBJECTS_UP_TO = 1 << 16

/** Given the index and NFC text of each sentence in turn, before it is scanned: who receives its runs of letters, marks and digits. */
type SentenceRuns = (i: number, text: string) => RunSink

function build(doc: PreparedDocument, runsOf?: SentenceRuns): FactTokenTable | FactTokenObjects {
  if (doc.nfc.text.length <= OBJECTS_UP_TO) {
    return {
      objects: doc.sentences.map((_, i) => {
        const text = sentenceText(doc, i)
        return tokenize(text, runsOf?.(i, text))
      }),
    }
  }
  return columnsOf(doc, runsOf)
}

const KIND_INDEX: Readonly<Record<Token['kind'], number>> = { word: 0, num: 1, mixed: 2, punct: 3 }

/**
 * A long document's columns, written as the tokenizer finds each token: no token object nor
 * array of a sentence's tokens is made only to be copied into the columns and dropped (on a
 * 1 MB report they were the largest allocation of the comparison).
 */
function columnsOf(doc: PreparedDocument, runsOf?: SentenceRuns): FactTokenTable {
  const count = doc.sentences.length
  const first = new Int32Array(count + 1)
  const start = narrowColumn()
  const end = narrowColumn()
  const flags = uint8Column()
  const form = narrowColumn()
  const forms: string[] = []
  const keyOf: string[] = []
  // Interned as written, not by key: a token read back is its form, not a fresh slice of the text
  // (a string whose hash is known, so the maps its readers look it up in hash it no more).
  const ids = new Map<string, number>()
  let rows = 0
  // A form seen before has its key in keyOf: only a new form is folded (a form's kind follows from its characters).
  const emit = (from: number, to: number, raw: string, kind: Token['kind'], spaced: boolean): string => {
    let id = ids.get(raw)
    if (id === undefined) {
      ids.set(raw, (id = forms.push(raw) - 1))
      keyOf.push(factKey(raw, kind))
    }
    start.push(from)
    end.push(to)
    flags.push(KIND_INDEX[kind] | (spaced ? SPACED : 0))
    form.push(id)
    rows++
    return keyOf[id]!
  }
  for (let i = 0; i < count; i++) {
    first[i] = rows
    const text = sentenceText(doc, i)
    scanFactTokens(text, emit, runsOf?.(i, text))
  }
  first[count] = rows
  return { first, start: start.finish(), end: end.finish(), flags: flags.finish(), form: form.finish(), forms, keyOf }
}

function tableOf(doc: PreparedDocument): FactTokenTable | FactTokenObjects {
  let table = tables.get(doc)
  if (!table) tables.set(doc, (table = build(doc)))
  return table
}

/**
 * Reads the fact tokens of `doc` now, if no reader has yet, handing each sentence's runs of
 * letters, marks and digits to `runsOf` in the same scan: the comparison tokens (./sentence-tokens)
 * are cut from the scan that finds the fact tokens rather than from a second one. False when the
 * fact tokens were already read (the runs are then not handed on).
 */
export function readFactTokens(doc: PreparedDocument, runsOf: SentenceRuns): boolean {
  if (tables.get(doc)) return false
  tables.set(doc, build(doc, runsOf))
  return true
}

/** The NFC text of sentence `i`. */
export function sentenceText(doc: PreparedDocument, i: number): string {
  const s = doc.sentences[i]!
  return doc.nfc.text.slice(s.nfcStart, s.nfcEnd)
}

// A long document's sentence is made into tokens here, then copied out at its exact length (as
// ./fact-tokens' tokenize does): an array pushed onto outgrew two or three backing stores a
// sentence, a tenth of what reading the columns back allocated on the 1 MB bench pair.
// Overwritten, not emptied; a longer sentence's tokens are let go.
const made: Token[] = []
const MADE_KEPT = 1024

/** The fact tokens of sentence `i` (see ./fact-tokens), offsets local to its NFC text: a fresh array each call. */
export function factTokens(doc: PreparedDocument, i: number): readonly Token[] {
  const table = tableOf(doc)
  if ('objects' in table) return table.objects[i]!
  let count = 0
  for (let row = table.first[i]!, last = table.first[i + 1]!; row < last; row++) {
    const flags = table.flags[row]!
    const form = table.form[row]!
    made[count++] = { start: table.start[row]!, end: table.end[row]!, raw: table.forms[form]!, key: table.keyOf[form]!, kind: KINDS[flags & 3]!, spaced: (flags & SPACED) !== 0 }
  }
  const out = made.slice(0, count)
  if (count > MADE_KEPT) made.length = 0
  return out
}

/** The keys of sentence `i`'s fact tokens that are not punctuation, in order, with their kinds: what overlap measures read. */
export function factKeys(doc: PreparedDocument, i: number, visit: (key: string, kind: Token['kind']) => void): void {
  const table = tableOf(doc)
  if ('objects' in table) {
    for (const t of table.objects[i]!) if (t.kind !== 'punct') visit(t.key, t.kind)
    return
  }
  for (let row = table.first[i]!, last = table.first[i + 1]!; row < last; row++) {
    const kind = KINDS[table.flags[row]! & 3]!
    if (kind !== 'punct') visit(table.keyOf[table.form[row]!]!, kind)
  }
}

/** The [start, end) of sentence `i`'s fact tokens that hold letters (words and mixed), local to its NFC text, in order: nothing sliced. */
export function factLetterSpans(doc: PreparedDocument, i: number, visit: (start: number, end: number) => void): void {
  const table = tableOf(doc)
  if ('objects' in table) {
    for (const t of table.objects[i]!) if (t.kind === 'word' || t.kind === 'mixed') visit(t.start, t.end)
    return
  }
  const { start, end, flags } = table
  for (let row = table.first[i]!, last = table.first[i + 1]!; row < last; row++) {
    const kind = flags[row]! & 3
    if (kind === KIND_INDEX.word || kind === KIND_INDEX.mixed) visit(start[row]!, end[row]!)
  }
}

/**
 * The fact tokens of a sentence as folds of the runs a comparison scan cuts (normalize/tokens):
 * a fact token that is one run of letters, marks and digits has the key the scan would fold its
 * run to, so the scan reads it here instead of slicing and folding the word a second time.
 * A long document's table is built here, during alignment, rather than at the fact stage: both
 * tables are kept with the document through the divergence stage anyway, and its words are then
 * folded once rather than twice.
 */
export function factFolds(doc: PreparedDocument, i: number): ((start: number, end: number) => string | undefined) | undefined {
  const table = tableOf(doc)
  if (!('objects' in table)) {
    const { start: starts, end: ends, flags, form, keyOf } = table
    let row = table.first[i]!
    const last = table.first[i + 1]!
    return (start, end) => {
      while (row < last && starts[row]! < start) row++
      return row < last && starts[row] === start && ends[row] === end && (flags[row]! & 3) !== PUNCT ? keyOf[form[row]!] : undefined
    }
  }
  const tokens = table.objects[i]!
  let at = 0
  // Asked in order of `start`: the scan cuts its runs left to right.
  return (start, end) => {
    while (at < tokens.length && tokens[at]!.start < start) at++
    const t = tokens[at]
    return t !== undefined && t.start === start && t.end === end && t.kind !== 'punct' ? t.key : undefined
  }
}

/**
 * Sentence `i`'s fact tokens that are not punctuation, in order: offsets local to its NFC text, the
 * token as written and, in a long document's columns, the id of that written form (-1 for a short
 * document's token objects). No token object is made: a reader that derives something per distinct
 * form (a word id) derives it once per form.
 */
export function factWordTokens(doc: PreparedDocument, i: number, visit: (start: number, end: number, raw: string, form: number) => void): void {
  const table = tableOf(doc)
  if ('objects' in table) {
    for (const t of table.objects[i]!) if (t.kind !== 'punct') visit(t.start, t.end, t.raw, -1)
    return
  }
  const { start, end, flags, form, forms } = table
  for (let row = table.first[i]!, last = table.first[i + 1]!; row < last; row++) {
    if ((flags[row]! & 3) === PUNCT) continue
    const f = form[row]!
    visit(start[row]!, end[row]!, forms[f]!, f)
  }
}

/** How many distinct written forms a long document's fact token columns hold (0 for a short document's token objects). */
export function factFormCount(doc: PreparedDocument): number {
  const table = tableOf(doc)
  return 'objects' in table ? 0 : table.forms.length
}
