/**
 * The moments two figures belong to: consecutive days or years, clock times alone, the ends of
 * a clock range, and the weekdays, dates, years and clock times each sentence is dated by.
 * Figures of two moments are as likely two slots as one misreported, so pair-facts.ts weakens
 * such a pairing with these.
 *
 * Apart from pair-facts.ts, which weighs the evidence for a slot: this only says when.
 */
import type { PreparedDocument } from '../../../document'
import { factTokens } from '../../../document/words'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { GLUED_RANGE_END } from '../../extract/dates/clock-times'
import { compatibleReason } from '../../reasons/compatible'
import { sameFact } from '../slots/slots'
import { vietnameseWeekdayAt } from './weekday-events'
import { EN_WEEKDAYS } from '../../extract/dates/day-words'

/** Consecutive days or years (22/10 and 23/10, 2013 and 2014): as often two periods as one misreported. */
export function adjacentPeriods(a: Fact, b: Fact): boolean {
  if (a.type === 'date' && b.type === 'date') {
    if (a.day !== undefined && b.day !== undefined) return a.month === b.month && Math.abs(a.day - b.day) === 1
    return a.year !== undefined && b.year !== undefined && a.month === undefined && b.month === undefined && Math.abs(a.year - b.year) === 1
  }
  const year = (f: Fact): number | undefined => (f.type === 'number' && f.kind === 'year' ? f.value : f.type === 'date' && f.month === undefined ? f.year : undefined)
  const ya = year(a)
  const yb = year(b)
  return ya !== undefined && yb !== undefined && Math.abs(ya - yb) === 1
}

/** A clock time and nothing else ("5 p.m.", "1018 GMT"): a moment of the day. */
export function clockOnly(f: Fact): f is Fact & { type: 'date'; minutes: number } {
  return f.type === 'date' && f.minutes !== undefined && f.day === undefined && f.month === undefined && f.year === undefined
}

const RANGE_FROM = new Set(['from', 'từ'])
const RANGE_TO = new Set(['to', 'until', 'till', 'đến', 'tới'])

/**
 * Which end of a clock range ("from 8 a.m. to 5 p.m.", "từ 6h đến 14h") a clock time is, if it is
 * one. The end of a glued range ("9am-5pm", "6h00-12h00") carries GLUED_RANGE_END (clock-times.ts).
 */
function rangeEnd(f: Fact): 'start' | 'end' | undefined {
  const before = f.type === 'date' ? (f.before ?? []) : []
  const last = before[before.length - 1]
  if (last === GLUED_RANGE_END) return 'end'
  if (last !== undefined && RANGE_FROM.has(last)) return 'start'
  return last !== undefined && RANGE_TO.has(last) && before.some((w) => RANGE_FROM.has(w)) ? 'end' : undefined
}

/**
 * The same end of two clock ranges ("open from 8 a.m. to 5 p.m." / "from 7 a.m. to 7 p.m."):
 * the hours of one schedule, opening against opening and closing against closing, not two
 * moments of an update.
 */
export function sameRangeEnd(x: Fact, y: Fact): boolean {
  const end = rangeEnd(x)
  return end !== undefined && end === rangeEnd(y)
}

/** Words that close a span of days: "từ ngày 19 đến 21/3", "from March 19 to 21", "from 19 to 21 March". */
const DAY_SPAN_END = new Set(['to', 'through', 'until', 'till', 'đến', 'tới'])

/**
 * Two days that each close a span ("đến 21/3" / "đến 22/3"): with the span's first day stated alike
 * on both sides, one span told two ways, where two outlets a day apart would shift both ends.
 */
export function daySpanEnds(x: Fact, y: Fact): boolean {
  const closes = (f: Fact): boolean => {
    if (f.type !== 'date' || f.day === undefined || !f.before) return false
    // "đến ngày 22/3": the day word repeated before the last day
    const last = f.before[f.before.length - 1] === 'ngày' ? f.before.length - 2 : f.before.length - 1
    return DAY_SPAN_END.has(f.before[last] ?? '')
  }
  return closes(x) && closes(y)
}

const WEEKDAYS = new Set(EN_WEEKDAYS)

/** Two moments that may be one: the same weekday, or dates / years / clock times that agree on what both state. */
export function sameMoment(x: string | Fact, y: string | Fact): boolean {
  if (typeof x === 'string' || typeof y === 'string') return x === y
  return sameFact(x, y) || compatibleReason(x, y) !== undefined
}

/**
 * When a sentence is dated: its weekdays ("As of Wednesday"), dates, years and clock times,
 * the figure's own slot aside. Two figures dated differently ("65 cases as of Wednesday" /
 * "66 as of Monday", "654 pence by 1018 GMT" / "652 pence by 0835 GMT", the 2013 revenue /
 * the 2014 budget) are as likely two moments as one misreported.
 */
export class SentenceMoments {
  private readonly cache = new Map<number, Array<string | Fact>>()
  constructor(
    private readonly doc: PreparedDocument,
    private readonly facts: DocumentFacts | undefined,
  ) {}
  get(i: number, except: Fact): Array<string | Fact> {
    let moments = this.cache.get(i)
    if (!moments) {
      moments = []
      for (const { fact } of this.facts?.factsBySentence.get(i) ?? []) {
        if (fact.type === 'date' || fact.kind === 'year') moments.push(fact)
      }
      const tokens = factTokens(this.doc, i)
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!
        if (t.kind !== 'word') continue
        if (WEEKDAYS.has(t.key)) moments.push(t.key)
        else {
          // Vietnamese weekdays ("sáng thứ Hai" / "hôm Chủ nhật"), as weekday-events.ts reads them.
          const day = vietnameseWeekdayAt(tokens, k)
          if (day !== undefined) moments.push(EN_WEEKDAYS[day]!)
        }
      }
      this.cache.set(i, moments)
    }
    return moments.filter((m) => m !== except)
  }
}
