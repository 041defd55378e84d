/**
 * The facts that together write one range: *2-3 năm*, *từ 21 đến 27/10*, *Oct. 21 to 27*,
 * *16 to 18 weeks*. Extraction reads each end as a fact of its own, so that the other report's
 * *3 năm* or *ngày 27/10* finds its counterpart; but a reader who is told what one report "never
 * mentions" wants the range, not its pieces: a lone "2" or "21" says nothing. So a range none of
 * whose ends the other report states is missing as a whole, one span from its first end to its
 * last; stated in part, its other ends are missing on their own, except an end written as bare
 * digits, which is no fact read alone.
 */
import type { PreparedDocument } from '../../../document'
import type { Fact } from '../../extract/fact'
import type { DocumentFacts, Located } from '../../extract/collect'
import { joinsRange } from '../../extract/numbers/number-ranges'

/** Whether `lo` and `hi`, adjacent in one sentence and joined by `join`, are the two ends of one range. */
function endsOfOneRange(lo: Fact, hi: Fact, join: string): boolean {
  // the words markRanges reads between a range's ends; "và" (and) lists two values more often than it spans them
  if (!joinsRange(join)) return false
  if (lo.type === 'number' && hi.type === 'number') {
    // markRanges has told a range from a move and the level it reached ("fell 1.2 to 42.5")
    return lo.range !== undefined && hi.range !== undefined && lo.range[0] === hi.range[0] && lo.range[1] === hi.range[1]
  }
  if (lo.type === 'date' && hi.type === 'date') return true
  // "Oct. 21 to 27": the last day borrows the first's month; "21 đến 27/10": the first borrows the last's
  if (lo.type === 'date' && hi.type === 'number') return isLaterDay(hi, lo.day)
  if (lo.type === 'number' && hi.type === 'date') return hi.day !== undefined && isEarlierDay(lo, hi.day)
  return false
}

function isLaterDay(n: Fact & { type: 'number' }, day: number | undefined): boolean {
  return day !== undefined && n.kind === 'plain' && Number.isInteger(n.value) && n.value > day && n.value <= 31
}

function isEarlierDay(n: Fact & { type: 'number' }, day: number): boolean {
  return n.kind === 'plain' && Number.isInteger(n.value) && n.value >= 1 && n.value < day
}

/**
 * Each fact that is one end of a range, mapped to all the ends of its range in text order. Facts
 * outside any range are absent. `facts` are in document order, as collectFacts gives them.
 */
export function rangeGroups(facts: DocumentFacts, doc: PreparedDocument): ReadonlyMap<Fact, readonly Located<Fact>[]> {
  const groups = new Map<Fact, Located<Fact>[]>()
  const list = facts.facts
  for (let k = 0; k + 1 < list.length; k++) {
    const lo = list[k]!
    const hi = list[k + 1]!
    if (lo.sentence !== hi.sentence || hi.span.start < lo.span.end) continue
    // the join is a few characters at most; a long stretch between two values is never one range
    if (hi.span.start - lo.span.end > 12) continue
    const join = doc.original.slice(lo.span.end, hi.span.start).normalize('NFC')
    if (!endsOfOneRange(lo.fact, hi.fact, join)) continue
    const group = groups.get(lo.fact) ?? [lo]
    group.push(hi)
    groups.set(lo.fact, group)
    groups.set(hi.fact, group)
  }
  return groups
}

/** One span over a whole range, from its first end to its last, in the caller's original string. */
export function rangeSpan(group: readonly Located<Fact>[], doc: PreparedDocument): Located<Fact>['span'] {
  const first = group[0]!.span
  const last = group[group.length - 1]!.span
  return { sentence: first.sentence, start: first.start, end: last.end, text: doc.original.slice(first.start, last.end) }
}

/**
 * A date that is one end of a range, with the words beside the whole range: before its first end,
 * after its last ("khởi tranh từ 25/10 đến 3/11 tại Bình Dương"). The range is one phrase, so what
 * stands beside it stands beside each of its days; read end by end, the first day kept only
 * "khởi tranh từ" and the last got "tại Bình Dương", and another report's "diễn ra tại Bình Dương
 * vào ngày 23/10" met the range's end rather than its start. Figures' ranges are matched whole
 * (the `range` reason) and keep their own words.
 */
export function inRangeWords(fact: Fact, groups: ReadonlyMap<Fact, readonly Located<Fact>[]> | undefined): Fact {
  if (fact.type !== 'date') return fact
  const group = groups?.get(fact)
  if (!group) return fact
  const first = group[0]!.fact
  const last = group[group.length - 1]!.fact
  if (first.type !== 'date' || last.type !== 'date' || (first === fact && last === fact)) return fact
  return { ...fact, before: first.before ?? fact.before ?? [], after: last.after ?? fact.after ?? [] }
}
