/**
 * The parts of the trading day a sentence names for its own figures: "in afternoon trading",
 * "closed", "premarket", "phiên chiều", "đóng cửa", "in the first hour". Only words used as a
 * time of the session count ("close to 300", "opened fire" do not), and none named for the
 * reference a move started from ("up from $1.1857 late Monday").
 *
 * Apart from sessions.ts, which reads the moves and compares two sentences' sessions: this is
 * the naming, word by word, with its tables.
 */
import { type Token, keys, tokenize } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { ENGLISH_WEEKDAYS } from '../../../normalize/month-names'

/** A word naming a part of the trading day, and the part it names. */
const SESSION_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['morning', 'morning'],
      ['midday', 'midday'],
      ['midmorning', 'midmorning'],
      ['mid-morning', 'midmorning'],
      ['midafternoon', 'midafternoon'],
      ['mid-afternoon', 'midafternoon'],
      ['midsession', 'midsession'],
      ['mid-day', 'midday'],
      ['noon', 'midday'],
      ['lunchtime', 'midday'],
      ['afternoon', 'afternoon'],
      ['evening', 'evening'],
      ['overnight', 'overnight'],
      ['close', 'close'],
      ['closed', 'close'],
      ['closing', 'close'],
      ['settled', 'close'],
      ['finished', 'close'],
      ['ended', 'close'],
      ['open', 'open'],
      ['opened', 'open'],
      ['opening', 'open'],
      ['premarket', 'premarket'],
      ['pre-market', 'premarket'],
      ['after-hours', 'after-hours'],
      ['lately', 'recent'],
      ['last', 'last'],
      ['recent', 'recent'],
    ] as const
  ).map(([word, part]) => [foldWord(word), part]),
)
/** Vietnamese parts of the day are read only with the word that makes them one ("phiên chiều", "chiều nay", "sáng 13/8"). */
const VI_PARTS: ReadonlyMap<string, string> = new Map(
  [
    ['sáng', 'morning'],
    ['trưa', 'midday'],
    ['chiều', 'afternoon'],
    ['tối', 'evening'],
  ].map(([word, part]) => [foldWord(word!), part!]),
)
const VI_PART_AFTER = keys('nay qua')
/**
 * "early morning" is a moment of its own, within the bare "morning" but apart from "late morning"
 * (see `sameMoment`); alone ("in late trade") a modifier is a part itself.
 */
const MODIFIERS = keys('early late')
/** Vietnamese modifiers follow their part: "sáng sớm", "chiều muộn", "tối muộn". */
const VI_MODIFIERS: ReadonlyMap<string, string> = new Map([
  [foldWord('sớm'), 'early'],
  [foldWord('muộn'), 'late'],
  [foldWord('khuya'), 'late'],
])
const VI_PART_BEFORE = keys('phiên buổi')
/** "đóng cửa", "mở cửa": the close and the open. */
const VI_DOOR: ReadonlyMap<string, string> = new Map([
  [foldWord('đóng'), 'close'],
  [foldWord('mở'), 'open'],
])
const DOOR = foldWord('cửa')

/** Words after which, to the clause's end, the moment named is the reference's ("up from $1.1857 late Monday"), not the figure's. */
const REFERENCE = keys('from versus since compared từ')
const CLAUSE_END = new Set([',', ';', ':', '.', '(', ')', '–', '—', '-'])

/** Words before a part of the day that make it a time ("in afternoon trading", "at the close", "by late morning"). */
const TIME_BEFORE = keys(`in at by during before after the this until late early trading markets market yesterday today ${ENGLISH_WEEKDAYS.join(' ')}`)
/** Words after one that make it a time of trading ("morning trade", "closed down", "to close at", "closing high"). */
const TIME_AFTER = keys('trading trade session dealings deals at up down higher lower flat unchanged high low level price bell')
const LAST_AFTER = keys('quoted traded')

/**
 * A part-of-day word used as a time of the session, not "close to 300", "opened fire", "the late
 * president" or "early voting": a preposition or article before it, or a trading word or a
 * figure after it.
 */
function inSession(prev: Token | undefined, next: Token | undefined, word?: string): boolean {
  if (next && (next.kind === 'num' || TIME_AFTER.has(next.key) || LAST_AFTER.has(next.key))) return true
  // "was last at $1.1149", "last quoted": only so is "last" a moment ("the last three seasons" is not)
  if (word === 'last') return false
  return prev !== undefined && TIME_BEFORE.has(prev.key) && !(next && next.key === 'to')
}

/** The parts of the day a sentence names for its own figures. */
export function partsOf(text: string): Set<string> {
  const parts = new Set<string>()
  const tokens = tokenize(text)
  let reference = false
  tokens.forEach((t, k) => {
    if (t.kind === 'punct' && CLAUSE_END.has(t.raw)) reference = false
    if (t.kind !== 'word') return
    if (REFERENCE.has(t.key)) reference = true
    if (reference) return
    const part = SESSION_WORDS.get(t.key)
    const prev = tokens[k - 1]
    const next = tokens[k + 1]
    const modified = prev !== undefined && MODIFIERS.has(prev.key)
    if (part && inSession(prev, next, t.key)) parts.add(modified ? `${prev.key} ${part}` : part)
    if (MODIFIERS.has(t.key) && !(next && SESSION_WORDS.has(next.key)) && inSession(prev, next)) parts.add(t.key)
    // "flat on the session", "up 0.2 percent on the session": measured over the session so far
    if (t.key === 'session' && prev?.key === 'the' && tokens[k - 2]?.key === 'on') parts.add('on the session')
    const vi = VI_PARTS.get(t.key)
    const viModifier = next && VI_MODIFIERS.get(next.key)
    // "sáng sớm nay", "phiên chiều muộn": the word after the modifier makes the part a time as it would the part
    const after = viModifier ? tokens[k + 2] : next
    if (vi && ((after && (VI_PART_AFTER.has(after.key) || after.kind === 'num')) || (prev && VI_PART_BEFORE.has(prev.key)))) parts.add(viModifier ? `${viModifier} ${vi}` : vi)
    // "in the first hour of trading", "in the final hour": a reading of the day
    if (t.key === 'hour' && prev && HOUR_OF.has(prev.key)) parts.add(`${prev.key} hour`)
    // "taking its yield to 4.17 percent, after hitting another record low": a reading after the day's extreme
    if ((t.key === 'after' || t.key === 'having') && next && EXTREME_REACHED.has(next.key)) parts.add('after an extreme')
    const door = VI_DOOR.get(t.key)
    if (door && next?.key === DOOR) parts.add(door)
  })
  return parts
}

const HOUR_OF = keys('first last final opening closing')
/** Verbs after "after" / "having" that place a reading after the session's high or low. */
const EXTREME_REACHED = keys('hitting hit touching touched reaching reached setting')

/**
 * Two named parts of the day that may be one moment: the same part, or a modified part and its
 * bare word ("early morning" / "morning", "sáng sớm" / "sáng": the bare word spans the modified
 * one). Two modifiers of one part ("early morning" / "late morning") stay apart.
 */
export function sameMoment(p: string, q: string): boolean {
  return p === q || bareOf(p) === q || p === bareOf(q)
}

function bareOf(part: string): string {
  const space = part.indexOf(' ')
  return space > 0 && MODIFIERS.has(part.slice(0, space)) ? part.slice(space + 1) : part
}
