/**
 * Month names of French, Italian, Spanish, Portuguese, German, Indonesian and Dutch (and the genitives of Russian,
 * Polish, Czech, Slovak and Croatian), full and short, in one table
 * read by the date extractor (diverge/extract/dates/european-months.ts) and by the sentence splitter,
 * which must not end a German sentence at a day's own dot (*am 21. März*).
 *
 * Per language: twelve cells by month (variants joined by `|`, `-` for none), the short forms
 * (written with a dot), and the words that are also a name, a noun or an English word; `capitalised`
 * for the languages that write their months with a capital (an ambiguous month is read only in
 * its language's case).
 */
export const EUROPEAN_MONTHS = {
  fr: {
    full: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    short: 'janv fév|févr avr - - - juil - sept oct nov déc',
    ambiguous: 'mars mai',
  },
  it: {
    full: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    short: 'gen|genn feb|febbr mar apr mag|magg giu lug ago set|sett ott nov dic',
    ambiguous: 'marzo agosto set',
  },
  es: {
    full: 'enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre',
    short: 'ene feb mar abr may jun jul ago sep|sept|set oct nov dic',
    ambiguous: 'marzo mayo julio agosto',
  },
  pt: {
    full: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    short: 'jan fev mar abr mai jun jul ago set out nov dez',
    ambiguous: 'março agosto',
  },
  de: {
    full: 'januar|jänner februar märz april mai juni juli august september oktober november dezember',
    short: 'jan feb|febr mär|mrz apr - jun jul aug sep|sept okt nov dez',
    ambiguous: 'april mai juni juli august',
    capitalised: true,
  },
  // Indonesian (IndoSum's *Sabtu, 3 Februari 2018*): *Mei*, *Juni*, *Juli* are also names, the rest English words
  id: {
    full: 'januari februari maret april mei juni juli agustus september oktober november desember',
    short: 'jan feb mar apr - jun jul agu|agt sep|sept okt nov des',
    ambiguous: 'april mei juni juli september november mar jun jul sep sept nov',
    capitalised: true,
  },
  nl: {
    full: 'januari februari maart april mei juni juli augustus september oktober november december',
    short: 'jan feb mrt apr - jun jul aug sep|sept okt nov dec',
    ambiguous: 'april mei juni juli september november december mrt jun jul aug sep sept nov dec',
  },
  // Russian (TGNews' *2 мая*, *1 февраля 2019 года*): a day puts its month in the genitive, the only case read here
  ru: {
    full: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    short: 'янв фев|февр мар апр - - - авг сент|сен окт нояб|ноя дек',
    ambiguous: '',
  },
  // Polish, Czech, Slovak and Croatian put a day's month in the genitive too (*19 marca*, *5. května*, *5. mája*,
  // *5. svibnja*); Polish writes the day bare, the others with its dot. Croatian *listopada* is October, Polish November:
  // the two are read in their own shapes (european-months.ts), never one table.
  pl: {
    full: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    short: 'stycz|sty lut mar kwiet|kwi - czerw|cze lip sierp|sie wrz paźdz|paź listop|lis grudn|gru',
    ambiguous: '',
  },
  cs: {
    full: 'ledna února března dubna května června července srpna září října listopadu prosince',
    short: '- - - - - - - - - - - -',
    ambiguous: '',
  },
  sk: {
    full: 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
    short: '- - - - - - - - - - - -',
    ambiguous: '',
  },
  hr: {
    full: 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga|studenog prosinca',
    short: '- - - - - - - - - - - -',
    ambiguous: '',
  },
  // Arabic as Egypt and the Gulf write the months (*4 فبراير 2020*), with the spellings of April, June and July
  // that outlets share; the Levantine names (*شباط*, *كانون الثاني*) are also words, names or two words: left out
  ar: {
    full: 'يناير فبراير مارس أبريل|إبريل|ابريل مايو يونيو|يونيه يوليو|يوليه أغسطس سبتمبر أكتوبر|اكتوبر نوفمبر ديسمبر',
    short: '- - - - - - - - - - - -',
    ambiguous: '',
  },
} as const
export type MonthLanguage = keyof typeof EUROPEAN_MONTHS

/**
 * Vietnamese words after *thứ* by weekday number less one (thứ Hai = Monday = 1); Sunday is *chủ
 * nhật*: read by day-words.ts, date-quantities.ts, clause-names.ts, outcome-counts.ts and the weekday rules.
 */
export const VI_WEEKDAY_NUMBERS: readonly string[] = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy']
/** English weekday names by weekday number (Sunday = 0), lower case: read by day-words.ts, calendar-words.ts, event-clause.ts, the date rules and the word lists that pass over a day. */
export const ENGLISH_WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
/** English month names, full and short (*Sept*, no *May* short form), lower case, to their month: read by the date rules, lede-times.ts and calendar-words.ts (its named subsets). */
export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  }),
)

/** A word without its marks, lower case: "März" → "marz". */
export const unmarkedMonth = (word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()

const words = (list: string): string[] => list.split(/[ |]/u).filter((w) => w !== '-').map(unmarkedMonth)
/** German month names, full and short, unmarked: after "21." one of these goes on with the day. */
export const GERMAN_MONTH_WORDS: ReadonlySet<string> = new Set(words(`${EUROPEAN_MONTHS.de.full} ${EUROPEAN_MONTHS.de.short}`))
/** German short forms (*Jan.*, *Dez.*), read as months only with their dot: without it they are first names (*Jan Vesely*). */
export const GERMAN_SHORT_MONTHS: ReadonlySet<string> = new Set(words(EUROPEAN_MONTHS.de.short))
/**
 * Words before a German day that make "21." a date's ("vom 19. bis 21. März", "Dienstag, 21. März").
 * Every German month needs one (or a year after it): *September*, *November*, *August* are English
 * words and *März* opens a sentence after a German rank ("Platz 3. März begann …") alike.
 */
export const GERMAN_DAY_LEADS: ReadonlySet<string> = new Set(
  words('vom von bis zum seit ab dem den und oder zwischen montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'),
)
// English writes "am" too ("I am 21. August is …"): after these words it is the English verb.
const ENGLISH_BEFORE_AM: ReadonlySet<string> = new Set(words('i who that still really now also not just'))

/** Whether `lead` (the word before a German day) leads a date; `before` is the word before it, for *am*. */
export function germanDayLead(lead: string, before: string): boolean {
  const word = unmarkedMonth(lead)
  return GERMAN_DAY_LEADS.has(word) || (word === 'am' && !ENGLISH_BEFORE_AM.has(unmarkedMonth(before)))
}
