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
import { foldHanVariants } from './han-variants'

// Arabic's own decimal separator, thousands separator and percent sign, read as '.', ',' and '%'.
const ARABIC_MARKS: Readonly<Record<string, string>> = { '\u066b': '.', '\u066c': ',', '\u066a': '%' }

// Any decimal digit but ASCII's, or one of Arabic's marks: text without one is left as it is.
// (Digits outside the BMP are two units against ASCII's one; they stay unread rather than shift offsets.)
const FOREIGN = /[\u066a-\u066c]|(?![0-9\u{10000}-\u{10ffff}])\p{Nd}/u

const DIGIT = /^\p{Nd}$/u

// Each BMP unit's ASCII reading, filled as met: '' until asked, '-' for a unit that is no digit.
const readingByUnit = new Map<number, string>()

/** The ASCII digit of a BMP decimal digit, or undefined. Nd digits come in runs of ten, zero first. */
function digitOf(code: number): string | undefined {
  let known = readingByUnit.get(code)
  if (known === undefined) {
    if (!DIGIT.test(String.fromCharCode(code))) known = '-'
    else {
      let zero = code
      while (zero > 0 && DIGIT.test(String.fromCharCode(zero - 1))) zero--
      // Runs of ten side by side count from the first run's zero: the remainder keeps each run's own.
      known = String((code - zero) % 10)
    }
    readingByUnit.set(code, known)
  }
  return known === '-' ? undefined : known
}

/** Whether `text` holds a digit (or an Arabic number mark) that `foldDigits` would change. */
export function hasForeignDigits(text: string): boolean {
  return FOREIGN.test(text)
}

/** `text` with every BMP decimal digit read as its ASCII digit and Arabic's ٫ ٬ ٪ as . , %; same length. */
export function foldDigits(text: string): string {
  // (Traditional Chinese is read as Simplified at the same layer, unit for unit: han-variants.ts.)
  return foldHanVariants(foldScriptDigits(text))
}

function foldScriptDigits(text: string): string {
  if (!FOREIGN.test(text)) return text
  let out = ''
  let done = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    const reading = ARABIC_MARKS[text[i]!] ?? (code >= 0xd800 && code <= 0xdfff ? undefined : digitOf(code))
    if (reading === undefined) continue
    out += text.slice(done, i) + reading
    done = i + 1
  }
  return out + text.slice(done)
}
