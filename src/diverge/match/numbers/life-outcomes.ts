/**
 * People counted by different outcomes of one event or one family: the dead, the injured, the
 * missing and the living. "6 người đã mất" / "4 người còn sống" (of one woman's 11 children),
 * "killed 6 people" / "4 survived", "2.000 người chết" / "2.500 người bị thương" are parts of
 * one whole, two slots however alike their sentences; "16 người tử vong" / "tử vong 49 người"
 * are one slot. The outcome words are the lexicon's (extract/numbers/outcome-words.ts).
 *
 * The outcome is read from the figure's own clause: the first outcome word in the few words
 * right after the figure (its counted noun is part of the figure), up to another figure or an
 * "and" leading to one, else in the few words right before it ("tử vong 49 người", "killing 6"). A clause that names no outcome, or two sides
 * of which one names none, tell nothing here.
 */
import { foldWord } from '../../../normalize/fold'
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'
import type { Clause } from '../clauses/clauses'
import type { Fact } from '../../extract/fact'

/** Words after the figure read for its outcome ("6 người đã mất", "six of them were later killed"). */
const AFTER = 4
/** Words before it ("tử vong 49 người", "killing at least 6"). */
const BEFORE = 3

const phrase = (p: string): readonly string[] => p.split(' ').map((w) => foldWord(w))

/** Where the words after a figure turn to another figure: a number, or "and" before one ("killed 6 and 4 survived"). */
// the continental "and" too ("a morte de 80 pessoas e deixou 165 feridas"); Spanish "y" is left out, being Vietnamese "y" (y tế)
const TURN: ReadonlySet<string> = new Set(phrase('và and but nhưng while e et und ed'))
const DIGIT = /\d/

/** The outcome a figure's clause counts it by, if it names one close by. */
export function outcomeOf(c: Clause): Outcome | undefined {
  for (let k = 0; k < Math.min(AFTER, c.after.length); k++) {
    if (TURN.has(c.after[k]!) || DIGIT.test(c.after[k]!)) break
    const o = outcomeAt(c.after, k)
    if (o) return o
  }
  for (let k = c.before.length - 1; k >= Math.max(0, c.before.length - BEFORE); k--) {
    const o = outcomeAt(c.before, k)
    if (o) return o
  }
  return undefined
}

/** "2 injured": the outcome written as the counted noun, read before the clause's ("killed and 2 wounded"). */
const unitOutcome = (f: Fact | undefined): Outcome | undefined => (f?.type === 'number' && f.unit !== '' && !f.unit.includes(' ') ? outcomeAt([f.unit], 0) : undefined)

/** Why two figures count people by different outcomes (the dead / the living), if they do. */
export function differentOutcomes(cx: Clause, cy: Clause, fx?: Fact, fy?: Fact): string | undefined {
  const x = unitOutcome(fx) ?? outcomeOf(cx)
  const y = unitOutcome(fy) ?? outcomeOf(cy)
  return x !== undefined && y !== undefined && x !== y ? `counts of different outcomes (${x} / ${y})` : undefined
}
