/**
 * Month names of French, Italian, Spanish, Portuguese and German, full and short, in one table
 * read by the date extractor (diverge/extract/european-months.ts) and by the sentence splitter,
 * which must not end a German sentence at a day's own dot (*am 21. März*).
 *
 * Per language: twelve cells by month (variants joined by `|`, `-` for none), the short forms
 * (written with a dot), and the words that are also a name, a noun or an English word.
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
  },
} as const
export type MonthLanguage = keyof typeof EUROPEAN_MONTHS

/** A word without its marks, lower case: "März" → "marz". */
export const unmarkedMonth = (word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()

const words = (list: string): string[] => list.split(/[ |]/u).filter((w) => w !== '-').map(unmarkedMonth)
/** German month names, full and short, unmarked: after "21." one of these goes on with the day. */
export const GERMAN_MONTH_WORDS: ReadonlySet<string> = new Set(words(`${EUROPEAN_MONTHS.de.full} ${EUROPEAN_MONTHS.de.short}`))
/** German months that are also names or English words (*Mai*, *Juli*, *August*): after "21." only with a lead word before the day. */
export const GERMAN_AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(words(EUROPEAN_MONTHS.de.ambiguous))
/** Words before a German day that make "21." a date's ("am 21. Mai", "vom 19. bis 21. Juli"). */
export const GERMAN_DAY_LEADS: ReadonlySet<string> = new Set(words('am vom von bis zum seit ab dem den und oder zwischen'))
