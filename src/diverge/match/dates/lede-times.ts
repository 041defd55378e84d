/**
 * The first time of each report, fronting a sentence that names the event's day: *Theo thông tin
 * ban đầu, khoảng 17h ngày 7/8, một xe tải …* / *Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe
 * ben …*, *Sự việc xảy ra vào khoảng 15 giờ 45 chiều 19-5* / *Theo đó, khoảng 16 giờ 30 ngày 19/5,
 * anh Huy …* (ViMs 104_665~104_666, 7_53~7_55, round fresh37-1). A news report opens its telling
 * with the moment the event took place; later times are its aftermath (*Đến 19h cùng ngày …*), so
 * event-times.ts's rule (each report's only time) misses reports that also time the aftermath.
 *
 * Only the report's first clock time, and only where it sets the scene: nothing before it in its
 * clause but a hedge or *at*, *lúc*, *vào*, or the event itself as the clause's subject
 * (event-clause.ts); a deadline (*Đến 21 giờ 30*, *By 9:30 p.m.*) does not. Both opening clauses
 * must tell one event: the same kind of event as their subject or verb (event-kinds.ts), so people
 * acting (*lực lượng cứu hộ có mặt*, *officers arrived after reports of shots*, *the council held
 * a meeting*), an empty clause, and two kinds (a fire, a crash) set no event's time. The clause
 * after a fronted time is read past the time's own phrase (its day, weekday, part of the day)
 * whatever its commas. Both sentences must name one calendar day, its year too where both give
 * one, and the gap must lie beyond any hedge's reach (clock-hedges.ts) and within the hour: a
 * report's first time may be a moment before the event, and hours apart are more likely that than
 * one event misreported. Linked sentences are read too: their clock pair is otherwise scaled down
 * as "often two moments", and the two clauses telling one kind of event is what undoes that.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { CLOCK_ABOUT, beyondHedge } from './clock-hedges'
import { anotherMomentAt, clauseWordsBefore, timesItsEvent } from './event-clause'
import { eventKindsOf, kindsNamed, oneEventKind } from './event-kinds'
import { clockOnly } from './fact-moments'
import type { FactedDayPair } from './day-pair'
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../../normalize/month-names'
import { foldWord } from '../../../normalize/fold'

// Words that may open a scene-setting time: the hedges and the plain prepositions of a moment (*à 17h*, *vers 17h*).
const SCENE_OPENERS = new Set([...CLOCK_ABOUT, ...keys('at on in vào lúc à')])
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–'])

// Words of a time's own phrase after it (*on Saturday, June 5*, *ngày 7/8*, *chiều thứ Hai*), skipped before its clause.
const TIME_PHRASE = keys(
  `${ENGLISH_WEEKDAYS.join(' ')} ${[...ENGLISH_MONTHS.keys()].join(' ')} ` +
    'on of the a p m am pm local time gmt utc this last morning afternoon evening night ' +
    'ngày tháng năm hôm nay qua cùng sáng trưa chiều tối đêm khuya giờ thứ hai ba tư bảy sáu chủ nhật',
)

interface LedeTime {
  readonly fact: Fact
  /** The calendar day (month-day) its sentence names. */
  readonly day: string
  /** Its year, where the sentence gives one. */
  readonly year: number | undefined
  /** The kinds of event its clause tells (event-kinds.ts). */
  readonly kinds: Set<string>
}

/** The folded words of the clause a fronted time introduces, past the time's own phrase: *…, khoảng 17h ngày 7/8[,] [một xe tải lật …]*. */
function clauseAfter(text: string): string[] {
  const words: string[] = []
  let word = ''
  let opened = false
  const close = (): void => {
    if (!word) return
    const w = word.toLowerCase()
    word = ''
    if (!opened && (/\p{N}/u.test(w) || TIME_PHRASE.has(w))) return
    opened = true
    words.push(w)
  }
  let aside = 0
  for (const c of text.normalize('NFC')) {
    // a bracketed aside (*anh Huy (31 tuổi, trú …) đang nối dây điện*) neither ends the clause nor tells it
    if (c === '(' || c === ')') {
      close()
      aside = Math.max(0, aside + (c === '(' ? 1 : -1))
      continue
    }
    if (aside > 0) continue
    if (/[\p{L}\p{M}\p{N}]/u.test(c)) {
      word += c
      continue
    }
    close()
    // breaks inside the time's phrase (*Saturday, June 5,*) part nothing; the first after the clause opened ends it
    if (opened && CLAUSE_BREAKS.has(c)) return words
  }
  close()
  return words
}

// Words that make a scene's opening another moment than the event told after it: a schedule, a later
// turn, another thread of the story (*meanwhile*, *trong khi đó*, *au même moment*: review rdates51).
const ANOTHER_TURN = keys('due later then afterwards subsequently eventually hours minutes overnight meanwhile whilst')
const ANOTHER_THREAD = /\b(?:while|trong khi|cùng lúc|cùng thời điểm|au même moment|pendant ce temps|tandis que|dans le même temps|at the same time)\b/u
// Who a scene is about, that the next sentence may take up again: a vehicle (and so its driver) or a person.
const VEHICLES = keys('truck lorry bus car van coach train tram plane motorbike motorcycle vehicle xe tàu camion voiture autocar train avion moto véhicule')
const DRIVERS = keys('driver tài xế conducteur chauffeur')
const PEOPLE = keys('man woman boy girl gunman suspect attacker đối tượng homme femme suspect tireur')
const PRONOUNS = keys('it he she they nó hắn il elle ils elles')

/** The words by which a next sentence takes up the scene's subject: its own nouns, a vehicle's driver, a pronoun. */
function subjectWords(scene: readonly string[]): Set<string> {
  const own = scene.filter((w) => VEHICLES.has(w) || PEOPLE.has(w) || DRIVERS.has(w))
  if (own.length === 0) return new Set()
  return new Set([...own, ...PRONOUNS, ...(own.some((w) => VEHICLES.has(w)) ? DRIVERS : [])])
}

const partsOf = (text: string): string[][] =>
  text
    .normalize('NFC')
    .split(/[,;:()—–.!?]/u)
    .map((part) => (part.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldWord))

/**
 * The kind of event a fronted time opens when its own clause only sets the scene (*khi đang xuống
 * dốc cầu …, một chiếc xe tải chao đảo, lao lên dải phân cách rồi lật xuống*; *xe ben … lưu thông
 * trên cầu Phú Mỹ. Trong lúc đang đổ dốc cầu, … xe ben mất lái*: ViMs 104_665, 104_666, round
 * fresh37-1): read clause by clause to the end of its sentence, the first kind named. The next
 * sentence of its paragraph is read only when it takes up the scene's subject (a vehicle, its
 * driver, a person, by name or pronoun), and only up to that: a new subject (*Vé trận đấu … cháy
 * hàng*), a scene about no one (*the board met … It fired*, *the typhoon … It hit*) or another
 * thread (*meanwhile*, *while across town*, *trong khi đó*) tells someone else's event (review
 * rdates51). Another moment (*officers arrived*), a schedule (*was due to depart*) or a later turn
 * (*a fire later broke out*) ends the reading with none.
 */
function tellingKinds(doc: PreparedDocument, sentence: number, from: number): Set<string> {
  const own = doc.sentences[sentence]!
  const next = doc.sentences[sentence + 1]
  const ownText = doc.original.slice(from, own.end)
  const ownParts = partsOf(ownText)
  const stops = (words: readonly string[], first: boolean): boolean =>
    words.some((w, k) => anotherMomentAt(words, k) || ANOTHER_TURN.has(w)) || (!first && ANOTHER_THREAD.test(words.join(' ')))
  for (const [p, words] of ownParts.entries()) {
    if (stops(words, p === 0)) return new Set()
    const kinds = eventKindsOf(words)
    if (kinds.size > 0) return kinds
  }
  if (!next || doc.original.slice(own.end, next.start).includes('\n')) return new Set()
  const subject = subjectWords(ownParts.flat())
  let takenUp = false
  for (const words of partsOf(doc.original.slice(next.start, next.end))) {
    if (stops(words, false)) return new Set()
    takenUp ||= words.some((w) => subject.has(w))
    if (!takenUp) continue
    const kinds = eventKindsOf(words)
    if (kinds.size > 0) return kinds
  }
  return new Set()
}

function ledeTimeOf(facts: DocumentFacts, doc: PreparedDocument): LedeTime | undefined {
  const first = facts.facts.find((l) => clockOnly(l.fact))
  if (!first) return undefined
  const sentence = doc.sentences[first.sentence]!
  const clause = clauseWordsBefore(doc.original.slice(sentence.start, first.span.start))
  const fronted = clause.every((w) => SCENE_OPENERS.has(w))
  if (!fronted && !timesItsEvent(clause)) return undefined
  // a fronted time's clause tells the event only if it names it before another moment (*lực lượng cứu hộ có mặt*)
  const after = fronted ? clauseAfter(doc.original.slice(first.span.end, sentence.end)) : []
  let kinds = fronted ? eventKindsOf(after, anotherMomentAt) : eventKindsOf(clause)
  if (fronted && kinds.size === 0 && !after.some((_, k) => anotherMomentAt(after, k))) kinds = tellingKinds(doc, first.sentence, first.span.end)
  if (kinds.size === 0) return undefined
  for (const { fact } of facts.factsBySentence.get(first.sentence) ?? []) {
    if (fact.type === 'date' && fact.day !== undefined && fact.month !== undefined) return { fact: first.fact, day: `${fact.month}-${fact.day}`, year: fact.year, kinds }
  }
  const lead = leadDay(facts, doc, first.sentence, kinds)
  return lead && { fact: first.fact, ...lead, kinds }
}

// A day told relative to the report (*yesterday*, *hôm qua*, *la veille*): the lede's day is then not the time's.
const RELATIVE_DAY = /\b(?:yesterday|today|tonight|last night|the day before|the previous day|hôm qua|hôm nay|hôm trước|(?:sáng|trưa|chiều|tối|đêm) qua|(?:sáng|trưa|chiều|tối|đêm) nay|la veille|hier|aujourd'hui|ce soir|ce matin|gestern|heute|kemarin)\b/u

/**
 * Sentence i up to the end of the span's clause: an event named before a day or in its clause is what the
 * day dates (*… chiếc xe ben lật ngang dưới dốc cầu Phú Mỹ, quận 2, TP.HCM vào chiều 7.8*); one told
 * after it in another clause (*On August 8, police said the truck crashed …*) is not.
 */
function upToClauseOf(doc: PreparedDocument, i: number, span: { start: number; end: number }): string {
  const s = doc.sentences[i]!
  const after = doc.original.slice(span.end, s.end)
  const to = Math.min(...[...CLAUSE_BREAKS].map((c) => after.indexOf(c)).filter((k) => k >= 0), after.length)
  return doc.original.slice(s.start, span.end) + after.slice(0, to)
}

/** The kinds two sets share by name: a lede's *incident* (generic) does not date a crash. */
const sameKind = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((k) => b.has(k))

/**
 * The one day the sentences before a report's first time name (*… lật ngang dưới dốc cầu Phú Mỹ vào
 * chiều 7.8. / 17h, trời mưa lớn, xe ben …*: ViMs 104_667, round fresh37-1): the lede sets the day
 * its first time is told on. Two days named before it leave the time's day unknown; so does a day
 * that does not stand with an event of the time's own kind (*Cầu Phú Mỹ được khánh thành ngày
 * 2/9/2009*, *On August 8, police said …*: review rdates51), and a relative day in the time's own
 * sentence (*17h hôm qua*, *à 17h la veille*).
 */
function leadDay(facts: DocumentFacts, doc: PreparedDocument, before: number, kinds: ReadonlySet<string>): { day: string; year: number | undefined } | undefined {
  const own = doc.sentences[before]!
  if (RELATIVE_DAY.test(doc.original.slice(own.start, own.end).normalize('NFC').toLowerCase())) return undefined
  let found: { day: string; year: number | undefined; told: boolean } | undefined
  for (let i = 0; i < before; i++) {
    for (const { fact, span } of facts.factsBySentence.get(i) ?? []) {
      if (fact.type !== 'date' || fact.day === undefined || fact.month === undefined) continue
      const day = `${fact.month}-${fact.day}`
      if (found && found.day !== day) return undefined
      const told = sameKind(kindsNamed(partsOf(upToClauseOf(doc, i, span)).flat()), kinds)
      found = { day, year: found?.year ?? fact.year, told: (found?.told ?? false) || told }
    }
  }
  return found?.told ? { day: found.day, year: found.year } : undefined
}

/** Two reports' times of one event lie within the hour; further apart they are two moments of the day. */
const MAX_GAP = 60

const exact = (f: Fact): boolean => !CLOCK_ABOUT.has(f.before?.[f.before.length - 1] ?? '')

/** Why x of A and y of B are each report's first, scene-setting time of one day, apart beyond any hedge; undefined otherwise. */
export function ledeEventTimes({ x, y, docA, factsA, docB, factsB }: FactedDayPair): string | undefined {
  if (!clockOnly(x.fact) || !clockOnly(y.fact)) return undefined
  const a = once(factsA, ledeTimeOf, docA)
  if (a?.fact !== x.fact) return undefined
  const b = once(factsB, ledeTimeOf, docB)
  if (b?.fact !== y.fact || a.day !== b.day || (a.year !== undefined && b.year !== undefined && a.year !== b.year) || !oneEventKind(a.kinds, b.kinds) || Math.abs(x.fact.minutes - y.fact.minutes) > MAX_GAP) return undefined
  const apart = beyondHedge(x.fact, y.fact) || (exact(x.fact) && exact(y.fact) && x.fact.minutes !== y.fact.minutes)
  return apart ? 'the first time of each report, its event on one day' : undefined
}
