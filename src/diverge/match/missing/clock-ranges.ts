/**
 * A clock time inside the other report's clock range (*lúc 5h-6h sáng* / *lúc 5h30 sáng*, *5am-6am*
 * / *at 5:30am*, review rdates34 row 8): the range says the moment fell within it, the time says
 * where, so neither leaves the other's fact unstated. A time outside the range stays missing on both
 * sides (a changed moment, not a narrower one).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { clockOnly } from '../dates/fact-moments'
import { rangeGroups } from '../pairing/range-groups'

interface ClockReading {
  /** [from, to] in minutes of each range of clock times, in document order. */
  readonly ranges: readonly (readonly [number, number])[]
  /** The clock times that belong to no range. */
  readonly single: readonly number[]
}

/** The clock range `fact` is an end of ([from, to], forward only), or undefined. */
function rangeOf(groups: ReadonlyMap<Fact, readonly Located<Fact>[]>, fact: Fact): readonly [number, number] | undefined {
  const group = groups.get(fact)
  if (group === undefined || group.length < 2) return undefined
  const first = group[0]!.fact
  const last = group[group.length - 1]!.fact
  if (!clockOnly(first) || !clockOnly(last) || first.minutes >= last.minutes) return undefined
  return [first.minutes, last.minutes]
}

function clockReadingOf(facts: DocumentFacts, doc: PreparedDocument): ClockReading {
  const groups = once(facts, rangeGroups, doc)
  const ranges: (readonly [number, number])[] = []
  const single: number[] = []
  for (const { fact } of facts.facts) {
    if (!clockOnly(fact)) continue
    const range = rangeOf(groups, fact)
    if (range === undefined) {
      if (!groups.has(fact)) single.push(fact.minutes)
    } else if (groups.get(fact)![0]!.fact === fact) ranges.push(range)
  }
  return { ranges, single }
}

/** Whether `fact`, a clock time of its report, lies inside a clock range of the other, or ends a range holding one of the other's times. */
export function clockWithinOther(fact: Fact, own: DocumentFacts, ownDoc: PreparedDocument, other: DocumentFacts, otherDoc: PreparedDocument): boolean {
  if (!clockOnly(fact)) return false
  const theirs = once(other, clockReadingOf, otherDoc)
  const range = rangeOf(once(own, rangeGroups, ownDoc), fact)
  if (range === undefined) return theirs.ranges.some(([from, to]) => from <= fact.minutes && fact.minutes <= to)
  return theirs.single.some((m) => range[0] <= m && m <= range[1])
}
