/**
 * Two clock times, or two consecutive years, that one statement gives (issue 11, session 19's
 * reviews): *Vụ cháy xảy ra lúc 5 giờ sáng* / *… lúc 6 giờ sáng*, *The fire broke out at 5 a.m.* /
 * *… at 6 a.m.*, *The museum opened in 1998* / *… in 1999*. pair-facts.ts keeps such values below
 * the default threshold as two moments (two storm advisories, the day of an event and of its
 * announcement, two budgets a year apart), so a misreported time or year came out as two `missing`
 * facts. Here the sentences say it is one moment: they share most of their rare words (`overlap`)
 * and the same words stand beside both values (the verb or event they time), every other figure of
 * each sentence is in the other (an update moves its figure with its time), and the values are
 * exact ones of one kind:
 * - clock times with no calendar day, neither hedged (*around 5*, *khoảng 5 giờ*: hedged-times.ts),
 *   neither an end of a span (*from 5 to 7 a.m.*, *từ 5 giờ đến 7 giờ*), neither in a named zone
 *   (*3:49 p.m. Eastern* / *1:49 p.m. MDT* is one instant: compatible.ts), not one rounded to the
 *   hour (*5:45 a.m.* / *6 a.m.*), not twelve hours apart (a.m. and p.m. read from the clock alone);
 * - two bare years one apart (years further apart already pair as any figure), neither hedged nor an
 *   end of a span (*1998–2001*), and a fiscal year on both sides or neither (*fiscal 1999* /
 *   *1998*: two calendars).
 * Two towns' parades (*begins at 10:30 a.m. on Redwood Road* / *at 11 a.m. in downtown Everett*)
 * share too few words. A sentence that puts a word of its own where the other has another, of a
 * kind that tells two statements (`swapped`), is a second statement in a parallel frame, however
 * alike the rest: two places or firms (*in Indiana* / *in Michigan*, *Vingroup* / *Masan*, *đi Đà
 * Nẵng* / *đi Phú Quốc*), two events (*opened* / *closed*, *tăng* / *giảm*, *mở cửa* / *đóng
 * cửa*), two qualifiers (*on weekdays* / *on weekends*, two posts). Function words beside the value
 * (*at*, *in*, *lúc*, *năm*) meet the neighbour test in any sentence, so that test alone does not
 * tell (review-l M1-M8). Words only one side adds (*police said*) leave it one statement, and so do
 * the days two outlets a day apart name (*yesterday* / *today*, *sáng qua* / *sáng nay*), and so
 * do a name respelt (*Pompeo* / *Pompeio*) and plain synonyms (*founded* / *established*, *hạ
 * cánh* / *đáp xuống*), the usual shape of a paraphrase (review-n 1-3).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Fact } from '../../extract/fact'
import type { Located } from '../../extract/collect'
import { RELATIVE_DAY_WORDS } from '../../extract/dates/day-words'
import { keys } from '../../extract/fact-tokens'
import { ABOUT } from '../../reasons/hedges'
import { zoned } from '../../reasons/time-zones'
import { clockOnly } from './fact-moments'
import { beyondHedge } from './clock-hedges'
import { deadlineMet, measuresApart, oneMeasureShare, overlapBesideTimes, sameBound, sameExactBound } from './bounded-times'
import { contentWordsOf, joinedWord } from '../pairing/shared-words'
import { DOWN, UP } from '../../extract/numbers/move-verbs'
import { foldWord } from '../../../normalize/fold'
import { isVietnameseSyllable } from '../../extract/vi-syllables'
import { STOP } from '../../extract/numbers/number-words'
import { judgeSpelling } from '../../reasons/name-spelling'
import { OFFICES } from '../slots/office-roles'
import { othersAlikeIn } from './others-alike'
import { sentenceView } from '../../views/sentence-views'

/** Why two deadlines are one slot when both name one progress measure (bounded-times.ts): pair-facts.ts lifts these as an event's time. */
export const ONE_MEASURE_BY_DEADLINES = 'one progress measure, two deadlines'
/** Share of the smaller sentence's rare words both sentences hold, at least this: one statement retold. */
export const ONE_STATEMENT_OVERLAP = 0.6
/** Words right before a value that make it an end of a span, or a hedge that is no exact moment. */
const SPAN = keys('from to until till through between and từ đến tới – -')
const HEDGES = new Set([...ABOUT, ...keys('nearly almost before after by since gần sau trước hơn trên dưới')])
/** A fiscal year: "fiscal 1999", "FY 1999", "năm tài chính 1999", "tài khóa 1999". */
const FISCAL = keys('fiscal fy chính khóa')

const beforeOf = (f: Fact): readonly string[] => f.before ?? []
const last = (f: Fact): string => beforeOf(f)[beforeOf(f).length - 1] ?? ''
const plain = (f: Fact): boolean => !HEDGES.has(last(f)) && !SPAN.has(last(f)) && !beforeOf(f).includes('between')

/** A bare year: "in 1998", "năm 2019", not a range end nor a month's year. */
function yearOf(f: Fact): number | undefined {
  if (f.type === 'number') return f.kind === 'year' && !f.range ? f.value : undefined
  return f.year !== undefined && f.month === undefined && f.day === undefined && f.minutes === undefined ? f.year : undefined
}

const fiscal = (f: Fact): boolean => beforeOf(f).some((w) => FISCAL.has(w))

// The hour's zero minutes written out after its separator (20h00, 20 h 00, 8:00, 20.00, 20 giờ 00).
const zeroMinutes = (f: Fact): boolean => /(?:[:.hH]|giờ)\s*00(?!\d)/u.test(f.text)

/** Two exact clock times that cannot be one instant told two ways. */
function clocksApart(x: Fact, y: Fact): boolean {
  if (!clockOnly(x) || !clockOnly(y) || x.minutes === y.minutes) return false
  if (zoned(x) || zoned(y)) return false
  const gap = Math.abs(x.minutes - y.minutes)
  // "5:45 a.m." / "6 a.m.": the bare hour is the other's rounding; written with its zero minutes
  // (20h00, 20 h 00, 8:00 p.m.) it is as exact as 20h08
  if (((x.minutes % 60 === 0 && !zeroMinutes(x)) || (y.minutes % 60 === 0 && !zeroMinutes(y))) && gap <= 30) return false
  return gap !== 720
}

/**
 * Every other figure of each sentence is in the other one too: the moment is the statement's only
 * change. An update changes its figure with its time (*gold at $367.90 at 10 a.m.* / *$365.25 at 8
 * a.m.*: two quotes), a misreported time leaves the rest alone.
 */
function othersAlike(x: Fact, y: Fact, sentenceFacts: (side: 0 | 1) => readonly Fact[]): boolean {
  // counted through an index of the sentence pair (others-alike.ts): asked of many figures of one pair
  return othersAlikeIn(sentenceFacts(0), sentenceFacts(1), x, y)
}

/** Sentence i's content words (folded, no stop words), figures left out: what `swapped` compares. */
function readSentenceWords(doc: PreparedDocument, i: number): readonly string[] {
  const words = once(doc, contentWordsOf)
  const out: string[] = []
  for (let k = words.first[i]!, end = words.first[i + 1]!; k < end; k++) {
    const key = words.keys[words.ids[k]!]!
    if (!/\d/.test(key)) out.push(key)
  }
  return out
}

/** A word without the dots, apostrophes and hyphens that end it ("U.S." → "U.S", "Jones'" → "Jones"); a loop, as a `[…]+$` pattern backtracks on a long run of them. */
function withoutTrailingMarks(word: string): string {
  let end = word.length
  while (end > 0 && ".'’-".includes(word[end - 1]!)) end--
  return word.slice(0, end)
}

/**
 * Sentence i's capitalised words (names, as written), by their content-word key:
 * what tells two names from two plain words in `swapped`.
 */
function readSentenceNames(doc: PreparedDocument, i: number): ReadonlyMap<string, string> {
  const s = doc.sentences[i]!
  const out = new Map<string, string>()
  const tokens = doc.nfc.text.slice(s.nfcStart, s.nfcEnd).match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu) ?? []
  tokens.forEach((t, k) => {
    const word = withoutTrailingMarks(t)
    const key = joinedWord(foldWord(word))
    // the first word is capitalised anyway: a name only when it is no Vietnamese syllable nor a stop word (Vingroup, not Chuyến, The)
    if (/^\p{Lu}/u.test(word) && (k > 0 || (!isVietnameseSyllable(key) && !STOP.has(key)))) out.set(key, word)
  })
  return out
}

/** Read once a report and sentence (views/sentence-views.ts): a story's pairs ask for the same sentences' words and names again and again. */
export const sentenceWordsOf = (doc: PreparedDocument, i: number): readonly string[] => sentenceView(doc, i, readSentenceWords)
export const sentenceNamesOf = (doc: PreparedDocument, i: number): ReadonlyMap<string, string> => sentenceView(doc, i, readSentenceNames)

/** The words of a value's own text ("năm giờ sáng", "a.m."), folded as content words are. */
const ownWords = (f: Fact): string[] => f.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u).map(joinedWord)
/**
 * Words of the moment, not of the statement: a day named from the paper's own (*at 4 a.m.
 * yesterday* / *at 6 a.m. today*, *lúc 4 giờ sáng qua* / *6 giờ sáng nay*), which two outlets a day
 * apart write for one event.
 */
const ofTheMoment = (w: string): boolean => RELATIVE_DAY_WORDS.has(w)

/** Words of two opposite events or qualifiers, each side of a pair: one in each sentence is a parallel frame. */
const OPPOSITES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [UP, DOWN],
  [keys('open opens opened opening reopened mở'), keys('close closes closed closing shut đóng')],
  [keys('begin begins began start starts started bắt'), keys('end ends ended finish finishes finished kết')],
  [keys('arrive arrives arrived đến'), keys('leave leaves left depart departs departed rời')],
  [keys('weekday weekdays thường'), keys('weekend weekends cuối')],
]

/** The offices (office-roles.ts) whose every word is in `words`. */
const officesIn = (words: ReadonlySet<string>): string[] => OFFICES.filter((p) => p.every((w) => words.has(w))).map((p) => p.join(' '))

/**
 * A word of each sentence the other lacks that stands in the other's place, the values' own words
 * aside: two names that are no respelling of one (*Indiana* / *Michigan*, *Vingroup* / *Masan*, not
 * *Pompeo* / *Pompeio*), two opposite events or qualifiers (*rose* / *fell*, *mở* / *đóng*,
 * *weekdays* / *weekends*), two offices (*giám đốc* / *chủ tịch*): another statement of one frame.
 * Two plain words of one's own each side (*founded* / *established*, *hạ cánh* / *đáp xuống*) are
 * the usual shape of a paraphrase, not of a second statement (review-n 1-3).
 */
function swapped(x: Fact, y: Fact, sentenceWords: (side: 0 | 1) => readonly string[], sentenceNames: (side: 0 | 1) => ReadonlyMap<string, string>): boolean {
  const own = new Set([...ownWords(x), ...ownWords(y)])
  const a = new Set(sentenceWords(0).filter((w) => !own.has(w) && !ofTheMoment(w)))
  const b = new Set(sentenceWords(1).filter((w) => !own.has(w) && !ofTheMoment(w)))
  const onlyA = new Set([...a].filter((w) => !b.has(w)))
  const onlyB = new Set([...b].filter((w) => !a.has(w)))
  if (onlyA.size === 0 || onlyB.size === 0) return false
  const namesA = [...onlyA].map((w) => sentenceNames(0).get(w)).filter((w) => w !== undefined)
  const namesB = [...onlyB].map((w) => sentenceNames(1).get(w)).filter((w) => w !== undefined)
  if (namesA.length > 0 && namesB.length > 0 && judgeSpelling(namesA.join(' '), namesB.join(' ')).kind === 'different') return true
  const holds = (side: ReadonlySet<string>, set: ReadonlySet<string>): boolean => [...side].some((w) => set.has(w))
  if (OPPOSITES.some(([p, q]) => (holds(onlyA, p) && holds(onlyB, q)) || (holds(onlyA, q) && holds(onlyB, p)))) return true
  const [officesA, officesB] = [officesIn(onlyA), officesIn(onlyB)]
  return officesA.length > 0 && officesB.length > 0
}

/**
 * Why two clock times, or two consecutive years, are taken as one statement's moment, given the
 * share of rare words their sentences hold (`overlap`), whether the same words stand beside
 * both, and each sentence's facts and content words; undefined when they may be two moments.
 */
export function oneStatedMoment(
  x: Fact,
  y: Fact,
  overlap: number,
  sameNeighbours: boolean,
  sentenceFacts: (side: 0 | 1) => readonly Fact[],
  sentenceWords: (side: 0 | 1) => readonly string[],
  sentenceNames: (side: 0 | 1) => ReadonlyMap<string, string>,
  sentenceTexts: readonly [string, string] = ['', ''],
): string | undefined {
  // A hedged time beyond its hedge's reach (around 3:30 / 3:50) is as exact a claim as a plain one (clock-hedges.ts).
  const hedgedApart = beyondHedge(x, y)
  const bounded = (sameExactBound(x, y) || (hedgedApart && sameBound(x, y))) && deadlineMet(x, y, sentenceTexts, [sentenceFacts(0), sentenceFacts(1)])
  // a deadline told two ways: the time's own words ("khoảng", "tối cùng ngày") weigh on the plain share
  // (or one progress measure worded two ways: *giải quyết xong* / *giải tỏa*, the shorter clause read in the longer)
  const measure = bounded ? oneMeasureShare(x, y, sentenceWords(0), sentenceWords(1)) : 0
  const shared = bounded ? Math.max(overlap, overlapBesideTimes(x, y, sentenceWords(0), sentenceWords(1)), measure) : overlap
  // the one bound word both give (đến, by) is the word beside both values, past a hedge or a day part
  if ((!sameNeighbours && !bounded) || shared < ONE_STATEMENT_OVERLAP || (!hedgedApart && !(plain(x) && plain(y)) && !bounded)) return undefined
  if (!othersAlike(x, y, sentenceFacts) || swapped(x, y, sentenceWords, sentenceNames)) return undefined
  // two measures (contained / put out) or two subjects of one (the scene / one lane) are two moments however alike the words
  if (measuresApart(x, y, sentenceWords(0), sentenceWords(1))) return undefined
  // one measure named by both deadlines ties them as firmly as one event's time (event-times.ts), not just as alike words
  if (measure >= ONE_STATEMENT_OVERLAP && (hedgedApart || clocksApart(x, y))) return ONE_MEASURE_BY_DEADLINES
  if (hedgedApart) return 'one statement timed two ways beyond its hedge'
  if (clocksApart(x, y)) return 'one statement timed two ways'
  const [ya, yb] = [yearOf(x), yearOf(y)]
  if (ya !== undefined && yb !== undefined && Math.abs(ya - yb) === 1 && fiscal(x) === fiscal(y)) return 'one statement dated two ways'
  return undefined
}

/**
 * oneStatedMoment for two located facts of two reports, their sentences' words, names and texts
 * read from the reports: the pairer's one call. `sentenceFacts`: the facts of x's sentence (0) and y's (1).
 */
export function statedMomentOf(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument, sentenceFacts: (side: 0 | 1) => readonly Fact[], overlap: number, sameNeighbours: boolean): string | undefined {
  const sentenceWords = (side: 0 | 1): readonly string[] => (side === 0 ? sentenceWordsOf(docA, x.sentence) : sentenceWordsOf(docB, y.sentence))
  const sentenceNames = (side: 0 | 1): ReadonlyMap<string, string> => (side === 0 ? sentenceNamesOf(docA, x.sentence) : sentenceNamesOf(docB, y.sentence))
  const texts = [docA.sentences[x.sentence]?.text ?? '', docB.sentences[y.sentence]?.text ?? ''] as const
  return oneStatedMoment(x.fact, y.fact, overlap, sameNeighbours, sentenceFacts, sentenceWords, sentenceNames, texts)
}

/** Two clock times' event-time evidence: the event's own (event-times.ts, lede-times.ts), else two deadlines of one measure. */
export const eventTimeOrDeadline = (eventTimes: string | undefined, stated: string | undefined): string | undefined =>
  eventTimes ?? (stated === ONE_MEASURE_BY_DEADLINES ? stated : undefined)

const OPENS = keys('from between từ')
const CLOSES = keys('to until till through and đến tới')
/** A year that opens or closes a span in words: "from 1998", "to 2001", "between 1998 and 2001", "từ năm 1998 đến năm 2001". */
function spanEnd(f: Fact): boolean {
  const before = beforeOf(f)
  const w = last(f) === 'năm' ? before[before.length - 2] ?? '' : last(f)
  return OPENS.has(w) || (CLOSES.has(w) && before.some((b) => OPENS.has(b)))
}

/**
 * A year alone inside the span the other sentence gives ("ran the museum from 1998 to 2001" / "in
 * 1999"): a year within the span, which neither end is. The ends are the years the span's sentence
 * states, one of them an end in words ("from", "to", "between", "từ", "đến"); a year outside the
 * span ("từ năm 1979-1996" / "nghỉ hưu năm 1997") still meets its end.
 */
export function yearInsideSpan(x: Fact, y: Fact, sentenceYears: (side: 0 | 1) => readonly Fact[]): boolean {
  const [ya, yb] = [yearOf(x), yearOf(y)]
  if (ya === undefined || yb === undefined || spanEnd(x) === spanEnd(y)) return false
  const [span, lone, side] = spanEnd(x) ? [x, yb, 0 as const] : [y, ya, 1 as const]
  const ends = sentenceYears(side).filter((f) => f !== span).map(yearOf).filter((v) => v !== undefined)
  const own = yearOf(span)!
  return ends.some((e) => Math.min(e, own) < lone && lone < Math.max(e, own))
}
