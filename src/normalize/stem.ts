/**
 * An English word's inflection stem, for telling two forms of one word alike ("sentenced" and
 * "sentencing", "carried" and "carry"): one ending off, then a final e. Not a full stemmer: no
 * derivations, no irregular forms. Vietnamese does not inflect: a word of other letters has none.
 *
 * Two strengths, because their callers lose different things to a wrong tie:
 * - `full` (caption-links: a caption's word found in a body sentence in another form). A wrong
 *   tie only adds a little shared weight between a caption and a sentence of the same scene, so
 *   it takes more off: -ies/-ied as -y, any final e, a doubled last consonant ("pulled" → "pul",
 *   "running" → "run"); words under 4 letters, or not all a–z, have none.
 * - `light` (date-events: two dates tied to one event by a word beside each). A wrong tie makes
 *   two dates one slot's and so a contradiction, so short words keep their ending (the rest must
 *   be 4 letters: "uses", "fired" stay) and a final e goes only from a stem over 4 letters; -ings
 *   goes whole ("buildings" → "build"). Any ASCII word is read (hyphens and apostrophes kept).
 * One strength for both changed which words tie (over the MSRP train and en-dev words, 876
 * pairs newly tied and 12 split for date-events, 45 caption stems moved), so each keeps its own.
 */
import { isAscii } from './fold'

export type StemStrength = 'full' | 'light'

interface StemRules {
  /** Which words have a stem at all. */
  readonly reads: (word: string) => boolean
  /** -ies/-ied read as -y ("carried" → "carry") before the ending is taken off. */
  readonly iesAsY: boolean
  readonly ending: RegExp
  /** The fewest letters left once the ending is off; fewer, and the word keeps it. */
  readonly shortestRest: number
  /** The fewest letters a stem has for its final e to go. */
  readonly shortestWithE: number
  readonly undoubles: boolean
}

const RULES: Readonly<Record<StemStrength, StemRules>> = {
  full: {
    reads: (word) => /^[a-z]{4,}$/u.test(word),
    iesAsY: true,
    ending: /(?:ing|ed|es|s)$/u,
    shortestRest: 3,
    shortestWithE: 0,
    undoubles: true,
  },
  light: {
    reads: isAscii,
    iesAsY: false,
    ending: /(?:ings?|ed|es|s)$/u,
    shortestRest: 4,
    shortestWithE: 5,
    undoubles: false,
  },
}

/** The stem of a lower-case word (a comparison key), or undefined when the strength reads no stem in it. */
export function englishStem(word: string, strength: StemStrength): string | undefined {
  const rules = RULES[strength]
  if (!rules.reads(word)) return undefined
  const bare = (rules.iesAsY ? word.replace(/i(?:es|ed)$/u, 'y') : word).replace(rules.ending, '')
  const base = bare.length >= rules.shortestRest ? bare : word
  const stem = base.length >= rules.shortestWithE ? base.replace(/e$/u, '') : base
  return rules.undoubles ? stem.replace(/([b-df-hj-np-tv-z])\1$/u, '$1') : stem
}
