/**
 * "The Dow fell 98.30" / "finished the day down 98.32 points": two figures of four digits that
 * differ in the last one are one figure misreported far more often than two slots that happen
 * to lie within 1 % of each other. A figure of one or two digits says nothing so (5 / 6 people
 * are as likely two counts), nor does a year (1973 / 1975 are two years), and values a rounding
 * or a hedge reconciles never reach this test (compatible.ts answers first).
 */
import type { NumberFact } from '../../extract/fact'

/** What two near precise figures add to the evidence that they fill one slot. */
export const NEAR_VALUES = 0.1
/** The largest gap, as a share of the larger value, that counts as near. */
const NEAR_SHARE = 0.01
/** Significant digits each figure must write. */
const MIN_DIGITS = 3
/** Kinds that measure a quantity; a plain number counts only with a fractional part (an index level, not a year). */
const MEASURED: ReadonlySet<NumberFact['kind']> = new Set(['amount', 'percent', 'count'])

const digitsOf = (f: NumberFact): number => (/\d(?:[\d.,]*\d)?/u.exec(f.text)?.[0] ?? '').replace(/[.,]/gu, '').replace(/^0+/u, '').length
const measured = (f: NumberFact): boolean => MEASURED.has(f.kind) || (f.kind === 'plain' && !Number.isInteger(f.value))

/** Two precise figures of one kind, three digits or more each, within 1 % of each other. */
export function nearValues(a: NumberFact, b: NumberFact): boolean {
  if (a.kind !== b.kind || !measured(a) || a.value <= 0 || b.value <= 0 || a.value === b.value) return false
  return digitsOf(a) >= MIN_DIGITS && digitsOf(b) >= MIN_DIGITS && Math.abs(a.value - b.value) <= NEAR_SHARE * Math.max(a.value, b.value)
}
