/**
 * Harvard Avenue / Harvard Road in sentences the aligner does not link: two streets of two
 * statements (a parade on Fifth Avenue, a fire on Fifth Street, the scene and a house searched)
 * unless the reports place the one event there. They do when each report names one street only of
 * that specific name (a report writing both, a corner or two scenes, has two streets) and, on both
 * sides, the event's own clause puts it there ("shot late Friday on Harvard Avenue", "vụ nổ súng
 * trên Harvard Road") and a place beside it agrees, or both give the same house number or block
 * ("the 3500 block of"). A shared city alone is no evidence: nearly every local report names its
 * city (review rnames37).
 */
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { streetOf } from './street-names'
import { cornerShared } from './street-corners'

// Mentions and names read per report, so a long report costs linear time.
const MENTIONS_READ = 8
const NAMES_READ = 2000
// How far back from the street the event's clause is read, in characters and in words.
const CLAUSE_CHARS = 120
const CLAUSE_WORDS = 12

// Words of the event itself (a shooting, a crash, a fire), folded to lower case.
const EVENT_WORDS = new Set(
  'shot shooting shootings shots gunfire killed stabbed stabbing crash crashed collision collided fire blaze explosion exploded happened occurred struck súng nổ cháy nạn xảy đâm'.split(' '),
)
// Words that make the street another place of the story: a home, a house searched, a car found, an escape, a gathering.
const OTHER_PLACE_WORDS = new Set(
  'lives live lived living home house residence apartment searched search found parked abandoned fled running ran seen spotted parade watched gathered sống nhà khám'.split(' '),
)

/** The kinds of street a report writes of this specific name (Harvard: avenue, road). */
function streetKinds(names: readonly Located<NameFact>[], specific: string): Set<string> {
  const kinds = new Set<string>()
  for (const name of names.slice(0, NAMES_READ)) {
    const street = streetOf(name.fact.text)
    if (street && street.specific === specific) kinds.add(street.type)
  }
  return kinds
}

/** Another name in the sentences of a report's street mentions, written by the other report as well. */
function placeShared(street: readonly Located<NameFact>[], own: readonly Located<NameFact>[], other: readonly Located<NameFact>[], specific: string): boolean {
  const sentences = new Set(street.slice(0, MENTIONS_READ).map((m) => m.sentence))
  const keysOther = new Set(other.slice(0, NAMES_READ).map((n) => n.fact.key))
  return own.slice(0, NAMES_READ).some((n) => sentences.has(n.sentence) && streetOf(n.fact.text)?.specific !== specific && keysOther.has(n.fact.key))
}

/** The words of the clause before `start`, from the sentence's start or a bounded window, nearest last. */
function clauseBefore(original: string, start: number): string[] {
  const window = original.slice(Math.max(0, start - CLAUSE_CHARS), start)
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '))
  return window.slice(stop + 1).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').slice(-CLAUSE_WORDS)
}

/** Does the event's own clause put it on the street mention at `start`? */
function eventOnStreet(original: string, start: number): boolean {
  const words = clauseBefore(original, start)
  for (let k = words.length - 1; k >= 0; k--) {
    if (OTHER_PLACE_WORDS.has(words[k]!)) return false
    if (EVENT_WORDS.has(words[k]!)) return true
  }
  return false
}

/** The house number or block before a street mention ("1200 Harvard", "the 3500 block of Harvard"), if any. */
function houseNumber(original: string, start: number): string | undefined {
  const words = clauseBefore(original, start)
  const last = words.length - 1
  if (last >= 0 && /^\d{1,6}$/u.test(words[last]!)) return words[last]
  if (last >= 2 && words[last] === 'of' && words[last - 1] === 'block' && /^\d{1,6}$/u.test(words[last - 2]!)) return words[last - 2]
  return undefined
}

interface Side {
  readonly original: string
  readonly mentions: readonly Located<NameFact>[]
}

const eventSide = (side: Side): boolean => side.mentions.slice(0, MENTIONS_READ).some((m) => eventOnStreet(side.original, m.span.start))

function numberShared(a: Side, b: Side): boolean {
  const numbersB = new Set(b.mentions.slice(0, MENTIONS_READ).map((m) => houseNumber(b.original, m.span.start)))
  return a.mentions.slice(0, MENTIONS_READ).some((m) => {
    const n = houseNumber(a.original, m.span.start)
    return n !== undefined && numbersB.has(n)
  })
}

/**
 * Why two reports, naming `textA` and `textB` (one specific name, two kinds of street) in
 * sentences not linked, place one event on them, or undefined when they do not.
 */
export function streetsPlaceOneEvent(
  textA: string,
  textB: string,
  mentions: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
  names: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
  originals: { readonly a: string; readonly b: string },
): string | undefined {
  const x = streetOf(textA)
  const y = streetOf(textB)
  if (!x || !y || x.specific !== y.specific) return undefined
  if (streetKinds(names.a, x.specific).size !== 1 || streetKinds(names.b, y.specific).size !== 1) return undefined
  const a = { original: originals.a, mentions: mentions.a }
  const b = { original: originals.b, mentions: mentions.b }
  if (numberShared(a, b)) return 'one street of its name in each report, at the same house number or block'
  if (cornerShared(x.specific, mentions, names, originals)) return 'one street of its name in each report, at a corner both name'
  // Two shootings on two streets of one name, days apart, are two events: the place beside the street must agree too.
  const placed = placeShared(mentions.a, names.a, names.b, x.specific) || placeShared(mentions.b, names.b, names.a, x.specific)
  return placed && eventSide(a) && eventSide(b) ? 'one street of its name in each report, where each places the event, a place beside it named by both' : undefined
}
