/**
 * The outcome a counted figure is told with, read for one incident's toll (toll-pairs.ts): its own
 * clause's, past a short aside after the count, or a toll's noun a link word leads from; and the
 * one reading of "held" that is no arrest.
 */
import { keys } from '../../extract/fact-tokens'
import type { NumberFact } from '../../extract/fact'
import { outcomeAt, type Outcome } from '../../extract/numbers/outcome-words'
import type { Clause } from '../clauses/clauses'
import { outcomeOf } from './life-outcomes'

/** "the death toll from the disaster to 11", "số người chết … lên 11": the word that leads to the toll's figure. */
export const TOLL_LINKS = keys('to at reached hit lên tới là')
/** How many words before a figure a toll's noun may stand when a link word leads to it. */
const TOLL_REACH = 7
/** Where the words past an aside turn to another clause: "and", "but", "while", "và", "nhưng". */
const ASIDE_TURNS = keys('and but while và nhưng e et')

/** Before "held" after the count, a passive: "42 people were held"; "5,000 people held a rally" holds an event, no one. */
const PASSIVE = keys('were was been being be are is')
/** How many words after a figure its verb is read. */
const VERB_REACH = 4

/** Whether a count's "held" is its people's own act ("5,000 people held a rally"), no arrest. */
export function heldActively(c: Clause): boolean {
  for (let k = 0; k < Math.min(VERB_REACH, c.after.length); k++) if (c.after[k] === 'held') return k === 0 || !PASSIVE.has(c.after[k - 1]!)
  return false
}

/** How many words past an aside after the count its verb may stand ("42 people, mostly men, were apprehended"). */
const PAST_ASIDE = 4

/**
 * The outcome a figure counts: its clause's ("killing 24 people"), the verb past a short aside
 * between commas right after the count ("42 people, mostly men, were apprehended": the extractor's
 * clause words pass over it, the clause stops at its comma), or a toll's noun a link word leads from
 * ("the death toll … to 11").
 */
export function tollOutcome(c: Clause, f: NumberFact): Outcome | undefined {
  const own = outcomeOf(c)
  if (own !== undefined) return own
  const past = f.clause ?? []
  for (let k = 0; k < Math.min(PAST_ASIDE, past.length); k++) {
    if (ASIDE_TURNS.has(past[k]!)) break
    const o = outcomeAt(past, k)
    if (o !== undefined) return o
  }
  if (!TOLL_LINKS.has(c.before.at(-1) ?? '')) return undefined
  for (let k = c.before.length - 2; k >= Math.max(0, c.before.length - TOLL_REACH); k--) {
    const o = outcomeAt(c.before, k)
    if (o !== undefined) return o
  }
  return undefined
}
