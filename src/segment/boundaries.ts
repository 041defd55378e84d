/**
 * Whether a possible sentence boundary after ". ", "? ", "! " or "… " is one, judged from
 * evidence on both sides rather than from a list of known sentences: what the word before
 * the terminal is (a title that needs a name after it, an initial, a unit glued to a
 * number), what follows (a lower-case word continues the sentence; a capital, a figure or
 * an opening quote may start one), and whether the terminal sits inside a quotation or a
 * numbered-list marker. Every check looks at a bounded neighbourhood, so a line costs
 * time in proportion to its length.
 */

import { GERMAN_MONTH_WORDS, GERMAN_SHORT_MONTHS, germanDayLead, unmarkedMonth } from '../normalize/month-names'
import {
  BEFORE_FIGURE,
  CURRENCIES_AFTER,
  CUT_SCALES,
  HEDGES_AFTER_OWN_LETTERS,
  HEDGES_BEFORE_FIGURE,
  LETTER_PAIRS,
  NEVER_ENDS,
  VIETNAMESE_LETTER,
  VIETNAMESE_WORDS,
} from './abbreviations'

// Words that stand before a name or a number and so never end a sentence there:
// titles, place and street prefixes, "No.", month names that precede a day.
const TITLE_BEFORE_NAME = new Set([
  'tp', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'ls', 'q', 'p', 'tx', 'tt', 'h', 'ng', 'st', 'tr', 'mr', 'mrs', 'ms', 'dr',
  'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'no', 'nos', 'vs', 'fig', 'vol', 'pp', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'mt', 'ft',
])
// Abbreviations that may close a sentence as well as sit inside one ("the U.S. Army" /
// "moved to the U.S. He"): they end one only before a word that opens sentences.
const ENDS_OR_CONTINUES = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'etc', 'bros'])
// Closed-class words that open English sentences (pronouns, determiners, conjunctions,
// common prepositions): after an ambiguous abbreviation they show that a new sentence starts.
const OPENERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'its', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while',
  'if', 'as', 'since', 'however', 'meanwhile', 'also', 'then', 'now', 'some', 'many', 'most', 'all', 'no', 'one',
])

// What may follow "p.m." inside one sentence: a zone abbreviation (EDT, GMT, AEST) or a weekday.
const CLOCK_CONTINUES = /^(?:\(?[A-Z]{2,4}\)?(?![\p{L}])|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u
const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const DIGIT = /\p{N}/u
const INITIALS = /^(?:\p{Lu}\.){0,2}\p{Lu}$/u

/**
 * "T", "H.T": capitals that abbreviate names. A capital with a tone or vowel mark ("châu Á",
 * "Ô") is a word of its own: initials are written with bare letters (and Đ).
 */
function isInitials(word: string): boolean {
  return INITIALS.test(word) && [...word.replaceAll('.', '')].every((letter) => letter === 'Đ' || letter.normalize('NFD').length === 1)
}
// The text from one boundary to the next is only a list marker: "2.", "(3)", "iv.".
const LIST_MARKER = /^\(?(?:\p{N}{1,3}|[ivx]{1,4})[.)]$/u

export interface BoundaryContext {
  readonly text: string
  /** Initials ("T", "H.T") that the document uses on their own, before a lower-case word or a comma. */
  readonly standaloneInitials: ReadonlySet<string>
}

const INITIALS_BEFORE_DOT = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){0,2}\p{Lu}$/u
const SPACE = /\s/u

/**
 * Initials used as a person's short name: "T. chỉ kịp", "H.T., 30 tuổi". Looks only at the
 * dots of the text, and a few characters around each: linear.
 */
export function findStandaloneInitials(text: string): Set<string> {
  const found = new Set<string>()
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const next = text[dot + 1]
    if (next === undefined) break
    let standalone = next === ',' || next === ';' || next === ':' || next === ')'
    if (!standalone && SPACE.test(next)) {
      let j = dot + 1
      while (j < text.length && j - dot <= 4 && SPACE.test(text[j]!)) j++
      standalone = LOWER.test(text[j] ?? '')
    }
    if (!standalone) continue
    const match = INITIALS_BEFORE_DOT.exec(text.slice(Math.max(0, dot - 6), dot))
    if (match) found.add(match[0])
  }
  return found
}

/**
 * Where quotations run in [start, end): per position (offset by `start`), 1 inside a quotation that
 * opens and closes on this line within `maxLength` characters. “ « and a straight quote
 * after a space or an opening bracket open one (an unclosed one before it is dropped);
 * ” » and any other straight quote close it.
 */
export function quotedRanges(text: string, start: number, end: number, maxLength: number): Int32Array {
  const inside = new Int32Array(end - start + 1)
  const mark = (open: number, close: number): void => {
    if (close - open > maxLength) return
    inside[open - start + 1]! += 1
    inside[close - start]! -= 1
  }
  // One quotation at a time: news text nests none, and mixes the marks ("…”) freely.
  let open = -1
  for (let i = start; i < end; i++) {
    const c = text[i]!
    const straight = c === '"'
    const before = i === start ? ' ' : text[i - 1]!
    const opening = c === '“' || c === '«' || (straight && /[\s([{:–—-]/u.test(before))
    // An opening mark while one is open: the earlier quotation ran on unclosed (a quoted paragraph).
    if (opening) open = i
    else if ((c === '”' || c === '»' || straight) && open !== -1) {
      mark(open, i)
      open = -1
    }
  }
  // Differences to running depth; 1 where depth > 0.
  let depth = 0
  for (let k = 0; k < inside.length; k++) {
    depth += inside[k]!
    inside[k] = depth > 0 ? 1 : 0
  }
  return inside
}

/** Whether the dot at `terminal` closes a German day ("21.") and the month's name follows at `next`. */
function germanDayDot(text: string, pieceStart: number, terminal: number, next: number): boolean {
  let digits = 0
  while (digits < 3 && terminal - digits - 1 >= pieceStart && DIGIT.test(text[terminal - digits - 1]!)) digits++
  const glued = text[terminal - digits - 1] ?? ' '
  if (digits === 0 || digits > 2 || LETTER.test(glued) || DIGIT.test(glued) || glued === '.' || glued === ',') return false
  const monthWord = wordAt(text, next)
  const month = unmarkedMonth(monthWord)
  if (!GERMAN_MONTH_WORDS.has(month)) return false
  const after = next + monthWord.length
  // "No. 3. Jan Vesely": a short form is a month only with its dot, as the date reader wants it
  if (GERMAN_SHORT_MONTHS.has(month) && text[after] !== '.') return false
  // "ranked 21. September brought …", "Platz 3. März begann …": a month after a number is a day's
  // only after a date's lead word or before a year
  if (YEAR_AFTER_MONTH.test(text.slice(after, after + 7))) return true
  const floor = Math.max(pieceStart, terminal - 40)
  const lead = wordBefore(text, terminal - digits - 1, floor)
  const beforeLead = lead ? wordBefore(text, lead.start - 1, floor) : undefined
  return lead !== undefined && germanDayLead(lead.word, beforeLead?.word ?? '')
}

const YEAR_AFTER_MONTH = /^\.?,? \d{4}(?!\d)/u

/** The word ending at or before `end` (spaces and a weekday's comma skipped), not before `floor`. */
function wordBefore(text: string, end: number, floor: number): { readonly word: string; readonly start: number } | undefined {
  while (end > floor && (text[end] === ' ' || text[end] === ',')) end--
  let start = end + 1
  while (start > floor && LETTER.test(text[start - 1]!)) start--
  return start <= end ? { word: text.slice(start, end + 1), start } : undefined
}

/** The first word at `from`: letters only. */
function wordAt(text: string, from: number): string {
  let end = from
  while (end < text.length && end - from < 20 && LETTER.test(text[end]!)) end++
  return text.slice(from, end)
}

/** Whether the text after ")" that closes the bracket opening at `open` goes on in lower case. */
function bracketContinues(text: string, open: number, lineEnd: number): boolean {
  const limit = Math.min(lineEnd, open + 200)
  for (let i = open + 1; i < limit; i++) {
    const c = text[i]!
    if (c === '(') return false
    if (c === ')') {
      let j = i + 1
      while (j < lineEnd && (text[j] === ' ' || text[j] === ',')) j++
      return j < lineEnd && LOWER.test(text[j]!)
    }
  }
  return false
}

const FIGURE = /^\p{N}[\p{N}.,]*°?$/u
const LETTERS = /^\p{L}+$/u
const LISTED_LETTER = /^\p{Lu},?$/u
const CONJUNCTION = new Set(['và', 'hoặc', 'hay', 'and', 'or', '&'])

/**
 * Whether an initial or a run of initials ("T", "H.T") before a capital ends the sentence:
 * the document uses it as a short name elsewhere, it follows a figure and at most one word
 * (a unit or grade: "28 độ C", "25 °C"), or it closes an enumeration of letters ("A, B và C").
 * `before` is the short stretch of text before it.
 */
function initialEnds(context: BoundaryContext, word: string, before: string): boolean {
  if (context.standaloneInitials.has(word)) return true
  const words = before.split(/\s/).filter(Boolean)
  const last = words[words.length - 1] ?? ''
  const beforeLast = words[words.length - 2] ?? ''
  if (FIGURE.test(last) || last === '°' || (FIGURE.test(beforeLast) && LETTERS.test(last))) return true
  return (last.endsWith(',') && LISTED_LETTER.test(last)) || (CONJUNCTION.has(last.toLowerCase()) && LISTED_LETTER.test(beforeLast))
}

/**
 * Whether a boundary at `next` (the first character of what would be the next sentence)
 * after the terminal at `terminal` is a sentence boundary. `pieceStart` is where the
 * current sentence began; `lineEnd` bounds every look ahead.
 */
export function isBoundary(context: BoundaryContext, pieceStart: number, terminal: number, next: number, lineEnd: number): boolean {
  const { text } = context
  const first = text[next]!
  // A lower-case word continues the sentence ("rất... tuyệt đối", "“Sao?” anh hỏi").
  if (LOWER.test(first)) return false
  // A bare list marker ("2.") belongs to the sentence it numbers.
  if (LIST_MARKER.test(text.slice(pieceStart, Math.min(terminal + 1, pieceStart + 8)).trim()) && terminal + 1 - pieceStart <= 6) return false
  // "H.T. (TP Thủ Đức) vẫn…": a bracket that the sentence goes on after.
  if (first === '(' && bracketContinues(text, next, lineEnd)) return false
  // "…khẩn cấp.” – Thứ trưởng cho hay": a dash after a closed quotation opens its attribution.
  if (/^[-–—]\s/u.test(text.slice(next, next + 2)) && /["”»]/u.test(text.slice(terminal, next))) return false
  const mark = text[terminal]!
  if (mark !== '.' || (terminal > 0 && text[terminal - 1] === '.')) return true
  // The word before the period: letters and inner dots ("TP.HCM", "H.T", "U.S").
  let wordStart = terminal
  while (wordStart > pieceStart && (LETTER.test(text[wordStart - 1]!) || (text[wordStart - 1] === '.' && LETTER.test(text[wordStart - 2] ?? '')))) wordStart--
  const word = text.slice(wordStart, terminal)
  // "am 21. März": a German day's dot before its month (normalize/month-names.ts)
  if (word === '') return !germanDayDot(text, pieceStart, terminal, next)
  const glued = wordStart > pieceStart ? text[wordStart - 1]! : ' '
  // Glued to a figure or a symbol ("3h", "5K", "TT&TT", "°C"): a unit or a code, which may end a sentence.
  if (DIGIT.test(glued) || /[&°%/+-]/u.test(glued)) return true
  const before = text.slice(Math.max(pieceStart, wordStart - 40), wordStart)
  // "6 p.m. EDT Sunday", "8 a.m. Monday": a time zone or a day after a clock time goes on with it.
  if ((word === 'p.m' || word === 'a.m') && CLOCK_CONTINUES.test(text.slice(next, next + 12))) return false
  const lower = word.toLowerCase()
  const afterFigure = /\p{N}\s+$/u.test(before)
  // "500 tis. Kč", "5 Mio. Euro", "5 Mio. Menschen": a cut scale goes on to what it scales (./abbreviations)
  if (afterFigure && CUT_SCALES.has(lower)) return !scaleGoesOn(text, next)
  // "Nr. 5", "ca. 20", "ok. 50"; "tzw. Nowa", "z.B. Äpfel"
  if (DIGIT.test(first) && (BEFORE_FIGURE.has(word) || (!afterFigure && isHedge(word, before)))) return false
  if (!afterFigure && NEVER_ENDS.has(word.includes('.') ? lower : word)) return false
  if (letterPairGoesOn(text, word, lower, before, next)) return false
  // A word after a figure is its unit: "lúc 3 h.", "5 km.".
  if (afterFigure && !isInitials(word)) return true
  if (ENDS_OR_CONTINUES.has(lower)) return DIGIT.test(first) || !UPPER.test(first) || OPENERS.has(wordAt(text, next).toLowerCase())
  if (isInitials(word)) return initialEnds(context, word, before)
  const last = lower.slice(lower.lastIndexOf('.') + 1)
  if (TITLE_BEFORE_NAME.has(lower) || (lower.includes('.') && TITLE_BEFORE_NAME.has(last) && lower.split('.').every((part) => TITLE_BEFORE_NAME.has(part)))) return false
  return true
}

const CURRENCY_SIGN = /^\p{Sc}/u

/** Whether what starts at `next` is what a cut scale scales and no new sentence: a currency (a lower-case noun never reaches here). */
function scaleGoesOn(text: string, next: number): boolean {
  return CURRENCY_SIGN.test(text[next]!) || CURRENCIES_AFTER.has(wordAt(text, next).toLowerCase())
}

/** Whether `word` is a hedge before a figure after the text `before` ("ca. 20"; "ok. 50" only after Polish letters). */
function isHedge(word: string, before: string): boolean {
  const own = HEDGES_AFTER_OWN_LETTERS.get(word)
  if (own) return own.test(before)
  return HEDGES_BEFORE_FIGURE.has(word) && !(VIETNAMESE_WORDS.has(word) && VIETNAMESE_LETTER.test(before))
}

/**
 * "z. B.", "d. h.", "т. е.": the first letter's dot before the pair's second part, or the second part's
 * dot when the pair never ends a sentence (*n. Chr.* may).
 */
function letterPairGoesOn(text: string, word: string, lower: string, before: string, next: number): boolean {
  if (word.length === 1 && LOWER.test(word)) {
    const second = wordAt(text, next)
    return LETTER_PAIRS.get(word)?.has(second.toLowerCase()) === true && text[next + second.length] === '.'
  }
  const first = /(?:^|[^\p{L}])(\p{Ll})\.\s+$/u.exec(before)
  return first !== null && LETTER_PAIRS.get(first[1]!)?.get(lower) === true
}
