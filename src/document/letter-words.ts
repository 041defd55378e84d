/**
 * A sentence's words of letters, as the name extractor reads them: runs of letters and marks
 * joined by single hyphens, apostrophes and dots (Heong-joon, O'Brien, TP.Busan), each with its
 * fold, whether it is capitalised like a name, and the text before it.
 *
 * Read from the sentence's fact tokens (./fact-tokens) rather than by scanning the whole string
 * again: a fact token is a run of word characters joined by a wider set of joiners, so every word
 * of letters lies inside one token; punctuation and numerals are passed over whole, and a token
 * that is one run of letters (most of them) is the word itself, its string not sliced again.
 */
import { LETTER, scanRun, widthAt } from '../normalize/chars'
import { foldWord } from '../normalize/fold'
import { CAPITALISED_CALENDAR } from '../normalize/calendar-words'
import type { Token } from './fact-tokens'
import { ownText } from '../normalize/own-text'

export interface Word {
  start: number
  end: number
  folded: string
  /** Capitalised, not an all-caps abbreviation. */
  cap: boolean
  /** Text between the previous word and this one. */
  gap: string
  /** A lone capital (the W of George W. Bush): part of a name only inside one. */
  initial: boolean
}

// Arabic articles and kin written in lower case before a capitalised name: al-Qaeda, el-Sisi, bin-Laden, ash-Sham.
const LOWER_NAME_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu|abd)[-‐'’]\p{Lu}/u

function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length <= 5 && letters.length > 1 && letters === letters.toUpperCase()
}

interface WordShape {
  readonly folded: string
  readonly upper: boolean
  readonly cap: boolean
}

// Word shapes by surface form: news repeats its words, and the shape needs a fold and two regexes.
const shapes = new Map<string, WordShape>()

function shapeOf(raw: string): WordShape {
  let shape = shapes.get(raw)
  if (shape === undefined) {
    const first = raw[0]!
    const upper = first !== first.toLowerCase() || LOWER_NAME_PREFIX.test(raw)
    shape = {
      folded: ownText(foldWord(raw.includes('’') || raw.includes('ʼ') ? raw.replace(/[’ʼ]/g, "'") : raw)),
      upper,
      cap: upper && raw.length > 1 && !isAbbreviation(raw) && !CAPITALISED_CALENDAR.has(raw.toLowerCase()),
    }
    if (raw.length <= 64) {
      if (shapes.size >= 100_000) shapes.clear()
      shapes.set(ownText(raw), shape)
    }
  }
  return shape
}

// The shape of a word of lower-case ASCII letters alone (most English words, many Vietnamese
// syllables): its own fold, no capital, no prefix before one. Known by one scan of its letters,
// without hashing it to find its shape in the table.
const LOWER_ASCII_SHAPE: WordShape = { folded: '', upper: false, cap: false }

function lowerAscii(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return true
}

// A sentence's words are gathered here, then copied out at their exact length (as fact-tokens'
// tokenize does): an array pushed onto outgrows backing store after backing store. Nothing this
// module calls reads words, so one list serves every call.
const gathered: Word[] = []
let gatheredCount = 0
// Words of an earlier sentence stay in it until overwritten; a longer sentence's are let go.
const GATHERED_KEPT = 1024

function pushWord(text: string, raw: string, start: number, prevEnd: number): void {
  const end = start + raw.length
  const plain = lowerAscii(raw)
  const shape = plain ? LOWER_ASCII_SHAPE : shapeOf(raw)
  gathered[gatheredCount++] = {
    start,
    end,
    folded: plain ? raw : shape.folded,
    cap: shape.cap,
    gap: prevEnd === start ? '' : text.slice(prevEnd, start),
    initial: shape.upper && raw.length === 1,
  }
}

// Inside a name word: Heong-joon, O'Brien, Nguyễn’s, TP.Busan.
function isNameJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46
}

/**
 * Words: runs of letters and marks, joined by single hyphens, apostrophes and dots, read from
 * `tokens`, the fact tokens of `text` (offsets into `text`).
 */
export function letterWords(text: string, tokens: readonly Token[]): Word[] {
  gatheredCount = 0
  let prevEnd = 0
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!
    // Punctuation is one symbol, a numeral ASCII digits and joiners: no letter in either.
    if (token.kind === 'punct' || token.kind === 'num') continue
    const n = token.end
    let i = token.start
    // One run of letters from end to end: the word is the token (no joiner, so no possessive, no dot).
    if (scanRun(text, i, n, LETTER) === n) {
      pushWord(text, token.raw, i, prevEnd)
      prevEnd = n
      continue
    }
    // A word never runs past its token: a joiner that a letter follows would have joined the token too.
    while (i < n) {
      let end = scanRun(text, i, n, LETTER)
      if (end === i) {
        i += widthAt(text, i)
        continue
      }
      const start = i
      while (end + 1 < n && isNameJoiner(text.charCodeAt(end))) {
        const more = scanRun(text, end + 1, n, LETTER)
        if (more === end + 1) break
        end = more
      }
      i = end
      prevEnd = pushRaw(text, text.slice(start, end), start, end, prevEnd)
    }
  }
  const words = gathered.slice(0, gatheredCount)
  if (gatheredCount > GATHERED_KEPT) gathered.length = 0
  return words
}

/** Pushes the word `raw` found at [start, end) (its possessive dropped, a dotted head and tail split); returns the end of what it read. */
function pushRaw(text: string, raw: string, start: number, end: number, prevEnd: number): number {
  if (raw.length > 2 && raw.charCodeAt(raw.length - 1) === 115 && (raw.charCodeAt(raw.length - 2) === 39 || raw.charCodeAt(raw.length - 2) === 0x2019)) {
    end -= 2 // possessive: Korea's
    raw = raw.slice(0, -2)
  }
  // lastIndexOf is a slow runtime call in this V8, indexOf a fast builtin: most words hold no dot.
  const dot = raw.indexOf('.') < 0 ? -1 : raw.lastIndexOf('.')
  if (dot >= 0) {
    // TP.Busan: an abbreviated place cue glued to a name; V.Mikhailov: an initial glued to one; TP.HCM, U.S.: skip.
    const head = raw.slice(0, dot)
    const tail = raw.slice(dot + 1)
    pushWord(text, head, start, prevEnd)
    gathered[gatheredCount - 1]!.cap = false
    const initial = head.length === 1 && head !== head.toLowerCase()
    if (tail.length > 1 && tail[0] !== tail[0]!.toLowerCase() && !isAbbreviation(tail) && (isAbbreviation(head) || initial)) {
      pushWord(text, tail, start + dot + 1, start + dot)
    }
    return end
  }
  pushWord(text, raw, start, prevEnd)
  return end
}
