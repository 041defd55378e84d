/**
 * What a figure in a market move measures, and how precisely it is written: the measure
 * a level or change is in (an amount in one currency, a percent, index points), its factor
 * to that measure's base unit (cents to the currency, basis points to the percent), and
 * half a unit of its last written digit, the slack rounding alone allows.
 *
 * Apart from sessions.ts because it is a question about one figure, not about a sentence's
 * session; sessions.ts reads moves with it, and sibling-roundings.ts asks lastDigitPlace.
 */
import type { NumberFact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'
import { Attached } from '../../../document/attached'

/** An index's own unit: "17.48 points", "17,48 điểm". */
const INDEX_POINTS = new Set(['point', foldWord('điểm')])

const CENTS = 'amount:cent'

/**
 * What the last digit written is worth, in the figure's value: "9,543" 1, "$1.1857" 0.0001,
 * "$1.8 billion" 100 million, "36,5 triệu" 100,000 (whatever the notation of the separators).
 */
// Kept per figure: pairing asks it for every candidate partner, and reading a long numeral each time is quadratic.
const digitPlaces = new Attached<NumberFact, number>('digitPlaces')

export function lastDigitPlace(f: NumberFact): number {
  let place = digitPlaces.get(f)
  if (place === undefined) {
    const digits = Number((/\d[\d.,]*/.exec(f.text)?.[0] ?? '').replace(/\D/g, ''))
    place = digits > 0 ? Math.abs(f.value) / digits : 1
    digitPlaces.set(f, place)
  }
  return place
}

/** Half a unit of the last digit the figure states, in the move's base unit. */
export function halfUnit(f: NumberFact): number {
  return 0.5 * lastDigitPlace(f) * scale(f)
}

/** What a figure measures for a move, and the factor to its base unit: cents are hundredths of a dollar, basis points of a percent. */
export function measureOf(f: NumberFact): { measure: string; factor: number } | undefined {
  if (f.kind === 'amount') return { measure: `amount:${f.unit}`, factor: 1 }
  if (f.kind === 'percent') return { measure: 'percent', factor: 1 }
  // Cents are hundredths of whatever currency the level is in ("66 Canadian cents … at C$16.90").
  if (f.kind === 'count' && f.unit === 'cent') return { measure: CENTS, factor: 0.01 }
  if (f.kind === 'count' && (f.unit === 'basi' || f.unit === 'basis')) return { measure: 'percent', factor: 0.01 }
  if ((f.kind === 'count' && INDEX_POINTS.has(f.unit)) || f.kind === 'plain') return { measure: 'plain', factor: 1 }
  return undefined
}

/** A change in `g` can move a level of `measure`: the same measure, or cents of any currency. */
export function fits(g: NumberFact | undefined, measure: string): boolean {
  const own = g && measureOf(g)?.measure
  if (own === undefined) return false
  return own === measure || (own === CENTS && measure.startsWith('amount:')) || (measure === CENTS && own.startsWith('amount:'))
}

/** The factor from the figure's unit to its measure's base unit (1 when it has none). */
export function scale(f: NumberFact): number {
  return measureOf(f)?.factor ?? 1
}
