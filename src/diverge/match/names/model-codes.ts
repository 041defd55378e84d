/**
 * Names that close with a model code: Full HD, Super LCD3, Galaxy S4, Windows XP, Optimus G2. The
 * name extractor leaves short all-caps words and words with digits out of names, so the name it
 * finds is the rest, a fragment ("Full", "Super", "Galaxy"), which round missing20-1 of the
 * missing-facts gold found reported missing (and rounds before it: Full of Full HD). Reported
 * missing, the fact is the whole name: the code right after it is put back, as acronym-names.ts
 * puts back the abbreviation that opens one.
 */
import type { PreparedDocument } from '../../../document'
import { foldWord } from '../../../normalize/fold'
import type { Span } from '../../../types'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { isCueWord } from '../../extract/names/name-cues'

// One space, then a code: two to five capitals with digits or not (HD, XP, LCD3), a capital or a
// small letter with one to four digits (S4, G2, A50, i7); then the word ends, and no capital
// follows: a code before another name opens that one (Atletico Madrid FC Porto, Barcelona FT
// Celtic in a results table), and a ticker runs on after a dot (Express Scripts ESRX.O).
const CODE_AFTER = /^ (\p{Lu}{2,5}\d{0,3}|\p{Lu}\d{1,4}|\p{Ll}\d{1,2})(?![\p{L}\p{N}\p{M}]|[.,][\p{L}\p{N}]|\s+\p{Lu})/u

// Letters of a roman numeral (Geneva III, Star Wars VII): a number, so a code.
const ROMAN = /^[IVXLC]+$/u

/**
 * Three capitals or more with no digit and no roman numeral: an abbreviation read as a word
 * (Facebook IPO, Microsoft CEO, Vingroup IPO, Mỹ GDP), which follows a name as another noun, not
 * a code closing it. A model's code carries a digit or is two letters (HD, XP, S4, LCD3, Z1).
 */
const abbreviation = (code: string): boolean => code.length >= 3 && !/\d/u.test(code) && !ROMAN.test(code)

/**
 * The name's span with the model code that closes it, or the span as it is. A person's name (with
 * a title, or read as a person) or a place is followed by a code of something else, not closed by
 * one (bà Merkel CDU, tại Hà Nội CSGT đã …); a cue (TP, HLV) opens the next name; an agency
 * (`isAgency`) credits the sentence.
 */
export function withModelCode(doc: PreparedDocument, name: Located<NameFact>, span: Span, isAgency: (text: string) => boolean): Span {
  const { fact } = name
  if (fact.title !== undefined || fact.category === 'person' || fact.category === 'place') return span
  const sentenceEnd = doc.sentences[name.sentence]!.end
  const m = CODE_AFTER.exec(doc.original.slice(span.end, Math.min(sentenceEnd, span.end + 12)))
  if (!m) return span
  const code = m[1]!
  if (isCueWord(foldWord(code)) || isAgency(code) || abbreviation(code)) return span
  const end = span.end + 1 + code.length
  return { ...span, end, text: doc.original.slice(span.start, end) }
}
