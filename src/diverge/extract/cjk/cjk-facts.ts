/**
 * The CJK readers' facts joined to the general extractors' for a sentence that writes Han or
 * kana. The general extractors read figures by spaced words and Latin-script unit words; in
 * "8月13日电" or "1500亿美元" they see a bare 8, 13 or 1500. Where a CJK reading covers such a
 * figure it replaces it; the rest (a "G20", a Latin "COVID-19" in Chinese text) stay.
 */
import type { DateFact, Fact, NumberFact } from '../fact'
import { writesCjk } from '../../../normalize/cjk-script'
import { extractCjkDates } from '../dates/cjk-dates'
import { extractCjkNumbers } from '../numbers/cjk-numbers'

const EXACT_KINDS: ReadonlySet<string> = new Set(['score', 'version', 'document', 'phone', 'plate', 'code'])

function overlapsAny(fact: Fact, others: readonly Fact[]): boolean {
  return others.some((other) => other.start < fact.end && fact.start < other.end)
}

/** `dates` with the CJK dates of `text` (a sentence), in order; `dates` itself when `text` writes no Han or kana. */
export function withCjkDates(text: string, dates: readonly DateFact[]): readonly DateFact[] {
  if (!writesCjk(text)) return dates
  const cjk = extractCjkDates(text)
  if (cjk.length === 0) return dates
  return [...dates.filter((d) => !overlapsAny(d, cjk)), ...cjk].sort((x, y) => x.start - y.start)
}

/** `numbers` with the CJK figures of `text` (none inside `dates`), in order; `numbers` itself when `text` writes no Han or kana. */
export function withCjkNumbers(text: string, dates: readonly DateFact[], numbers: readonly NumberFact[]): readonly NumberFact[] {
  if (!writesCjk(text)) return numbers
  // An identifier the general readers found (a 2-1 score, a phone number, a code) is compared exactly: no CJK figure inside it.
  const exact = numbers.filter((n) => EXACT_KINDS.has(n.kind))
  // A bare Arabic figure the CJK reader gives nothing to (no measure, hedge or range) yields to the general reading of it:
  // in a Russian or Korean sentence that quotes one Han name, "500 человек" stays a count of people, not a plain 500.
  const bare = (n: NumberFact): boolean => n.kind === 'plain' && n.lead?.length === 0 && n.range === undefined && overlapsAny(n, numbers)
  const cjk = extractCjkNumbers(text, dates).filter((n) => !bare(n) && (exact.length === 0 || !overlapsAny(n, exact)))
  // A general reading inside a CJK date (the 13 of 8月13日) is no figure of its own either.
  const kept = numbers.filter((n) => !overlapsAny(n, cjk) && !overlapsAny(n, dates))
  if (cjk.length === 0 && kept.length === numbers.length) return numbers
  return [...kept, ...cjk].sort((x, y) => x.start - y.start)
}
