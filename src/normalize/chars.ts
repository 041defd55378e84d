/**
 * Character classes for the word scanners. Every tokenizer in the pipeline
 * finds runs of letters, marks and digits; a Unicode property regex per word
 * costs about six times what a table lookup per character does, and word
 * scanning is most of what compare() spends on a short pair. The table is
 * filled lazily from the same property escapes the regexes used, so the
 * classes are exactly `\p{L}`, `\p{M}`, `\p{N}`, `\p{Lu}`.
 */

/** `\p{L}`, `\p{M}` or `\p{N}`: part of a word. */
export const WORD_CHAR = 1
/** `\p{L}` or `\p{M}`: part of a word of letters. */
export const LETTER = 2
/** `\p{Lu}`. */
export const UPPER = 4
/** A script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan). */
export const UNSPACED = 8
/** ASCII 0–9. */
export const ASCII_DIGIT = 16
/** A word character other than ASCII 0–9. */
export const NOT_ASCII_DIGIT = 32
/** `\p{Ll}`. */
export const LOWER = 64
/** `\p{M}`: a mark (a letter is `LETTER` without it, `\p{L}`). */
export const MARK = 256

const KNOWN = 128
// What a run's classes (lastRunClasses) tell: the bits before LOWER and MARK were added.
const RUN_BITS = WORD_CHAR | LETTER | UPPER | UNSPACED | ASCII_DIGIT | NOT_ASCII_DIGIT
const IS_WORD = /[\p{L}\p{M}\p{N}]/u
const IS_LETTER = /[\p{L}\p{M}]/u
const IS_UPPER = /\p{Lu}/u
const IS_LOWER = /\p{Ll}/u
const IS_MARK = /\p{M}/u
// The prolonged sound mark ー and the halfwidth ｰ ﾞ ﾟ are Script=Common, but are written only inside kana words
// (ニュース, データ): unspaced, or a run would end at each of them and cut the word apart.
const IS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u30fc\uff70\uff9e\uff9f]/u

function classify(char: string): number {
  if (!IS_WORD.test(char)) return KNOWN
  let bits = KNOWN | WORD_CHAR
  if (char >= '0' && char <= '9') return bits | ASCII_DIGIT
  bits |= NOT_ASCII_DIGIT
  if (IS_LETTER.test(char)) bits |= LETTER
  if (IS_UPPER.test(char)) bits |= UPPER
  else if (IS_LOWER.test(char)) bits |= LOWER
  else if (IS_MARK.test(char)) bits |= MARK
  if (IS_UNSPACED.test(char)) bits |= UNSPACED
  return bits
}

// Two bytes per BMP code unit; astral code points (rare in news: emoji, historic Han) go through a map.
const bmp = new Uint16Array(0x10000)
const astral = new Map<number, number>()

/** Class bits of the code point at `i` (0 past the end; a lone surrogate is no word character). */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code !== code) return 0
  if (code < 0xd800 || code > 0xdfff) {
    let bits = bmp[code]!
    if (bits === 0) bmp[code] = bits = classify(text[i]!)
    return bits & ~KNOWN
  }
  const point = text.codePointAt(i)!
  if (point <= 0xffff) return 0
  let bits = astral.get(point)
  if (bits === undefined) {
    bits = classify(String.fromCodePoint(point))
    if (astral.size < 10_000) astral.set(point, bits)
  }
  return bits & ~KNOWN
}

/** Class bits of the code unit at `i` alone (0 past the end or for half of a surrogate pair): for scanners that read code units. */
export function unitClassAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code !== code || (code >= 0xd800 && code <= 0xdfff)) return 0
  let bits = bmp[code]!
  if (bits === 0) bmp[code] = bits = classify(text[i]!)
  return bits & ~KNOWN
}

/** Width in UTF-16 units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/** What `\s` matches, by code unit. */
export function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

let runBits = 0

/**
 * End of the run of characters with any of `mask`'s classes that starts at `i`
 * (`i` itself when the character there has none), scanning no further than `end`.
 * `lastRunClasses()` then tells the classes found in the run.
 *
 * A run never crosses between a script written without spaces and any other character: Chinese
 * and Japanese write figures and Latin words straight against their characters ("8月13日电",
 * "1500亿美元", "G20峰会"), and the figure or word must be a token of its own, not a slice of
 * one long run of Han. Text with no such script is cut exactly as before.
 */
export function scanRun(text: string, i: number, end: number, mask: number): number {
  let bits = 0
  // The first character's UNSPACED bit, once read (-1 before): a change of it ends the run.
  let unspaced = -1
  while (i < end) {
    const code = text.charCodeAt(i)
    let c: number
    if (code < 0xd800 || code > 0xdfff) {
      c = bmp[code]!
      if (c === 0) bmp[code] = c = classify(text[i]!)
      if ((c & mask) === 0) break
      if (unspaced === -1) unspaced = c & UNSPACED
      else if ((c & UNSPACED) !== unspaced) break
      bits |= c
      i++
    } else {
      c = classAt(text, i)
      if ((c & mask) === 0) break
      if (unspaced === -1) unspaced = c & UNSPACED
      else if ((c & UNSPACED) !== unspaced) break
      bits |= c
      i += 2
    }
  }
  runBits = bits & RUN_BITS
  return i
}

/** Classes of the characters in the run the last `scanRun` call found. */
export function lastRunClasses(): number {
  return runBits
}

/** A letter only Vietnamese writes among the Latin scripts (a breve, circumflex, horn, đ or a tone under a vowel). */
export const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
