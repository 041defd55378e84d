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
 * *crashed*, *was rescued*), and only verbs no other event of a story shares: *went down* is a ship
 * sinking or a plane crashing, so it sits in both groups, but *sank* and *crashed* stay apart.
 * Outside English the word beside the weekday is the verb (weekday-doubts.ts): *chìm* / *đắm*,
 * *coulé* / *chaviré*, *tenggelam*.
 */
const ONE_EVENT: ReadonlyArray<ReadonlySet<string>> = [
  keys('sank capsized foundered went_down chìm đắm coulé chaviré sombré tenggelam hundió volcó afundou naufragou'),
  keys('crashed went_down écrasé estrelló jatuh'),
]
/** Whether two verbs a weekday dates tell one event: one verb, or two of one group above. */
export function oneEventVerb(a: string, b: string): boolean {
  return a === b || ONE_EVENT.some((group) => group.has(a) && group.has(b))
}

/** A verb with the particle that makes it another event: *went down* is no *went*. */
const withParticle = (tokens: readonly Token[], k: number): string =>
  tokens[k]!.key === 'went' && tokens[k + 1]?.key === 'down' ? 'went_down' : tokens[k]!.key

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

