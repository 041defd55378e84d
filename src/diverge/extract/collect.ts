/**
 * Gathers the facts (numbers, dates, names) of one document, sentence by
 * sentence, with spans that index the caller's original string.
 */
import type { PreparedDocument } from '../../document'
import type { Token } from '../../document/fact-tokens'
import { factTokens, sentenceText } from '../../document/words'
import type { Span } from '../../types'
import { namesFacts, statesFacts } from './stating-lines'
import { extractDates } from './dates/dates'
import type { DateFact, Fact, NumberFact } from './fact'
import { type NameFact, extractNames } from './names/names'
import { languageReading } from './names/names-language'
import { extractNumbers } from './numbers/numbers'
import { centsAsDollars } from './numbers/cents'
import { noteTails } from './fact-tails'
import { Attached } from '../../document/attached'
import { numberLanguageOf } from '../../normalize/number-words'
import { withCjkDates, withCjkNumbers } from './cjk/cjk-facts'

export interface Located<T> {
  readonly fact: T
  readonly sentence: number
  readonly span: Span
}

export interface DocumentFacts {
  /** Numbers and dates of the stating roles, in document order. */
  readonly facts: readonly Located<Fact>[]
  readonly names: readonly Located<NameFact>[]
  /**
   * One-word names opening a sentence and written nowhere else capitalised
   * (Analysts, or Kinsley): not names on their own, but a respelling of a name
   * the other report writes may be one.
   */
  readonly openingNames: readonly Located<NameFact>[]
  /** Facts of each sentence, by sentence index (captions' too). */
  readonly factsBySentence: ReadonlyMap<number, Located<Fact>[]>
  readonly namesBySentence: ReadonlyMap<number, Located<NameFact>[]>
}


export function spanOf(doc: PreparedDocument, sentence: number, localStart: number, localEnd: number): Span {
  const s = doc.sentences[sentence]!
  const start = doc.nfc.toOriginal(s.nfcStart + localStart)
  const end = doc.nfc.toOriginal(s.nfcStart + localEnd)
  return { sentence, start, end, text: doc.original.slice(start, end) }
}

/** A one-word name opening its sentence, with no title: "Analysts", "Treasury" — or "Powell". `firstWord` is where the sentence's first letter or digit is. */
function openingWord(name: NameFact, firstWord: number): boolean {
  return name.tokens.length === 1 && name.title === undefined && name.start <= firstWord
}

/**
 * Sentence-initial capitals say nothing about a word: a one-word name opening a
 * sentence counts only when the document also writes it capitalised elsewhere
 * (Powell stays; Analysts, a common noun, goes).
 */
function dropOpeningWords(names: Located<NameFact>[], firstWords: ReadonlyMap<number, number>): { kept: Located<NameFact>[]; dropped: Located<NameFact>[] } {
  const elsewhere = new Set<string>()
  for (const { fact, sentence } of names) if (!openingWord(fact, firstWords.get(sentence)!)) for (const token of fact.tokens) elsewhere.add(token)
  // One pass, each name judged once (two filters judged every name twice).
  const kept: Located<NameFact>[] = []
  const dropped: Located<NameFact>[] = []
  for (const name of names) {
    if (!openingWord(name.fact, firstWords.get(name.sentence)!) || elsewhere.has(name.fact.tokens[0]!)) kept.push(name)
    else dropped.push(name)
  }
  return { kept, dropped }
}

/** What the extractors read in one sentence's text, before the facts are placed in a document. */
interface SentenceExtraction {
  readonly dates: readonly DateFact[]
  readonly names: readonly NameFact[]
  /** Read only for a sentence whose role states or captions. */
  numbers?: readonly NumberFact[]
}

/**
 * Extractions by notation and article language, then by sentence text, for the documents of one call that share them
 * (see `shareSentenceFacts`). Keyed by the sentence's own text (a slice of its document, read in
 * place) rather than a key joining notation and text, which copied every sentence once more.
 */
type ExtractionMemo = Map<string, Map<string, SentenceExtraction>>
const sharedMemos = new Attached<PreparedDocument, WeakMap<readonly string[], ExtractionMemo>>('sharedMemos')

/**
 * Lets the documents of one story share what the extractors read in a sentence they all write
 * (wire copy, a quote every outlet carries): the extractors read the sentence's text alone, so a
 * second document writing the same text is read the same. Each later reading of a text gets facts
 * of its own (copies), since the stages tell facts apart by identity; the first keeps the ones it
 * read, so the memo holds no second set of the facts the documents state.
 */
export function shareSentenceFacts(docs: readonly PreparedDocument[]): void {
  const memos = new WeakMap<readonly string[], ExtractionMemo>()
  for (const doc of docs) sharedMemos.set(doc, memos)
}

/**
 * Ends the sharing of `shareSentenceFacts` for documents whose facts are all collected: the memo
 * (a map of every sentence's text to what was read in it, some 3 MB on a 1 MB pair) would
 * otherwise live with the documents through the divergence stage, where the heap peaks.
 */
export function endSharedFacts(docs: readonly PreparedDocument[]): void {
  for (const doc of docs) sharedMemos.delete(doc)
}

function memoOf(doc: PreparedDocument, titleCues: readonly string[]): ExtractionMemo | undefined {
  const memos = sharedMemos.get(doc)
  if (!memos) return undefined
  let memo = memos.get(titleCues)
  if (!memo) memos.set(titleCues, (memo = new Map()))
  return memo
}

// The fact each copy was made from: equal in every field, so whatever is derived from a fact's
// contents alone (is it stated in that report's index?) can be kept once for all its copies.
const originals = new Attached<Fact, Fact>('originals')
const copy = <T extends Fact>(fact: T): T => {
  const made = { ...fact }
  originals.set(made, fact)
  return made
}

/** The fact that `fact` is a copy of (another report's reading of the same sentence), else `fact` itself. */
export function firstReading(fact: Fact): Fact {
  return originals.get(fact) ?? fact
}
// A name's copy built like extractNames builds the name, so that every name fact has one hidden
// class ({ ...fact } makes another) and the functions reading names stay monomorphic.
const copyName = (f: NameFact): NameFact => {
  const made: NameFact = { type: f.type, start: f.start, end: f.end, text: f.text, key: f.key, tokens: f.tokens, title: f.title, category: f.category }
  nameOriginals.set(made, f)
  return made
}
// Apart from `originals`, whose readers key number facts: a name's answers that read its words alone
// (how another report writes them) are kept once for all its copies, by the first reading.
const nameOriginals = new Attached<NameFact, NameFact>('nameOriginals')

/** The name that `fact` is a copy of (another report's reading of the same sentence), else `fact` itself. */
export function firstNameReading(fact: NameFact): NameFact {
  return nameOriginals.get(fact) ?? fact
}

/**
 * Languages (franc's codes) that group thousands with a dot or a space and mark decimals with a
 * comma, as Vietnamese does: "80.000 kilómetros" is eighty thousand, "2,5 %" two and a half.
 */
const CONTINENTAL = new Set('spa fra deu por ita nld cat ron pol ces slk slv hrv srp bos dan swe nob nno fin hun tur ind glg eus lit lav est'.split(' '))
/** An English-style figure ("1,234.5"): a text that writes one is read in English notation whatever franc says. */
const ENGLISH_FIGURE = /\d,\d{3}\.\d/u

/**
 * English function words no continental language writes as its own (not "in", "was", "die", "on",
 * "a"): a sentence with enough of them is English whatever its document's language.
 */
const ENGLISH_WORDS = new Set('the of and to that for with from has have had its this which been will would were said by at an are it percent while than after'.split(' '))
const WORD = /[A-Za-z]+/g

/** Whether a sentence is in English words: two or more of ENGLISH_WORDS, one word in eight or more. */
function englishWords(text: string): boolean {
  let words = 0
  let english = 0
  for (const m of text.matchAll(WORD)) {
    words++
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++
  }
  return english >= 2 && english * 8 >= words
}

type DocNotation = 'vi' | 'en' | 'eu' | undefined

/**
 * How a document writes its numbers: known by its language, else guessed sentence by sentence.
 * A continental guess (franc reads 300 characters, which an opening quote may fill) holds only when
 * most sentences are not in English words, and even then not for a sentence that is.
 */
function notationOf(doc: PreparedDocument): DocNotation {
  if (doc.language === 'vie') return 'vi'
  if (doc.language === 'eng') return 'en'
  if (!CONTINENTAL.has(doc.language) || ENGLISH_FIGURE.test(doc.nfc.text)) return undefined
  let english = 0
  for (const s of doc.sentences) if (englishWords(sentenceText(doc, s.index))) english++
  return english * 2 < doc.sentences.length ? 'eu' : undefined
}

/** A sentence's notation: a continental document's English sentence is guessed on its own. */
function sentenceNotation(documentNotation: DocNotation, text: string): DocNotation {
  return documentNotation === 'eu' && englishWords(text) ? undefined : documentNotation
}

export function collectFacts(doc: PreparedDocument, titleCues: readonly string[]): DocumentFacts {
  const documentNotation = notationOf(doc)
  const memos = memoOf(doc, titleCues)
  // The notation reads numbers, so it is part of what a text is read as.
  // So does the language whose sentence-opening articles are no part of a name (name-articles.ts),
  // and whether it is known not to be Vietnamese: there a lone capitalised word shaped like a
  // Vietnamese syllable (Rait, Tam) is a name, not a native syllable waiting for a title.
  // German reads its capitals by its own rules, by franc's code and the report's function words (names-language.ts).
  const { facts: language, names: nameLanguage } = languageReading(doc)
  // its number words are read in its own language only ("dos" is a name in English, two in Spanish)
  const numberLanguage = numberLanguageOf(language)
  const memoFor = (notation: DocNotation): Map<string, SentenceExtraction> | undefined => {
    if (!memos) return undefined
    const key = `${notation ?? ''}|${language ?? ''}|${nameLanguage ?? ''}`
    let memo = memos.get(key)
    if (!memo) memos.set(key, (memo = new Map()))
    return memo
  }
  const facts: Located<Fact>[] = []
  let names: Located<NameFact>[] = []
  const firstWords = new Map<number, number>()
  const factsBySentence = new Map<number, Located<Fact>[]>()
  for (const s of doc.sentences) {
    if (!namesFacts(s)) continue
    const text = sentenceText(doc, s.index)
    const notation = sentenceNotation(documentNotation, text)
    const memo = memoFor(notation)
    const first = text.search(/[\p{L}\p{N}]/u)
    firstWords.set(s.index, first === -1 ? text.length : first)
    // Read when an extractor first needs them (a long document makes them afresh at each asking),
    // in a variable rather than a closure: a closure and its context a sentence were garbage.
    let tokens: readonly Token[] | undefined
    let read = memo?.get(text)
    // Read here for the first time: these facts are this sentence's own, the memo's copies are for later readings.
    const fresh = !read
    if (!read) {
      const dates = withCjkDates(text, extractDates(text, (tokens ??= factTokens(doc, s.index))))
      // "Aug." in "Aug. 12" is capitalised like a name; a date claims it first.
      const found = extractNames(text, tokens, titleCues, nameLanguage)
      read = { dates, names: dates.length === 0 ? found : found.filter((name) => !dates.some((date) => date.start < name.end && name.start < date.end)) }
      memo?.set(text, read)
    }
    const dates = fresh ? read.dates : read.dates.map(copy)
    for (const found of read.names) {
      const fact = fresh ? found : copyName(found)
      names.push({ fact, sentence: s.index, span: spanOf(doc, s.index, fact.start, fact.end) })
    }
    const states = statesFacts(s)
    if (!states && s.role !== 'caption') continue
    const freshNumbers = read.numbers === undefined
    read.numbers ??= noteTails(centsAsDollars(withCjkNumbers(text, read.dates, extractNumbers(text, read.dates, { notation, tokens: (tokens ??= factTokens(doc, s.index)), language: numberLanguage })), text), text)
    const numbers = freshNumbers ? read.numbers : read.numbers.map(copy)
    if (dates.length === 0 && numbers.length === 0) continue
    // Built by push, not spread then sort then map: the arrays those made changed kind once this
    // was optimised, and each worker recompiled it (sort is stable: dates first on a tie, as before).
    const ordered: Fact[] = []
    for (const fact of dates) ordered.push(fact)
    for (const fact of numbers) ordered.push(fact)
    ordered.sort((x, y) => x.start - y.start)
    const sentenceFacts: Located<Fact>[] = []
    for (const fact of ordered) sentenceFacts.push({ fact, sentence: s.index, span: spanOf(doc, s.index, fact.start, fact.end) })
    factsBySentence.set(s.index, sentenceFacts)
    // A caption's figures are compared with the captions linked to it, never reported missing.
    if (states) facts.push(...sentenceFacts)
  }
  const { kept, dropped: openingNames } = dropOpeningWords(names, firstWords)
  names = kept
  const namesBySentence = new Map<number, Located<NameFact>[]>()
  for (const name of names) {
    const list = namesBySentence.get(name.sentence)
    if (list) list.push(name)
    else namesBySentence.set(name.sentence, [name])
  }
  return { facts, names, openingNames, factsBySentence, namesBySentence }
}
