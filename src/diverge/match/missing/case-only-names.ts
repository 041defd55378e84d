/**
 * Capitalised words that are no name a reader would miss (issue 11, point 5; BASIL round
 * missing50-1), decided from the name's own report:
 *
 * - a title-cased headline capitalises every word (Hillary Clinton Asks State Department to Vet
 *   Emails for Release): a run of its words the report's body writes in lower case (emails,
 *   release; campaign funds) is the headline's casing, not a name. A headline in sentence case
 *   (every Vietnamese one) capitalises only its names and is not read.
 * - a word cut short with a period before a capitalised word of its sentence (former Gov. Jeb
 *   Bush, Sen. Kerry) is a title: it says nothing read alone, and the name after it is the fact.
 *   A state tag (Lott, R-Miss.; Hopkinton, Mass.) is not read: earlier rounds judged it missing
 *   with the name it labels. A name ending its sentence (… by Lula.) is no cut.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

// A word of the headline long enough to be capitalised only by title case (not to, of, for, a).
const LONG_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]{3,}/gu
// A capital and one to four lower-case letters (Gov, Sen, Rep).
const CUT = /^\p{Lu}\p{Ll}{1,4}$/u
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu

/** Is the sentence set in title case: three long words or more, and nearly all of them capitalised? */
function titleCased(text: string): boolean {
  let words = 0
  let capitals = 0
  for (const m of text.matchAll(LONG_WORD)) {
    words++
    if (m[0][0] !== m[0][0]!.toLowerCase()) capitals++
  }
  return words >= 3 && capitals >= 0.8 * words
}

interface Body {
  /** The body sentences, as written. */
  readonly text: string
  /** The words they write in lower case. */
  readonly lower: ReadonlySet<string>
}

/** The report's body, once per report. */
function bodyOf(doc: PreparedDocument): Body {
  const lower = new Set<string>()
  const parts: string[] = []
  for (const s of doc.sentences) {
    if (s.role !== 'body') continue
    const text = doc.original.slice(s.start, s.end)
    parts.push(text)
    for (const m of text.matchAll(LOWER_WORD)) lower.add(m[0])
  }
  return { text: parts.join('\n'), lower }
}

/**
 * Is the name a run of a title-cased headline's words that the body never writes as a name, and
 * whose words it writes in lower case but one at most (Vet Emails: emails; Misusing Campaign
 * Funds: campaign, funds)?
 */
export function headlineCasing(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const sentence = doc.sentences[name.sentence]!
  if (sentence.role !== 'headline' || !titleCased(doc.original.slice(sentence.start, sentence.end))) return false
  const body = once(doc, bodyOf)
  if (body.text.includes(name.span.text)) return false
  const words = name.span.text.split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '')
  const lower = words.filter((w) => body.lower.has(w.toLowerCase())).length
  // One word the body never writes in lower case may be the headline's own (Vet); two may be a name
  // caught in the run (Storm Hits Manila Overnight: Hits, Manila), which stays.
  return lower > 0 && words.length - lower <= Math.min(1, lower)
}

/** Is the name a title cut short with a period before a name (Gov. Jeb Bush)? */
export function cutLabel(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const { end, text } = name.span
  if (!CUT.test(text) || doc.original[end] !== '.') return false
  const sentence = doc.sentences[name.sentence]!
  // A title opens a name (Gov. Jeb Bush); a state tag (Hopkinton, Mass., Lott, R-Miss.) places or
  // labels the name before it and is missing with it; a period ending the sentence (… by Lula.) is no cut.
  const rest = doc.original.slice(end + 1, Math.min(sentence.end, end + 40))
  return /^\s+\p{Lu}/u.test(rest)
}
