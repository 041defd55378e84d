/**
 * The English verb a weekday dates (weekday-events.ts): the nearest past tense back in its clause
 * ("the shares closed on Monday", "sank Saturday"), or the first after a weekday opening the
 * sentence ("On Monday, one soldier was killed"). Moved out of weekday-events.ts unchanged.
 */
import type { Token } from '../../../document/fact-tokens'
import { keys } from '../../extract/fact-tokens'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'

/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = keys(
  'met took held made began rose fell won lost paid sold bought left came went gave got found hit cut set put shot struck spoke wrote saw ran broke brought led sent spent quit flew drove fought caught threw sank stood sat became ' +
    'began kept lit tore wore swore bore drew grew knew overtook undertook withdrew',
)
/** Words ending in -ed that are no verbs. */
const NOT_VERBS = keys('hundred united indeed need speed seed feed breed based related so-called unnamed unidentified limited wanted alleged')
/** Verbs of saying (normalize/saying-verbs.ts) and these other verbs of stating: their day is the statement's, not the event's. */
export const SAYING: ReadonlySet<string> = new Set([
  ...SAYING_WORDS,
  ...keys('noted declared acknowledged insisted warned disclosed revealed commented explained claimed predicted estimated forecast according'),
])
/**
 * Words that begin another clause or a reference: a verb before them is not the weekday's
 * ("compared with 1.92 billion on Tuesday" dates the base, "up from $2 Monday" the earlier level).
 */
const CLAUSE_OPENERS = keys('and but while when whereas because although though where who whom whose if unless as compared than versus from')
/** Words between a relation and its weekday: "on late Monday", "by early Tuesday". */
export const DAY_MODIFIERS = keys('early late last next this')
/** Beyond this many word tokens back, a verb is not the weekday's. */
const VERB_REACH = 8
function isVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || NOT_VERBS.has(t.key)) return false
  return IRREGULAR_PAST.has(t.key) || SAYING.has(t.key) || (t.key.length >= 5 && t.key.endsWith('ed'))
}

/**
 * Verbs of one event, each group one happening told in other words: the DUC miss *went down
 * Saturday* / *sank on Sunday*. Only the event itself, no step before or after it (*took off* /
 * *crashed*, *was rescued*), and only verbs whose plain sense is that event: not *sombré* (a market
 * sinks so too), *volcó* (a bus overturns), *hundió* (prices sink), *jatuh* (to fall, of anything).
 * No verb sits in two groups, or two events would be tied through it (review rdays47: *crashed* ≡
 * *went down* ≡ *sank*). *went down* is a sinking only with a vessel as its subject (vesselWentDown).
 * Outside English the word beside the weekday is the verb (weekday-doubts.ts): *chìm* / *đắm*,
 * *coulé* / *chaviré*, *tenggelam* / *karam*.
 */
const ONE_EVENT: ReadonlyArray<ReadonlySet<string>> = [
  keys('sank capsized foundered went_down chìm đắm coulé chaviré tenggelam karam afundou naufragou'),
  keys('crashed écrasé estrelló'),
]
/** Whether two verbs a weekday dates tell one event: one verb, or two of one group above. */
export function oneEventVerb(a: string, b: string): boolean {
  return a === b || ONE_EVENT.some((group) => group.has(a) && group.has(b))
}

/** Vessels, whose *went down* is their sinking (a website's, a price's or a person's is not). */
const VESSELS = keys('ferry ferries ship ships boat boats vessel vessels tanker tankers freighter freighters trawler trawlers barge barges yacht yachts submarine submarines liner liners steamer schooner dinghy canoe')
/** Words after *went down* that make it a movement or a fall, not a sinking: *to the harbour*, *by 5%*, *the stairs*. */
const NOT_SINKING_AFTER = keys('to into toward towards the a by stairs street road hill')

/**
 * *went down* at token `k` (the *went*) told of a vessel: the word before it a vessel, the words
 * after it no destination or measure (*The ferry went down on Saturday*; not *Shares … went down*,
 * *Relatives went down to the harbour*, *The ferry went down to the port*).
 */
function vesselWentDown(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key !== 'went' || tokens[k + 1]?.key !== 'down') return false
  const after = tokens[k + 2]
  if (after?.kind === 'word' && NOT_SINKING_AFTER.has(after.key)) return false
  const subject = tokens[k - 1]
  return subject?.kind === 'word' && VESSELS.has(subject.key)
}

/** A verb with the particle that makes it another event: a vessel's *went down* is no *went*. */
const withParticle = (tokens: readonly Token[], k: number): string => (vesselWentDown(tokens, k) ? 'went_down' : tokens[k]!.key)

/** The action a weekday at `i` dates: the nearest verb back in its clause, or the first after a weekday opening the sentence. */
export function verbOf(tokens: readonly Token[], i: number): string | undefined {
  let words = 0
  for (let k = i - 1; k >= 0 && words < VERB_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'punct') {
      if (t.raw === ',' || t.raw === '$' || t.raw === '.' || t.raw === '-') continue
      break
    }
    if (CLAUSE_OPENERS.has(t.key)) break
    if (isVerb(t)) return withParticle(tokens, k)
    words++
  }
  // "On Monday, one American soldier was killed …": the weekday opens the sentence and dates its clause.
  const opening = tokens.slice(0, i).every((t) => t.kind === 'word' && (t.key === 'on' || t.key === 'also' || DAY_MODIFIERS.has(t.key)))
  if (!opening || tokens[i + 1]?.raw !== ',') return undefined
  for (let k = i + 2; k < tokens.length && k <= i + 2 + 2 * VERB_REACH; k++) if (isVerb(tokens[k])) return tokens[k]!.key
  return undefined
}

