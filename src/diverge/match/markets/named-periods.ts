/**
 * The spans of time a market figure's sentence names ("this week", "On Friday alone", "a seven-week
 * low", "с начала года", "mọi thời đại"): two figures of one slot told over two named spans are two
 * statements, not one told twice. Read for the stated-once readers (value-moves.ts,
 * session-extremes.ts). A hyphenated word is read by its parts, so any "N-week" or "two-year" names
 * its span without a list of numbers; a weekday names a day, a quarter is no year, and a span
 * counted from a start ("since January", "từ đầu năm") is its own.
 */
import { keys } from '../../extract/fact-tokens'

const SPANS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:day|today|intraday|session|monday|tuesday|wednesday|thursday|friday|saturday|sunday|день|дня|сегодня|сесси\p{L}*|торгов|понедельник\p{L}*|вторник\p{L}*|среду|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|jour|journée|séance|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/u, 'day'],
  [/^(?:weeks?|weekly|недел\p{L}*|semaines?)$/u, 'week'],
  [/^(?:months?|monthly|месяц\p{L}*|mois)$/u, 'month'],
  [/^(?:quarters?|quarterly|квартал\p{L}*|trimestres?)$/u, 'quarter'],
  [/^(?:полгода|полугоди\p{L}*|semester|semestre)$/u, 'half'],
  [/^(?:years?|yearly|annual|год|года|году|лет|ans|année|années)$/u, 'year'],
  [/^(?:record|all-time|ever|multiyear|multi|decades?|era|рекорд\p{L}*|историческ\p{L}*|многолет\p{L}*|historique)$/u, 'record'],
  [/^(?:since|ytd|depuis)$/u, 'to-date'],
]
/** Vietnamese syllables, folded as the words are (tones canonical). */
const VI_SPANS: ReadonlyArray<readonly [ReadonlySet<string>, string]> = [
  [keys('ngày phiên thứ'), 'day'],
  [keys('tuần'), 'week'],
  [keys('tháng'), 'month'],
  [keys('quý'), 'quarter'],
  [keys('năm'), 'year'],
  [keys('kỷ lục'), 'record'],
]
/** Two-word spans: "thời đại" (all-time), "từ đầu" / "с начала" (counted from a start). */
const PAIRS: ReadonlyMap<string, string> = new Map([
  [[...keys('thời')][0] + ' ' + [...keys('đại')][0], 'record'],
  [[...keys('từ')][0] + ' ' + [...keys('đầu')][0], 'to-date'],
  ['с начала', 'to-date'],
])

function spanOf(part: string): string | undefined {
  for (const [re, span] of SPANS) if (re.test(part)) return span
  for (const [set, span] of VI_SPANS) if (set.has(part)) return span
  return undefined
}

/** Every span the folded words name, a hyphenated word by each of its parts. */
export function namedPeriods(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    const whole = spanOf(w)
    if (whole !== undefined) out.add(whole)
    else for (const part of w.split(/[-‐–]/u)) {
      const span = spanOf(part)
      if (span !== undefined) out.add(span)
    }
    const pair = PAIRS.get(`${w} ${words[k + 1] ?? ''}`)
    if (pair !== undefined) out.add(pair)
  }
  return out
}
