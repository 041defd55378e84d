/**
 * The words a report dates a figure's day or end by, per language, in one place: weekday names,
 * days named relative to the paper's (yesterday, hôm qua), the heads that name an end ("by", "as
 * of", "tính đến"), the ways of saying now, and the words of an end around its period ("the end
 * of", "cuối", "late", "sáng"). Read by the rules that set two counts apart by
 * their days and ends (match/dates/dated-counts.ts, match/numbers/total-ends.ts, match/numbers/tail-ends.ts) and by the
 * weekday reader (match/dates/weekday-dates.ts), so each language's words are listed once.
 *
 * Phrases are folded words in order (foldWord); a word set is folded too.
 */
import { foldWord } from '../../../normalize/fold'
import { keys, phrasesInOrder } from '../../../normalize/word-lists'
import { EN_MONTHS } from './date-words'
import { ENGLISH_WEEKDAYS, VI_WEEKDAY_NUMBERS } from '../../../normalize/month-names'
import { OTHER_WEEKDAY_LANGUAGES, weekdayNames } from '../../../normalize/calendar-words'

/** Folded phrases in the list's own order (readers of these lists take the first that fits). */
const phrases = (list: readonly string[]): ReadonlyArray<readonly string[]> => phrasesInOrder(list.join('|'))

/** English weekday names by weekday number (Sunday = 0), lower case. */
export const EN_WEEKDAYS: readonly string[] = ENGLISH_WEEKDAYS
// News repeats its words, and the weekday reader asks this of every word of a sentence that may
// name a day: a decomposition, three replacements and a lower case each time (~1 % of compare()).
const UNMARKED_CACHE_LIMIT = 100_000
const unmarkedCache = new Map<string, string>()

/** A word without its marks, lower case: "Miércoles" → "miercoles". */
export function unmarked(word: string): string {
  let bare = unmarkedCache.get(word)
  if (bare !== undefined) return bare
  bare = word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/gu, 'd').replace(/[’‘`´]/gu, "'").toLowerCase()
  if (word.length <= 64) {
    if (unmarkedCache.size >= UNMARKED_CACHE_LIMIT) unmarkedCache.clear()
    unmarkedCache.set(word, bare)
  }
  return bare
}
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...EN_WEEKDAYS.map((w, k) => [w, k] as const),
  ...weekdayNames(OTHER_WEEKDAY_LANGUAGES).map(([w, k]) => [unmarked(w), k] as const),
])
export const OTHER_WEEKDAYS: ReadonlySet<string> = new Set(weekdayNames(OTHER_WEEKDAY_LANGUAGES).map(([w]) => foldWord(w)))
/**
 * A whole word that is a German or Dutch weekday (calendar-words' names, spelt out here because
 * test/hardening/regex.test.ts checks literal patterns only) and a part of the day of three letters
 * or more after it: "Sonntagabend", "Montagmorgen", "zondagavond".
 */
const WEEKDAY_COMPOUND =
  /^(?<weekday>sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)(?<rest>\p{Ll}{3,})$/u

/**
 * The weekday (Sunday = 0) a word names, in English or a listed language, and what follows it in
 * the word: "Tuesday" → 2, "Tuesday’s" → 2 and "'s", a German or Dutch compound opening on a
 * weekday ("Sonntagabend", a Sunday evening) → 0 and "abend". Undefined for any other word.
 */
export function weekdayOfWord(word: string): { readonly day: number; readonly rest: string } | undefined {
  const w = unmarked(word)
  const plain = WEEKDAY_NUMBERS.get(w)
  if (plain !== undefined) return { day: plain, rest: '' }
  // Each regex only where it can match, asked of every word of a sentence that may name a day: an
  // apostrophe for the possessive, six letters of a weekday and three more for a compound.
  const possessive = w.includes("'") ? /^(.+)('s?)$/u.exec(w) : null
  const owner = possessive ? WEEKDAY_NUMBERS.get(possessive[1]!) : undefined
  if (owner !== undefined) return { day: owner, rest: possessive![2]! }
  const compound = w.length >= 9 ? WEEKDAY_COMPOUND.exec(w)?.groups : undefined
  return compound ? { day: WEEKDAY_NUMBERS.get(compound.weekday!)!, rest: compound.rest! } : undefined
}
export { VI_WEEKDAY_NUMBERS }
/** Vietnamese weekdays as phrases, Monday first, then *chủ nhật*. */
const VI_WEEKDAYS: readonly string[] = [...VI_WEEKDAY_NUMBERS.map((w) => `thứ ${w}`), 'chủ nhật']

/** Days named from the paper's own day, and parts of them ("last night", "sáng nay"). */
const RELATIVE_DAYS = {
  eng: ['yesterday', 'today', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening'],
  vie: ['hôm qua', 'hôm nay', 'hôm kia', 'sáng nay', 'trưa nay', 'chiều nay', 'tối nay', 'đêm nay', 'sáng qua', 'chiều qua', 'tối qua', 'đêm qua'],
} as const

/** The words of the days named from the paper's own day (both languages): "yesterday", "sáng nay" give "sáng", "nay". */
export const RELATIVE_DAY_WORDS: ReadonlySet<string> = keys([...RELATIVE_DAYS.eng, ...RELATIVE_DAYS.vie].join(' '))

/** Words that date a clause to one day: relative days, parts of them, weekdays (both languages). */
export const DAY_PHRASES: ReadonlyArray<readonly string[]> = phrases([
  ...RELATIVE_DAYS.eng,
  ...EN_WEEKDAYS.slice(1),
  EN_WEEKDAYS[0]!,
  ...RELATIVE_DAYS.vie,
  ...VI_WEEKDAYS,
])

/** Heads of an end that may stand anywhere in the clause ("… 70 cases as of Wednesday", "tính đến hôm qua"). */
const ANYWHERE_HEADS = { eng: ['as of'], vie: ['tính đến', 'tính tới'] } as const
export const ANYWHERE_END_HEADS: ReadonlyArray<readonly string[]> = phrases([...ANYWHERE_HEADS.eng, ...ANYWHERE_HEADS.vie])

/** Heads that name a total's end: "By March", "as of Sept. 30", "Tính đến tháng 3", "tính tới ngày 30/9", "cho đến". */
export const END_HEADS: ReadonlyArray<readonly string[]> = phrases(['by', ...ANYWHERE_HEADS.eng, ...ANYWHERE_HEADS.vie, 'cho đến', 'cho tới'])

/** Heads that say now on their own: "So far", "To date", "Đến nay", "Until now". */
export const NOW_HEADS: ReadonlyArray<readonly string[]> = phrases(['so far', 'to date', 'đến nay', 'tới nay', 'until now', 'up to now', 'thus far'])

/** Ends that are the time of writing, one word or a phrase ("đến thời điểm này", "through today", "to the present"). */
export const NOW_ENDS: ReadonlyArray<readonly string[]> = phrases([
  'nay', 'hiện', 'bây giờ', 'giờ', 'hôm nay', 'ngày hôm nay', 'lúc này', 'thời điểm này', 'thời điểm hiện tại', 'thời điểm hiện nay',
  'now', 'date', 'far', 'today', 'present', 'the present', 'this point', 'this day', 'the moment',
])

/** English month names and their short forms (date-words.ts), folded. */
const MONTH_NAMES: readonly string[] = [...EN_MONTHS.keys()].map(foldWord)

/** Month names and the Vietnamese date words (ngày, tháng): a word that names a calendar day or month in an end. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...keys('ngày tháng')])

/** Words a named end opens on: a month, a weekday, a part of a period ("By March", "tính đến ngày 30/9", "by the end of June"). */
export const END_OPENERS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...EN_WEEKDAYS,
  ...keys('mid late early end the noon midnight'),
  ...keys('tháng ngày năm quý tuần cuối giữa hết hôm sáng chiều tối trưa'),
])

/** Parts of a period an end names before it ("by the end of June"): after "the", only these open an end ("by the army" opens none). */
export const PERIOD_PARTS: ReadonlySet<string> = keys('end close start beginning middle')

/** Words of an end before the period it ends ("the end of June", "cuối tháng 6"), passed over to the period's own words. */
export const END_PART_WORDS: ReadonlySet<string> = new Set([...keys('the of'), ...PERIOD_PARTS, ...keys('hết cuối đầu giữa')])

/** Words that size or place an end within its period, not the period itself ("late Monday", "Tuesday night", "the end of the day", "sáng nay"). */
export const VAGUE_END_WORDS: ReadonlySet<string> = keys(
  'early late mid day night evening morning afternoon noon midday midnight tonight ' + 'ngày hôm sáng chiều tối trưa đêm khuya nay qua',
)
