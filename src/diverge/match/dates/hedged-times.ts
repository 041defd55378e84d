/**
 * A clock time one report gives exactly and the other only about (3:22 p.m. / about 3 p.m.,
 * 15h20 / khoảng 15h): one instant told at two precisions, not two missing facts (issue 11 item 5;
 * MSRP train 52393/52606, round missing19-1). Only a time of day with no calendar day, within
 * half an hour, and only when exactly one side hedges: two exact times, or two hedged ones, that
 * differ are for the pairing to judge. The hedged side reaches as far as clock-hedges.ts says: half
 * an hour about an hour, a quarter hour about any other time (about 17:30 is not 17:00).
 */
import { once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'
import type { DateFact, Fact } from '../../extract/fact'
import { ABOUT } from '../../reasons/hedges'
import { hedgeReach } from './clock-hedges'

const timeOfDay = (fact: Fact): fact is DateFact & { minutes: number } =>
  fact.type === 'date' && fact.minutes !== undefined && fact.day === undefined && fact.month === undefined && fact.year === undefined
// Hedged by the words that make a number approximate (compatible.ts): about 3 p.m., khoảng 15h, chừng 3 giờ, tầm 9h.
const hedged = (fact: DateFact): boolean => ABOUT.has(fact.before?.[fact.before.length - 1] ?? '')

/** A report's times of day by hour, hedged apart from exact: [exact, hedged]. */
function timesOf(facts: DocumentFacts): [Map<number, number[]>, Map<number, number[]>] {
  const byHour: [Map<number, number[]>, Map<number, number[]>] = [new Map(), new Map()]
  for (const { fact } of facts.facts) {
    if (!timeOfDay(fact)) continue
    const map = byHour[hedged(fact) ? 1 : 0]
    const hour = Math.floor(fact.minutes / 60)
    const list = map.get(hour)
    if (list) list.push(fact.minutes)
    else map.set(hour, [fact.minutes])
  }
  return byHour
}

/** Does `other` give `fact`, a time of day, at the other precision (hedged against exact) within half an hour? */
export function timeAtOtherPrecision(fact: Fact, other: DocumentFacts): boolean {
  if (!timeOfDay(fact)) return false
  const isHedged = hedged(fact)
  const map = once(other, timesOf)[isHedged ? 0 : 1]
  const hour = Math.floor(fact.minutes / 60)
  // the hedged side's reach (clock-hedges.ts): about 17:30 covers 17:15-17:45, not 17:00
  const reach = (m: number): number => hedgeReach(isHedged ? fact.minutes : m)
  for (let h = hour - 1; h <= hour + 1; h++) for (const m of map.get(h) ?? []) if (Math.abs(m - fact.minutes) <= reach(m)) return true
  return false
}
