/**
 * Comparison tokens: the words of a text as folded keys, with abbreviations
 * expanded, so that "TP.HCM" and "Thành phố Hồ Chí Minh" share their tokens.
 * A linear regex tokenizer: Intl.Segmenter's word mode is superlinear here.
 */
import type { ExpansionTable } from './abbreviations'
import { UNSPACED, UPPER, WORD_CHAR, isWhitespace, lastRunClasses, scanRun, widthAt } from './chars'
import { foldWord } from './fold'

export interface Token {
  /** Offsets into the (NFC) text that was tokenized. */
  readonly start: number
  readonly end: number
  /** Folded comparison key. */
  readonly key: string
}

const EMPTY_TABLE: ExpansionTable = new Map()

/** Receives each token's offsets and key, in order. */
type TokenSink = (start: number, end: number, key: string) => void

/**
 * The tokens of a word of a script written without spaces (`word` starts at `start`): one per
 * character when it is a single one, else a token per pair of adjacent characters. With
 * `hanUnigrams`, each Han character is a token of its own as well (before the pair it opens):
 * a Han character is a morpheme, and two reports retelling one event in Chinese reword it
 * (市长 / 市市长, 约为 / 达到) so that every changed character breaks two pairs; the characters
 * they still share keep their sentences together (unigrams and bigrams together are the usual
 * unit of Chinese retrieval). Kana and the South-East Asian scripts write syllables, not
 * morphemes, and keep the pairs alone.
 */
export function pushUnspaced(word: string, start: number, emit: TokenSink, hanUnigrams = false): void {
  const chars = Array.from(word)
  if (chars.length === 1) {
    emit(start, start + word.length, word)
    return
  }
  let offset = start
  for (let i = 0; i < chars.length; i++) {
    const width = chars[i]!.length
    if (hanUnigrams && isHan(chars[i]!)) emit(offset, offset + width, chars[i]!)
    if (i + 1 < chars.length) emit(offset, offset + width + chars[i + 1]!.length, chars[i]! + chars[i + 1]!)
    offset += width
  }
}

const HAN = /\p{Script=Han}/u
function isHan(char: string): boolean {
  return char.charCodeAt(0) >= 0x2e80 && HAN.test(char)
}

/** Where the word after "." or ". " at `from` starts (the gap inside "TP.HCM" and "TP. HCM"), or -1. */
function wordAfterDot(text: string, from: number, n: number): number {
  if (from >= n || text.charCodeAt(from) !== 46) return -1
  if (scanRun(text, from + 1, n, WORD_CHAR) > from + 1) return from + 1
  return from + 1 < n && isWhitespace(text.charCodeAt(from + 1)) && scanRun(text, from + 2, n, WORD_CHAR) > from + 2 ? from + 2 : -1
}

/**
 * End of the word that starts at `i` (a run of letters, marks and digits), or `i` when none starts
 * there; lastRunClasses() then tells the classes of its characters. Where tokenize() cuts words:
 * readers that key the words their own way (the dedup features, by spelling) cut them here too.
 */
export function wordEnd(text: string, i: number, n: number): number {
  return scanRun(text, i, n, WORD_CHAR)
}

/** Tokenize `text` into folded keys (words: runs of letters, marks and digits). Abbreviations written with a capital letter are expanded. */
export function tokenize(text: string, expansions: ExpansionTable = EMPTY_TABLE): Token[] {
  const out: Token[] = []
  scanTokens(text, expansions, (start, end, key) => void out.push({ start, end, key }))
  return out
}

/**
 * The tokens of `tokenize`, handed to `emit` one by one rather than made into objects (the document
 * model stores them in columns). `foldAt` may give the fold of the run [start, end) already made
 * (the document model's fact tokens); otherwise the run is sliced and folded here.
 */
export function scanTokens(text: string, expansions: ExpansionTable, emit: TokenSink, foldAt?: (start: number, end: number) => string | undefined): void {
  const n = text.length
  for (let i = 0; i < n; ) {
    const start = i
    const end = wordEnd(text, i, n)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    const bits = lastRunClasses()
    i = runTokens(text, start, end, bits, bits & UNSPACED ? undefined : foldAt?.(start, end), expansions, emit)
  }
}

/**
 * The tokens of the word [start, end) of `text` (a whole run of letters, marks and digits, whose
 * classes are `bits`), handed to `emit`; `key` is its fold when already made. Returns where the
 * next word may start: past the next word as well when the two make one abbreviation ("TP.HCM").
 * What scanTokens does with each run it cuts, and what the document model does with the runs its
 * one scan of a sentence finds (document/fact-tokens).
 */
export function runTokens(text: string, start: number, end: number, bits: number, key: string | undefined, expansions: ExpansionTable, emit: TokenSink): number {
  if (bits & UNSPACED) {
    pushUnspaced(text.slice(start, end), start, emit, true)
    return end
  }
  const folded = key ?? foldWord(text.slice(start, end))
  if (expansions.size > 0 && bits & UPPER) {
    // "TP.HCM", "TP. HCM": try the pair joined first, then the word alone.
    const next = wordAfterDot(text, end, text.length)
    if (next !== -1) {
      // Scanned again (wordAfterDot only looked), for its end and its classes.
      const nextEnd = scanRun(text, next, text.length, WORD_CHAR)
      const joined = lastRunClasses() & UPPER ? expansions.get(foldWord(text.slice(start, end) + text.slice(next, nextEnd))) : undefined
      if (joined) {
        for (const expanded of joined) emit(start, nextEnd, expanded)
        return nextEnd
      }
    }
    const expansion = expansions.get(folded)
    if (expansion) {
      for (const expanded of expansion) emit(start, end, expanded)
      return end
    }
  }
  emit(start, end, folded)
  return end
}

/** The folded keys of a text, for building IDF tables and the like. */
export function tokens(text: string, expansions?: ExpansionTable): string[] {
  return tokenize(text.normalize('NFC'), expansions).map((token) => token.key)
}
