/**
 * A report's main figure of a slot (an outcome's toll, a thing in one state), shared by
 * toll-pairs.ts and thing-pairs.ts: both read each report once, keep per slot the largest figure
 * that may stand for the report, and pair only the leftover facts that carry it.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import type { DocumentFacts, Located } from '../../extract/collect'

/** What one report says per slot: its main figure and every value the slot takes anywhere. */
export interface MainFigures<K> {
  readonly main: ReadonlyMap<K, number>
  readonly values: ReadonlyMap<K, ReadonlySet<number>>
  /** The slot of each figure read. */
  readonly slots: ReadonlyMap<Fact, K>
}

/** One report's figures read once however many pairs it is in (a story compares it with every other). */
export function cachedPerReport<S extends { readonly facts: DocumentFacts }, T>(read: (side: S) => T): (side: S) => T {
  const seen = new WeakMap<DocumentFacts, T>()
  return (side) => {
    let out = seen.get(side.facts)
    if (out === undefined) seen.set(side.facts, (out = read(side)))
    return out
  }
}

/** The slot of a leftover figure when it is its report's main figure of that slot. */
export function mainSlotOf<K>(l: Located<Fact>, figures: MainFigures<K>): K | undefined {
  const slot = figures.slots.get(l.fact)
  return slot !== undefined && figures.main.get(slot) === (l.fact as NumberFact).value ? slot : undefined
}

/** A report repeating its figure in every paragraph gives many facts of one value: this many per slot are read. */
const MAIN_FACTS_READ = 16

/** The leftover facts that carry their report's main figure of a slot, at most MAIN_FACTS_READ per slot, in order. */
export function mainFactsOf<K>(left: readonly Located<Fact>[], figures: MainFigures<K>): Located<Fact>[] {
  const perSlot = new Map<K, number>()
  const out: Located<Fact>[] = []
  for (const l of left) {
    const slot = mainSlotOf(l, figures)
    if (slot === undefined) continue
    const n = perSlot.get(slot) ?? 0
    if (n >= MAIN_FACTS_READ) continue
    perSlot.set(slot, n + 1)
    out.push(l)
  }
  return out
}
