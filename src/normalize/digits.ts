/**
 * Decimal digits of every script read as the ASCII digits they are.
 *
 * A figure is a figure in any script: ١٣٥٩ (Arabic-Indic), ۱۳۵۹ (Persian), १३५९ (Devanagari),
 * ๑๓๕๙ (Thai) and １３５９ (fullwidth) all say 1359. Every reader of figures (numbers, dates, clock
 * times, percentages, ranges) is written for ASCII digits, so the comparison form folds the others
 * once, below all of them. Each such digit of the Basic Multilingual Plane is one UTF-16 unit, as
 * its ASCII digit is, so the fold is unit for unit and every offset stays the caller's; spans are
 * sliced from the original string and so still show the caller's digits.
 */

// What a BMP unit reads as, by one byte each, filled as met (review rdigits59: the fold was a /u regex over the whole
// text, 30–60 ms a megabyte of Vietnamese without one foreign digit, and a Map read and a string per non-ASCII unit):
// 0 not yet asked, 1 no digit, 2 + k the k-th character of READINGS. Bounded by the plane: 64 KB once.
const readingByUnit = new Uint8Array(0x10000)
const NO_DIGIT = 1
const READINGS = '0123456789.,%'
// Arabic's own decimal separator, thousands separator and percent sign, read as '.', ',' and '%'.
const ARABIC_MARKS: ReadonlyMap<number, number> = new Map([[0x066b, 10], [0x066c, 11], [0x066a, 12]])

const DIGIT = /^\p{Nd}$/u
const NON_ASCII = /[^\x00-\x7f]/

/** The reading of a non-ASCII BMP unit: NO_DIGIT, or 2 + its index in READINGS. Nd digits come in runs of ten, zero first. */
function readingOf(code: number): number {
  let known = readingByUnit[code]!
  if (known !== 0) return known
  const mark = ARABIC_MARKS.get(code)
  // (a surrogate is half of a character outside the BMP: its digits are two units against ASCII's one, so stay unread)
  if (mark !== undefined) known = 2 + mark
  else if ((code >= 0xd800 && code <= 0xdfff) || !DIGIT.test(String.fromCharCode(code))) known = NO_DIGIT
  else {
    let zero = code
    while (zero > 0 && DIGIT.test(String.fromCharCode(zero - 1))) zero--
    // Runs of ten side by side count from the first run's zero: the remainder keeps each run's own.
    known = 2 + ((code - zero) % 10)
  }
  readingByUnit[code] = known
  return known
}

/** Whether `text` holds a digit (or an Arabic number mark) that `foldDigits` would change. */
export function hasForeignDigits(text: string): boolean {
  return foldDigits(text) !== text
}

/** `text` with every BMP decimal digit read as its ASCII digit and Arabic's ٫ ٬ ٪ as . , %; same length. */
export function foldDigits(text: string): string {
  // ASCII text (most English) by one regex scan, without a read per unit
  if (!NON_ASCII.test(text)) return text
  let out = ''
  let done = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    const reading = readingOf(code)
    if (reading === NO_DIGIT) continue
    out += text.slice(done, i) + READINGS[reading - 2]!
    done = i + 1
  }
  return done === 0 ? text : out + text.slice(done)
}
