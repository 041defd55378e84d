/**
 * A day that opens or closes a span (*từ ngày 8/10-22/10/2021*, *from March 19 to 21*) against a
 * single day the other report gives (*Trưa 23/10, CDC phát đi thông báo*): the span tells how long
 * something ran, the single day when something happened, two slots (DANeS d579~d1282, the salon's
 * visiting window against the day the notice went out). Paired, the span's first day was a date
 * "contradicting" the notice's. Two spans (a changed last day) and two single days still pair.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import type { DocumentFacts, Located } from '../extract/collect'
import type { Fact } from '../extract/fact'
import { rangeGroups } from './range-groups'

/** Whether `fact` is one end of a span of days in its sentence (a range group holding a day). */
function endOfDaySpan(facts: DocumentFacts | undefined, doc: PreparedDocument, fact: Fact): boolean {
  if (facts === undefined || fact.type !== 'date' || fact.day === undefined) return false
  const group = once(facts, rangeGroups, doc).get(fact)
  return group !== undefined && group.length >= 2
}

/** Why a span's end and a single day fill two slots, or undefined: x of report A, y of report B. */
export function spanEndAgainstDay(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument, factsA?: DocumentFacts, factsB?: DocumentFacts): string | undefined {
  if (x.fact.type !== 'date' || y.fact.type !== 'date' || x.fact.day === undefined || y.fact.day === undefined) return undefined
  const spanA = endOfDaySpan(factsA, docA, x.fact)
  const spanB = endOfDaySpan(factsB, docB, y.fact)
  return spanA !== spanB ? `a span's end against a single day (${spanA ? x.fact.text : y.fact.text})` : undefined
}
