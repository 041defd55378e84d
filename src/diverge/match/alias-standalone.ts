/**
 * A place's other name counts only where it names the place. Inside a longer name it names the
 * body, which keeps the place's old form (*Bombay Stock Exchange*, *Bombay High Court*, *Madras High
 * Court*, *Saigon Newport*): a report whose only *Bombay* is the exchange's has not named *Mumbai*.
 * Where the place stands alone (*in Bombay*, *Moscow Mayor Sobyanin*, *Tổng thống Mỹ Donald Trump*:
 * a title or a person after it is no longer name of a body) the alias holds as before.
 */
import type { PreparedDocument } from '../../document'
import { foldWord } from '../../normalize/fold'
import type { DocumentFacts } from '../extract/collect'
import type { NameFact } from '../extract/names'
import { PLACE_FORMS, otherPlaceForms } from '../reasons/places'
import { Attached } from '../../document/attached'

// A word that makes a longer name of the place itself, not of a body in it (New York City, Ho Chi Minh City).
const PLACE_WORDS: ReadonlySet<string> = new Set('city state province region oblast district county metropolitan'.split(' ').map(foldWord))

interface Range {
  readonly start: number
  readonly end: number
}

/** Spans of the report's names of bodies: two words or more, no title before them, no person, no place's own longer name. */
function bodySpans(facts: DocumentFacts): Range[] {
  const out: Range[] = []
  for (const { fact, span } of facts.names) {
    if (fact.tokens.length < 2 || fact.title !== undefined || fact.category === 'person') continue
    if (PLACE_FORMS.has(fact.key) || PLACE_WORDS.has(fact.tokens[fact.tokens.length - 1]!)) continue
    out.push({ start: span.start, end: span.end })
  }
  return out.sort((x, y) => x.start - y.start)
}
const bodiesOf = new Attached<DocumentFacts, Range[]>('bodySpans')

const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c)

/**
 * Does `other` write the place `fact` names under another of its names only inside longer names of
 * bodies (and at least once)? Then that alias does not name the place there. One scan of the text per form.
 */
export function placeAliasOnlyInBodies(fact: NameFact, other: PreparedDocument, otherFacts: DocumentFacts): boolean {
  const forms = otherPlaceForms(fact.text)
  if (forms.length === 0) return false
  let bodies = bodiesOf.get(otherFacts)
  if (!bodies) bodiesOf.set(otherFacts, (bodies = bodySpans(otherFacts)))
  if (bodies.length === 0) return false
  const text = other.original
  let inBodies = 0
  for (const form of forms) {
    // Occurrences come in order, as do the bodies: one walk over both.
    let b = 0
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length
      if (wordChar(text[at - 1]) || wordChar(text[end])) continue
      while (b < bodies.length && bodies[b]!.end < end) b++
      const body = bodies[b]
      if (body === undefined || body.start > at || body.end - body.start <= form.length) return false
      inBodies++
    }
  }
  return inBodies > 0
}
