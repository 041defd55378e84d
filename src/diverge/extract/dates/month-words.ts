/**
 * A month named without a day in the languages that put a preposition before it: Russian *в
 * феврале 2019 года*, German *im Februar*, Spanish *en febrero de 2019*, Portuguese *em março*,
 * French *en mars 2019*, Italian *a febbraio*, Dutch *in maart*, Indonesian *pada Februari*, Polish
 * *w lutym 2019 r.* A date fact of month precision, as English *in February* and Vietnamese *hồi
 * tháng 2* already are (dates.ts): unread, the Russian year was a bare year and the month nothing,
 * so two reports dating one event to two months stayed silent.
 *
 * Only a month word after its language's own preposition, written in its language's case (German
 * and Indonesian capitalise months, the others do not: *en Mayo* is Plaza de Mayo's, *Mars* a
 * planet), is read; the preposition is what makes *mai*, *marzo*, *maju* a month.
 */
import { type Token, keys } from '../fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { validYear } from './date-words'

interface MonthLanguage {
  /** Prepositions before a month (folded). */
  readonly leads: ReadonlySet<string>
  /** Twelve month words in the case a preposition puts them in, variants joined by `|`. */
  readonly months: ReadonlyMap<string, number>
  readonly capitalised: boolean
  /** A word between month and year (*de* in Spanish), and the words after a year (*года*, *r.*). */
  readonly yearJoin?: string
  readonly yearTails: ReadonlySet<string>
}

const table = (cells: string): ReadonlyMap<string, number> =>
  new Map(cells.split(' ').flatMap((cell, k) => cell.split('|').map((w) => [foldWord(w), k + 1] as const)))

const LANGUAGES: readonly MonthLanguage[] = [
  // Russian: the prepositional case after в / во
  { leads: keys('в во'), months: table('январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'), capitalised: false, yearTails: keys('года году г') },
  { leads: keys('im'), months: table('januar|jänner februar märz april mai juni juli august september oktober november dezember'), capitalised: true, yearTails: new Set() },
  { leads: keys('en'), months: table('enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre'), capitalised: false, yearJoin: 'de', yearTails: new Set() },
  { leads: keys('em'), months: table('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'), capitalised: false, yearJoin: 'de', yearTails: new Set() },
  { leads: keys('en'), months: table('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'), capitalised: false, yearTails: new Set() },
  { leads: keys('a nel in'), months: table('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'), capitalised: false, yearTails: new Set() },
  { leads: keys('in'), months: table('januari februari maart april mei juni juli augustus september oktober november december'), capitalised: false, yearTails: new Set() },
  { leads: keys('pada bulan'), months: table('januari februari maret april mei juni juli agustus september oktober november desember'), capitalised: true, yearTails: new Set() },
  // Polish: the locative after w
  { leads: keys('w we'), months: table('styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu'), capitalised: false, yearTails: keys('r roku') },
]

/** Every month word read here, for the date gate's look at a sentence's tokens. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.months.keys()]))

const capital = (raw: string): boolean => raw[0] !== undefined && raw[0] !== raw[0].toLowerCase()
const yearAt = (t: Token | undefined): number | undefined => (t?.kind === 'num' && /^\d{4}$/u.test(t.raw) && validYear(+t.raw) ? +t.raw : undefined)

/** A month without a day at token `i` (the month word, after its preposition): its month, year and last token. */
export function monthWithoutDay(tokens: readonly Token[], i: number): { month: number; year?: number; last: number } | undefined {
  const t = tokens[i]!
  if (!MONTH_WORDS.has(t.key)) return undefined
  const lead = tokens[i - 1]
  if (lead?.kind !== 'word') return undefined
  for (const lang of LANGUAGES) {
    const month = lang.months.get(t.key)
    if (month === undefined || !lang.leads.has(lead.key) || capital(t.raw) !== lang.capitalised) continue
    let last = i
    let at = i + 1
    const joinedYear = lang.yearJoin !== undefined && tokens[at]?.key === lang.yearJoin
    if (joinedYear) at++
    const year = yearAt(tokens[at])
    if (year === undefined) return { month, last }
    // "2019 года", "2019 г.", "2019 r.": the year's word (its dot may end the sentence too, so it stays out)
    const tailed = lang.yearTails.has(tokens[at + 1]?.key ?? '')
    // "В марте 2000 человек", "Im März 2000 Menschen": a word right after the figure makes it a count
    // of that word (review rmeasures54 bug 3); a year is joined (*de 2019*), tailed or ends its clause
    if (!joinedYear && !tailed && tokens[at + 1]?.kind === 'word') return { month, last }
    last = tailed ? at + 1 : at
    return { month, year, last }
  }
  return undefined
}
