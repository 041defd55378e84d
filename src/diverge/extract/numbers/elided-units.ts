/**
 * A figure whose unit is left to the one it is compared with: "14.7 pounds compared with 5.8 pounds"
 * is written "about 15 pounds, compared with five"; "14 percent, compared with 9 a year earlier";
 * "120 ca, so với 150 của tuần trước". Read bare, the second figure was no fact (a numeral word) or
 * a plain number no slot of the other report could hold, so "5.8 pounds" / "five" never met.
 * Only right after a comparison phrase (compared with / to, versus, vs, so với), taking the kind and
 * unit of the nearest figure before it in the same sentence (at most 12 tokens back) when that one
 * has a unit and no multiplier word (its scale would be elided too, and is not guessed). A figure
 * that reads as a year (1800–2100, four digits, no separator) is the year compared with ("rose 12
 * percent compared with 2019", "tăng 10%, so với 2019"), not a second share or sum.
 *
 * A part counted out of the figure before it is written the same way: "five soldiers, three of
 * them American", "12 passengers, 4 of whom were children". Read bare, "three" was no fact, and
 * the whole stood alone against a report that counts only the part ("three American soldiers").
 * "three of which were buses" and Vietnamese "hai trong số đó là trẻ em" are the same shape.
 *
 * A part stated out of a total given after it takes the total's unit: "35 of the 200 protesters",
 * "35 out of 200 people", "35 trong số 200 người" (`totalAfterPart`; numbers.ts reads the total's
 * unit as a range's first end reads its second's).
 */
import type { NumberFact, QuantityKind } from '../fact'
import { keys, type Token } from '../fact-tokens'
import { MULTIPLIERS } from './number-words'
import { TOTAL_PHRASES, countedOutAfterPart } from './counted-out'

const UNITED: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['amount', 'percent', 'count'])
const SENTENCE_END = /^[.!?;:]$/
const VERSUS = keys('versus vs')

/** Is token `i` right after a comparison phrase ("compared with", "compared to", "versus", "so với")? */
function afterComparison(tokens: readonly Token[], i: number): boolean {
  const k1 = tokens[i - 1]?.key ?? ''
  const k2 = tokens[i - 2]?.key ?? ''
  if (VERSUS.has(k1)) return true
  if ((k1 === 'with' || k1 === 'to') && k2 === 'compared') return true
  return k1 === 'với' && k2 === 'so'
}

/**
 * Do the three words after a figure count it out of what came before ("of them", "of whom", "of
 * which", "trong số đó / này", counted-out.ts)? Read here of the figure's tokens and by
 * number-ranges.ts of its kept words (such a figure never ends a dash range).
 */
export function countedOutAfter(w1: string | undefined, w2: string | undefined, w3: string | undefined): boolean {
  return countedOutAfterPart([w1, w2, w3])
}

/** Is token `i` a part counted out of what came before ("three of them", "4 of whom", "three of which", "hai trong số đó")? */
const partOfThem = (tokens: readonly Token[], i: number): boolean => countedOutAfter(tokens[i + 1]?.key, tokens[i + 2]?.key, tokens[i + 3]?.key)

const IS = keys('là gồm')
const TRONG = [...keys('trong')][0]!

/**
 * "hai trong số đó là trẻ em": the noun the part is said to be, counted like "2 trẻ em" (a count's
 * unit is its noun's first word). Read only in the Vietnamese shape, where the noun follows "là"
 * bare; English "four of whom were children" keeps the whole's noun, which meets "Four children"
 * as a person count already.
 */
function namedPart(tokens: readonly Token[], i: number): string | undefined {
  if (tokens[i + 1]?.key !== TRONG || !IS.has(tokens[i + 4]?.key ?? '')) return undefined
  const noun = tokens[i + 5]
  return noun?.kind === 'word' && !/^\p{Lu}/u.test(noun.raw) ? noun.key : undefined
}

/** "2019": four digits with no thousands separator, 1800–2100. */
function readsAsYear(raw: string): boolean {
  return /^\d{4}$/.test(raw) && +raw >= 1800 && +raw <= 2100
}

/** The kind and unit the bare figure at token `i` takes from the figure it is compared with, if any. */
export function elidedUnit(tokens: readonly Token[], i: number, before: readonly NumberFact[]): { kind: QuantityKind; unit: string } | undefined {
  if (!(afterComparison(tokens, i) || partOfThem(tokens, i)) || readsAsYear(tokens[i]!.raw)) return undefined
  const at = tokens[i]!.start
  const prev = before[before.length - 1]
  if (!prev || prev.end > at || !UNITED.has(prev.kind) || (prev.kind === 'count' && prev.unit === '')) return undefined
  // the same sentence, near: no sentence end between, at most 12 tokens back
  let k = i - 1
  while (k >= 0 && tokens[k]!.start >= prev.end) {
    if (SENTENCE_END.test(tokens[k]!.raw) || i - k > 12) return undefined
    k--
  }
  if (prev.text.split(/\s+/).some((w) => MULTIPLIERS.has(w.toLowerCase()))) return undefined
  return { kind: prev.kind, unit: prev.kind === 'count' ? (namedPart(tokens, i) ?? prev.unit) : prev.unit }
}

/** The token of the total a bare figure at `i` is counted out of ("35 of the 200 protesters" → 200), if one follows at once. */
export function totalAfterPart(tokens: readonly Token[], i: number): number | undefined {
  for (const phrase of TOTAL_PHRASES) {
    if (!phrase.every((w, k) => tokens[i + 1 + k]?.key === w)) continue
    const at = i + 1 + phrase.length
    if (tokens[at]?.kind === 'num') return at
  }
  return undefined
}
