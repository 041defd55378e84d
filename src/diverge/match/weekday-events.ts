/**
 * English weekdays of one event: "the shares closed on Monday at $3.01" / "Loral, which closed at
 * $3.01 Friday"; "was published Tuesday in Circulation" / "were published Monday in Circulation".
 *
 * A weekday is no date fact (it names no calendar day), and most pairs of weekdays in two reports
 * are two events: the day a statement was made against the day of what it tells ("a military
 * statement said Tuesday" / "Also Monday, one soldier died"), two updates of one story, a second
 * batting practice after the first. So a pair of different weekdays is a contradiction only when
 * both are the day of the same action: the nearest verb before each weekday (or, for a sentence
 * opening on its weekday, the first after it) is one word, not a verb of saying; the sentences are
 * related (linked, or sharing much of their rare words); both weekdays stand in the same relation
 * (on / by / until …); and neither sentence marks another occurrence (another, again, second, also)
 * or a place in another direction (northern / southern). The same action with one of those
 * doubts is a candidate, never a contradiction.
 *
 * One case needs no verb: two copies of one sentence that differ in nothing but one weekday
 * ("Then, on Friday, CEOs … will front the committee" / "Then, on Thursday, CEOs …"). Both
 * reports tell the same thing, so the two days are one day told two ways: a contradiction, in
 * English and in the other languages whose weekday names are listed (OTHER_WEEKDAYS).
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import type { Token } from '../../document/fact-tokens'
import { factTokens, sentenceText } from '../../document/words'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../describe'
import { type DocumentFacts, spanOf } from '../extract/collect'
import { statesFacts } from '../extract/stating-lines'
import { keys } from '../extract/fact-tokens'
import { OTHER_WEEKDAYS } from '../extract/day-words'

const WEEKDAYS = keys('monday tuesday wednesday thursday friday saturday sunday')
const ANY_WEEKDAYS: ReadonlySet<string> = new Set([...WEEKDAYS, ...OTHER_WEEKDAYS])
/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = keys(
  'met took held made began rose fell won lost paid sold bought left came went gave got found hit cut set put shot struck spoke wrote saw ran broke brought led sent spent quit flew drove fought caught threw sank stood sat became ' +
    'began kept lit tore wore swore bore drew grew knew overtook undertook withdrew',
)
/** Words ending in -ed that are no verbs. */
const NOT_VERBS = keys('hundred united indeed need speed seed feed breed based related so-called unnamed unidentified limited wanted alleged')
/** Verbs of saying: their day is the statement's, not the event's. */
const SAYING = keys(
  'said says told announced reported confirmed stated added noted declared acknowledged insisted warned disclosed revealed commented explained claimed predicted estimated forecast according',
)
/**
 * Words that begin another clause or a reference: a verb before them is not the weekday's
 * ("compared with 1.92 billion on Tuesday" dates the base, "up from $2 Monday" the earlier level).
 */
const CLAUSE_OPENERS = keys('and but while when whereas because although though where who whom whose if unless as compared than versus from')
/** Words marking another occurrence of an action. */
const OTHER_OCCURRENCE = keys('another other others again second first third previous also separate')
const DIRECTIONS = keys('north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern')
/** Words between a relation and its weekday: "on late Monday", "by early Tuesday". */
const DAY_MODIFIERS = keys('early late last next this')
/** Relations that make a weekday a bound, not the action's day: two bounds compare only as the same word. */
const BOUNDS = keys('by until till through since from before after')

/** Beyond this many word tokens back, a verb is not the weekday's. */
const VERB_REACH = 8
/** Beyond this many weekdays a side, the pass is skipped (a schedule, not a story). */
const MAX_WEEKDAYS = 32

interface WeekdayMention {
  readonly sentence: number
  readonly token: Token
  readonly day: string
  /** The action the weekday dates, folded; undefined when none is found. */
  readonly verb: string | undefined
  /** The word before the weekday that says how it dates the action ('' for "on" or none). */
  readonly relation: string
  /** Folded words of the whole sentence. */
  readonly words: ReadonlySet<string>
  /** The sentence's token keys with this weekday blanked: two mentions with one frame differ in the weekday alone. */
  readonly frame: string
}

function isVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || NOT_VERBS.has(t.key)) return false
  return IRREGULAR_PAST.has(t.key) || SAYING.has(t.key) || (t.key.length >= 5 && t.key.endsWith('ed'))
}

/** The action a weekday at `i` dates: the nearest verb back in its clause, or the first after a weekday opening the sentence. */
function verbOf(tokens: readonly Token[], i: number): string | undefined {
  let words = 0
  for (let k = i - 1; k >= 0 && words < VERB_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'punct') {
      if (t.raw === ',' || t.raw === '$' || t.raw === '.' || t.raw === '-') continue
      break
    }
    if (CLAUSE_OPENERS.has(t.key)) break
    if (isVerb(t)) return t.key
    words++
  }
  // "On Monday, one American soldier was killed …": the weekday opens the sentence and dates its clause.
  const opening = tokens.slice(0, i).every((t) => t.kind === 'word' && (t.key === 'on' || t.key === 'also' || DAY_MODIFIERS.has(t.key)))
  if (!opening || tokens[i + 1]?.raw !== ',') return undefined
  for (let k = i + 2; k < tokens.length && k <= i + 2 + 2 * VERB_REACH; k++) if (isVerb(tokens[k])) return tokens[k]!.key
  return undefined
}

function relationOf(tokens: readonly Token[], i: number): string {
  let k = i - 1
  while (k >= 0 && DAY_MODIFIERS.has(tokens[k]!.key)) k--
  const before = tokens[k]
  return before && before.kind === 'word' && BOUNDS.has(before.key) ? before.key : ''
}

/** Spelt out in the text: most documents name no weekday, and are then never tokenized here. */
const WEEKDAY_TEXT = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|(?:mon|diens|mittwo|donners|frei|sams|sonnabe|sonn)(?:tag|ch|nd)|-feira/iu
/** The weekday a token names: "Tuesday", and "Tuesday’s" as one token or two. */
const dayOf = (t: Token): string => t.key.replace(/['’]s$/u, '')

function mentionsOf(doc: PreparedDocument, facts: DocumentFacts): WeekdayMention[] {
  const out: WeekdayMention[] = []
  if (!WEEKDAY_TEXT.test(doc.nfc.text)) return out
  for (const s of doc.sentences) {
    if (!statesFacts(s) || !WEEKDAY_TEXT.test(sentenceText(doc, s.index))) continue
    const tokens = factTokens(doc, s.index)
    if (!tokens.some((t) => ANY_WEEKDAYS.has(dayOf(t)))) continue
    // "Monday, May 19": a weekday inside a date is read with the date.
    const dates = (facts.factsBySentence.get(s.index) ?? []).filter((l) => l.fact.type === 'date').map((l) => l.fact)
    const words = new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.key))
    tokens.forEach((t, i) => {
      const day = dayOf(t)
      if (!ANY_WEEKDAYS.has(day) || dates.some((d) => d.start <= t.start && t.end <= d.end)) return
      const frame = tokens.map((u, k) => (k === i ? (day === t.key ? '#' : `#${t.key.slice(day.length)}`) : u.key)).join('\u0001')
      // the verb reader knows English only: another language's weekday is compared through its frame alone
      const verb = WEEKDAYS.has(day) ? verbOf(tokens, i) : undefined
      out.push({ sentence: s.index, token: t, day, verb, relation: relationOf(tokens, i), words, frame })
    })
  }
  return out
}

const hasAny = (words: ReadonlySet<string>, list: ReadonlySet<string>): boolean => [...words].some((w) => list.has(w))
const directionsOf = (words: ReadonlySet<string>): string[] => [...words].filter((w) => DIRECTIONS.has(w))

/** Why the two mentions may be two occurrences of their action, if anything says so. */
function doubtOf(x: WeekdayMention, y: WeekdayMention, related: boolean): string | undefined {
  if (!related) return 'the sentences share too little to be one statement'
  if (SAYING.has(x.verb!)) return `"${x.verb}" dates a statement, not the event`
  if (x.relation !== y.relation) return 'the weekdays bound the action differently'
  if (hasAny(x.words, OTHER_OCCURRENCE) || hasAny(y.words, OTHER_OCCURRENCE)) return 'a sentence marks another occurrence'
  const dx = directionsOf(x.words)
  const dy = directionsOf(y.words)
  if (dx.length > 0 && dy.length > 0 && !dx.some((d) => dy.includes(d))) return 'the sentences place the action in different directions'
  return undefined
}

/** Different weekdays given to one action in related sentences: contradictions, or candidates when in doubt. */
export function weekdayConflicts(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  related: (i: number, j: number) => boolean,
  sides: Sides,
): UnplacedDivergence[] {
  // A report's mentions are read once for every pair of a story it is in.
  const mentionsA = once(docA, mentionsOf, factsA)
  const mentionsB = once(docB, mentionsOf, factsB)
  if (mentionsA.length === 0 || mentionsB.length === 0 || mentionsA.length > MAX_WEEKDAYS || mentionsB.length > MAX_WEEKDAYS) return []
  const out: UnplacedDivergence[] = []
  const usedB = new Set<WeekdayMention>()
  const push = (x: WeekdayMention, y: WeekdayMention, confidence: number, evidence: string[]): void => {
    usedB.add(y)
    const a = spanOf(docA, x.sentence, x.token.start, x.token.end)
    const b = spanOf(docB, y.sentence, y.token.start, y.token.end)
    out.push({ kind: 'date', severity: 'high', a, b, message: contradictionMessage('date', 'day', a.text, b.text, sides), confidence, evidence })
  }
  const byFrame = new Map<string, WeekdayMention[]>()
  for (const y of mentionsB) byFrame.set(y.frame, [...(byFrame.get(y.frame) ?? []), y])
  const framed = new Set<WeekdayMention>()
  for (const x of mentionsA) {
    // One sentence told twice with only this weekday changed: one day told two ways.
    const copies = byFrame.get(x.frame) ?? []
    if (copies.length === 1 && copies[0]!.day !== x.day && !usedB.has(copies[0]!) && mentionsA.filter((z) => z.frame === x.frame).length === 1) {
      push(x, copies[0]!, 0.6, ['the two sentences differ in this weekday alone'])
      framed.add(x)
    }
  }
  for (const x of mentionsA) {
    if (x.verb === undefined || framed.has(x)) continue
    const sameAction = mentionsB.filter((y) => y.verb === x.verb)
    // Both reports give this action this day somewhere, or the action is dated twice: nothing to compare.
    if (sameAction.some((y) => y.day === x.day)) continue
    const others = sameAction.filter((y) => !usedB.has(y))
    if (others.length !== 1) continue
    const y = others[0]!
    // The other sentence names this day too (for another action): which day is whose is unclear.
    if (y.words.has(x.day) || x.words.has(y.day)) continue
    const doubt = doubtOf(x, y, related(x.sentence, y.sentence))
    push(x, y, doubt ? 0.3 : 0.6, [`the weekday of one action ("${x.verb}") in related sentences`, ...(doubt ? [doubt] : [])])
  }
  return out
}
