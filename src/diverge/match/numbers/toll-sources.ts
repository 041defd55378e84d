/**
 * A toll's sentence that names nobody but its source: "Ao menos 33 pessoas morreram …, segundo o
 * presidente da instituição, Charles Steger", "at least 30 people were killed, according to police
 * chief John Smith", "Fauzi said". The slot rules set two sentences apart when each names people or
 * places the other does not (slot-qualifiers.ts' strangers), but a source is who tells the toll, not
 * who or where it happened to: a report quoting its university's president and another naming the
 * campus tell one incident. The place guard and every other guard of the toll step still apply.
 *
 * A name is read as the source only where the sentence's shape makes it the teller (review
 * rcounts53): a lead word opening its phrase (", segundo o …", not "no segundo ataque", "tiếp theo",
 * "menée selon le plan"); a saying verb whose subject the name is, right after it or after an
 * apposition set off by commas ("Charles Steger, the university's president, said"), never a verb
 * with a subject of its own ("… of Anders Breivik, police said"); a name that owns or models
 * something ("of Anders Breivik", "theo kiểu …") is no teller.
 */
import { SAYING_WORDS } from '../../../normalize/saying-verbs'
import { keys } from '../../extract/fact-tokens'
import type { Clause } from '../clauses/clauses'

/** Words that lead to a source; "according" stands for "according to". */
const SOURCE_LEADS = keys('according segundo conforme theo selon según menurut')
/** Words after which a name owns or models the noun before it ("the rampage of X", "theo kiểu X"): no teller. */
const OWNER_MARKS = keys('of de do da dos das du des del di von của kiểu')
/** Most words of a title between a lead or verb and its name ("according to the president of the university, Charles Steger"), or set off by commas between a name and its verb. */
const TITLE_WORDS = 8
/** Words from a name to its saying verb with nothing between but an auxiliary or a verb's first word ("ông X cho biết", "X has said"). */
const VERB_GAP = 2

interface Span {
  readonly start: number
  readonly end: number
}

/** Where a phrase ends after word i: a clause break or the sentence's end. */
const endsAt = (c: Clause, i: number): boolean => i >= c.words.length - 1 || c.wordBreaks[i] === true

/** A break among words from..to (inclusive), the last one's own break aside. */
function brokenWithin(c: Clause, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (c.wordBreaks[i]) return true
  return false
}

/**
 * A lead or verb before the name reaches it over a phrase unbroken but for a comma right before the
 * name (", Charles Steger"), and the name closes the phrase: "said police, Anders Breivik killed …",
 * "according to police John Smith shot …" name no source.
 */
function reachesBack(c: Clause, j: number, name: Span): boolean {
  return name.start - j - 1 <= TITLE_WORDS && !brokenWithin(c, j, name.start - 1) && endsAt(c, name.end - 1)
}

function sourceLed(c: Clause, name: Span): boolean {
  for (let j = Math.max(0, name.start - TITLE_WORDS - 1); j < name.start; j++) {
    if (!SOURCE_LEADS.has(c.words[j]!)) continue
    // a lead opens its phrase: mid-phrase the word has another sense ("no segundo ataque", "tiếp theo", "menée selon le plan")
    if (j > 0 && !c.wordBreaks[j - 1]) continue
    if (reachesBack(c, j, name)) return true
  }
  return false
}

function verbBefore(c: Clause, name: Span): boolean {
  for (let j = Math.max(0, name.start - TITLE_WORDS - 1); j < name.start; j++) if (SAYING_WORDS.has(c.words[j]!) && reachesBack(c, j, name)) return true
  return false
}

/** The first saying verb among words from..from+gap-1 with no break before it, if any. */
function verbAt(c: Clause, from: number, gap: number): boolean {
  for (let i = from; i < Math.min(c.words.length, from + gap); i++) {
    if (SAYING_WORDS.has(c.words[i]!)) return true
    if (c.wordBreaks[i]) return false
  }
  return false
}

function verbAfter(c: Clause, name: Span): boolean {
  const last = name.end - 1
  if (!c.wordBreaks[last]) return verbAt(c, name.end, VERB_GAP + 1)
  // "Charles Steger, the university's president, said": an apposition closed by a break right before the verb;
  // "Anders Breivik, police said" / ", a déclaré la police": the verb has a subject of its own, or follows its name inverted
  let close = name.end
  while (close < c.words.length && !c.wordBreaks[close]) {
    if (SAYING_WORDS.has(c.words[close]!)) return false
    close++
  }
  if (close >= c.words.length || SAYING_WORDS.has(c.words[close]!) || close - name.end + 1 > TITLE_WORDS) return false
  return verbAt(c, close + 1, VERB_GAP + 1)
}

function isSource(c: Clause, name: Span): boolean {
  if (name.start > 0 && OWNER_MARKS.has(c.words[name.start - 1]!)) return false
  return sourceLed(c, name) || verbBefore(c, name) || verbAfter(c, name)
}

/** Whether every name of a clause's sentence stands, where first written, as the source of what it tells (none does when it names none). */
export function namesOnlySources(c: Clause): boolean {
  if (c.sentenceNames.length === 0) return false
  const names = new Set(c.sentenceNames)
  const seen = new Set<string>()
  // one pass over the sentence's words; a run of name words unbroken by a mark is one name, judged where first written
  for (let k = 0; k < c.words.length && seen.size < names.size; k++) {
    if (!names.has(c.words[k]!) || seen.has(c.words[k]!)) continue
    let end = k + 1
    while (end < c.words.length && names.has(c.words[end]!) && !c.wordBreaks[end - 1]) end++
    if (!isSource(c, { start: k, end })) return false
    for (let i = k; i < end; i++) seen.add(c.words[i]!)
    k = end - 1
  }
  return seen.size === names.size
}
