/**
 * Facts found in one sentence. Internal to the divergence stage; offsets are
 * relative to the string handed to the extractor (the caller maps them back).
 */

export type QuantityKind =
  | 'amount' // money: value in units of `unit` (usd, vnd, eur, …)
  | 'percent'
  | 'ordinal' // thứ 5, fifth, lớn thứ hai
  | 'age' // 35 tuổi, aged 35
  | 'duration' // 30 năm, 3 months (unit: year, month, day, hour, …)
  | 'count' // 12 người, 3 ships (unit: folded counted noun)
  | 'year' // năm 2025, in 1995
  | 'plain' // a bare number
  | 'score' // a match score, 2-1: compared exactly, 1-0 = 0-1 (who leads is worded around it)
  | 'version' // Android 4.2.2: compared exactly
  | 'document' // 51/2012/NĐ-CP: number and year compared exactly (unit: the issuing code)
  | 'phone' // (816) 234-7743, 0913.456.789: compared exactly
  | 'plate' // 29A-123.45: compared exactly
  | 'code' // 8HJ-2291, CVE-2024-1580, N704AL: letters and digits compared exactly (identifier-codes.ts)

export interface NumberFact {
  readonly type: 'number'
  readonly start: number
  readonly end: number
  readonly text: string
  /** The value after notation and multipliers: `150 tỉ` → 150e9, `3,5%` → 3.5. */
  readonly value: number
  readonly kind: QuantityKind
  /** Canonical unit or counted noun (folded), '' when none. */
  readonly unit: string
  /** Folded words just before the number (up to 3), nearest last. */
  readonly before: readonly string[]
  /** Folded words just after the number and its unit (up to 3), nearest first. */
  readonly after: readonly string[]
  /** A count's folded words to the end of its clause (up to 6): where a counted subject's verb is past a long noun ("hai người đàn ông bị thương"; zero-outcomes.ts). */
  readonly clause?: readonly string[]
  /** Folded words right before the number with no punctuation between (up to 4: "as much as about"): where a hedge ("hơn", "about") sits. */
  readonly lead?: readonly string[]
  /** What a rate is counted per ("tỷ đồng/năm" → năm, "cents a share" → share); absent for totals. */
  readonly per?: string
  /** Both ends, when the number is one end of a range ("16 to 17 weeks", "5-7"). */
  readonly range?: readonly [number, number]
  /** The values a vague magnitude allows, [from, below): "hundreds of people" [100, 1000) (vague-magnitudes.ts); `value` is its lower end. */
  readonly magnitude?: readonly [number, number]
}

export interface DateFact {
  readonly type: 'date'
  readonly start: number
  readonly end: number
  readonly text: string
  /** Calendar parts that the text states; absent parts are unknown, not zero. */
  readonly day?: number
  readonly month?: number
  readonly year?: number
  /** Minutes since midnight, when a time of day is stated. */
  readonly minutes?: number
  /** Part of day or relative cue, folded: 'sáng', 'hôm qua', 'morning', 'yesterday'. */
  readonly cue?: string
  /** Folded words just before the date (up to 3), nearest last; tells "từ 12/8" from "đến 16/8". */
  readonly before?: readonly string[]
  /** Folded words just after the date (up to 3), nearest first. */
  readonly after?: readonly string[]
}

export type Fact = NumberFact | DateFact
