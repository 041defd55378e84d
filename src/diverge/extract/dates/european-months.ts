/**
 * Dates written with a French, Spanish, German, Portuguese, Italian, Indonesian or Dutch month name:
 * *21 mars 2025*, *21 de marzo de 2025*, *am 21. März*, *21 de março*, *21 marzo 2025*, *3 Februari
 * 2018*, *3 februari 2018*, the short forms (*janv.*,
 * *Okt.*, *dic.*), and spans whose first day takes the month of the last (*du 19 au 21 mars*,
 * *del 19 al 21 de marzo*, *vom 19. bis 21. März*, *19-21 mars*). Unread, each was a bare day
 * and the other report's *March 21* a fact it "never" stated.
 *
 * The day always comes first, and the shape between day and month names the languages that may
 * follow: a space (French, Italian), *de* (Spanish, Portuguese) or the day's own dot (German).
 * Only that shape's months are looked up, so no language is assumed of the document. A month
 * whose word is also something else (*mars* the planet, *mai* a Vietnamese name or flower,
 * *Marzo* a surname, *Juli* a first name) is read only in its language's case and, where the
 * shape alone is no proof, after a word that leads a date (*le*, *am*, a weekday) or before a year.
 */
import { type Token, keys } from '../fact-tokens'
import { type RangeDay } from './date-ranges'
import { validDay, validYear } from './date-words'
import { OTHER_WEEKDAYS, unmarked, weekdayOfWord } from './day-words'
import { EUROPEAN_MONTHS, GERMAN_DAY_LEADS, germanDayLead, type MonthLanguage } from '../../../normalize/month-names'
import { arabicMonthAt } from './arabic-months'

/**
 * One month word of a language: its month, whether it is cut short (its dot follows), whether it is
 * also another word, and the cases its languages write it in (an ambiguous word is read only so).
 */
interface MonthWord {
  readonly month: number
  readonly short: boolean
  readonly ambiguous: boolean
  readonly cases: ReadonlySet<'upper' | 'lower'>
}

/** One shape's months, keyed unmarked so *fevrier*, *aout* and *marco* typed without marks are read too. */
function monthTable(languages: readonly MonthLanguage[]): ReadonlyMap<string, MonthWord> {
  const table = new Map<string, MonthWord>()
  for (const lang of languages) {
    const months = EUROPEAN_MONTHS[lang]
    const others = new Set(months.ambiguous.split(' ').map(unmarked))
    const letterCase = 'capitalised' in months ? 'upper' : 'lower'
    // a word two languages share (*februari*, *sept*) is ambiguous only if both say so, and read in either's case
    const add = (cell: string, month: number, isShort: boolean): void => {
      for (const w of cell.split('|')) {
        if (w === '-') continue
        const key = unmarked(w)
        const had = table.get(key)
        const ambiguous = others.has(key) && (had?.ambiguous ?? true)
        table.set(key, { month, short: isShort, ambiguous, cases: new Set([...(had?.cases ?? []), letterCase]) })
      }
    }
    const { full, short } = months
    full.split(' ').forEach((cell, k) => add(cell, k + 1, false))
    short.split(' ').forEach((cell, k) => add(cell, k + 1, true))
  }
  return table
}

// Arabic has no letter case: a month read by arabic-months.ts is taken in either
const ANY_CASE: ReadonlySet<'upper' | 'lower'> = new Set(['upper', 'lower'])

/** The three shapes between a day and its month, each with the languages written in it. */
// the spaced shape's languages other than Polish, whose months are read only as Polish writes them (below)
const SPACED_NOT_POLISH = ['fr', 'it', 'id', 'nl', 'ru', 'ar'] as const
const SPACED = monthTable([...SPACED_NOT_POLISH, 'pl'])
const WITH_DE = monthTable(['es', 'pt'])
const DOTTED = monthTable(['de'])
// Czech, Slovak and Croatian genitives after a day's dot (*5. května*): no English word among them, so no lead needed
const SLAVIC_DOTTED = monthTable(['cs', 'sk', 'hr'])
type Shape = 'spaced' | 'de' | 'dotted'

const cellsOf = (lang: MonthLanguage): string[] => `${EUROPEAN_MONTHS[lang].full} ${EUROPEAN_MONTHS[lang].short}`.split(/[ |]/u).filter((w) => w !== '-')
/**
 * Polish months as Polish writes them, lower case and marked (review rpolish58 bugs 3–4): unmarked, *2 mają* ("two have")
 * was 2 May, and a month capitalised after its day names a street or a holiday (*ulica 3 Maja*, *11 Listopada*).
 */
const POLISH_MARKED: ReadonlySet<string> = new Set(cellsOf('pl'))
const NOT_POLISH: ReadonlySet<string> = new Set(SPACED_NOT_POLISH.flatMap(cellsOf).map(unmarked))
/** Polish words whose genitive is another month in Croatian (*listopada*: November, October): no dotted day reads them. */
const POLISH_CLASHES: ReadonlySet<string> = new Set(cellsOf('pl').map(unmarked).filter((w) => SLAVIC_DOTTED.get(w) !== undefined && SPACED.get(w)?.month !== SLAVIC_DOTTED.get(w)!.month))
/** Street and square words: a date after them is the place's name (*ulica 3 Maja*, *ul. 29 Listopada*, *náměstí 28. října*). */
const STREETS = keys('ulica ulicy ulicę ulicą ulic ul aleja alei aleję al plac placu placem rondo ronda rondzie most mostu osiedle osiedla ulice ulici ulicí třída třídy třídě náměstí nám trg trgu street avenue square rue via calle')
function streetBefore(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.raw === '.' ? i - 2 : i - 1
  return STREETS.has(tokens[k]?.key ?? '')
}

// Lead words English writes before a date too ("and", "avant" never; "et" and "und" join lists in any text).
const ENGLISH_TOO = keys('et und oder')
// Words before a day that make it a date's ("le 21 mai", "am 21. Juli", "jusqu'au 21 mars"). After *de*
// ("2 de mayo") the shape is proof enough: no count or name is written so.
const LEADS: Record<Exclude<Shape, 'de'>, ReadonlySet<string>> = {
  // French, Italian, then Indonesian (*pada*, *tanggal*, *sejak*, *hingga*) and Dutch (*op*, *sinds*, *vanaf*, *tot*)
  spaced: keys("le la les du au à aux depuis dès jusqu'au avant après et ce il dal al del entro fino l' dall' sino pada tanggal sejak hingga sampai op sinds vanaf tot"),
  dotted: GERMAN_DAY_LEADS,
}
/**
 * Lead words of a day in languages that write the day first ("le 8/09", "el 8/09/2023", "am 8/09"):
 * before a slash date they say day first where the text's letters guessed English (month first).
 */
const DAY_FIRST_LEADS: ReadonlySet<string> = new Set([...LEADS.spaced, ...LEADS.dotted, ...keys('am el del desde hasta')].filter((w) => !ENGLISH_TOO.has(w)))

/** Weekdays of the languages that capitalise them (German, Indonesian): elsewhere a capital mid-sentence is a name (*Domingo said*). */
const CAPITALISED_WEEKDAYS = keys("Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Minggu Senin Selasa Rabu Kamis Jumat Jum'at Sabtu")
/** English words no day-first language writes: beside one, a weekday-like word is read in English copy (month first). */
const ENGLISH_WORDS = keys('the said says and were has have near with from after')
/** How far each side of a slash date its sentence is looked at for English words. */
const ENGLISH_REACH = 12

/** Whether an English word stands within reach of token `i`: the text there is English, whatever word looks like a weekday. */
function englishAround(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - ENGLISH_REACH); k < Math.min(tokens.length, i + ENGLISH_REACH); k++) if (tokens[k]!.kind === 'word' && ENGLISH_WORDS.has(tokens[k]!.key)) return true
  return false
}

/** Whether the word at `k` is a day-first language's weekday written as its language writes it: lower case, or capitalised where that language does or a sentence opens. */
function weekdayAsWritten(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (!OTHER_WEEKDAYS.has(t.key)) return false
  if (!/^\p{Lu}/u.test(t.raw) || CAPITALISED_WEEKDAYS.has(t.key)) return true
  const before = tokens[k - 1]
  return before === undefined || before.raw === '.' || before.raw === '!' || before.raw === '?'
}

/**
 * Whether the slash date at token `i` is led day first: a day-first language's lead word right
 * before it, or its weekday, bare or before a comma or a parenthesis (*samedi 3/1*, Indonesian
 * *Sabtu (3/1)* and *Sabtu, 3/2*, which writes no marks for the text's letters to guess from), in
 * a sentence with no English words. An English weekday says nothing: *Saturday 3/1* is March 1 in
 * American copy, and *Domingo 4/3 …, Domingo said* is a man's name in English copy.
 */
export function dayFirstAt(tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  if (tokens[k]?.raw === '(' || tokens[k]?.raw === ',') k--
  const t = tokens[k]
  if (!t || t.kind !== 'word') return false
  if (k === i - 1 && DAY_FIRST_LEADS.has(t.key)) return true
  return weekdayAsWritten(tokens, k) && !englishAround(tokens, i)
}

// The word that opens a span of days and the word that joins its ends, per shape ("du 19 au 21 mars").
const SPAN_OPENERS: Record<Shape, ReadonlySet<string>> = {
  spaced: keys('du dal'),
  de: keys('del de desde entre'),
  dotted: keys('vom von zwischen'),
}
const SPAN_JOINS: Record<Shape, ReadonlySet<string>> = {
  spaced: keys('au al'),
  de: keys('al a y e hasta até'),
  dotted: keys('bis und'),
}

/** A date read at a day token: the day, its month and year, the token it ends on, and a span's first day. */
export interface EuropeanDate {
  readonly day: number
  readonly month: number
  readonly year?: number
  /** Offset where the date's own text starts (after a dashed span's first day). */
  readonly start: number
  /** Index of the date's last token. */
  readonly last: number
  readonly first?: RangeDay
}

const isYear = (t: Token | undefined): t is Token => t?.kind === 'num' && /^\d{4}$/.test(t.raw) && validYear(+t.raw)
const upper = (raw: string): boolean => raw[0] !== undefined && raw[0] !== raw[0].toLowerCase()

/** Whether the words before token `i` lead a date: a lead word, or a weekday with or without its comma. */
function ledAt(tokens: readonly Token[], i: number, shape: Exclude<Shape, 'de'>): boolean {
  let k = i - 1
  if (tokens[k]?.raw === ',') k--
  const t = tokens[k]
  if (!t || t.kind !== 'word') return false
  // a dotted day after an English weekday is a decimal (*On Friday, 3.5 inches*): only a German weekday leads it
  if (weekdayOfWord(t.raw) !== undefined) return shape !== 'dotted' || germanDayLead(t.raw, '')
  if (k !== i - 1) return false
  // German "am" is English too ("I am 21. August …"): germanDayLead reads the word before it
  return shape === 'dotted' ? germanDayLead(t.raw, tokens[k - 1]?.kind === 'word' ? tokens[k - 1]!.raw : '') : LEADS[shape].has(t.key)
}

/**
 * Whether the numeric day at token `i` (*14.05.*) follows a German day lead (*am*, *vom*, *bis*, a
 * weekday): the lead, not the text's guessed language, makes a dotted day and month a date, since
 * *14.05* elsewhere is a decimal, a score or a time.
 */
export const germanDayLedAt = (tokens: readonly Token[], i: number): boolean => ledAt(tokens, i, 'dotted')

/**
 * The first day of a span ending in the day at token `i` ("du 19 au 21 mars" → 19): a smaller
 * day after the shape's opener, joined by its word (German days with their dots).
 */
function spanFirst(tokens: readonly Token[], i: number, day: number, shape: Shape): { readonly first: RangeDay; readonly at: number } | undefined {
  const join = tokens[i - 1]
  if (!join || !SPAN_JOINS[shape].has(join.key)) return undefined
  let k = i - 2
  if (shape === 'dotted' && tokens[k]?.raw === '.') k--
  const lead = tokens[k]
  if (!lead || lead.kind !== 'num' || !/^\d{1,2}$/.test(lead.raw) || +lead.raw >= day || +lead.raw < 1) return undefined
  if (!SPAN_OPENERS[shape].has(tokens[k - 1]?.key ?? '')) return undefined
  return { first: { day: +lead.raw, start: lead.start, end: lead.end }, at: k }
}

/**
 * A date with a European month name whose day (or dashed span of days, "19-21") is token `i`,
 * or undefined. Read at every number: the month word right after decides, so most return at once.
 */
export function europeanDateAt(tokens: readonly Token[], i: number): EuropeanDate | undefined {
  const t = tokens[i]!
  const m = /^(\d{1,2})(?:[-\u2013](\d{1,2}))?$/.exec(t.raw)
  if (!m) return undefined
  let k = i + 1
  let shape: Shape = 'spaced'
  if (tokens[k]?.raw === '.' && !tokens[k]!.spaced && m[2] === undefined) {
    shape = 'dotted'
    k++
  } else if (tokens[k]?.key === 'de') {
    shape = 'de'
    k++
  }
  const mt = tokens[k]
  if (!mt || mt.kind !== 'word' || !mt.spaced) return undefined
  const key = unmarked(mt.raw)
  const slavicDotted = shape === 'dotted' && !DOTTED.has(key)
  // Levantine months and a month named twice (*4 شباط*, *4 فبراير/شباط*): arabic-months.ts
  const arabic = shape === 'spaced' ? arabicMonthAt(tokens, k) : undefined
  const word = arabic ? { month: arabic.month, short: false, ambiguous: false, cases: ANY_CASE } : (shape === 'spaced' ? SPACED : shape === 'de' ? WITH_DE : slavicDotted ? SLAVIC_DOTTED : DOTTED).get(key)
  if (!word) return undefined
  if (!arabic && shape === 'spaced' && !NOT_POLISH.has(key) && !POLISH_MARKED.has(mt.raw.normalize('NFC'))) return undefined
  if (slavicDotted && POLISH_CLASHES.has(key)) return undefined
  if (!arabic && (SLAVIC_DOTTED.has(key) || (shape === 'spaced' && !NOT_POLISH.has(key))) && streetBefore(tokens, i)) return undefined
  let last = arabic ? arabic.last : k
  if (word.short) {
    if (tokens[k + 1]?.raw !== '.' || tokens[k + 1]!.spaced) return undefined
    last = k + 1
  }
  const day = m[2] !== undefined ? +m[2] : +m[1]!
  const dashedFirst = m[2] !== undefined ? +m[1]! : undefined
  if (!validDay(day, word.month) || (dashedFirst !== undefined && (dashedFirst < 1 || dashedFirst >= day))) return undefined
  // the year: "21 mars 2025", "21. März 2025", "21 de marzo de 2025"
  let year: number | undefined
  if (shape !== 'de' && isYear(tokens[last + 1])) year = +tokens[++last]!.raw
  else if (shape === 'de' && tokens[last + 1]?.key === 'de' && isYear(tokens[last + 2])) {
    year = +tokens[last + 2]!.raw
    last += 2
  }
  const span = dashedFirst === undefined ? spanFirst(tokens, i, day, shape) : undefined
  // "Marzo" after a number is a surname, "mai" a flower; German and Indonesian months are capitalised
  if (word.ambiguous && !word.cases.has(upper(mt.raw) ? 'upper' : 'lower')) return undefined
  // a German day needs its lead or year for every month: "ranked 21. September brought …", "Platz 3. März begann …"
  if ((word.ambiguous || (shape === 'dotted' && !slavicDotted)) && shape !== 'de' && year === undefined && !ledAt(tokens, span ? span.at : i, shape)) return undefined
  const first: RangeDay | undefined =
    dashedFirst !== undefined ? { day: dashedFirst, start: t.start, end: t.start + m[1]!.length } : span?.first
  const start = dashedFirst !== undefined ? t.end - m[2]!.length : t.start
  return { day, month: word.month, ...(year !== undefined ? { year } : {}), start, last, ...(first ? { first } : {}) }
}
