/**
 * The outcome a counted figure is told with, read for one incident's toll (toll-pairs.ts): its own
 * clause's, past a short aside after the count, or a toll's noun a link word leads from; and the
 * readings of an arrest word that are no arrest (a crowd that held a rally, hostages, the kidnapped,
 * people held up at a shut gate).
 */
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import type { NumberFact } from '../../extract/fact'
import { outcomeAt, outcomePhraseAt, type Outcome } from '../../extract/numbers/outcome-words'
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
function heldActively(c: Clause): boolean {
  for (let k = 0; k < Math.min(VERB_REACH, c.after.length); k++) if (c.after[k] === 'held') return k === 0 || !PASSIVE.has(c.after[k - 1]!)
  return false
}

/**
 * Captors' victims, not the arrested: "held hostage", "taken captive", "bị bắt cóc" (kidnapped),
 * "bị bắt làm con tin" (taken hostage); their count is no arrest toll, whoever the police took later.
 */
const CAPTIVE = keys('hostage hostages captive captives captivity kidnapped abducted kidnappers abductors ransom cóc')
/** "con tin" (hostage) is two words; "tin" alone is news or belief. */
const hostageVi = (words: readonly string[]): boolean => words.some((w, k) => w === CON && words[k + 1] === TIN)
const [CON, TIN, BAT, GIU] = ['con', 'tin', 'bắt', 'giữ'].map(foldWord) as [string, string, string, string]
/** After "bị bắt": "bị bắt cóc" (kidnapped), "bị bắt làm con tin" (taken hostage), "bị bắt buộc" (forced): the phrase is no arrest then. */
const NOT_ARREST_AFTER_BAT = keys('cóc làm buộc')
/** "bị giữ lại": held back, stuck at a gate, no custody. */
const HELD_BACK = keys('lại')
/**
 * What makes "held" custody: the police or a charge near it ("held by police", "held on suspicion",
 * "held for questioning"). Without one, "400 people were held for hours at the crossing" were held
 * up, not arrested.
 */
const CUSTODY = keys('police policeman policemen officers agents authorities custody suspicion questioning charges charged jail jailed prison detention cell cells arrest arrests arrested detained warrant')
/** How many words past "held" its "for hours" may stand ("were held at the San Ysidro crossing for hours"). */
const HELD_REACH = 8
/** "held up", "held back", "held for hours": kept waiting, no custody. */
const HELD_UP = keys('up back hours minutes')
/** A custody word the source of a sentence is ("Police said 400 people were held …"): it says, it holds no one. */
const SAYS = keys('said say says told')

/** Whether a custody word stands in `words` other than as the source of a saying. */
const custodyWord = (words: readonly string[]): boolean => words.some((w, k) => CUSTODY.has(w) && !SAYS.has(words[k + 1] ?? ''))

/** Whether one of the arrest phrases in `words` reads as custody, each checked against the words that follow it. */
function custodyIn(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const p = outcomePhraseAt(words, k)
    if (p?.outcome !== 'arrested') continue
    const next = words[k + p.length] ?? ''
    if (words[k] === 'held') {
      if (!words.slice(k + 1, k + 1 + HELD_REACH).some((w) => HELD_UP.has(w)) && custodyWord(words)) return true
      continue
    }
    if (p.length === 2 && words[k + 1] === BAT && NOT_ARREST_AFTER_BAT.has(next)) continue
    if (p.length === 2 && words[k + 1] === GIU && HELD_BACK.has(next)) continue
    return true
  }
  return false
}

/**
 * Whether a figure read as arrested counts the arrested: a crowd that held a rally, hostages, the
 * kidnapped and people held up at a shut gate do not (review rtolls55). Read over the figure's clause
 * and the words past its aside; "held" is custody only beside the police or a charge, never
 * when kept waiting ("held for hours").
 */
export function inCustody(c: Clause, f: NumberFact): boolean {
  if (heldActively(c)) return false
  const words = [...c.before, ...c.after, ...(f.clause ?? []).slice(0, PAST_ASIDE + 2)]
  if (words.some((w) => CAPTIVE.has(w)) || hostageVi(words)) return false
  return custodyIn(words)
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
