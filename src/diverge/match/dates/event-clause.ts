/**
 * Whether a time is the event's own: the event (a shooting, a blast, *vụ việc*) is the subject of
 * the clause the time sits in and its verb says it took place (*the shooting happened at*, *gunfire
 * broke out shortly after*, *vụ nổ súng xảy ra lúc*, *tiếng nổ lớn vang lên lúc*). An event word
 * elsewhere in the sentence is a modifier of another moment: *a suspect in the shooting was
 * arrested at*, *police identified the shooting victim at*, *công an thông tin về vụ việc lúc*.
 * Review rdates37 found the sentence-wide reading pairing arrest, briefing and report times.
 */
import { keys } from '../../extract/fact-tokens'
import { ABOUT } from '../../reasons/hedges'
import { ENGLISH_WEEKDAYS } from '../../../normalize/month-names'

// The incident's noun or a verb that it took place, read alone.
const EVENT_WORDS = keys(
  'shooting shootings shot shots gunfire gunshots fired happened occurred erupted crash crashed collided collision explosion exploded blast stabbing stabbed attack attacked fire blaze súng',
)
// Vietnamese events are two syllables: "ra", "việc" or "nổ" alone tie nothing.
const EVENT_PAIRS = new Set(['xảy ra', 'vụ việc', 'nổ súng', 'vụ tai', 'vụ nổ', 'tiếng nổ', 'nổ ra', 'vụ cháy', 'đám cháy', 'bùng phát'])
// Words that may stand between the event and its time: the verb of taking place, hedges, parts of the day.
const LINKS = new Set([
  ...ABOUT,
  ...keys(
    'at on in by the a an this last early late just shortly soon after before was were had has took place broke out began started rang went off morning night evening afternoon ' +
      `${ENGLISH_WEEKDAYS.join(' ')} ` +
      'lúc vào ra diễn đã vừa ngay sau trước gần sáng tối đêm chiều trưa lớn vang lên bùng phát nổ',
  ),
])
// Another moment than the event's, anywhere in the time's clause: arrival, arrest, a briefing, a schedule.
const OTHER_MOMENT = keys(
  'arrived arrive arrives arrival responded respond called dispatched conference briefing briefed news scheduled schedule will open opens opened opening close closes closed closing hours ' +
    'until since later earlier expected planned meeting court hearing put extinguished contained doused arrested arrest identified reported announced detained charged found pronounced died released ' +
    'họp đến tới mở đóng dự kiến sẽ bắt dập tắt khống',
)
const OTHER_PAIRS = new Set(['thông tin', 'có mặt', 'công bố', 'phát hiện', 'tử vong'])
// A word that makes the event word another thing (*heart attack*, *shares crashed*) or another event (*a second shooting*).
const NOT_THIS_EVENT = keys('heart panic asthma market stock stocks shares prices index server website second another separate previous similar khác')
// Bounds right before the time (*shortly after 3 a.m.*) hedge it rather than name another moment.
const BOUNDS = keys('after before sau trước')
const SOFTENERS = keys('shortly just soon ngay')

const isWordChar = (c: string): boolean => /[\p{L}\p{M}\p{N}]/u.test(c)
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–'])

/** The words of the clause that ends at the time, from the last clause break before it: folded, or with their case kept. */
export function clauseWordsBefore(text: string, keepCase = false): string[] {
  let words: string[] = []
  let word = ''
  for (const c of text.normalize('NFC')) {
    if (isWordChar(c)) {
      word += c
      continue
    }
    if (word) words.push(keepCase ? word : word.toLowerCase())
    word = ''
    if (CLAUSE_BREAKS.has(c)) words = []
  }
  if (word) words.push(keepCase ? word : word.toLowerCase())
  return words
}

/** Whether the clause's words (ending right before the time) give that time to the event itself. */
export function timesItsEvent(words: readonly string[]): boolean {
  // a bound right before the time (after "shortly") hedges it; elsewhere it points to another moment
  let bound = words.length - 1
  while (bound >= 0 && (ABOUT.has(words[bound]!) || words[bound] === 'at' || words[bound] === 'lúc')) bound--
  const boundAt = BOUNDS.has(words[bound] ?? '') ? bound : -1
  let last = -1
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    const pair = `${w} ${words[k + 1] ?? ''}`
    if (OTHER_MOMENT.has(w) || OTHER_PAIRS.has(pair) || NOT_THIS_EVENT.has(w)) return false
    if (BOUNDS.has(w) && k !== boundAt) return false
    if (EVENT_PAIRS.has(pair)) last = k + 1
    else if (EVENT_WORDS.has(w) && k > last) last = k
  }
  if (last < 0) return false
  for (let k = last + 1; k < words.length; k++) if (!LINKS.has(words[k]!) && !SOFTENERS.has(words[k]!)) return false
  return true
}

/** Whether the clause's k-th folded word opens another moment than the event's (*rescuers arrived*, *công an có mặt*). */
export const anotherMomentAt = (words: readonly string[], k: number): boolean => OTHER_MOMENT.has(words[k]!) || OTHER_PAIRS.has(`${words[k]} ${words[k + 1] ?? ''}`)

/** Whether the time after a bound word is only hedged by it (*shortly after 3 a.m.*): which way, or undefined. */
export function boundOf(words: readonly string[]): 'after' | 'before' | undefined {
  const w = words[words.length - 1]
  return w === 'after' || w === 'sau' ? 'after' : w === 'before' || w === 'trước' ? 'before' : undefined
}

/** Prepositions that open a place between an event and its time: *crashed into the Atlantic at*, *xảy ra tại nhà kho lúc*. */
const PLACE_PREPS = keys('into in off near over outside inside onto tại ở gần')
/** Most words a place phrase takes: more is a clause of its own. */
const PLACE_REACH = 5
/** Most place phrases read away: *crashed into the ocean off Nantucket at*. */
const MAX_PLACES = 2

/** A clause with its place phrases read away: the words kept, and the indexes (in the clause) of the words read away. */
interface ReadAway {
  readonly kept: string[]
  readonly dropped: number[]
}

/**
 * The clause with the place phrases between its event and its time read away (*egyptair flight 990
 * crashed into the atlantic at* → *… crashed at*); undefined when there is none to read away, or
 * one holds another moment, a bound, or an event word of its own. The places read away still tell
 * two events apart (*in the Kuta market* / *outside the U.S. consulate*, *the north tower* / *the
 * south tower*): placesApart() is for the caller to ask.
 */
export function withoutPlaces(words: readonly string[]): ReadAway | undefined {
  let out = words.map((w, k) => ({ w, k }))
  const dropped: number[] = []
  for (let round = 0; round < MAX_PLACES; round++) {
    let end = out.length
    while (end > 0 && (LINKS.has(out[end - 1]!.w) || SOFTENERS.has(out[end - 1]!.w)) && !PLACE_PREPS.has(out[end - 1]!.w)) end--
    let cut: typeof out | undefined
    for (let p = end - 2; p >= Math.max(1, end - 1 - PLACE_REACH); p--) {
      if (!PLACE_PREPS.has(out[p]!.w)) continue
      const phrase = out.slice(p + 1, end).map((x) => x.w)
      if (phrase.some((w) => OTHER_MOMENT.has(w) || BOUNDS.has(w) || EVENT_WORDS.has(w) || PLACE_PREPS.has(w))) break
      dropped.push(...out.slice(p + 1, end).map((x) => x.k))
      cut = [...out.slice(0, p), ...out.slice(end)]
      break
    }
    if (!cut) return undefined
    out = cut
    const kept = out.map((x) => x.w)
    if (timesItsEvent(kept)) return { kept, dropped }
  }
  return undefined
}

/** Directions that tell two places apart: *the north tower* / *the south tower*, *tháp phía bắc* / *phía nam*. */
const DIRECTIONS = keys('north south east west northern southern eastern western bắc nam đông tây nord sud ouest süd ost norte sur sul leste oeste')
/** Words before a number that names one vehicle: *Flight 11* / *Flight 175*, *chuyến bay VN 123*, *vol 447*. */
const VEHICLE_NUMBERS = keys('flight flug vol vuelo voo bay route bus train tàu xe')

/** What tells one event's setting in a clause (its words, case kept): its directions, its vehicle numbers, the names in the places read away. */
export interface EventSetting {
  readonly directions: ReadonlySet<string>
  readonly vehicles: ReadonlySet<string>
  readonly placeNames: ReadonlySet<string>
}

export function settingOf(casedWords: readonly string[], dropped: readonly number[]): EventSetting {
  const folded = casedWords.map((w) => w.toLowerCase())
  const directions = new Set(folded.filter((w) => DIRECTIONS.has(w)))
  const vehicles = new Set(folded.filter((w, k) => /^\d/u.test(w) && k > 0 && VEHICLE_NUMBERS.has(folded[k - 1]!)))
  // a capitalised word inside a place phrase is a name (a phrase never opens the sentence)
  const placeNames = new Set(dropped.filter((k) => /^\p{Lu}/u.test(casedWords[k]!)).map((k) => folded[k]!))
  return { directions, vehicles, placeNames }
}

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size > 0 && b.size > 0 && ![...a].some((w) => b.has(w))

/** Why two clauses that time one kind of event set it apart (two directions, two vehicles, two named places), if they do. */
export function settingsApart(a: EventSetting, b: EventSetting): boolean {
  return disjoint(a.directions, b.directions) || disjoint(a.vehicles, b.vehicles) || disjoint(a.placeNames, b.placeNames)
}
