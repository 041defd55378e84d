/**
 * Harvard Avenue / Harvard Road in sentences the aligner does not link: two streets of two
 * statements (a parade on Fifth Avenue, a fire on Fifth Street) unless the reports place one
 * event there. They do when each report names one street only of that specific name (a report
 * writing both, a corner or two scenes, has two streets) and the place around it agrees: a name
 * beside one report's street (the city, the school: "on Harvard Avenue in Warrensville Heights")
 * that the other report writes too.
 */
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { streetOf } from './street-names'

// Mentions and names read per report, so a long report costs linear time.
const MENTIONS_READ = 8
const NAMES_READ = 2000

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

/**
 * Do two reports, naming `textA` and `textB` (one specific name, two kinds of street) in
 * sentences not linked, place one event on them?
 */
export function streetsPlaceOneEvent(
  textA: string,
  textB: string,
  mentions: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
  names: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
): boolean {
  const x = streetOf(textA)
  const y = streetOf(textB)
  if (!x || !y || x.specific !== y.specific) return false
  if (streetKinds(names.a, x.specific).size !== 1 || streetKinds(names.b, y.specific).size !== 1) return false
  return placeShared(mentions.a, names.a, names.b, x.specific) || placeShared(mentions.b, names.b, names.a, x.specific)
}

