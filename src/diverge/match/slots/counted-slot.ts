/**
 * A count of one specific noun on each side ("45 accidents" / "47 accidents", "50 bishops" /
 * "25 bishops") names its slot better than any other unit does: independent reports that word
 * their sentences apart still count the same thing with the same noun, while "percent", "cents"
 * or "people" fill many slots of one story. Measured on the English gold: such pairs in unlinked
 * sentences were left just under the threshold (0.37–0.44) although real.
 *
 * Two guards keep different scopes apart: nouns that count anyone or anything (people, men,
 * times, points, người, điểm, vụ) give no extra evidence, and values more than a factor two apart
 * ("37,000 U.S. troops" in one province / "100,000" in the country) are more often two scopes
 * than one count misreported.
 */
import type { Fact } from '../../extract/fact'
import { countOneThing } from '../../extract/numbers/counted-synonyms'
import { dimensionOf } from '../../reasons/compatible'

/** Added to a pair's score when both facts count the same specific noun. */
export const SAME_COUNTED_NOUN = 0.1

/** Nouns that count anyone or anything: a figure of one names no specific thing. */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  (
    // "percentage points", "basis points" (read with the first word as the noun) measure a move of anything
    'people person persons men man women woman children child times time points point cents cent shares share percentage basi basis ' +
    'người điểm lần cái con chiếc vụ'
  ).split(' '),
)

const MAX_RATIO = 2

/** Do both facts count the same specific noun, with values near enough to be one count? */
export function sameCountedNoun(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number') return false
  if (x.kind !== 'count' || y.kind !== 'count' || !x.unit || x.unit !== y.unit || GENERIC_NOUNS.has(x.unit)) return false
  const [lo, hi] = x.value < y.value ? [x.value, y.value] : [y.value, x.value]
  return lo > 0 && hi / lo <= MAX_RATIO
}

/**
 * One figure counting two nouns: "15 trucks" / "15 buses", "15 ngôi nhà" / "15 căn hộ". The figure
 * agrees and what it counts does not, so the two are no other format of one fact (no
 * `number-format` equivalence); nor a divergence, since without a lexicon "15 trucks" / "15
 * lorries" and "15 vehicles" / "15 cars" look alike. Units of measure are the converter's
 * (reasons/compatible.ts), nouns that count one thing (counted-synonyms.ts: synonyms, a general
 * noun and its kind) are one noun, and a generic noun (people, points) may stand for any.
 */
export function otherCountedNouns(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  // a noun that counts anyone or anything ("four points" / "4 percentage points", "15 people" / "15 workers") names no other thing
  if (!x.unit || !y.unit || GENERIC_NOUNS.has(x.unit) || GENERIC_NOUNS.has(y.unit) || dimensionOf(x) !== undefined || dimensionOf(y) !== undefined) return false
  return !countOneThing(x.unit, y.unit)
}
