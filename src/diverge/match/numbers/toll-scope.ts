/**
 * What a toll's own words say of its scope, read by the main-toll rule (toll-pairs.ts) and the
 * one-place guard (outcome-counts.ts); review rtolls37 found each of these misread:
 *
 * - one place's share needs "alone" after a place ("in the capital alone", "Aceh alone") or
 *   "riêng" before one ("riêng tại Hà Nội", "riêng Hà Nội"): "lived alone", "not alone", "nhà
 *   riêng" (a private house), "xe riêng" share nothing;
 * - a forecast is no toll yet: "could climb to 100", "is expected to reach", "có thể lên tới",
 *   "dự kiến", "nguy cơ";
 * - a sentence recalling another event tells that event's toll: "two weeks after a bombing …
 *   killed 60", "a similar storm", "the previous attack", "vụ trước", "trước đó";
 * - a compass region is a place: "in the north", "northern", "miền Bắc", "phía nam";
 * - "chết và bị thương", "thương vong" count the dead and the injured together (EN "killed or
 *   injured" is read so by the outcome words already);
 * - a running total of a period: "since the rainy season began", "since January", "kể từ đầu mùa".
 */
import { keys } from '../../extract/fact-tokens'
import { wordPairs } from '../../../normalize/word-lists'
import { foldWord } from '../../../normalize/fold'
import type { Clause } from '../clauses/clauses'
import { ENGLISH_FULL_MONTHS } from '../../../normalize/calendar-words'

/** Common nouns of places (names are read from a clause's capitals), read here and by toll-pairs.ts. */
export const PLACE_NOUNS = keys('town city village district province capital country region state county area island làng xã huyện tỉnh quận phố thị thành vùng khu')
/** Words that place a figure: "killed 8 people in the town", "tại huyện Hương Hóa"; read by toll-pairs.ts and thing-pairs.ts. */
export const PLACE_LEADS = keys('in at across throughout ở tại trên')
const ALONE = foldWord('alone')
const RIENG = foldWord('riêng')
/** After "riêng": "riêng tại Hà Nội", "riêng ở", "riêng trong". */
const VI_PLACE_LEADS = keys('tại ở trong')

/** A place word: a common noun of places or one of the sentence's capitalised names. */
const isPlace = (w: string, names: ReadonlySet<string>): boolean => PLACE_NOUNS.has(w) || names.has(w)

/**
 * Whether the words set off one place's share: "the capital alone", "Aceh alone", "riêng tại X",
 * "riêng X". "riêng" shares only where a clause opens on it (`opens`): after a noun it is "private"
 * ("nhà riêng ở quận Cầu Giấy").
 */
export function placeAloneIn(words: readonly string[], names: ReadonlySet<string>, opens: (k: number) => boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (w === ALONE && k > 0 && isPlace(words[k - 1]!, names)) return true
    if (w === RIENG && k + 1 < words.length && opens(k) && (VI_PLACE_LEADS.has(words[k + 1]!) || isPlace(words[k + 1]!, names))) return true
  }
  return false
}

/** Words that make a figure a forecast or a possibility; Vietnamese ones as pairs below. */
const FORECAST = keys('could may might would expected likely feared fear fears forecast projected')
const VI_FORECAST_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = wordPairs([
  ['có', 'thể'],
  ['dự', 'kiến báo'],
  ['nguy', 'cơ'],
  ['e', 'ngại'],
  ['lo', 'ngại'],
])
const pairAt = (pairs: ReadonlyMap<string, ReadonlySet<string>>, words: readonly string[], k: number): boolean => pairs.get(words[k]!)?.has(words[k + 1] ?? '') ?? false

/** A forecast's figure: a modal or an expectation among the few words before it in its clause. */
export function forecast(c: Clause): boolean {
  return forecastIn(c.before.slice(-6))
}

/** Whether words hold a modal or an expectation ("could", "expected", "có thể", "nguy cơ"). */
export function forecastIn(words: readonly string[]): boolean {
  return words.some((w, k) => FORECAST.has(w) || pairAt(VI_FORECAST_PAIRS, words, k))
}

/** Marks of another event recalled: "a similar storm", "the previous attack"; "tương tự" below. */
const OTHER_EVENT = keys('similar previous prior')
const VI_SIMILAR = [foldWord('tương'), foldWord('tự')] as const
const SPANS = keys('days weeks months years day week month year ngày tuần tháng năm')
const AFTER_BEFORE = keys('after before sau')
const VI_BEFORE = foldWord('trước')
const VI_EVENT_HEADS = keys('vụ trận cơn đợt')

/** Whether a sentence's words recall another event: "two weeks after a bombing", "a similar storm", "vụ trước", "trước đó". */
export function recallsAnotherEvent(words: readonly string[]): boolean {
  return recallAt(words) >= 0
}

/**
 * Where a sentence's recall of another event starts to cover its figures (those with at least this many words before them), or -1. Only a time
 * measured from another event ("a day after the reported execution of a pilot") leaves a figure
 * before it to the sentence's own event ("Thirty civilians were killed … a day after …"); one after
 * it is the recalled event's ("two weeks after a bombing … killed 60"). A word that describes an
 * event ("the previous bombing", "a similar attack", "vụ đánh bom trước đó") may describe the very
 * event the figure counts ("60 died in the previous bombing"): the whole sentence is recalled (0).
 */
export function recallAt(words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (OTHER_EVENT.has(w) || (w === VI_SIMILAR[0] && words[k + 1] === VI_SIMILAR[1])) return 0
    // "two weeks after", "months before", "hai tuần sau": another event's time measured from this one
    if (SPANS.has(w) && AFTER_BEFORE.has(words[k + 1] ?? '')) return k
    if (w === VI_BEFORE && (words[k + 1] === foldWord('đó') || VI_EVENT_HEADS.has(words[k - 1] ?? ''))) return 0
  }
  return -1
}

/** Compass regions; "north"/"northern" read as one region. */
const COMPASS: ReadonlyMap<string, string> = new Map(
  [
    ['north', 'north'], ['northern', 'north'], ['south', 'south'], ['southern', 'south'],
    ['east', 'east'], ['eastern', 'east'], ['west', 'west'], ['western', 'west'],
    ['northeast', 'northeast'], ['northeastern', 'northeast'], ['northwest', 'northwest'], ['northwestern', 'northwest'],
    ['southeast', 'southeast'], ['southeastern', 'southeast'], ['southwest', 'southwest'], ['southwestern', 'southwest'],
    ['central', 'central'],
  ],
)
/** VI regions follow their noun: "miền Bắc", "phía nam", "vùng Tây Bắc". */
const VI_REGION_HEADS = keys('miền phía vùng')
const VI_COMPASS: ReadonlyMap<string, string> = new Map(
  [
    ['bắc', 'north'], ['nam', 'south'], ['đông', 'east'], ['tây', 'west'], ['trung', 'central'],
  ].map(([w, r]) => [foldWord(w!), r!]),
)

/** The compass region a place's words name ("the north", "northern Vietnam", "miền Bắc"), if they name one. */
export function regionIn(words: readonly string[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const region = COMPASS.get(words[k]!)
    if (region !== undefined) return region
    if (VI_REGION_HEADS.has(words[k]!) && VI_COMPASS.has(words[k + 1] ?? '')) return VI_COMPASS.get(words[k + 1]!)
  }
  return undefined
}

const VI_DEAD = keys('chết')
const VI_AND_OR = keys('và hoặc hay')
const VI_HURT = keys('thương')
const VI_COMBINED = foldWord('vong')

/** "50 người chết và bị thương", "50 người thương vong": the dead and the injured counted together. */
export function combinedCasualties(c: Clause): boolean {
  const words = c.after.slice(0, 6)
  for (let k = 0; k < words.length; k++) {
    if (VI_HURT.has(words[k]!) && words[k + 1] === VI_COMBINED) return true
    if (VI_DEAD.has(words[k]!) && VI_AND_OR.has(words[k + 1] ?? '') && words.slice(k + 2, k + 4).some((w) => VI_HURT.has(w))) return true
  }
  return false
}

const SINCE = keys('since seit')
const PERIOD_WORDS = keys(
  `season began start started beginning ${ENGLISH_FULL_MONTHS.join(' ')} year month week ` +
    // German: "seit Jahresbeginn", "seit Beginn des Krieges", "seit Januar" (review runlinked54)
    'beginn anfang jahresbeginn jahresanfang monatsbeginn saisonbeginn kriegsbeginn jahr jahres monat woche wochen monaten januar februar märz april mai juni juli august september oktober november dezember',
)
const VI_SINCE = foldWord('từ')
const VI_PERIOD = keys('đầu tháng mùa năm')

/** A running total of a period: "since the rainy season began", "since January", "(kể) từ đầu mùa mưa". */
export function periodTotal(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (SINCE.has(words[k]!) && words.slice(k + 1, k + 5).some((w) => PERIOD_WORDS.has(w))) return true
    if (words[k] === VI_SINCE && VI_PERIOD.has(words[k + 1] ?? '')) return true
  }
  return false
}

/** A toll of a whole country or a season, not of one event: "Nationwide, … this year have left 340 people dead", "cả nước", "năm nay". */
const WIDE = keys('nationwide national countrywide statewide nationally')
const WIDE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = wordPairs([
  ['this', 'year season month week'],
  ['năm', 'nay'],
  ['cả', 'nước'],
  ['toàn', 'quốc'],
  ['từ', 'đầu'],
])
/**
 * "Neste mês, explosões … mataram 44 pessoas", "este ano": a month's or a year's count, unless one
 * event leads the clause ("Uma explosão … matou 44 pessoas neste mês de Ramadã" is one incident's
 * toll, review rtolls52 (2)); a week is one incident's time ("esta semana"), so it is not read here.
 */
const PERIOD_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = wordPairs([
  ['este', 'mês ano'],
  ['neste', 'mês ano'],
])
const ONE_EVENT = keys('um uma')

/** A country's or a season's toll: a wide scope in the figure's sentence up to its clause's end. */
export function wideScope(c: Clause): boolean {
  const words = [...c.lead, ...c.after]
  const pair = (pairs: typeof WIDE_PAIRS, k: number): boolean => pairs.get(words[k]!)?.has(words[k + 1] ?? '') ?? false
  if (words.some((w, k) => WIDE.has(w) || pair(WIDE_PAIRS, k))) return true
  return !c.lead.some((w) => ONE_EVENT.has(w)) && words.some((_, k) => pair(PERIOD_PAIRS, k))
}
