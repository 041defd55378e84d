/**
 * Weekday and month names in one place, for every rule that must tell a calendar word from a name,
 * a place or a word of the story: the weekday reader (diverge/extract/dates/day-words.ts), the name
 * reader's capitals (document/letter-words.ts), the respelling judge (match/names/name-typos.ts) and
 * the lead reader (match/numbers/toll-leads.ts) read these tables or a named subset of them, so a
 * language added here reaches them all, not the one copy a rule's author happened to edit.
 *
 * Month names beyond English live in month-names.ts (EUROPEAN_MONTHS), with their short forms and
 * the words among them that are also names.
 */
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, EUROPEAN_MONTHS, unmarkedMonth } from './month-names'

/**
 * Weekday names by language, Sunday first (weekday number 0), lower case, variants of one day joined
 * by `|`: Portuguese with its -feira; German *Sonnabend* beside *Samstag*; Indonesian *Jum'at* beside
 * *Jumat*, and *Minggu*, also "week"; Polish and Czech with the cases a weekday is dated in.
 */
export const WEEKDAYS_BY_LANGUAGE = {
  en: ENGLISH_WEEKDAYS.join(' '),
  fr: 'dimanche lundi mardi mercredi jeudi vendredi samedi',
  es: 'domingo lunes martes miércoles jueves viernes sábado',
  de: 'sonntag montag dienstag mittwoch donnerstag freitag samstag|sonnabend',
  pt: 'domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado',
  it: 'domenica lunedì martedì mercoledì giovedì venerdì sabato',
  nl: 'zondag maandag dinsdag woensdag donderdag vrijdag zaterdag',
  id: "minggu senin selasa rabu kamis jumat|jum'at sabtu",
  // Polish and Czech decline their weekdays (*w środę*, *we wtorek*, *ve středu*, *v neděli*): the cases a date is told in; not the
  // locatives *środzie*, *sobocie*: *w Środzie Śląskiej* is a town, no day (review rpolish58 bug 5)
  pl: 'niedziela|niedzielę|niedzieli poniedziałek|poniedziałku wtorek|wtorku środa|środę|środy czwartek|czwartku piątek|piątku sobota|sobotę|soboty',
  cs: 'neděle|neděli pondělí úterý středa|středu|středy čtvrtek|čtvrtka|čtvrtku pátek|pátku sobota|sobotu|soboty',
} as const
export type WeekdayLanguage = keyof typeof WEEKDAYS_BY_LANGUAGE

/** The weekday names of `languages`, each with its weekday number (Sunday = 0). */
export function weekdayNames(languages: readonly WeekdayLanguage[]): ReadonlyArray<readonly [string, number]> {
  return languages.flatMap((language) =>
    WEEKDAYS_BY_LANGUAGE[language].split(' ').flatMap((day, k) => day.split('|').map((name) => [name, k] as const)),
  )
}

/**
 * Languages beside English whose weekdays the weekday reader knows (day-words.ts' weekdayOfWord, looked
 * up without marks, so *miercoles*, *sabado* typed bare are read too): no verb reader of these
 * languages dates them, so they are read where two copies of one sentence differ in nothing but the
 * weekday (match/dates/weekday-events.ts) and beside a date of their own.
 */
export const OTHER_WEEKDAY_LANGUAGES: readonly WeekdayLanguage[] = ['fr', 'es', 'de', 'pt', 'it', 'nl', 'id', 'pl', 'cs']

/** English months written out ("january" … "december"), without their short forms. */
export const ENGLISH_FULL_MONTHS: readonly string[] = [...ENGLISH_MONTHS.keys()].filter(
  (name) => ![...ENGLISH_MONTHS.keys()].some((other) => other.length > name.length && ENGLISH_MONTHS.get(other) === ENGLISH_MONTHS.get(name)),
)

/** The month names of every language written out (English, and EUROPEAN_MONTHS' full forms), lower case, marks kept. */
export const FULL_MONTH_NAMES: readonly string[] = [
  ...ENGLISH_FULL_MONTHS,
  ...Object.values(EUROPEAN_MONTHS).flatMap((months) => months.full.split(/[ |]/u)),
]

/** Month names of every language, full and short, without their marks ("märz" → "marz", "dez"): for a lookup of `unmarkedMonth(word)`. */
export const UNMARKED_MONTH_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_MONTHS.keys(),
  ...Object.values(EUROPEAN_MONTHS).flatMap((m) => `${m.full} ${m.short}`.split(/[ |]/u).map(unmarkedMonth)),
])

/**
 * Calendar words capitalised anywhere, so never a name by their capital: the weekdays of English,
 * German and Indonesian (*on Monday*, *am Samstag*, *pada Sabtu*) and the English months but May
 * (Theresa May). Not the weekdays of the languages that write them in lower case (*Domingo* at a
 * sentence's start is as often the surname), nor months that are also names (*Mai*, *Juni*).
 */
export const CAPITALISED_CALENDAR: ReadonlySet<string> = new Set([
  ...weekdayNames(['en', 'id', 'de']).map(([name]) => name),
  ...ENGLISH_FULL_MONTHS.filter((name) => name !== 'may'),
])

/**
 * Every calendar name the tables hold, lower case, marks kept: the weekdays of every language, the
 * months of every language written out and the English short forms (*Sept*, *Dec*). For a rule that
 * asks whether a word names a day or month at all, whatever its language or case.
 */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  ...weekdayNames(Object.keys(WEEKDAYS_BY_LANGUAGE) as WeekdayLanguage[]).map(([name]) => name),
  ...FULL_MONTH_NAMES,
  ...ENGLISH_MONTHS.keys(),
])

/** English months written out and weekdays, lower case: the calendar words of an English sentence, short forms aside. */
export const ENGLISH_CALENDAR: readonly string[] = [...ENGLISH_FULL_MONTHS, ...ENGLISH_WEEKDAYS]
