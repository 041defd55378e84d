/**
 * A day that opens or closes a span (*từ ngày 8/10-22/10/2021*, *from March 19 to 21*) against a
 * single day the other report gives (*Trưa 23/10, CDC phát đi thông báo*): the span tells how long
 * something ran, the single day when something happened, two slots (DANeS d579~d1282, the salon's
 * visiting window against the day the notice went out). Paired, the span's first day was a date
 * "contradicting" the notice's. Two spans (a changed last day) and two single days still pair.
 *
 * Only a single day told with a part of the day (*Trưa 23/10*, *Tuesday night, March 23*) is set
 * apart: a moment, which no span of days is. A bare day can be the span's start told another way
 * (*diễn ra … vào ngày 23/10* / *từ 25.10 đến 3.11*, VietnameseMDS cluster 100, a real
 * disagreement), and an end read as no span's where its join is a word (*từ 1/1/2011 đến ngày
 * 30/9/2013*) left a changed start unseen (cluster 52).
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import type { DocumentFacts, Located } from '../extract/collect'
import type { Fact } from '../extract/fact'
import { keys } from '../extract/fact-tokens'
import { rangeGroups } from './range-groups'

/** The parts of the day a date's cue names (dates.ts reads the cue right before the date). */
const DAY_PARTS = keys('sáng trưa chiều tối đêm khuya morning afternoon evening night tonight')
const atPartOfDay = (fact: Fact): boolean => fact.type === 'date' && fact.cue !== undefined && DAY_PARTS.has(fact.cue)

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
  if (spanA === spanB || !atPartOfDay(spanA ? y.fact : x.fact)) return undefined
  return `a span's end against a moment of one day (${spanA ? x.fact.text : y.fact.text})`
}
