/**
 * The noun a number counts when proper modifiers stand between them: "27 US troops",
 * "26 American troops", "1.3315 Swiss francs", "15 Boeing jets". The counted noun is the
 * lower-case plural after at most four qualifiers, capitalised or not (an abbreviation may end in its
 * dot, "U.S."), not the first capitalised word ("27 US" would count the US): two reports
 * that qualify one count differently ("US" / "American") then fill one slot.
 *
 * English only in practice: a Vietnamese modifier follows its noun ("27 lính Mỹ"), and no
 * Vietnamese syllable reads as an English plural.
 *
 * Lower-case qualifiers ("20 new moons", "three other governments") are passed the same way, so the
 * count is of moons, not of "new"; whether a new batch or a part is the same slot as a total is the
 * slot qualifiers' question (slot-qualifiers.ts), not the unit's.
 */
import type { Token } from '../fact-tokens'
import { EN_MODIFIERS, EN_PLURAL_IRREGULAR, STOP } from './number-words'

/** Qualifiers in all: a firm's whole name ("OGE Energy Corp.") may take three capitalised words, a lower-case qualifier one more (a joiner, "Gas and Electric", is not counted). */
const MAX_MODIFIERS = 4

function capitalised(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !STOP.has(t.key)
}

/** A lower-case plural noun: "troops", "francs", "people". */
function isPluralNoun(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.raw) && !STOP.has(t.key) && ((t.key.length > 3 && t.key.endsWith('s') && !t.key.endsWith('ss')) || EN_PLURAL_IRREGULAR.has(t.key))
}

/** A lower-case word that qualifies a count without being what it counts: "20 new moons", "five more provincial capitals". */
function lowerModifier(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.raw) && EN_MODIFIERS.has(t.key)
}

/** "14,000 Oklahoma Gas and Electric customers": "and" / "&" between two capitalised words of one name. */
function nameJoiner(tokens: readonly Token[], k: number, modifiers: number): boolean {
  const t = tokens[k]
  return modifiers > 0 && !!t && (t.raw === 'and' || t.raw === '&') && capitalised(tokens[k - 1]) && capitalised(tokens[k + 1])
}

/** Index of the counted noun after capitalised or qualifying modifiers starting at token `j`, or -1. */
export function nounPastModifiers(tokens: readonly Token[], j: number): number {
  let k = j
  let modifiers = 0
  while (modifiers < MAX_MODIFIERS && (capitalised(tokens[k]) || lowerModifier(tokens[k]) || nameJoiner(tokens, k, modifiers))) {
    // "U.S.", and a firm's suffix "Corp." / "Inc." before a lower-case word: a sentence never goes on in lower case
    const dot = tokens[k + 1]?.raw === '.' && !tokens[k + 1]!.spaced
    const abbreviation = dot && (tokens[k]!.raw.includes('.') || (capitalised(tokens[k]) && /^\p{Ll}/u.test(tokens[k + 2]?.raw ?? '')))
    if (nameJoiner(tokens, k, modifiers)) {
      k++
      continue
    }
    k += abbreviation ? 2 : 1
    modifiers++
  }
  return modifiers > 0 && isPluralNoun(tokens[k]) ? k : -1
}

// A plural model code, one token: "737s", "A320s", "MiG29s", or a variant after its family and a hyphen, "737-700s",
// "A320-200s" (the family holds at least two digits: "F-16s" names no family).
const PLURAL_CODE = /^(\p{L}{0,3}\d{2,}\p{L}{0,3})(?:-\d{2,}\p{L}{0,3})?s$/u
// The same code in the singular, before the noun it qualifies: "Boeing 737 jets", "A320-200 planes".
const SINGLE_CODE = /^(\p{L}{0,3}\d{2,}\p{L}{0,3})(?:-\d{2,}\p{L}{0,3})?$/u
/** A count's unit that is a model's family ("737", "a320"): machines of two families are two slots, of one family one (firm-counts.ts). */
const MODEL_UNIT = /^\p{L}{0,3}\d{2,}\p{L}{0,3}$/u
export const isModelUnit = (unit: string): boolean => MODEL_UNIT.test(unit)

/**
 * A count of machines named by their model, after its maker's name or not: "15 737s", "nine Boeing
 * 737-700s", "12 Airbus A320s", or the model qualifying a plural noun, "12 Boeing 737 jets", "14 A320
 * planes" (the noun names what the model is: the count is still of the model's machines). The count
 * is of the model's family (a variant after a hyphen counts its family, "737-700s" counts 737s), so
 * two reports that name the planes one at the family's level and one at the variant's, or by the code
 * alone and by the code and its noun, fill one slot; two families ("15 737s" / "15 747s") stay two.
 * A bare number before a noun ("12 737 jets") is read so only after a maker's name: without one,
 * "12 737" may be one number spaced in thousands.
 * English: a Vietnamese count takes its classifier first ("9 chiếc Boeing 737-700"), read by classifiers.ts.
 */
export function modelCodeCount(tokens: readonly Token[], j: number): { unit: string; last: number } | undefined {
  let k = j
  let modifiers = 0
  while (modifiers < MAX_MODIFIERS && capitalised(tokens[k])) {
    k++
    modifiers++
  }
  const t = tokens[k]
  if (!t || t.kind === 'punct') return undefined
  const code = PLURAL_CODE.exec(t.key)
  if (code) return { unit: code[1]!, last: k }
  const single = SINGLE_CODE.exec(t.key)
  if (single && isPluralNoun(tokens[k + 1]) && (modifiers > 0 || /\p{L}/u.test(single[1]!))) return { unit: single[1]!, last: k + 1 }
  return undefined
}
