/**
 * Two counts of one outcome (the dead, the arrested: life-outcomes.ts) that are still not one
 * event's toll, read before any rule pairs tolls across sentences (issue 11; review rtoll32):
 *
 * - a toll told of another time: "Last year a similar storm killed 9 people" / "Storm Noru killed
 *   4 people", "In 2018, an earthquake … killed 4,300" / "The earthquake killed 8", "The 2004 quake
 *   there killed 14" / "Tuesday's quake left 6 dead", "Lũ năm ngoái làm 120 người chết". Only a
 *   mark that dates the figure's own clause counts (review rtolls33): not another noun's ("built 30
 *   years ago", "Cầu được xây năm 1965 đã sập hôm thứ Hai"), not a comparison ("the deadliest since
 *   2004", "mạnh nhất năm 2024"), not a running count's period ("since January 2024", "over the last
 *   year"); the event's own year on one side only ("The December 2004 earthquake" / "The
 *   earthquake") parts nothing, and a full date agrees with a bare year of its year;
 * - one member of a list of tolls against a single toll: "killed 12 people in Aceh and 3 in North
 *   Sumatra" / "killed 15 people", "detained 40 people on Saturday and 25 on Sunday" / "arrested
 *   65": the whole is the sum, never the first member ("killed 12 people and destroyed 30 houses"
 *   is no list);
 * - one day's count against a running total: "120 new deaths" / "the death toll rose to 4,512",
 *   "trong ngày hôm qua" / "đã lên tới"; a day that only dates the event ("hôm qua", "on Thursday")
 *   is no day's share;
 * - one place's share against the whole: "In the capital alone, 4 people were killed" / "The storm
 *   killed 12 people", "Riêng tại Hà Nội, 4 người thiệt mạng".
 *
 * Each asks for a mark on one side and none (or another) on the other, so two tolls of last year,
 * or two running totals, stay comparable.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { wordPairs } from '../../../normalize/word-lists'
import { foldWord } from '../../../normalize/fold'
import { ENGLISH_WEEKDAYS, VI_WEEKDAY_NUMBERS } from '../../../normalize/month-names'
import { outcomeAt } from '../../extract/numbers/outcome-words'
import { isDateline } from './toll-dateline'
import type { Clause } from '../clauses/clauses'
import { possessive } from '../clauses/entity-appositions'
import { outcomeOf } from './life-outcomes'
import { placeAloneIn, recallAt } from './toll-scope'
import { shareWithMoreElsewhere } from './place-shares'
import { firstAtOrAfter } from '../../../normalize/sorted-offsets'

/** "last week", "last month's", "tuần trước", "tháng trước": other times like a past year (review rtolls37). */
const PAST_SPANS = keys('year years week weeks month months năm tuần tháng jahr jahres jahren woche wochen monat monats monaten')
const LAST = keys('last ngoái trước')
/** "last year" in a language that puts the adjective first: English, and German's inflected forms (*im vergangenen Jahr*). */
const LAST_BEFORE = keys('last vergangenen vergangene vergangenes letzten letzte letztes vorigen vorige voriges')
/** Before "last year": "the last year", "over the past year" is the period of a running count, not a past year (German's "in den vergangenen Wochen" is read as past: a count over weeks is no incident's toll). */
const PERIOD_LEADS = keys('the over past trong')
/** Before a date: "since 2004", "kể từ năm 2004", "through 2024" open a running count's period or a comparison, not the toll's date. */
const SINCE = keys('since từ through throughout until till đến tới over')
/** Before a date: "the deadliest since 2004", "mạnh nhất năm 2024", "the strongest storm of 2024" compare, they date nothing. */
const SUPERLATIVES = keys('nhất most worst best least record')
const superlative = (w: string): boolean => SUPERLATIVES.has(w) || (w.length > 5 && w.endsWith('est'))
/** Days that date a report's own event: "on Tuesday", "yesterday", "hôm qua", "hôm thứ Hai". */
/** Facts run in text order: the first at or after a fact is found by its start. */
const startOf = (f: Fact): number => f.start
const NOW_DAYS = keys(`${ENGLISH_WEEKDAYS.join(' ')} yesterday today tonight`)
const VI_NOW_HEADS = keys('hôm sáng chiều tối đêm')
const VI_NOW_TAILS = keys('qua nay')
const VI_WEEKDAY = keys('thứ chủ')
const VI_WEEKDAY_TAILS = keys(`${VI_WEEKDAY_NUMBERS.join(' ')} nhật`)
/** How far from a figure, in letters, a date may date its clause: farther, another clause's. */
const DATE_REACH = 240
/** Marks that close a clause in the text between a date and the figure. */
const BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '"', '“', '”'])
/** A past event told in Vietnamese: "từng" before a verb ("từng làm", "từng khiến"); "từng người" (each) is no verb. */
const VI_ONCE = foldWord('từng')
const VI_ONCE_VERBS = keys('làm khiến gây cướp xảy')

/**
 * When a figure's toll is told: the year of a date that dates its clause, whether that clause is
 * of the past ("last year", "năm ngoái", "five years ago", a sentence opening on its year: "In 2018,
 * …"), and whether it names a day of the report's own week ("on Tuesday", "hôm qua").
 */
interface TollTime {
  readonly year?: number
  readonly past: boolean
  readonly now: boolean
}

const breaksIn = (text: string, from: number, to: number): number => {
  let n = 0
  for (let k = Math.max(0, from); k < Math.min(text.length, to); k++) if (BREAKS.has(text[k]!)) n++
  return n
}

/** The words of the figure's own clause, from its break to its end. */
const clauseWords = (c: Clause): readonly string[] => c.words.slice(c.wordsBefore - c.before.length, Math.max(c.end, c.wordsBefore))

/** German words for the year before: *im Vorjahr*, *des Vorjahres*. */
const PAST_YEAR_WORDS = keys('vorjahr vorjahres vorjahrs')
/** German articles before a preposition open an attribute: *der im vergangenen Jahr eroberten Stadt*. */
const ATTRIBUTE_ARTICLES = keys('der die das den dem des einer eines einem einen')
const ATTRIBUTE_PREPOSITIONS = keys('im in vor seit')

/**
 * Does the preposition at word p open a German extended attribute (*in der im vergangenen Jahr
 * eroberten Stadt Afrin*)? Its past year dates the noun's attribute (the capture), not the toll
 * (review runlinked54).
 */
const attributive = (words: readonly string[], p: number): boolean => p >= 1 && ATTRIBUTE_PREPOSITIONS.has(words[p]!) && ATTRIBUTE_ARTICLES.has(words[p - 1]!)

function pastInWords(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    // "last year's floods": the possessive is still last year
    if (LAST_BEFORE.has(w) && PAST_SPANS.has(possessive(words[k + 1] ?? '')) && !PERIOD_LEADS.has(words[k - 1] ?? '') && !attributive(words, k - 1)) return true
    if (PAST_SPANS.has(w) && (LAST.has(words[k + 1] ?? '') || words[k + 1] === 'ago') && words[k - 1] !== foldWord('trong')) return true
    // "vor zwei Jahren", "vor 3 Wochen" (the numeral is no word), "im Vorjahr"
    const ago = words[k - 1] === 'vor' ? k - 1 : words[k - 2] === 'vor' ? k - 2 : -1
    if (PAST_SPANS.has(w) && ago >= 0 && !attributive(words, ago)) return true
    if (PAST_YEAR_WORDS.has(w) && !attributive(words, k - 1)) return true
    if (w === VI_ONCE && VI_ONCE_VERBS.has(words[k + 1] ?? '')) return true
  }
  return false
}

function nowInWords(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = possessive(words[k]!)
    const next = words[k + 1] ?? ''
    if (NOW_DAYS.has(w) || (VI_NOW_HEADS.has(w) && VI_NOW_TAILS.has(next)) || (VI_WEEKDAY.has(w) && VI_WEEKDAY_TAILS.has(next) && (w !== foldWord('chủ') || next === foldWord('nhật')))) return true
  }
  return false
}

/**
 * The date that dates the figure's clause: in it (no clause mark between the date and the figure)
 * or opening the sentence ("In 2018, …", "Năm 2018, …"), and not a comparison's or a period's.
 * A date the clause also names a day of the week for ("built in 1965 … collapsed on Monday") is
 * another thing's: the day dates the toll.
 */
function datedYear(fact: NumberFact, facts: readonly Fact[], text: string): { year: number; opening: boolean; full: boolean } | undefined {
  let found: { year: number; opening: boolean; full: boolean } | undefined
  let nearest = Infinity
  // only the dates within a clause's reach of the figure (facts run in text order), so a long sentence of many dates reads each figure's few
  const at = firstAtOrAfter(facts, fact.start, startOf)
  const window: Fact[] = []
  for (let k = at - 1; k >= 0 && facts[k]!.end >= fact.start - DATE_REACH; k--) window.push(facts[k]!)
  for (let k = at; k < facts.length && facts[k]!.start <= fact.end + DATE_REACH; k++) window.push(facts[k]!)
  for (const d of window) {
    if (d === fact) continue
    // "In 2004 a tsunami killed …" is read as a year figure, not a date: a year either way
    const year = d.type === 'date' ? d.year : d.kind === 'year' ? d.value : undefined
    // a page's dateline glued to its first sentence ("2 July 2016 The army has killed …") dates the report, no other event
    if (year === undefined || isDateline(d, text)) continue
    // the date's own words ("since 2004", "năm 2004") and the words before it
    const before = d.before ?? []
    const own = d.text.split(/[^\p{L}\p{M}]+/u).map((w) => foldWord(w))
    if (SINCE.has(before.at(-1) ?? '') || own.some((w) => SINCE.has(w)) || before.some(superlative)) continue
    const [from, to] = d.end <= fact.start ? [d.end, fact.start] : [fact.end, d.start]
    const breaks = breaksIn(text, from, to)
    // "In 2018, an earthquake … killed": a sentence that opens on its date, set off by one mark
    const opening = d.end <= fact.start && before.length <= 1 && breaks === 1 && text[d.end] === ','
    if ((breaks > 0 && !opening) || to - from >= nearest) continue
    nearest = to - from
    found = { year, opening, full: d.type === 'date' && d.day !== undefined }
  }
  return found
}

function tollTime(fact: NumberFact, c: Clause, facts: readonly Fact[], text: string): TollTime {
  const words = clauseWords(c)
  const dated = datedYear(fact, facts, text)
  const now = nowInWords(words)
  const past = pastInWords(words) || (dated?.opening ?? false) || openingPast(c)
  // a bare year beside a named day dates another thing of the clause ("Cầu được xây năm 1965 đã sập hôm thứ Hai")
  const year = dated && (dated.full || !now) ? dated.year : undefined
  return { ...(year === undefined ? {} : { year }), past: past && !now, now }
}

/** "Last year, a storm …", "Năm ngoái, lũ …": the sentence's opening words, set off by a mark, tell of the past. */
function openingPast(c: Clause): boolean {
  const first = c.leadBroken.indexOf(true)
  if (c.lead.length !== c.wordsBefore || first < 0 || first > 3) return false
  return pastInWords(c.lead.slice(0, first + 1))
}

/** Two times of one toll can't be told apart unless one names a year the other does not share, or only one is of the past or of this week. */
function timesApart(a: TollTime, b: TollTime): boolean {
  if (a.year !== undefined && b.year !== undefined) return a.year !== b.year
  const then = (t: TollTime): boolean => t.past || t.year !== undefined
  // a year or the past against a day of this week ("The 2004 quake" / "Tuesday's quake"); a year against no time is the event's own
  if ((then(a) && b.now && b.year === undefined) || (then(b) && a.now && a.year === undefined)) return true
  return (a.past && !b.past && b.year === undefined) || (b.past && !a.past && a.year === undefined)
}

const LIST_JOINS = keys('and và')
/** Between the join and the next member: "and another 3", "và thêm 3". */
const LIST_FILLERS = keys('another further more thêm')
/** A member that counts the earlier member's noun without naming it: "and 3 others", "và 3 người khác". */
const SAME_NOUN = keys('others other more khác')

/**
 * Another figure of the same outcome joined to this one in its sentence: "12 people in Aceh and 3
 * in North Sumatra", "40 người hôm thứ Bảy và 25 người hôm Chủ nhật". The later member follows the
 * join itself (no verb of its own: "killed 12 people and destroyed 30 houses" is no list), counts
 * the earlier one's noun or none, and names no other outcome ("12 người chết và 3 người mất tích").
 */
function inAList(fact: NumberFact, outcome: string, facts: readonly Fact[]): boolean {
  // only the figures right beside it (facts run in text order), so a sentence of many figures reads each once
  const lo = firstAtOrAfter(facts, fact.start, startOf)
  for (const other of [facts[lo - 1], facts[lo + 1]]) {
    if (other === undefined || other === fact || other.type !== 'number' || (other.kind !== 'count' && other.kind !== 'plain') || other.value === 0) continue
    // a vague magnitude naming its own noun ("và hàng nghìn ngôi nhà khác") counts those things, not more of this toll
    if (other.magnitude !== undefined && other.unit !== '' && other.unit !== fact.unit) continue
    const [first, later] = other.start > fact.start ? [fact, other] : [other, fact]
    const lead = later.before.at(-1) ?? ''
    if (!LIST_JOINS.has(lead) && !(LIST_FILLERS.has(lead) && LIST_JOINS.has(later.before.at(-2) ?? ''))) continue
    if (later.unit !== '' && later.unit !== first.unit && !SAME_NOUN.has(later.unit) && !later.after.some((w) => SAME_NOUN.has(w))) continue
    // each member names this outcome or none: "7 người chết và 3 người mất tích" is two outcomes
    const named = [first.after, later.after].flatMap((words) => words.map((_, k) => outcomeAt(words, k))).filter((o) => o !== undefined)
    if (named.every((o) => o === outcome)) return true
  }
  return false
}

/**
 * A day's share of a running count needs a daily mark beside the figure ("trong ngày", "mỗi
 * ngày", "daily", "new deaths", "ca tử vong mới", "in the past 24 hours"): "hôm qua", "on
 * Thursday" only date the event.
 */
const DAILY = keys('daily')
const DAILY_NOUN_MARKS = keys('new mới')
const DAILY_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = wordPairs([
  ['trong', 'ngày'],
  ['mỗi', 'ngày'],
  ['per', 'day'],
  ['past', 'hours'],
  ['last', 'hours'],
  ['giờ', 'qua'],
])
const RUNNING = keys('total cumulative')
/**
 * "so far", "rose to", "lên tới", "đến nay", "tính đến", "tổng cộng": the second word after the
 * first. The bare "toll" is no mark: "the death toll was 30" is one event's toll, not a running one.
 */
const RUNNING_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = wordPairs([
  ['so', 'far'],
  ['to', 'date'],
  ['rose', 'to'],
  ['risen', 'to'],
  ['climbed', 'to'],
  ['lên', 'tới đến'],
  ['đến', 'nay'],
  ['tính', 'đến'],
  ['tổng', 'cộng số'],
])

const near = (c: Clause): string[] => [...c.before.slice(-6), ...c.after.slice(0, 5)]
/** A day's count: a daily mark in the figure's own clause, or "new" among the words that follow it. */
export function dailyCount(c: Clause): boolean {
  const words = near(c)
  return words.some((w, k) => DAILY.has(w) || (DAILY_PAIRS.get(w)?.has(words[k + 1] ?? '') ?? false)) || c.after.slice(0, 4).some((w) => DAILY_NOUN_MARKS.has(w))
}
/** A running total: "the death toll rose to", "so far", "đã lên tới", "tổng cộng". */
export function runningTotal(c: Clause): boolean {
  const words = near(c)
  return words.some((w, k) => RUNNING.has(w) || (RUNNING_PAIRS.get(w)?.has(words[k + 1] ?? '') ?? false))
}

// Read once per figure: a pair's verdict is asked of every rival, and a sentence's length must not multiply the pairs.
const timesSeen = new WeakMap<Fact, TollTime>()
function timeOf(fact: NumberFact, c: Clause, facts: () => readonly Fact[], text: string): TollTime {
  let time = timesSeen.get(fact)
  if (time === undefined) timesSeen.set(fact, (time = tollTime(fact, c, facts(), text)))
  return time
}
const listsSeen = new WeakMap<Fact, boolean>()
export function listed(fact: NumberFact, outcome: string, facts: () => readonly Fact[]): boolean {
  let list = listsSeen.get(fact)
  if (list === undefined) listsSeen.set(fact, (list = inAList(fact, outcome, facts())))
  return list
}

/** Whether the figure's sentence, up to its clause's end, sets it off as one place's share: "In the capital alone", "Riêng tại Hà Nội" (toll-scope.ts). */
export function onePlaceAlone(c: Clause): boolean {
  const sentenceOpens = c.lead.length === c.wordsBefore
  const leadOpens = (k: number): boolean => (k === 0 ? sentenceOpens : c.leadBroken[k - 1] === true)
  return placeAloneIn(c.lead, c.capitals, leadOpens) || placeAloneIn(clauseWords(c), c.capitals, () => false)
}

/** A toll told of another time than the report's own event: a year dating its clause, or the past ("last year", "năm ngoái"). */
export function ofAnotherTime(fact: NumberFact, c: Clause, facts: () => readonly Fact[], text: string): boolean {
  const time = timeOf(fact, c, facts, text)
  return time.past || time.year !== undefined
}

const unitOutcome = (f: NumberFact): ReturnType<typeof outcomeOf> => (f.unit === '' || f.unit.includes(' ') ? undefined : outcomeAt([f.unit], 0))

// Read once per sentence: its clauses share one array of words.
const recalledSeen = new WeakMap<readonly string[], number>()
/**
 * Whether the figure is told of an event its sentence recalls ("two weeks after a bombing … killed
 * 60", "60 died in the previous bombing"); one before a time measured from another event ("30 were
 * killed a day after …") is the sentence's own (toll-scope.ts recallAt). The toll rules ask this.
 */
export function recalled(c: Clause): boolean {
  let r = recalledSeen.get(c.words)
  if (r === undefined) recalledSeen.set(c.words, (r = recallAt(c.words)))
  return r >= 0 && c.wordsBefore >= r
}

const isTollKind = (f: NumberFact): boolean => f.kind === 'count' || f.kind === 'plain'

/** Why two counts of one outcome are not one event's toll, if they are not: x of A, y of B, with their sentences' facts. */
export function tollsApart(x: Fact, y: Fact, cx: Clause, cy: Clause, factsOfSide: (side: 0 | 1) => readonly Fact[], textOfSide: (side: 0 | 1) => string): string | undefined {
  if (x.type !== 'number' || y.type !== 'number') return undefined
  // only counts are tolls: a year ("who held power from 2011 to 2013") dates itself
  if (!isTollKind(x) || !isTollKind(y)) return undefined
  // "2 injured": the outcome written as the counted noun is the figure's own (review rpeople40 5)
  const outcome = unitOutcome(x) ?? outcomeOf(cx)
  if (outcome === undefined || outcome !== (unitOutcome(y) ?? outcomeOf(cy))) return undefined
  // "days after a crash that left 2 injured": the toll of an event the sentence recalls, not the report's own
  if (recalled(cx) !== recalled(cy)) return "a toll of another event recalled against the report's own"
  if (timesApart(timeOf(x, cx, () => factsOfSide(0), textOfSide(0)), timeOf(y, cy, () => factsOfSide(1), textOfSide(1)))) return 'a toll of another year against this one'
  // a list read "respectively" binds each figure to its member (respective-lists.ts): no sum there
  if (cx.respective === undefined && cy.respective === undefined && listed(x, outcome, () => factsOfSide(0)) !== listed(y, outcome, () => factsOfSide(1))) return 'one toll of a list against a single toll'
  if (onePlaceAlone(cx) !== onePlaceAlone(cy)) return "one place's toll against the whole"
  if (shareWithMoreElsewhere(cx) !== shareWithMoreElsewhere(cy)) return "one place's toll, with more elsewhere, against the whole"
  if ((dailyCount(cx) && runningTotal(cy) && !runningTotal(cx)) || (dailyCount(cy) && runningTotal(cx) && !runningTotal(cy))) return "one day's toll against a running total"
  return undefined
}
