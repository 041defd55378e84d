/**
 * The token stream the date and number extractors share: words, numerals
 * ("13/8", "1.000.000", "Covid-19" kept whole) and single symbols, with
 * whether whitespace precedes each.
 *
 * Everything works on a flat token list built in one pass, so each extractor
 * is a linear scan with a few tokens of look-around; no regex ever sees more
 * than one token.
 */
import { ASCII_DIGIT, NOT_ASCII_DIGIT, WORD_CHAR, lastRunClasses, scanRun, widthAt } from '../../normalize/chars'
import { foldWord } from '../../normalize/fold'

export interface Token {
  readonly start: number
  readonly end: number
  readonly raw: string
  /** `foldWord(raw)` for words and mixed tokens, `raw` otherwise. */
  readonly key: string
  /** word: letters only; num: ASCII digits with inner separators; mixed: both; punct: one symbol. */
  readonly kind: 'word' | 'num' | 'mixed' | 'punct'
  /** Whitespace or the start of the text precedes it. */
  readonly spaced: boolean
}

/** 'vi': dot groups thousands, comma marks decimals (also most of continental Europe); 'en': the reverse. */
export type Notation = 'vi' | 'en'

// Inside a token these keep "13/8", "1.000.000", "Covid-19", "TP.HCM" whole.
function isJoiner(code: number): boolean {
  return code === 46 || code === 44 || code === 47 || code === 58 || code === 45 || code === 39 || code === 0x2019 || code === 0x2013
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  let spaced = true
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++
      spaced = true
      continue
    }
    let e = scanRun(text, i, n, WORD_CHAR)
    if (e > i) {
      let classes = lastRunClasses()
      while (e + 1 < n && isJoiner(text.charCodeAt(e))) {
        const more = scanRun(text, e + 1, n, WORD_CHAR)
        if (more === e + 1) break
        classes |= lastRunClasses()
        e = more
      }
      const raw = text.slice(i, e)
      // ASCII digits and joiners only: a numeral ("13/8", "1.000.000"); digits among letters: mixed ("Covid-19").
      const kind: Token['kind'] = !(classes & NOT_ASCII_DIGIT) ? 'num' : classes & ASCII_DIGIT ? 'mixed' : 'word'
      out.push({ start: i, end: e, raw, key: kind === 'num' ? raw : foldWord(raw), kind, spaced })
    } else {
      e = i + widthAt(text, i)
      // ".20 parts per million": a decimal with no leading zero is one numeral, not a full stop and 20.
      const bare = text.charCodeAt(i) === 46 && (spaced || text[i - 1] === '(' || text[i - 1] === '$') ? scanRun(text, i + 1, n, WORD_CHAR) : i
      if (bare > i + 1 && !(lastRunClasses() & NOT_ASCII_DIGIT) && (bare === n || !isJoiner(text.charCodeAt(bare)) || !/\d/.test(text[bare + 1] ?? ''))) {
        out.push({ start: i, end: bare, raw: text.slice(i, bare), key: text.slice(i, bare), kind: 'num', spaced })
        i = bare
        spaced = false
        continue
      }
      const raw = text.slice(i, e)
      out.push({ start: i, end: e, raw, key: raw, kind: 'punct', spaced })
    }
    i = e
    spaced = false
  }
  return out
}

const NON_ASCII_LETTER = /[^\x00-\x7f]/
/**
 * Vietnamese (or other continental) notation when a fifth of the words carry
 * diacritics: an English text that names "Tô Lâm" stays English.
 */
export function guessNotation(tokens: readonly Token[]): Notation {
  let words = 0
  let marked = 0
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    words++
    if (NON_ASCII_LETTER.test(t.raw)) marked++
  }
  return words === 0 || marked * 5 >= words ? 'vi' : 'en'
}

/** Folded key set from a space-separated list (folding once here keeps callers cheap). */
export function keys(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').map(foldWord))
}

/** Up to `n` folded word keys before token `i` (nearest last) and after token `j` (nearest first). */
export function contextWords(tokens: readonly Token[], i: number, j: number, n = 3): { before: string[]; after: string[] } {
  const before: string[] = []
  for (let k = i - 1; k >= 0 && before.length < n; k--) if (tokens[k]!.kind === 'word') before.unshift(tokens[k]!.key)
  const after: string[] = []
  for (let k = j + 1; k < tokens.length && after.length < n; k++) if (tokens[k]!.kind === 'word') after.push(tokens[k]!.key)
  return { before, after }
}

// Strong triggers make any d.m / d-m a date; weak ones ("từ 5-7 ngày") only when no unit follows.
