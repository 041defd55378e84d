/**
 * The numbers a report writes in words (hai mươi lăm, thirty-two, giải Ba), read for
 * written-forms.ts in one pass over its text with no list of its words: the words are cut as
 * written-forms.ts cuts them (white-space runs bared of punctuation, split at anything but letters,
 * digits and hyphens) and looked at four at a time. A word is sliced and folded only when it may
 * open a number in words or follows one: a word is turned away by the first two letters and the
 * length of its skeleton (its letters without marks, lower case: the word itself when ASCII), which
 * no word that opens one shares for most words of a report, English or Vietnamese.
 */
import { runEndFrom, runStartFrom } from '../../../normalize/space-runs'
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import { EN_NUMBERS, EN_ORDINALS, NUMERAL_WORDS, ORDINAL_PREFIX, VI_AFTER_TENS, VI_DIGITS } from '../../extract/numbers/number-words'
import { wordPieceAt, wordlikeAt } from './run-chars'

const EN_TEENS: ReadonlyMap<string, number> = new Map(EN_NUMBERS)
const TEN_WORDS = new Set(['mười', 'mươi'].map(foldWord))
const MUOI = foldWord('mười')
const THU = foldWord('thứ')
const GIAI = 'giải'

/** Whether a folded word may open a number in words; every other word is passed over. */
function opens(w: string): boolean {
  return NUMERAL_WORDS.has(w) || w === GIAI || w.includes('-')
}

// The ASCII words that may open one: an ASCII word's fold is its lower case, so a word of ASCII
// letters and digits whose first two characters (case aside) and length are not those of one of
// them is not one. Indexed by the two characters (0-9a-z, and 36 for none), a bit per length.
const ALNUM = 37
function alnumIndex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  return (c | 32) - 97 + 10
}
const ASCII_OPENERS = new Uint32Array(ALNUM * ALNUM)
for (const w of [...NUMERAL_WORDS, GIAI]) {
  if (!/^[0-9a-z]{1,31}$/u.test(w)) continue
  ASCII_OPENERS[alnumIndex(w.charCodeAt(0)) * ALNUM + (w.length > 1 ? alnumIndex(w.charCodeAt(1)) : 36)]! |= 1 << w.length
}

// A word with letters past ASCII is turned away by the same test on its skeleton: the letters
// without their marks, lower case (ố → o, Đ → d), which folding keeps (it moves tone marks only, and
// turns a final i to y after an onset: the i kept too). Indexed by the skeleton's first two letters.
const SKELETON_OPENERS = new Uint32Array(ALNUM * ALNUM)
for (const w of [...NUMERAL_WORDS, GIAI]) {
  const bare = stripDiacritics(w).toLowerCase()
  for (const skeleton of bare.endsWith('y') ? [bare, `${bare.slice(0, -1)}i`] : [bare]) {
    if (!/^[0-9a-z]{1,31}$/u.test(skeleton)) throw new Error(`written-numbers: no skeleton for ${w}`)
    SKELETON_OPENERS[alnumIndex(skeleton.charCodeAt(0)) * ALNUM + (skeleton.length > 1 ? alnumIndex(skeleton.charCodeAt(1)) : 36)]! |= 1 << skeleton.length
  }
}
// A code unit's skeleton letter (its alnumIndex), MARK (none: a mark) or OTHER (no ASCII letter or digit).
const MARK = 37
const OTHER = 38
// By BMP code unit: 0 not yet asked, else its skeleton letter, MARK or OTHER plus one.
const SKELETON_CHAR = new Uint8Array(0x10000)
function skeletonCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? alnumIndex(c) : OTHER
  if (c >= 0xd800 && c <= 0xdfff) return OTHER
  let known = SKELETON_CHAR[c]!
  if (known === 0) {
    const bare = stripDiacritics(text[i]!).toLowerCase()
    const b = bare.charCodeAt(0)
    SKELETON_CHAR[c] = known = 1 + (bare === '' ? MARK : bare.length === 1 && ((b >= 48 && b <= 57) || (b >= 97 && b <= 122)) ? alnumIndex(b) : OTHER)
  }
  return known - 1
}

/** Whether the word [start, end), past ASCII and with no hyphen, may fold to a word opening a number in words (see SKELETON_OPENERS). */
function skeletonMayOpen(text: string, start: number, end: number): boolean {
  let length = 0
  let first = 0
  let second = 36
  for (let k = start; k < end; k++) {
    const letter = skeletonCharAt(text, k)
    if (letter === MARK) continue
    if (letter === OTHER) return true
    if (length === 0) first = letter
    else if (length === 1) second = letter
    length++
  }
  return length === 0 || length > 31 || ((SKELETON_OPENERS[first * ALNUM + second]! >>> length) & 1) === 1
}

const WINDOW = 8 // a power of two above the four words a number in words reads

/** A text's words in order, found as they are asked for; the last WINDOW found are kept. */
class WordReader implements Words {
  private readonly starts = new Int32Array(WINDOW)
  private readonly ends = new Int32Array(WINDOW)
  // 1: may open a number in words, 0: ASCII and cannot; a fold once made.
  private readonly maybe = new Uint8Array(WINDOW)
  private readonly folds: (string | undefined)[] = new Array(WINDOW).fill(undefined)
  private found = 0
  // Scan state: the next run starts at or after `pos`; the current bare run is [at, to).
  private pos = 0
  private at = 0
  private to = 0

  constructor(private readonly text: string) {}

  /** Whether the text has a k-th word (found by now or on reading further). */
  has(k: number): boolean {
    while (this.found <= k) if (!this.readOne()) return false
    return true
  }

  /** The k-th word folded, undefined past the last one. */
  word(k: number): string | undefined {
    if (!this.has(k)) return undefined
    const slot = k & (WINDOW - 1)
    return (this.folds[slot] ??= foldWord(this.text.slice(this.starts[slot]!, this.ends[slot]!)))
  }

  /** Whether the k-th word (which exists) may open a number in words. */
  mayOpen(k: number): boolean {
    return this.maybe[k & (WINDOW - 1)] === 1 && opens(this.word(k)!)
  }

  private readOne(): boolean {
    const text = this.text
    for (;;) {
      let k = this.at
      const to = this.to
      while (k < to) {
        let w = wordPieceAt(text, k)
        if (w === 0) {
          k++
          continue
        }
        const start = k
        let ascii = true
        let hyphen = false
        do {
          const c = text.charCodeAt(k)
          if (c >= 128) ascii = false
          else if (c === 45) hyphen = true
          k += w
        } while (k < to && (w = wordPieceAt(text, k)) !== 0)
        this.at = k
        const slot = this.found++ & (WINDOW - 1)
        this.starts[slot] = start
        this.ends[slot] = k
        this.folds[slot] = undefined
        const length = k - start
        this.maybe[slot] =
          hyphen || length > 31 ? 1 : !ascii ? (skeletonMayOpen(text, start, k) ? 1 : 0) : (ASCII_OPENERS[alnumIndex(text.charCodeAt(start)) * ALNUM + (length > 1 ? alnumIndex(text.charCodeAt(start + 1)) : 36)]! >>> length) & 1
        return true
      }
      // The next whitespace-separated run, bared of the punctuation around it.
      const n = text.length
      let i = runStartFrom(text, this.pos, n)
      if (i === n) {
        this.at = this.to = this.pos = n
        return false
      }
      let j = runEndFrom(text, i, n)
      this.pos = j
      while (i < j && !wordlikeAt(text, i)) i++
      while (j > i && !wordlikeAt(text, j - 1)) j--
      this.at = i
      this.to = j
    }
  }
}

/** A report's words in order, as wordValues reads them: from its text (WordReader) or from a column already read (ColumnWords). */
interface Words {
  has(k: number): boolean
  word(k: number): string | undefined
  mayOpen(k: number): boolean
}

/**
 * The words of a column written-forms.ts has read (each word the index of its first use in
 * `distinct`): the same words in the same order as WordReader cuts from the text, so a report
 * whose words are read for spellings is not cut a second time for its numbers.
 */
class ColumnWords implements Words {
  // By distinct word: 0 not yet asked, 1 opens a number in words, 2 does not.
  private readonly opening: Uint8Array
  constructor(
    private readonly ids: Int32Array,
    private readonly distinct: readonly string[],
  ) {
    this.opening = new Uint8Array(distinct.length)
  }
  has(k: number): boolean {
    return k < this.ids.length
  }
  word(k: number): string | undefined {
    return k < this.ids.length ? this.distinct[this.ids[k]!] : undefined
  }
  mayOpen(k: number): boolean {
    const id = this.ids[k]!
    let known = this.opening[id]!
    if (known === 0) this.opening[id] = known = opens(this.distinct[id]!) ? 1 : 2
    return known === 1
  }
}

/** Values written in words in a text: English tens and units, Vietnamese mười/mươi compounds, ranks. */
function wordValues(words: Words, add: (value: number, next: string | undefined, ordinal: boolean) => void): void {
  const at = (k: number): string | undefined => words.word(k)
  for (let i = 0; words.has(i); i++) {
    // Every word of a report passes here: most are turned away without being sliced.
    if (!words.mayOpen(i)) continue
    const w = at(i)!
    // "giải Ba", "hạng 3", "third place": a rank, however written.
    const ordinal = EN_ORDINALS.get(w)
    if (ordinal !== undefined) add(ordinal, at(i + 1), true)
    if (ORDINAL_PREFIX.has(w) || w === GIAI) {
      const next = at(i + 1) ?? ''
      // "thứ năm", "thứ hai" are also weekdays: after thứ, only digits are a rank.
      const rank = /^\d+$/u.test(next) ? Number(next) : w === THU ? undefined : VI_DIGITS.get(next)
      if (rank !== undefined) add(rank, undefined, true)
    }
    // English: "thirty-two", "thirty two", "twelve"
    // Most words have no hyphen: split only those that do.
    const parts = w.includes('-') ? w.split('-') : undefined
    const head = EN_TEENS.get(parts ? parts[0]! : w)
    if (head !== undefined && w !== 'hundred') {
      let value = head
      let j = i
      const tail = parts?.length === 2 ? EN_TEENS.get(parts[1]!) : undefined
      if (head >= 20 && head < 100 && tail !== undefined && tail < 10) value += tail
      else if (!parts && head >= 20 && head < 100 && (EN_TEENS.get(at(i + 1) ?? '') ?? 10) < 10) value += EN_TEENS.get(at((j = i + 1))!)!
      else if (parts) continue
      add(value, at(j + 1), false)
      i = j
      continue
    }
    // Vietnamese: "mười hai" 12, "hai mươi" 20, "hai mươi lăm" 25, "sáu" 6
    const digit = VI_DIGITS.get(w)
    if (w === MUOI || (digit !== undefined && TEN_WORDS.has(at(i + 1) ?? ''))) {
      let value = w === MUOI ? 10 : digit! * 10
      let j = w === MUOI ? i : i + 1
      const unit = VI_AFTER_TENS.get(at(j + 1) ?? '')
      if (unit !== undefined) value += unit
      if (unit !== undefined) j++
      add(value, at(j + 1), false)
      i = j
      continue
    }
    if (digit !== undefined) add(digit, at(i + 1), false)
  }
}

/** The values a text writes in words, with the word after them (the counted noun) when known: `25`, `25 người`, ranks as `ord:3`. */
export function valuesInWords(text: string): Set<string> {
  return valuesOf(new WordReader(text))
}

/** valuesInWords of the text whose folded words in order are `ids` (each the index of its word in `distinct`; written-forms.ts). */
export function valuesInColumn(ids: Int32Array, distinct: readonly string[]): Set<string> {
  return valuesOf(new ColumnWords(ids, distinct))
}

function valuesOf(words: Words): Set<string> {
  const inWords = new Set<string>()
  wordValues(words, (value, next, ordinal) => {
    if (ordinal) return void inWords.add(`ord:${value}`)
    inWords.add(String(value))
    if (next !== undefined) inWords.add(`${value} ${next}`)
  })
  return inWords
}
