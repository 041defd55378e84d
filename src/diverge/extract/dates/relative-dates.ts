/**
 * Days a report names from its own day (issue 11): *yesterday*, *last week*, *two weeks ago*,
 * *earlier this year*, *last year*; *hôm qua*, *tuần trước*, *năm ngoái*, *đầu năm nay*; *hier*, *la
 * semaine dernière*, *l'an dernier*; *ontem*, *na semana passada*; *kemarin*, *pekan lalu*. With the
 * report's publication day each is a span of days: a day, a calendar week (Monday to Sunday, so *last
 * week* and *two weeks ago* are two weeks, as a reader of that paper takes them), a month, a year, or
 * the part of this year up to the paper.
 *
 * A relative word counts from the paper's day only when nothing else sets its day: words inside
 * quotation marks belong to whoever spoke, on a day the report may not give, and a sentence that
 * names another day before the words (*On March 3 he said that last week …*) counts from that day.
 * Each language's words are read only in a report of that language: French *hier* is German *here*.
 * Words that are part of something else name no day: a name (*USA Today*, *Việt Nam Hôm Nay*), a span
 * up to or from the day (*until today*, *hingga hari ini*), a period of another thing (*the last week
 * of the campaign*), a day counted from the story's time (*tuần trước đó*, *một tuần trước khi*).
 */

/** Days since 1970-01-01 (UTC). */
export type DayNumber = number

export interface RelativeSpan {
  /** Offsets in the text read (NFC). */
  readonly start: number
  readonly end: number
  /** First and last day the words can name, both included. */
  readonly from: DayNumber
  readonly to: DayNumber
}

const DAY_MS = 86_400_000

type Unit = 'day' | 'week' | 'month' | 'year' | 'year-to-date' | 'month-last-year' | 'none'
interface Pattern {
  readonly re: RegExp
  readonly unit: Unit
  /** Units back from the paper's (0 this one); a captured count when undefined. */
  readonly back?: number
}

// Each pattern is a literal, bounded by no letter, mark or digit on either side, so the ReDoS check reads it.
const p = (re: RegExp, unit: Unit, back?: number): Pattern => ({ re, unit, ...(back === undefined ? {} : { back }) })
// "hai tuần trước" is two weeks ago, not "tuần trước" (last week) after a number; these are read as
// nothing (unit 'none'): the day a count of days back names is too often another step of the story
// (*đỉnh triều 3 ngày trước*, a tide of another day, against *đỉnh triều 21/10*)

const BY_LANGUAGE: Readonly<Record<string, readonly Pattern[]>> = {
  eng: [
    p(/(?<![\p{L}\p{M}\p{N}])(?:yesterday)(?![\p{L}\p{M}\p{N}])/giu, 'day', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:today)(?![\p{L}\p{M}\p{N}])/giu, 'day', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(\d{1,2}|two|three|four|five|six) days ago)(?![\p{L}\p{M}\p{N}])/giu, 'day'),
    p(/(?<![\p{L}\p{M}\p{N}])(?:last week)(?![\p{L}\p{M}\p{N}])/giu, 'week', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(\d{1,2}|two|three|four|five|six) weeks ago)(?![\p{L}\p{M}\p{N}])/giu, 'week'),
    p(/(?<![\p{L}\p{M}\p{N}])(?:last month)(?![\p{L}\p{M}\p{N}])/giu, 'month', 1),
    // "January of last year", "in April last year": a month of the year before, before "last year" alone
    p(/(?<![\p{L}\p{M}\p{N}])(?:(January|February|March|April|May|June|July|August|September|October|November|December) (?:of )?last year)(?![\p{L}\p{M}\p{N}])/giu, 'month-last-year'),
    p(/(?<![\p{L}\p{M}\p{N}])(?:earlier this year)(?![\p{L}\p{M}\p{N}])/giu, 'year-to-date', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:last year)(?![\p{L}\p{M}\p{N}])/giu, 'year', 1),
  ],
  vie: [
    p(/(?<![\p{L}\p{M}\p{N}])(?:hôm qua)(?![\p{L}\p{M}\p{N}])/giu, 'day', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:hôm nay)(?![\p{L}\p{M}\p{N}])/giu, 'day', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:hôm kia)(?![\p{L}\p{M}\p{N}])/giu, 'day', 2),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(?:\d{1,2}|một|hai|ba|bốn|năm|sáu) (?:ngày|tuần|tháng|năm) trước)(?![\p{L}\p{M}\p{N}])/giu, 'none', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:tuần trước)(?![\p{L}\p{M}\p{N}])/giu, 'week', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:tháng trước)(?![\p{L}\p{M}\p{N}])/giu, 'month', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:đầu năm nay|từ đầu năm)(?![\p{L}\p{M}\p{N}])/giu, 'year-to-date', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:tháng (\d{1,2}) năm ngoái)(?![\p{L}\p{M}\p{N}])/giu, 'month-last-year'),
    p(/(?<![\p{L}\p{M}\p{N}])(?:năm ngoái)(?![\p{L}\p{M}\p{N}])/giu, 'year', 1),
  ],
  fra: [
    p(/(?<![\p{L}\p{M}\p{N}])(?:hier)(?![\p{L}\p{M}\p{N}])/giu, 'day', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:avant-hier)(?![\p{L}\p{M}\p{N}])/giu, 'day', 2),
    p(/(?<![\p{L}\p{M}\p{N}])(?:aujourd['’]hui)(?![\p{L}\p{M}\p{N}])/giu, 'day', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:la semaine dernière)(?![\p{L}\p{M}\p{N}])/giu, 'week', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:le mois dernier)(?![\p{L}\p{M}\p{N}])/giu, 'month', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée))(?![\p{L}\p{M}\p{N}])/giu, 'year', 1),
  ],
  por: [
    p(/(?<![\p{L}\p{M}\p{N}])(?:ontem)(?![\p{L}\p{M}\p{N}])/giu, 'day', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:anteontem)(?![\p{L}\p{M}\p{N}])/giu, 'day', 2),
    p(/(?<![\p{L}\p{M}\p{N}])(?:hoje)(?![\p{L}\p{M}\p{N}])/giu, 'day', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(?:na )?semana passada)(?![\p{L}\p{M}\p{N}])/giu, 'week', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(?:no )?mês passado)(?![\p{L}\p{M}\p{N}])/giu, 'month', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(?:no )?ano passado)(?![\p{L}\p{M}\p{N}])/giu, 'year', 1),
  ],
  ind: [
    p(/(?<![\p{L}\p{M}\p{N}])(?:kemarin)(?![\p{L}\p{M}\p{N}])/giu, 'day', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:hari ini)(?![\p{L}\p{M}\p{N}])/giu, 'day', 0),
    p(/(?<![\p{L}\p{M}\p{N}])(?:(?:pekan|minggu) lalu)(?![\p{L}\p{M}\p{N}])/giu, 'week', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:bulan lalu)(?![\p{L}\p{M}\p{N}])/giu, 'month', 1),
    p(/(?<![\p{L}\p{M}\p{N}])(?:tahun lalu)(?![\p{L}\p{M}\p{N}])/giu, 'year', 1),
  ],
}

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 }

/**
 * Words before a relative day that make it no day counted from the paper: a span up to or from it
 * (*until today*, *hingga hari ini*, *desde ontem*, *cho đến hôm nay*) or a period of something else
 * (*the last week of the campaign*, *the last year of his term*). Tested against the 24 characters before.
 */
const LEAD_BLOCK: Readonly<Record<string, RegExp>> = {
  eng: /(?:\b(?:the|until|till|to|through|since|as of|up to|by)\s+)$/iu,
  vie: /(?:(?:^|[^\p{L}\p{M}])(?:đến|tới|từ|kể từ|trước|sau)\s+)$/iu,
  fra: /(?:(?:^|[^\p{L}\p{M}])(?:jusqu['’]à|jusqu['’]|depuis|dès)\s*)$/iu,
  por: /(?:(?:^|[^\p{L}\p{M}])(?:até|desde|a partir de)\s+)$/iu,
  ind: /(?:(?:^|[^\p{L}\p{M}])(?:hingga|sampai|sejak|sampai dengan|semenjak)\s+)$/iu,
}
/**
 * Words after one that make it something else: *tuần trước đó* (the week before that, counted from the
 * story's time), *một tuần trước khi* (a week before an event), *đầu năm 2017* (a year stated),
 * *hoje em dia* (nowadays), *hari ini pun*… Tested against the 12 characters after.
 */
const TAIL_BLOCK: Readonly<Record<string, RegExp>> = {
  vie: /^\s*(?:khi|đó|đấy|nữa|\d)(?![\p{L}\p{M}])/iu,
  por: /^\s+em dia(?![\p{L}\p{M}])/iu,
  eng: /^\s+(?:\d{4}|of\s+(?:the|his|her|their|its))(?![\p{L}\p{M}\p{N}])/iu,
}

/**
 * A relative word inside a name: *USA TODAY*, *USA Today*, *Russia Today*, *Việt Nam Hôm Nay*, *Last Week
 * Tonight*. All capitals, every word capitalised when it has two, or a capital right after a capitalised word.
 */
function inName(text: string, start: number, words: string): boolean {
  if (words.length > 2 && words === words.toUpperCase()) return true
  const parts = words.split(/\s+/u)
  if (!/^\p{Lu}/u.test(words)) return false
  if (parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w))) return true
  return capitalisedWordBefore(text, start)
}

const WORD_CHAR = /[\p{L}\p{M}]/u
const UPPER = /\p{Lu}/u

/** Whether the word right before `start` (past spaces, within 30 characters) holds a capital: a name's word. */
function capitalisedWordBefore(text: string, start: number): boolean {
  const floor = Math.max(0, start - 30)
  let i = start
  while (i > floor && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--
  if (i === start) return false
  for (; i > floor && WORD_CHAR.test(text[i - 1]!); i--) if (UPPER.test(text[i - 1]!)) return true
  return false
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** The report's own day (days since 1970-01-01), from the date `published` opens with, else undefined. */
export function paperDay(published: string | undefined): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published ?? '')
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < 1000) return undefined
  const time = Date.UTC(year, month - 1, day)
  const check = new Date(time)
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? time / DAY_MS : undefined
}

const dayOf = (y: number, m: number, d: number): DayNumber => Date.UTC(y, m - 1, d) / DAY_MS

/** The span `back` units before the paper's day. */
function spanOf(paper: DayNumber, unit: Unit, back: number, sundayWeeks = false): { from: DayNumber; to: DayNumber } {
  const date = new Date(paper * DAY_MS)
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth() + 1]
  switch (unit) {
    case 'day':
      return { from: paper - back, to: paper - back }
    case 'week': {
      const monday = paper - ((date.getUTCDay() + 6) % 7) - 7 * back
      // a Sunday paper's last week is Monday to Sunday in Hanoi and Paris, Sunday to Saturday in New
      // York: in English both weeks are held
      if (sundayWeeks && date.getUTCDay() === 0) return { from: monday, to: paper - 7 * (back - 1) - 1 }
      return { from: monday, to: monday + 6 }
    }
    case 'month': {
      const first = new Date(Date.UTC(y, m - 1 - back, 1))
      const from = first.getTime() / DAY_MS
      return { from, to: dayOf(first.getUTCFullYear(), first.getUTCMonth() + 2, 1) - 1 }
    }
    case 'year':
      return { from: dayOf(y - back, 1, 1), to: dayOf(y - back, 12, 31) }
    case 'year-to-date':
      return { from: dayOf(y, 1, 1), to: paper }
    case 'month-last-year':
      return { from: dayOf(y - 1, back, 1), to: dayOf(y - 1, back + 1, 1) - 1 }
    case 'none':
      return { from: Number.NaN, to: Number.NaN }
  }
}

/**
 * Offsets of `text` inside a quotation ("…", “…”, «…», ‘…’, '…'): a quote's relative words are its
 * speaker's. A single mark closes only where no letter follows (*company’s* is an apostrophe), and
 * opens only where none precedes (*l'an*).
 */
function quoted(text: string): (at: number) => boolean {
  const spans: Array<[number, number]> = []
  const re = /“[^”]{0,2000}”|"[^"\n]{0,2000}"|«[^»]{0,2000}»|(?<![\p{L}\p{M}\p{N}])‘(?:[^’\n]|’(?=[\p{L}\p{M}])){1,2000}’(?![\p{L}\p{M}])|(?<![\p{L}\p{M}\p{N}])'(?=\p{L})(?:[^'\n]|'(?=[\p{L}\p{M}])){1,2000}'(?![\p{L}\p{M}])/gu
  for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length])
  let k = 0
  // asked in increasing order of `at`: one pass over the quotes
  return (at) => {
    while (k < spans.length && spans[k]![1] <= at) k++
    return k < spans.length && spans[k]![0] <= at
  }
}

/**
 * Every relative day of `text` (a report's NFC text, language `language`) resolved from its paper's
 * day `paper`. `ownDayBefore(at)` says whether the sentence names another day before offset `at`.
 */
export function relativeSpans(text: string, language: string, paper: DayNumber, ownDayBefore: (at: number) => boolean): RelativeSpan[] {
  // a short text reads as undetermined or as a neighbour (Scots for English): then the words of English and
  // Vietnamese are read, neither of which is an ordinary word elsewhere, unlike French "hier"
  const patterns = BY_LANGUAGE[language] ?? [...BY_LANGUAGE.eng!, ...BY_LANGUAGE.vie!]
  const found: RelativeSpan[] = []
  for (const { re, unit, back } of patterns) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const word = (m[1] ?? '').toLowerCase()
      const count = back ?? (unit === 'month-last-year' ? (/^\d+$/u.test(word) ? Number(word) : MONTHS.indexOf(word) + 1) : /^\d+$/u.test(word) ? Number(word) : COUNT_WORDS[word])
      if (count === undefined || (unit === 'month-last-year' && !(count >= 1 && count <= 12))) continue
      found.push({ start: m.index, end: m.index + m[0].length, ...spanOf(paper, unit, count, language === 'eng') })
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end)
  const inQuote = quoted(text)
  const out: RelativeSpan[] = []
  const known = BY_LANGUAGE[language] !== undefined
  const leads = (known ? [language] : ['eng', 'vie']).flatMap((l) => LEAD_BLOCK[l] ?? [])
  const tails = (known ? [language] : ['eng', 'vie']).flatMap((l) => TAIL_BLOCK[l] ?? [])
  let lastEnd = -1
  for (const s of found) {
    // "avant-hier" holds "hier", "hai tuần trước" holds "tuần trước": the longer reading wins, read or not
    if (s.start < lastEnd) continue
    lastEnd = s.end
    if (inName(text, s.start, text.slice(s.start, s.end))) continue
    const [before, after] = [text.slice(Math.max(0, s.start - 24), s.start), text.slice(s.end, s.end + 12)]
    if (leads.some((re) => re.test(before)) || tails.some((re) => re.test(after))) continue
    if (Number.isNaN(s.from) || inQuote(s.start) || ownDayBefore(s.start)) continue
    out.push(s)
  }
  return out
}

/** The span a stated date names: its day, else its month, else its year; a year left out is the one nearest before the paper. */
export function statedSpan(day: number | undefined, month: number | undefined, year: number | undefined, paper: DayNumber | undefined): { from: DayNumber; to: DayNumber } | undefined {
  let y = year
  if (y === undefined) {
    if (paper === undefined || month === undefined) return undefined
    const p = new Date(paper * DAY_MS)
    y = p.getUTCFullYear()
    // a month after the paper's, without a year, is last year's (*in December* in a January paper) unless the day is within a fortnight ahead
    const candidate = day === undefined ? dayOf(y, month, 1) : dayOf(y, month, day)
    if (candidate > paper + 14) y--
  }
  if (month === undefined) return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31) }
  if (day === undefined) return { from: dayOf(y, month, 1), to: dayOf(y, month + 1, 1) - 1 }
  return { from: dayOf(y, month, day), to: dayOf(y, month, day) }
}

export const isoDay = (d: DayNumber): string => new Date(d * DAY_MS).toISOString().slice(0, 10)
