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
  /** covered[m] > 0 when a clock range of the report holds minute m (a difference array summed once). */
  readonly covered: Int32Array
  /** singlesUpTo[m]: how many clock times that belong to no range fall before minute m. */
  readonly singlesUpTo: Int32Array
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

/** Clock readings are minutes of a day (a few past 24:00 at most): larger values are no clock time to place. */
const MAX_MINUTES = 7 * 24 * 60

// Minutes are read into per-minute tables rather than scanned per fact, so a report of thousands of
// clock times against another of thousands of ranges costs their sum, not their product.
function clockReadingOf(facts: DocumentFacts, doc: PreparedDocument): ClockReading {
  const groups = once(facts, rangeGroups, doc)
  const ranges: (readonly [number, number])[] = []
  const single: number[] = []
  let last = 0
  for (const { fact } of facts.facts) {
    if (!clockOnly(fact) || !(fact.minutes >= 0 && fact.minutes <= MAX_MINUTES)) continue
    const range = rangeOf(groups, fact)
    if (range === undefined) {
      if (!groups.has(fact)) single.push(fact.minutes)
    } else if (groups.get(fact)![0]!.fact === fact) ranges.push(range)
    last = Math.max(last, fact.minutes)
  }
  const size = Math.floor(last) + 2
  const covered = new Int32Array(size)
  for (const [from, to] of ranges) {
    covered[Math.ceil(from)]! += 1
    covered[Math.floor(to) + 1]! -= 1
  }
  for (let m = 1; m < size; m++) covered[m]! += covered[m - 1]!
  const singlesUpTo = new Int32Array(size + 1)
  for (const m of single) if (Number.isInteger(m)) singlesUpTo[m + 1]! += 1
  for (let m = 1; m <= size; m++) singlesUpTo[m]! += singlesUpTo[m - 1]!
  return { covered, singlesUpTo }
}

/** Whether `fact`, a clock time of its report, lies inside a clock range of the other, or ends a range holding one of the other's times. */
export function clockWithinOther(fact: Fact, own: DocumentFacts, ownDoc: PreparedDocument, other: DocumentFacts, otherDoc: PreparedDocument): boolean {
  if (!clockOnly(fact)) return false
  const theirs = once(other, clockReadingOf, otherDoc)
  const range = rangeOf(once(own, rangeGroups, ownDoc), fact)
  const size = theirs.covered.length
  if (range === undefined) return Number.isInteger(fact.minutes) && fact.minutes >= 0 && fact.minutes < size && theirs.covered[fact.minutes]! > 0
  const from = Math.max(0, Math.ceil(range[0]))
  const to = Math.min(size - 1, Math.floor(range[1]))
  return from <= to && theirs.singlesUpTo[to + 1]! - theirs.singlesUpTo[from]! > 0
}
