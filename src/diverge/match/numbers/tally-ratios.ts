/**
 * A tally against the ratio another report rounds it to. One outlet gives the two counts
 * ("Advancers outnumbered decliners 1,821 to 1,199", "passed 60-40", "với 320 phiếu thuận, 80
 * phiếu chống"), the other the ratio between them ("by a 4-to-3 ratio", "by a margin of 3 to 1",
 * "với tỷ lệ 4/1"). Neither states the other's values, so neither was paired: each was reported
 * missing, and a ratio the counts cannot round to went unflagged.
 *
 * A ratio is read as rounding its counts when no fraction as coarse as it (a denominator up to
 * its own) lies nearer to the counts' ratio, or when it is within 8 % of it: 1,821 to 1,199
 * (1.52) rounds to 3 to 2 and to 2 to 1, not to 4 to 3 (1.33, 3 to 2 lies nearer). Either way the
 * two fill one slot: a rounding equivalence, or a contradiction.
 *
 * A tally is two counts in one sentence: a pair of numbers written high to low ("1,821 to 1,199";
 * a range goes low to high), the larger above 20, or two counts of one counted noun followed by
 * opposite words (phiếu thuận / phiếu chống, mã tăng / mã giảm, votes for / against). A ratio is a
 * pair of small numbers (up to 20, high to low, or a score "4-1") named as one: "ratio", "margin"
 * or "tỷ lệ" beside it, or "by" right before ("by about 3 to 2"). Each report must hold one tally
 * or one ratio only, in sentences the aligner relates.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { keys as words } from '../../../normalize/word-lists'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import type { GroupPair, Pairer } from '../pairing/pairer'
import { rangeGroups, rangeSpan } from '../pairing/range-groups'

/** The two values of a tally or a ratio in text order, where it stands, and the facts it spans. */
interface Pairing {
  readonly first: number
  readonly second: number
  readonly located: Located<Fact>
  readonly ends: readonly Located<Fact>[]
}

/** Words naming a pair of numbers as a ratio: beside it ("4-to-3 ratio", "a margin of 3 to 1", "tỷ lệ 4:1"). */
const RATIO_WORDS = words('ratio margin lệ')
/** Opposite words after two counts of one noun: the two sides of a tally. */
const OPPOSITES: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [
  [words('thuận tán ủng for yes'), words('chống phản không against no')],
  [words('tăng advancing rising gainers'), words('giảm declining falling losers')],
]
/** The largest number a ratio holds (3 to 2, 10 to 1); a tally's larger count is above it. */
const RATIO_MAX = 20
/** A ratio within this share of the counts' ratio rounds them, however fine it is. */
const NEAR = 0.08

const numberOf = (l: Located<Fact>): NumberFact | undefined => (l.fact.type === 'number' ? l.fact : undefined)

function namedRatio(f: NumberFact, last: NumberFact): boolean {
  if (last.unit === 'ratio' || last.unit === 'margin') return true
  if (f.before.slice(-3).some((w) => RATIO_WORDS.has(w)) || last.after.slice(0, 1).some((w) => RATIO_WORDS.has(w))) return true
  return (f.lead ?? []).length > 0 && f.before.slice(-2).includes('by')
}

/** Each two-number group of a report read as a tally or a ratio. */
function pairingsOf(facts: DocumentFacts, doc: PreparedDocument): { tallies: Pairing[]; ratios: Pairing[] } {
  const tallies: Pairing[] = []
  const ratios: Pairing[] = []
  const seen = new Set<Fact>()
  const groups = rangeGroups(facts, doc)
  for (const l of facts.facts) {
    const f = numberOf(l)
    if (!f || seen.has(f)) continue
    const group = groups.get(f)
    if (group && group.length === 2) {
      for (const g of group) seen.add(g.fact)
      const [x, y] = group.map(numberOf)
      if (!x || !y || !(x.value > y.value) || y.value < 1) continue
      const pairing = { first: x.value, second: y.value, located: { ...group[0]!, span: rangeSpan(group, doc) }, ends: group }
      if (x.value <= RATIO_MAX && namedRatio(x, y)) ratios.push(pairing)
      else if (x.value > RATIO_MAX && x.unit !== 'ratio' && x.unit !== 'margin') tallies.push(pairing)
      continue
    }
    // "tỷ lệ 4/1", "a 2-1 margin": a score named as a ratio
    if (f.kind === 'score' && namedRatio(f, f)) {
      const first = Math.floor(f.value / 1000)
      const second = f.value % 1000
      if (first > second && second >= 1 && first <= RATIO_MAX) ratios.push({ first, second, located: l, ends: [l] })
    }
  }
  // "320 phiếu thuận, 80 phiếu chống": two counts of one noun, opposite words after each
  const list = facts.facts
  for (let k = 0; k + 1 < list.length; k++) {
    const x = numberOf(list[k]!)
    const y = numberOf(list[k + 1]!)
    if (!x || !y || list[k]!.sentence !== list[k + 1]!.sentence || x.kind !== 'count' || y.kind !== 'count' || x.unit !== y.unit) continue
    const [wx, wy] = [x.after[0], y.after[0]]
    if (wx === undefined || wy === undefined) continue
    const sides = OPPOSITES.find(([pro, con]) => (pro.has(wx) && con.has(wy)) || (con.has(wx) && pro.has(wy)))
    if (!sides || Math.max(x.value, y.value) <= RATIO_MAX || Math.min(x.value, y.value) < 1) continue
    const group = [list[k]!, list[k + 1]!]
    tallies.push({ first: x.value, second: y.value, located: { ...list[k]!, span: rangeSpan(group, doc) }, ends: group })
  }
  return { tallies, ratios }
}

/** Does the ratio p:q (p > q) round the counts' ratio r (≥ 1)? */
export function ratioRounds(r: number, p: number, q: number): boolean {
  const given = p / q
  if (Math.abs(given / r - 1) <= NEAR) return true
  const miss = Math.abs(given - r)
  for (let b = 1; b <= q; b++) {
    const a = Math.round(r * b)
    if (a >= b && Math.abs(a / b - r) < miss - 1e-9) return false
  }
  return true
}

/** The one tally of a report against the one ratio of the other, in related sentences. */
export const pairTallyRatios: Pairer<GroupPair> = ({ docA, docB, factsA, factsB, leftA, leftB, related }) => {
  // Most pairs of reports hold no two-number group at all: nothing to read.
  const twoNumbers = (left: readonly Located<Fact>[]): boolean => left.some((l) => l.fact.type === 'number' && (l.fact.range || l.fact.kind === 'score' || l.fact.kind === 'count'))
  if (!twoNumbers(leftA) || !twoNumbers(leftB)) return []
  // Read once per report and kept with its facts: a story compares each report with every other.
  const a = once(factsA, pairingsOf, docA)
  const b = once(factsB, pairingsOf, docB)
  const freeA = new Set(leftA)
  const freeB = new Set(leftB)
  const free = (p: Pairing, left: ReadonlySet<Located<Fact>>): boolean => p.ends.every((l) => left.has(l))
  const out: GroupPair[] = []
  const match = (tally: Pairing, ratio: Pairing, tallyOnA: boolean): void => {
    const [x, y] = tallyOnA ? [tally, ratio] : [ratio, tally]
    if (!free(x, freeA) || !free(y, freeB) || !related(x.located.sentence, y.located.sentence)) return
    const r = Math.max(tally.first, tally.second) / Math.min(tally.first, tally.second)
    const rounds = ratioRounds(r, ratio.first, ratio.second)
    const evidence = ['linked sentences', `a tally against a ratio (${(r).toFixed(2)} against ${ratio.first}:${ratio.second})`]
    const ends = [...x.ends, ...y.ends]
    out.push(rounds ? { a: x.located, b: y.located, confidence: 0.6, evidence, reason: 'rounding', ends } : { a: x.located, b: y.located, confidence: 0.6, weight: 0.6, evidence, noun: 'ratio', ends })
  }
  if (a.tallies.length === 1 && b.ratios.length === 1 && b.tallies.length === 0 && a.ratios.length === 0) match(a.tallies[0]!, b.ratios[0]!, true)
  if (b.tallies.length === 1 && a.ratios.length === 1 && a.tallies.length === 0 && b.ratios.length === 0) match(b.tallies[0]!, a.ratios[0]!, false)
  return out
}
