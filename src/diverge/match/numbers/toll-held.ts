/**
 * A headline's earlier count of a toll, paired by the slots with the other report's toll, must not hold
 * that toll back from the report's own main toll (toll-pairs.ts; issue 11, CSTNews *ao menos 32 mortos*
 * in a headline, *Ao menos 33 pessoas morreram* in the lead, *morte de 30 pessoas* in the other report).
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import type { Outcome } from '../../extract/numbers/outcome-words'
import type { FactPair } from '../pairing/fact-pair'
import { mainSlotOf, type MainFigures } from './main-figures'

/**
 * How far below its report's main toll a figure may stand and still be an earlier count of that toll
 * (a headline's *32* beside the lead's *33*): far below, it is another source's toll or a part ("13
 * morts selon les autorités chinoises et 100 morts … selon le gouvernement tibétain en exil", RPM2),
 * and its pairing with the other report's toll is that slot's.
 */
const EARLIER_COUNT = 0.8
const earlierCount = (l: Located<Fact>, main: number | undefined): boolean => {
  const v = (l.fact as NumberFact).value
  // a figure above the main toll is no count of it: a superseded tally or another source's (superseded-tallies.ts)
  return main !== undefined && v < main && v >= EARLIER_COUNT * main
}

/**
 * The main tolls that a weak slot pairing holds against a figure of the same outcome that is not its
 * own report's main toll: *ao menos 32 mortos* in a headline / *morte de 30 pessoas*, where the first
 * report's lead tells 33. The slots paired what words they share; the figure each report gives as the
 * toll is the other, so the held one stays free for the two main tolls to pair, and every guard of
 * tollPair still applies (a part, a running total, another day or place keep them apart).
 */
export function heldByALesserFigure(weak: readonly FactPair[], tollsA: MainFigures<Outcome>, tollsB: MainFigures<Outcome>): Set<Fact> {
  const out = new Set<Fact>()
  for (const p of weak) {
    const outcome = tollsA.slots.get(p.a.fact)
    if (outcome === undefined || tollsB.slots.get(p.b.fact) !== outcome) continue
    const [mainA, mainB] = [mainSlotOf(p.a, tollsA) !== undefined, mainSlotOf(p.b, tollsB) !== undefined]
    if (mainA && !mainB && earlierCount(p.b, tollsB.main.get(outcome))) out.add(p.a.fact)
    if (mainB && !mainA && earlierCount(p.a, tollsA.main.get(outcome))) out.add(p.b.fact)
  }
  return out
}
