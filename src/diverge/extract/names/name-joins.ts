/**
 * Where a capitalised run goes on across a lower-case word (names.ts asks, word by word).
 *
 * English names of agencies join two fields with "and": Department of Health and Human Services,
 * Food and Drug Administration, Securities and Exchange Commission. Cut at "and", a report had
 * two names (Department of Health, Human Services) neither of which the other report's
 * "Department of Health and Human Services" met whole (extract21: 14 of the first 1,500 MSRP
 * train sentences cut the SEC or the FDA in two). The run after "and" must end in the head noun of an agency, and the
 * run before it must be none itself: Bank of America and Wells Fargo, the Senate Intelligence
 * Committee and Armed Services Committee, France and European Commission stay apart, and so does a
 * run that is not named as an institution (after "the", or with an "of"): Smith and Justice Department.
 * A body that stands on its own before "and" shares the tail with the body after it: the House and
 * Senate Armed Services Committee are two chambers' committees (the House's, the Senate's), not
 * one agency with a field "House and Senate Armed Services".
 */
import type { Word } from '../../../document/letter-words'

/** Last words of an agency's name: the field before them can hold an "and". */
const AGENCY_TAILS = new Set(
  'administration commission services department agency institute committee authority bureau'.split(' '),
)

/** Words that name a body on their own (a chamber, a court, a service): before "and" they open a second body, not a field. */
const BODIES = new Set('house senate congress parliament assembly council court cabinet army navy'.split(' '))

/**
 * `words[j]` is a lower-case word inside a run that opened at `i`: if it is an "and" joining the
 * two fields of one agency's name, the index just past that name's last capitalised word, else -1.
 * `places` tells a known place (France and …) by its folded key.
 */
export function agencyAndEnd(words: readonly Word[], i: number, j: number, places: ReadonlySet<string>, spaceOnly: (gap: string) => boolean): number {
  if (words[j]!.folded !== 'and' || j === i) return -1
  const before = words[j - 1]!
  if (!before.cap || AGENCY_TAILS.has(before.folded) || BODIES.has(before.folded)) return -1
  // Named as an institution: after "the" (the Food and Drug Administration), or with an "of" (Department of
  // Health and …); Smith and Justice Department lawyers are two.
  let key = ''
  let named = words[i]!.folded === 'the' || (i > 0 && words[i - 1]!.folded === 'the')
  for (let k = i; k < j; k++) {
    key = k === i ? words[k]!.folded : `${key} ${words[k]!.folded}`
    if (words[k]!.folded === 'of') named = true
  }
  if (!named || places.has(key)) return -1
  let end = j + 1
  while (end < words.length && words[end]!.cap && spaceOnly(words[end]!.gap)) end++
  // At least one field word before the tail: "Research and Development" is no agency.
  return end - (j + 1) >= 2 && AGENCY_TAILS.has(words[end - 1]!.folded) ? end : -1
}

// Unit symbols a road marker or a measure is written with, capitalised at a line's start or by habit (Km 1720).
const UNIT_SYMBOLS = new Set('km kg cm mm ha'.split(' '))
const BEFORE_NUMERAL = /^[ \t\u00a0]+\d/u

/**
 * A run of one word that is a unit symbol written right before a numeral (Km 1720 on a road,
 * Kg 5) labels that number: no name (extract21: Km was read as a name in the pages task). A
 * model number after a name is left to the name (iPhone 6).
 */
export function unitBeforeNumeral(text: string, run: readonly Word[]): boolean {
  return run.length === 1 && UNIT_SYMBOLS.has(run[0]!.folded) && BEFORE_NUMERAL.test(text.slice(run[0]!.end, run[0]!.end + 8))
}

// Type words of a place numbered by an ordinal (97th Avenue, 117th Street, 5th Ave., 2nd Place), folded.
const NUMBERED_STREET_TYPES = new Set('avenue ave street st road rd boulevard blvd drive dr lane ln parkway place'.split(' '))
const ORDINAL_BEFORE = /(?:^|[\s(])\d{1,4}(?:st|nd|rd|th)[ \t\u00a0]+$/u

/**
 * Is `run` one type word right after an ordinal (97th Avenue, 2nd Place)? Cut at the numeral, the
 * word alone was a report's missing fact (missing51-1), a fragment no reader would miss; read whole,
 * one street number told otherwise was flagged twice, as a number and as a name (rnames52). The
 * ordinal is the number extractor's fact, so the word is no name. St. Patrick, Dr. Smith run on.
 */
export function streetAfterOrdinal(text: string, run: readonly Word[]): boolean {
  const head = run[0]
  if (run.length !== 1 || head === undefined || !NUMBERED_STREET_TYPES.has(head.folded)) return false
  return ORDINAL_BEFORE.test(text.slice(Math.max(0, head.start - 12), head.start))
}
