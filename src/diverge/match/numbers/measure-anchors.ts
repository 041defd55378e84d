/**
 * What singles out one of a report's several measures of one slot (measure-pairs.ts): an article
 * telling two climbers' falls ("36-year-old Duncan Rait … falling about 60 metres", "32-year-old
 * Robert Buckley fell about 600 metres") has no one fall, but the other report's "36-year-old
 * Australian climber … falling about 150 metres" names the first climber's age. An anchor is an age
 * in the figure's sentence; a figure is singled out by an anchor the other report's figure shares
 * that no figure of another value of the slot on its side has. Names are no anchors: a shared place
 * word ("Mount Cook" / "Mount Sefton") singled out the other climber's fall.
 */
import type { Fact, NumberFact } from '../../extract/fact'

/** The ages of a figure's sentence. */
export function anchorsOf(sentenceFacts: readonly Fact[]): ReadonlySet<string> {
  const anchors = new Set<string>()
  for (const f of sentenceFacts) if (f.type === 'number' && f.kind === 'age') anchors.add(`age ${f.value}`)
  return anchors
}


/** One figure of a slot as its report told it: its value in the slot's base unit and its sentence's anchors. */
export interface Told {
  readonly fact: NumberFact
  readonly base: number
  readonly anchors: ReadonlySet<string>
}

/**
 * Whether `mine` is singled out among `all` (its side's figures of the slot) by an anchor of
 * `theirs`: every figure of the slot with that anchor has mine's value (`same`).
 */
export function singledOut(mine: Told, all: readonly Told[], theirs: ReadonlySet<string>, same: (x: Told, y: Told) => boolean): boolean {
  for (const anchor of mine.anchors) {
    if (!theirs.has(anchor)) continue
    if (all.every((t) => !t.anchors.has(anchor) || same(t, mine))) return true
  }
  return false
}
