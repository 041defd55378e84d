/**
 * A place's other name counts only where it names the place. Inside a longer name it names the
 * body, which keeps the place's old form (*Bombay Stock Exchange*, *Bombay High Court*, *Madras High
 * Court*, *Saigon Newport*): a report whose only *Bombay* is the exchange's has not named *Mumbai*.
 * Where the place stands alone (*in Bombay*, *Moscow Mayor Sobyanin*, *Tổng thống Mỹ Donald Trump*:
 * a title or a person after it is no longer name of a body) the alias holds as before.
 */
import type { PreparedDocument } from '../../../document'
import { foldWord } from '../../../normalize/fold'
import type { DocumentFacts } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { PLACE_FORMS, otherPlaceForms } from '../../reasons/places'
import { Attached } from '../../../document/attached'
import { bodyOpeningBefore } from './name-institutions'
import { firstAfter } from '../../../normalize/sorted-offsets'

// A word that makes a longer name of the place itself, not of a body in it (New York City, Ho Chi Minh City).
const PLACE_WORDS: ReadonlySet<string> = new Set('city state province region oblast district county metropolitan'.split(' ').map(foldWord))
// Words before a place that make a longer name of the place itself or of its part (South Bombay, Greater Bombay, Central London).
const PLACE_PARTS: ReadonlySet<string> = new Set('north south east west northern southern eastern western central greater inner outer downtown old new'.split(' ').map(foldWord))
// Vietnamese bodies that govern the place (Chính phủ Mỹ, Ủy ban Nhân dân TP.HCM, Thành ủy Hà Nội): they name the place with the place's own name.
const GOVERNING_HEADS: ReadonlySet<string> = new Set(
  ['chính phủ', 'ủy ban', 'thành ủy', 'tỉnh ủy', 'huyện ủy', 'quận ủy', 'đảng ủy', 'mặt trận', 'hội đồng'].map((p) => p.split(' ').map(foldWord).join(' ')),
)

/** A Vietnamese body's name opening before `at` (Sở Giao dịch Chứng khoán Bombay, Trường Đại học Bắc Kinh), not one governing the place. */
function vietnameseBodyBefore(text: string, at: number): boolean {
  const body = bodyOpeningBefore(text, 0, at)
  return body !== undefined && !GOVERNING_HEADS.has(body.head)
}

// South Bombay, Greater Bombay: a compass or Greater word and the place's name, nothing else.
const placePart = (tokens: readonly string[]): boolean => tokens.length === 2 && PLACE_PARTS.has(tokens[0]!) && otherPlaceForms(tokens[1]!).length > 0

interface Range {
  readonly start: number
  readonly end: number
}

/** Spans of the report's names of bodies: two words or more, no title before them, no person, no place's own longer name. */
function bodySpans(facts: DocumentFacts): Range[] {
  const out: Range[] = []
  for (const { fact, span } of facts.names) {
    if (fact.tokens.length < 2 || fact.title !== undefined || fact.category === 'person') continue
    if (PLACE_FORMS.has(fact.key) || PLACE_WORDS.has(fact.tokens[fact.tokens.length - 1]!) || placePart(fact.tokens)) continue
    out.push({ start: span.start, end: span.end })
  }
  return out.sort((x, y) => x.start - y.start)
}
const bodiesOf = new Attached<DocumentFacts, Range[]>('bodySpans')

function bodies(facts: DocumentFacts): Range[] {
  let found = bodiesOf.get(facts)
  if (!found) bodiesOf.set(facts, (found = bodySpans(facts)))
  return found
}

/**
 * Does `span` stand inside a longer name of a body of its report (the Bombay of *Sở Giao dịch Chứng
 * khoán Bombay*, the Peking of *Đại học Peking*)? Then it names the body, not the place, and pairs
 * with no other name of the place. A binary search over the sorted bodies.
 */
export function insideBodyName(text: string, facts: DocumentFacts, span: Range): boolean {
  if (vietnameseBodyBefore(text, span.start)) return true
  const list = bodies(facts)
  // Past the last body starting at or before the span (the bodies are sorted by start).
  const lo = firstAfter(list, span.start, (body) => body.start)
  // Bodies may nest: look back over the few nearest that start before it.
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const body = list[k]!
    if (body.end >= span.end && body.end - body.start > span.end - span.start) return true
  }
  return false
}

const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c)

/**
 * Does `other` write the place `fact` names under another of its names only inside longer names of
 * bodies (and at least once)? Then that alias does not name the place there. One scan of the text per form.
 */
export function placeAliasOnlyInBodies(fact: NameFact, other: PreparedDocument, otherFacts: DocumentFacts): boolean {
  const forms = otherPlaceForms(fact.text)
  if (forms.length === 0) return false
  const spans = bodies(otherFacts)
  const text = other.original
  let inBodies = 0
  for (const form of forms) {
    // Occurrences come in order, as do the bodies: one walk over both.
    let b = 0
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length
      if (wordChar(text[at - 1]) || wordChar(text[end])) continue
      while (b < spans.length && spans[b]!.end < end) b++
      const body = spans[b]
      const inBody = body !== undefined && body.start <= at && body.end - body.start > form.length
      if (!inBody && !vietnameseBodyBefore(text, at)) return false
      inBodies++
    }
  }
  return inBodies > 0
}
