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

/** "." or ". " between two words: the gap inside "TP.HCM" and "TP. HCM". */
function dotGap(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 46) return false
  return to === from + 1 || (to === from + 2 && isWhitespace(text.charCodeAt(from + 1)))
}

/** Tokenize `text` into folded keys (words: runs of letters, marks and digits). Abbreviations written with a capital letter are expanded. */
export function tokenize(text: string, expansions: ExpansionTable = EMPTY_TABLE): Token[] {
  const out: Token[] = []
  const n = text.length
  // Word boundaries first, so an abbreviation can look at the word after it.
  const bounds: number[] = []
  const classes: number[] = []
  for (let i = 0; i < n; ) {
    const end = scanRun(text, i, n, WORD_CHAR)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    bounds.push(i, end)
    classes.push(lastRunClasses())
    i = end
  }
  const expand = expansions.size > 0
  for (let w = 0; w < classes.length; w++) {
    const start = bounds[2 * w]!
    const end = bounds[2 * w + 1]!
    const bits = classes[w]!
    if (bits & UNSPACED) {
      pushUnspaced(text.slice(start, end), start, out)
      continue
    }
    const word = text.slice(start, end)
    if (expand && bits & UPPER) {
      // "TP.HCM", "TP. HCM": try the pair joined first, then the word alone.
      if (w + 1 < classes.length && classes[w + 1]! & UPPER && dotGap(text, end, bounds[2 * w + 2]!)) {
        const nextEnd = bounds[2 * w + 3]!
        const joined = expansions.get(foldWord(word + text.slice(bounds[2 * w + 2]!, nextEnd)))
        if (joined) {
          for (const key of joined) out.push({ start, end: nextEnd, key })
          w++
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
