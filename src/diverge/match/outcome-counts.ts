/**
 * Two counts of one outcome (the dead, the arrested: life-outcomes.ts) that are still not one
 * event's toll, read before any rule pairs tolls across sentences (issue 11; review rtoll32):
 *
 * - a toll told of a past year on one side only: "Last year a similar storm killed 9 people" /
 *   "Storm Noru killed 4 people", "In 2004 a quake there killed 14", "Lũ năm ngoái làm 120 người
 *   chết", the year anywhere in the sentence, before or after the figure;
 * - one member of a list of tolls against a single toll: "killed 12 people in Aceh and 3 in North
 *   Sumatra" / "killed 15 people", "detained 40 people on Saturday and 25 on Sunday" / "arrested
 *   65": the whole is the sum, never the first member;
 * - one day's count against a running total: "120 people died on Thursday" / "the death toll rose
 *   to 4,512", "trong ngày hôm qua" / "đã lên tới".
 *
 * Each asks for a mark on one side and none (or another) on the other, so two tolls of last year,
 * or two running totals, stay comparable.
 */
import type { Fact, NumberFact } from '../extract/fact'
import { keys } from '../extract/fact-tokens'
import { foldWord } from '../../normalize/fold'
import { outcomeAt } from '../extract/outcome-words'
import type { Clause } from './clauses'
import { outcomeOf } from './life-outcomes'

const YEAR_WORDS = keys('year years năm')
const LAST = keys('last ngoái trước')

/**
 * The years a sentence's dates name without a day ("In 2004", "the 2018 quake", "năm 2018", "May
 * 2012"): a full date ("tính đến ngày 30/9/2024") dates the report's own count.
 */
function yearsOf(facts: readonly Fact[]): string {
  const years = new Set<number>()
  for (const f of facts) if (f.type === 'date' && f.year !== undefined && f.day === undefined) years.add(f.year)
  return [...years].sort().join(',')
}

/** The sentence tells of a past year in words: "last year", "năm ngoái", "năm trước", "years ago" ("từng" is also "each": not read). */
function pastInWords(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (w === 'last' && YEAR_WORDS.has(words[k + 1] ?? '')) return true
    if (YEAR_WORDS.has(w) && (LAST.has(words[k + 1] ?? '') || words[k + 1] === 'ago')) return true
  }
  return false
}

const LIST_JOINS = keys('and và')

/**
 * Another figure of the same outcome joined to this one in its sentence: "12 people in Aceh and 3
 * in North Sumatra", "40 người hôm thứ Bảy và 25 người hôm Chủ nhật". Not one that names another
 * outcome ("killing 12 and injuring 30").
 */
function inAList(fact: NumberFact, outcome: string, facts: readonly Fact[]): boolean {
  // only the figures right beside it (facts run in text order), so a sentence of many figures reads each once
  let lo = 0
  let hi = facts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (facts[mid]!.start < fact.start) lo = mid + 1
    else hi = mid
  }
  for (const other of [facts[lo - 1], facts[lo + 1]]) {
    if (other === undefined || other === fact || other.type !== 'number' || (other.kind !== 'count' && other.kind !== 'plain') || other.value === 0) continue
    const gap = other.start > fact.start ? other.before : fact.before
    if (!gap.some((w) => LIST_JOINS.has(w))) continue
    const near = [...other.before, ...other.after]
    const named = near.map((_, k) => outcomeAt(near, k)).filter((o) => o !== undefined)
    if (named.every((o) => o === outcome)) return true
  }
  return false
}

const DAY_WORDS = keys('monday tuesday wednesday thursday friday saturday sunday yesterday today daily')
/** Vietnamese days in two words: "hôm qua", "hôm nay", "trong ngày". */
const DAY_PAIRS = [keys('hôm'), keys('trong')] as const
const DAY_SECONDS = [keys('qua nay'), keys('ngày')] as const
const RUNNING = keys('toll total cumulative')
/** "so far", "lên tới", "đến nay", "tính đến", "tổng cộng": the second word after the first. */
const RUNNING_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['so', 'far'],
      ['lên', 'tới đến'],
      ['đến', 'nay'],
      ['tính', 'đến'],
      ['tổng', 'cộng số'],
    ] as const
  ).map(([w, then]) => [foldWord(w), keys(then)]),
)

const near = (c: Clause): string[] => [...c.before.slice(-6), ...c.after.slice(0, 5)]
/** A day's count: a day named in the figure's own clause ("died on Thursday", "trong ngày hôm qua"). */
function dayCount(c: Clause): boolean {
  const words = near(c)
  return words.some((w, k) => DAY_WORDS.has(w) || DAY_PAIRS.some((first, i) => first.has(w) && DAY_SECONDS[i]!.has(words[k + 1] ?? '')))
}
/** A running total: "the death toll rose to", "so far", "đã lên tới", "tổng cộng". */
function runningTotal(c: Clause): boolean {
  const words = near(c)
  return words.some((w, k) => RUNNING.has(w) || (RUNNING_PAIRS.get(w)?.has(words[k + 1] ?? '') ?? false))
}

// Read once per sentence (its clauses share one `words` array) and once per figure: a pair's
// verdict is asked of every rival, and a sentence's length must not multiply the pairs.
const timesSeen = new WeakMap<readonly string[], string>()
function timeOf(c: Clause, facts: () => readonly Fact[]): string {
  let time = timesSeen.get(c.words)
  if (time === undefined) timesSeen.set(c.words, (time = `${yearsOf(facts())}|${pastInWords(c.words)}`))
  return time
}
const listsSeen = new WeakMap<Fact, boolean>()
function listed(fact: NumberFact, outcome: string, facts: () => readonly Fact[]): boolean {
  let list = listsSeen.get(fact)
  if (list === undefined) listsSeen.set(fact, (list = inAList(fact, outcome, facts())))
  return list
}

/** Why two counts of one outcome are not one event's toll, if they are not: x of A, y of B, with their sentences' facts. */
export function tollsApart(x: Fact, y: Fact, cx: Clause, cy: Clause, factsOfSide: (side: 0 | 1) => readonly Fact[]): string | undefined {
  if (x.type !== 'number' || y.type !== 'number') return undefined
  const outcome = outcomeOf(cx)
  if (outcome === undefined || outcome !== outcomeOf(cy)) return undefined
  if (timeOf(cx, () => factsOfSide(0)) !== timeOf(cy, () => factsOfSide(1))) return 'a toll of another year against this one'
  // a list read "respectively" binds each figure to its member (respective-lists.ts): no sum there
  if (cx.respective === undefined && cy.respective === undefined && listed(x, outcome, () => factsOfSide(0)) !== listed(y, outcome, () => factsOfSide(1))) return 'one toll of a list against a single toll'
  if ((dayCount(cx) && runningTotal(cy) && !runningTotal(cx)) || (dayCount(cy) && runningTotal(cx) && !runningTotal(cy))) return "one day's toll against a running total"
  return undefined
}
