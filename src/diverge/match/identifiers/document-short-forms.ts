/**
 * A document number with and without its issuer's code: *Chỉ thị 03/CT-TW* / *Chỉ thị 03*,
 * *Nghị định 51/2012/NĐ-CP* / *Nghị định 51*, *Directive 03/CT-TW* / *Directive 03*. A report that
 * cites the document by its short number states the same document: neither form is `missing`.
 *
 * Read by the word before the number, so that *Chỉ thị 03* meets *Chỉ thị 03/CT-TW* but not
 * *khoản 03* or a date's *ngày 03/10*: the long form is a number, a slash, and a tail that holds an
 * upper-case issuer's code (CT-TW, NĐ-CP, QĐ-TTg), which a date or a fraction never has. Each
 * report is scanned once, so the checks stay linear in its length.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { LETTER, MARK, UPPER, WORD_CHAR, unitClassAt } from '../../../normalize/chars'
import { foldWord } from '../../../normalize/fold'

interface ShortForms {
  /** "thị 03": a word and the number right after it, where the number opens a document code. */
  readonly coded: ReadonlySet<string>
  /** "thị 03": a word and a number after it that no slash follows. */
  readonly bare: ReadonlySet<string>
}

// What \p{L}, \p{N} and \p{Lu} say of a code unit, read from the pipeline's class table
// (normalize/chars.ts): the scan reads every character of a report, and a pattern per character cost it most.
const IS_LETTER = 2
const IS_DIGIT = 4
const IS_UPPER = 8
function classOf(text: string, i: number): number {
  const bits = unitClassAt(text, i)
  return (bits & LETTER && !(bits & MARK) ? IS_LETTER : 0) | (bits & WORD_CHAR && !(bits & LETTER) ? IS_DIGIT : 0) | (bits & UPPER ? IS_UPPER : 0)
}
/** Does the code unit at `i` (none past the end) match DIGIT, LETTER or UPPER (`bit`)? */
const unitIs = (text: string, i: number, bit: number): boolean => (classOf(text, i) & bit) !== 0
/** Characters that glue a number to more digits: a decimal mark, a date's or a range's joiner. */
const JOINERS: ReadonlySet<string> = new Set([',', '.', '-', '–'])
/** Characters of a document code's tail after the slash (51/2012/NĐ-CP, 03/CT-TW). */
const CODE_MARKS: ReadonlySet<string> = new Set(['.', '-', '–', '/'])

/**
 * Each word-and-number of a report ("thị 03"), by whether the number opens a document code: one
 * pass over the text, each digit run read once with the word before it (no backtracking pattern).
 */
export function shortForms(text: string): ShortForms {
  const coded = new Set<string>()
  const bare = new Set<string>()
  let i = 0
  while (i < text.length) {
    if (!unitIs(text, i, IS_DIGIT) || (i > 0 && unitIs(text, i - 1, IS_DIGIT | IS_LETTER))) {
      i++
      continue
    }
    let end = i
    while (unitIs(text, end, IS_DIGIT)) end++
    // the word before: spaces or tabs, then a run of letters
    let w = i
    while (w > 0 && (text[w - 1] === ' ' || text[w - 1] === '\t')) w--
    const wordEnd = w
    while (w > 0 && unitIs(text, w - 1, IS_LETTER)) w--
    if (wordEnd < i && w < wordEnd) {
      const key = `${foldWord(text.slice(w, wordEnd))} ${text.slice(i, end)}`
      if (text[end] === '/') {
        let tail = end + 1
        let upper = false
        while (tail < text.length && (unitIs(text, tail, IS_LETTER | IS_DIGIT) || CODE_MARKS.has(text[tail]!))) {
          if (unitIs(text, tail, IS_UPPER)) upper = true
          tail++
        }
        if (upper) coded.add(key)
      } else if (!(JOINERS.has(text[end] ?? '') && unitIs(text, end + 1, IS_DIGIT))) {
        // "thị 03 của", "thị 03.": a bare number; "0,3", "03.10", "03-10" go on as another figure
        bare.add(key)
      }
    }
    i = end
  }
  return { coded, bare }
}

const docShortForms = (doc: PreparedDocument): ShortForms => shortForms(doc.original)

/**
 * Whether the other report cites, by the same word, the document whose number `lead` (its digits
 * before the slash, or the whole bare number) follows `word` here, in the other form.
 */
export function citedInOtherForm(other: PreparedDocument, word: string, lead: string, coded: boolean): boolean {
  const forms = once(other, docShortForms)
  const key = `${word} ${lead}`
  return coded ? forms.bare.has(key) : forms.coded.has(key)
}
