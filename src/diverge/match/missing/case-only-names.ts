/**
 * Capitalised words that are no name a reader would miss (issue 11, point 5; BASIL round
 * missing50-1), decided from the name's own report:
 *
 * - a title-cased headline capitalises every word (Hillary Clinton Asks State Department to Vet
 *   Emails for Release): a run of its words the report's body writes in lower case (emails,
 *   release; campaign funds) is the headline's casing, not a name. A headline in sentence case
 *   (every Vietnamese one) capitalises only its names and is not read. Places and people are
 *   often named with common words (Long Beach, Theresa May, the White House, Apple), so a run is
 *   kept when it opens the headline (its subject), when the body capitalises one of its words
 *   anywhere (May said…, though it also writes may), and after a preposition of place or agent (in
 *   Long Beach, outside the White House, by Theresa May) unless the run itself capitalises a
 *   function word (in Surprise Retreat From Wall), which no name does. After to, for or of the
 *   headline's verbs and nouns are read (to Vet Emails for Release).
 * - a title cut short with a period before a name (former Gov. Jeb Bush, Sen. Kerry) says nothing
 *   read alone, and the name after it is the fact. Only a closed list of titles is read: a short
 *   name ending a sentence inside a quotation ("We will go to Paris. Then…") is no cut. A state tag
 *   (Lott, R-Miss.; Hopkinton, Mass.) is not a title: earlier rounds judged it missing with the
 *   name it labels.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

// A word of the headline long enough to be capitalised only by title case (not to, of, for, a).
const LONG_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]{3,}/gu
// Titles written cut short before a name: civil, military, clerical, academic and courtesy ones.
const TITLES: ReadonlySet<string> = new Set(
  ['Gov', 'Sen', 'Rep', 'Pres', 'Amb', 'Atty', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Supt', 'Insp', 'Det', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mme', 'Mlle', 'Prof', 'Rev', 'Fr', 'Msgr', 'Hon', 'Sr', 'Jr'],
)
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu
const CAPITAL_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu
// A preposition of place or person straight before the run, past an article (in Long Beach, outside the White House).
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|at|near|by|outside|inside|from)\s+(?:(?:the|a|an)\s+)?$/iu
// A function word title case capitalises and a name does not (Retreat From Wall, Indicted On).
const FUNCTION_WORD = /(?<![\p{L}\p{M}])(?:From|On|Of|To|For|With|Without|Over|Into|After|Before|And|Or|But|As|At|By|In)(?![\p{L}\p{M}])/u

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
  /** The words they capitalise: names, whatever else they mean (May said…; a vote may follow). */
  readonly capital: ReadonlySet<string>
}

/** The report's body, once per report. */
function bodyOf(doc: PreparedDocument): Body {
  const lower = new Set<string>()
  const capital = new Set<string>()
  const parts: string[] = []
  for (const s of doc.sentences) {
    if (s.role !== 'body') continue
    const text = doc.original.slice(s.start, s.end)
    parts.push(text)
    for (const m of text.matchAll(LOWER_WORD)) lower.add(m[0])
    for (const m of text.matchAll(CAPITAL_WORD)) capital.add(m[0].toLowerCase())
  }
  return { text: parts.join('\n'), lower, capital }
}

/**
 * Is the name a run of a title-cased headline's words that the body never writes as a name, and
 * whose words it writes in lower case but one at most (Vet Emails: emails; Misusing Campaign
 * Funds: campaign, funds)?
 */
export function headlineCasing(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const sentence = doc.sentences[name.sentence]!
  if (sentence.role !== 'headline' || !titleCased(doc.original.slice(sentence.start, sentence.end))) return false
  const before = doc.original.slice(sentence.start, name.span.start)
  // The headline's first run is its subject, most often a name (Apple Unveils…, Long Beach Mayor…).
  if (!/[\p{L}\p{M}\p{N}]/u.test(before)) return false
  if (PLACE_PREPOSITION.test(before.slice(-20)) && !FUNCTION_WORD.test(name.span.text)) return false
  const body = once(doc, bodyOf)
  if (body.text.includes(name.span.text)) return false
  const words = name.span.text.split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '')
  if (words.some((w) => body.capital.has(w.toLowerCase()))) return false
  const lower = words.filter((w) => body.lower.has(w.toLowerCase())).length
  // One word the body never writes in lower case may be the headline's own (Vet); two may be a name
  // caught in the run (Storm Hits Manila Overnight: Hits, Manila), which stays.
  return lower > 0 && words.length - lower <= Math.min(1, lower)
}

/** Is the name a title cut short with a period before a name (Gov. Jeb Bush)? */
export function cutLabel(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const { end, text } = name.span
  if (!TITLES.has(text) || doc.original[end] !== '.') return false
  const sentence = doc.sentences[name.sentence]!
  // A title opens a name (Gov. Jeb Bush); a state tag (Hopkinton, Mass., Lott, R-Miss.) places or
  // labels the name before it and is missing with it; a period ending the sentence (… by Lula.) is no cut.
  const rest = doc.original.slice(end + 1, Math.min(sentence.end, end + 40))
  return /^\s+\p{Lu}/u.test(rest)
}
