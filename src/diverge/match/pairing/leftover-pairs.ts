/**
 * Choosing among the judged pairings of two reports' leftover facts: each fact in at most one pair.
 *
 * Apart from pair-facts.ts, which weighs the evidence that two facts fill one slot: this file
 * only decides which pairs to ask it about and which to keep. Candidates come from an index by
 * slot, at most `MAX_PER_SLOT` per slot and side, so the work stays linear in the length of the
 * reports; the count of rivals in a slot (less those the clause rules set apart) tells the judge
 * how much of a guess a pairing is; mutual best matches get a second look (mutual-best.ts); a
 * value the other report also gives elsewhere is doubted; then the strongest pairs win their facts.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from './fact-pair'
import { mutualBest } from './mutual-best'
import { slotOf, yearFlipSlot } from '../slots/slots'
import { peopleOutcomeKey } from '../slots/people-kinds'

/** The evidence that two facts fill one slot (pair-facts.ts), given the rivals of that slot on each side. */
export type Judge<P> = (x: Located<Fact>, y: Located<Fact>, rivalsA: number, rivalsB: number, mutual?: boolean, setApart?: boolean) => P | undefined

/** Beyond this many facts of one slot on one side, a slot says too little to pair by. */
const MAX_PER_SLOT = 24

/** How much a value the other report also gives (in another slot) weakens the claim that it contradicts that report. */
const ECHO_DOUBT = 0.15

function doubted<P extends FactPair>(pair: P): P {
  const weight = (pair.weight ?? pair.confidence) - ECHO_DOUBT
  const confidence = Math.round(Math.max(0, Math.min(1, weight)) * 100) / 100
  return { ...pair, weight, confidence, evidence: [...pair.evidence, 'the other report gives this value elsewhere'] }
}

/**
 * Pair the facts of A that B does not state with those of B that A does not state, by slot;
 * `distinct` says when the clause rules already give two facts different slots.
 */
export function pairLeftovers<P extends FactPair>(
  leftA: readonly Located<Fact>[],
  leftB: readonly Located<Fact>[],
  judge: Judge<P>,
  distinct: (x: Located<Fact>, y: Located<Fact>) => string | undefined,
  echoed?: ReadonlySet<Fact>,
): P[] {
  if (leftA.length === 0 || leftB.length === 0) return []
  const bySlotB = new Map<string, Located<Fact>[]>()
  const countB = new Map<string, number>()
  for (const located of leftB) {
    countB.set(slotOf(located.fact), (countB.get(slotOf(located.fact)) ?? 0) + 1)
    // people and a kind of people of one outcome are indexed together too (people-kinds.ts)
    for (const key of [slotOf(located.fact), yearFlipSlot(located.fact), peopleOutcomeKey(located.fact)]) {
      if (!key) continue
      const list = bySlotB.get(key)
      if (!list) bySlotB.set(key, [located])
      else if (list.length < MAX_PER_SLOT) list.push(located)
    }
  }
  const countA = new Map<string, number>()
  const bySlotA = new Map<string, Located<Fact>[]>()
  for (const located of leftA) {
    const key = slotOf(located.fact)
    countA.set(key, (countA.get(key) ?? 0) + 1)
    const list = bySlotA.get(key)
    if (!list) bySlotA.set(key, [located])
    else if (list.length < MAX_PER_SLOT) list.push(located)
  }
  // A value the clause rules already give another slot ("sold to Safeway for $1.8 billion" beside
  // "bought Dominick's for $693 million") is no rival for the slot: only the others make a pairing a guess.
  const apart = new Map<Located<Fact>, Map<Located<Fact>, boolean>>()
  const isApart = (x: Located<Fact>, y: Located<Fact>): boolean => {
    let row = apart.get(x)
    if (!row) apart.set(x, (row = new Map()))
    let d = row.get(y)
    if (d === undefined) row.set(y, (d = distinct(x, y) !== undefined))
    return d
  }
  // Rivals set apart lift the doubt of a guess among several, not into "the only value of its kind".
  const rivalsOf = (x: Located<Fact>, y: Located<Fact>): [number, number, boolean, boolean] => {
    const keyA = slotOf(x.fact)
    const keyB = slotOf(y.fact)
    let ra = countA.get(keyA) ?? 1
    let rb = countB.get(keyB) ?? 1
    for (const other of bySlotA.get(keyA) ?? []) if (other !== x && isApart(other, y)) ra--
    for (const other of bySlotB.get(keyB) ?? []) if (other !== y && slotOf(other.fact) === keyB && isApart(x, other)) rb--
    const raw = (countA.get(keyA) ?? 1) + (countB.get(keyB) ?? 1)
    return [Math.max(1, ra), Math.max(1, rb), false, Math.max(1, ra) + Math.max(1, rb) < raw]
  }

  const candidates: P[] = []
  for (const x of leftA) {
    const key = slotOf(x.fact)
    if ((countA.get(key) ?? 0) > MAX_PER_SLOT) continue
    const seen = new Set<Located<Fact>>()
    for (const probe of [key, yearFlipSlot(x.fact), peopleOutcomeKey(x.fact)]) {
      if (!probe) continue
      for (const y of bySlotB.get(probe) ?? []) {
        if (seen.has(y)) continue
        seen.add(y)
        const pair = judge(x, y, ...rivalsOf(x, y))
        if (pair) candidates.push(pair)
      }
    }
  }
  // A second look at pairs each of whose values has no close rival for the other (see mutual-best.ts).
  for (const [k, pair] of mutualBest(candidates)) {
    const [ra, rb, , setApart] = rivalsOf(pair.a, pair.b)
    candidates[k] = judge(pair.a, pair.b, ra, rb, true, setApart) ?? pair
  }
  if (echoed) for (const [k, pair] of candidates.entries()) if (!pair.reason && (echoed.has(pair.a.fact) || echoed.has(pair.b.fact))) candidates[k] = doubted(pair)
  candidates.sort((p, q) => (q.weight ?? q.confidence) - (p.weight ?? p.confidence) || p.a.span.start - q.a.span.start || p.b.span.start - q.b.span.start)
  const usedA = new Set<Located<Fact>>()
  const usedB = new Set<Located<Fact>>()
  const out: P[] = []
  for (const pair of candidates) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue
    usedA.add(pair.a)
    usedB.add(pair.b)
    out.push(pair)
  }
  return out
}
