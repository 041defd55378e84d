/**
 * One name the extractor read in pieces (Martin Luther | King Jr., Antiquities | of Nevada,
 * Agence | France Presse): each piece the other report never writes would be listed `missing`
 * on its own, a fragment no reader can check. The pieces are one fact: the
 * name they make, listed once with its whole span — or not at all when the other report writes
 * that whole name (the June of "June Jordan School for Equity").
 *
 * A piece joins the capitalised words next to it in its sentence, across a space, a hyphen or a
 * lower-case particle of a name (of, de, von, van …) — never a title before it (Senator) nor past
 * a period (… Jr. Reaching) — as long as each word
 * joined is part of no name the other report states (Jeb Bush of Florida stays Florida when the
 * other report names Jeb Bush), of no date or number (Paris Monday), and does not open the
 * sentence or a clause in it (The Wall Street Journal, When Smith …, "… serious. And I'm"). A line
 * in title case is left as read: its capitals join nothing. A comma, a conjunction or a bracket ends
 * the name (Malcolm X, Jimi Hendrix and Bruce Lee are three). A Vietnamese syllable and a foreign
 * word are not joined across a space: the extractor cuts there on purpose (Thanh Niên Online).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { sentenceView } from '../../views/sentence-views'
import { factSpansOf } from '../../views/fact-spans'
import { wordRuns } from '../../../document/word-runs'
import { factFormCount, factTokens, sentenceText } from '../../../document/words'
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import { CALENDAR_NAMES } from '../../../normalize/calendar-words'
import type { Span } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { isVietnameseSyllable } from '../../extract/vi-syllables'
import { isCueWord } from '../../extract/names/name-cues'
import { nounsCapitalisedIn } from '../../extract/names/names-language'

// A capitalised word, an abbreviation with its inner periods (U.S., D.C.) or a suffix (Jr.).
const WORD = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:\.\p{Lu}[\p{L}\p{M}\p{N}]*)*(?:\.(?<=\p{Lu}\.|(?:Jr|Sr)\.))?/uy
// What may stand between two words of one name: a hyphen, a particle or two, a space. Not a
// possessive (Bush's Texas ranch is two names, and nothing tells it from Attorney's Office), nor
// a spaced dash (University of Cambridge - Dr Aleksandr Kogan - used …).
// A particle is one of: of de du des del della di da von van der den la le. A space is a plain one,
// a tab or a no-break space (King&nbsp;Jr. is the same name); never a line's end. Written out as
// literals so the ReDoS check (test/hardening/regex.test.ts) reads them.
const GAP_AFTER = /[-–]|[ \t\u00a0](?:of|de|du|des|del|della|di|da|von|van|der|den|la|le)(?:[ \t\u00a0](?:of|de|du|des|del|della|di|da|von|van|der|den|la|le))?[ \t\u00a0]|[ \t\u00a0]/uy
const GAP_BEFORE = /(?:[-–]|[ \t\u00a0](?:of|de|du|des|del|della|di|da|von|van|der|den|la|le)(?:[ \t\u00a0](?:of|de|du|des|del|della|di|da|von|van|der|den|la|le))?[ \t\u00a0]|[ \t\u00a0])$/u
// A generational suffix ending a name, with or without a comma before it (King Jr., King, Jr.).
const SUFFIX = /^,?[ \t\u00a0](?:(?:Jr|Sr)\.?|II|III|IV)(?![\p{L}\p{M}\p{N}])/u
// Farthest a name is widened, in words each way: a name, not a clause.
const MAX_WORDS = 6

/**
 * Every word a report's text writes, folded, between spaces: a whole name is looked for as a run of
 * them. Read from its sentences' fact tokens (document/words.ts), which every stage reads anyway, as
 * their runs of letters, marks and digits: the report is not scanned and folded a second time.
 */
function foldedWords(doc: PreparedDocument): string {
  const words: string[] = []
  const shareTokens = factFormCount(doc) === 0
  for (let i = 0; i < doc.sentences.length; i++) {
    for (const run of wordRuns(sentenceText(doc, i), factTokens(doc, i), shareTokens)) words.push(stripDiacritics(run.key))
  }
  return ` ${words.join(' ')} `
}
function wordsOf(text: string): string {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => stripDiacritics(foldWord(w))).join(' ')
}

/** Is this run of words written, word after word, in the report (folded; case, marks and punctuation aside)? */
export function writtenWhole(doc: PreparedDocument, text: string): boolean {
  const words = wordsOf(text)
  return words !== '' && once(doc, foldedWords).includes(` ${words} `)
}

interface Word {
  readonly start: number
  readonly end: number
}

/** The capitalised word starting at `at` and ending by `end`, if any. */
function wordAt(text: string, at: number, end: number): Word | undefined {
  WORD.lastIndex = at
  const m = WORD.exec(text)
  if (!m || at + m[0].length > end) return undefined
  return { start: at, end: at + m[0].length }
}

/** The capitalised word ending at `at`, if any. */
function wordBefore(text: string, at: number, start: number): Word | undefined {
  let from = at
  while (from > start && /[\p{L}\p{M}\p{N}.]/u.test(text[from - 1]!)) from--
  while (from < at && text[from] === '.') from++
  const word = wordAt(text, from, at)
  return word !== undefined && word.end === at ? word : undefined
}

/**
 * A word after a full stop, a question or a quotation's opening inside the sentence ("… is
 * serious. And I'm willing", a quotation the splitter kept whole): a capital of a clause.
 */
function opensClause(text: string, at: number, start: number): boolean {
  let k = at
  while (k > start && /[\s"“‘'(«]/u.test(text[k - 1]!)) k--
  return k === start || /[.?!:;…]/u.test(text[k - 1]!) || /["“‘(«]/u.test(text.slice(k, at))
}

/**
 * A line in title case (Driver Charged With DWI, Vehicular Manslaughter): every word capitalised,
 * so capitals join no name: two thirds of its words or more are capitalised (a German sentence's
 * nouns, a Vietnamese name's syllables are fewer).
 */
function titleCased(line: string): boolean {
  const words = line.match(/[\p{L}\p{M}]{2,}/gu) ?? []
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return words.length >= 3 && capitalised * 3 >= words.length * 2
}

// Read once a report and sentence: a story's pairs list the same report's pieces missing again and again.
const titleCasedSentence = (doc: PreparedDocument, i: number): boolean => titleCased(doc.original.slice(doc.sentences[i]!.start, doc.sentences[i]!.end))

/** A weekday or month (Paris Monday): a date beside a name, whether or not read as one. */
const isCalendar = (text: string, word: Word): boolean => CALENDAR_NAMES.has(text.slice(word.start, word.end).toLowerCase())

/**
 * The whole name a missing name is a piece of, as a span of its sentence, or the span as it is.
 * Only a bridge is crossed: capitalised words no stage read as a fact between this piece and
 * another missing piece (King between Martin Luther | … | Jr.). A word beside one name alone
 * was left out by a rule on purpose (AFP Paris, U.S. Congress, Ý Giorgia Meloni), and two names
 * side by side were cut there on purpose too (Nga | Putin, Ursula | von der Leyen).
 */
export function wholeName(doc: PreparedDocument, sentenceIndex: number, span: Span, stops: Stops): Span {
  const sentence = doc.sentences[sentenceIndex]!
  const text = doc.original
  // The sentence's opening word, past opening punctuation: a capital of the sentence, not of a name.
  const opening = sentence.start + /^[\s"“‘'([«-]*/u.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)))![0].length
  if (sentenceView(doc, sentenceIndex, titleCasedSentence)) return span
  // In a report that capitalises its nouns (German), a capital shows no name: Thomas Weber der
  // Nachbarin Anna Müller is two people, Sandra Ciesek von der Universität Frankfurt a person and a place.
  const nounsCapitalised = nounsCapitalisedIn(doc)
  // What no bridge is: a title (President), an abbreviation or code in capitals (AFP, IPO), a weekday
  // or month, a Vietnamese syllable (the extractor's own reading of Vietnamese names cut there), a
  // single letter (a pronoun, an article or a label: of I Squared Capital, of A Tribe Called Quest).
  // A word a generational suffix follows (King Jr.) ends a person's name whatever its shape or language.
  const bridges = (w: Word): boolean => {
    const word = text.slice(w.start, w.end)
    if (stops.stopped(w.start, w.end) || isCalendar(text, w) || CAPITALS.test(word) || !TWO_LETTERS.test(word)) return false
    if (opensClause(text, w.start, sentence.start)) return false
    if (suffixAfter(w.end)) return true
    return !nounsCapitalised && !isCueWord(foldWord(word.replace(/\.$/u, ''))) && !(doc.language === 'vie' && isVietnameseSyllable(foldWord(word)))
  }
  // the words after `at` are a generational suffix (… King Jr., … Davis III): no title stands before it
  const suffixAfter = (at: number): boolean => SUFFIX.test(text.slice(at, Math.min(sentence.end, at + 8)))
  let start = span.start
  let end = span.end
  let at = span.end
  for (let n = 0; n < MAX_WORDS; n++) {
    // after a period (Thomas J. Bliley Jr. Reaching that pinnacle …) the sentence may have ended
    if (text[at - 1] === '.') break
    // a generational suffix past a bridge ends the name, though the other report writes one too (Jesse Jackson Jr.)
    const suffix = n > 0 ? SUFFIX.exec(text.slice(at, Math.min(sentence.end, at + 8))) : null
    if (suffix) {
      end = at + suffix[0].length
      break
    }
    GAP_AFTER.lastIndex = at
    const gap = GAP_AFTER.exec(text)?.[0]
    if (gap === undefined) break
    const word = wordAt(text, at + gap.length, sentence.end)
    if (!word) break
    const piece = stops.piece(word.start, word.end)
    if (piece !== undefined) {
      if (n > 0 && piece.start === word.start) end = Math.max(piece.end, word.end)
      break
    }
    if (!bridges(word)) break
    at = word.end
  }
  at = span.start
  for (let n = 0; n < MAX_WORDS; n++) {
    const gap = GAP_BEFORE.exec(text.slice(Math.max(sentence.start, at - 16), at))?.[0]
    if (gap === undefined) break
    const word = wordBefore(text, at - gap.length, sentence.start)
    if (!word || word.start <= opening) break
    const piece = stops.piece(word.start, word.end)
    if (piece !== undefined) {
      if (n > 0 && piece.end === word.end) start = piece.start
      break
    }
    if (!bridges(word)) break
    at = word.start
  }
  return start === span.start && end === span.end ? span : { ...span, start, end, text: text.slice(start, end) }
}

// An abbreviation or code in capitals (AFP, CSGT, ESRX.O, U.S.): a rule's cut, not a word of a name.
const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}.]+$/u
const TWO_LETTERS = /\p{L}[\p{M}.]*\p{L}/u

/**
 * Where a name may not be widened: `stopped`, a word of a fact some stage placed (a date, a
 * number, a name other than the missing pieces); `piece`, the missing piece a word is of.
 */
export interface Stops {
  readonly stopped: (start: number, end: number) => boolean
  readonly piece: (start: number, end: number) => Span | undefined
}

/** The span a word overlaps among spans sorted by start (spans are short, so a few are looked back at). */
function overlapIn(spans: readonly Span[], start: number, end: number): Span | undefined {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start < end) lo = mid + 1
    else hi = mid
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k]!.end > start) return spans[k]
  return undefined
}

/** The stops of a report: every fact and name it states, save the missing `pieces` (spans of names listed missing). */
export function nameStops(own: DocumentFacts, pieces: readonly Span[]): Stops {
  const keys = new Set(pieces.map((p) => `${p.start}:${p.end}`))
  // The report's spans sorted once (views/fact-spans.ts), its names' keys written once: a pair only
  // leaves out the pieces, keeping the order, on the first word it asks about.
  const { spans, nameKeys } = once(own, factSpansOf)
  let stopped: Span[] | undefined
  const stoppedSpans = (): Span[] => (stopped ??= spans.filter((_, k) => nameKeys[k] === undefined || !keys.has(nameKeys[k]!)))
  const ownPieces = [...pieces].sort((x, y) => x.start - y.start)
  return { stopped: (start, end) => overlapIn(stoppedSpans(), start, end) !== undefined, piece: (start, end) => overlapIn(ownPieces, start, end) }
}

/**
 * A word and the capitalised words after it in its sentence (June | Jordan School for Equity), or
 * undefined when none follows: a month opening a name the other report writes whole is no date.
 */
export function withNameAfter(doc: PreparedDocument, sentenceIndex: number, span: Span): Span | undefined {
  const sentence = doc.sentences[sentenceIndex]!
  const text = doc.original
  let end = span.end
  for (let n = 0; n < MAX_WORDS; n++) {
    GAP_AFTER.lastIndex = end
    const gap = GAP_AFTER.exec(text)?.[0]
    const word = gap === undefined ? undefined : wordAt(text, end + gap.length, sentence.end)
    if (!word) break
    end = word.end
  }
  return end === span.end ? undefined : { ...span, end, text: text.slice(span.start, end) }
}
