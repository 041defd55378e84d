/**
 * The period a move is measured over, or the start it is measured from, as its words name them:
 * "up 45 cents on the day" / "up $1 for the week", "trong phiên" / "trong tuần này", "sur la
 * semaine", "từ đầu năm", "from their opening price" / "from Friday's close", "depuis vendredi".
 * Two changes are worked back to one starting level only when they name the same period and
 * start, or neither names one: a day's change and a week's start from two levels, whatever the
 * arithmetic says (carried-changes.ts).
 *
 * Read from the move's own words: from its first figure to a few words past its last, up to the
 * next figure or punctuation, so that another clause's period is not taken for this one's.
 */
import type { Token } from '../../extract/fact-tokens'
import { keys } from '../../extract/fact-tokens'
import type { Move } from './session-moves'
import { weekdayOfWord } from '../../extract/dates/day-words'
import { firstAtOrAfter } from '../../../normalize/sorted-offsets'

/** Words of a period, by the period they name. Bare nouns: "năm" (also "five") and "day" count only after a period word below. */
const PERIODS = new Map<string, string>(
  [
    ['day', 'day session sessions phiên jour séance sesión sessão tag sitzung hari sesi'],
    ['week', 'week weeks tuần semaine semana woche minggu pekan'],
    ['month', 'month months tháng mois mes mês monat bulan'],
    ['quarter', 'quarter quý trimestre quartal kuartal'],
    ['year', 'year years năm année año ano jahr tahun'],
  ].flatMap(([period, words]) => [...keys(words!)].map((w) => [w, period] as [string, string])),
)

/** Words that open a period or a start ("on the day", "this week", "trong tuần", "từ đầu năm", "since Friday"). */
const PERIOD_OPENERS = keys('on for over this in during since from trong từ cả sur depuis pour cette durant en esta este nesta neste desde seit diese dieser über selama sejak pada')

/** Words that open only a start: the figure or reading a move is counted from. */
const START_OPENERS = keys('since from từ so depuis desde seit sejak dari')

/** Readings a move may start from, by the reading they name; a weekday ("from Friday's close", depuis vendredi) is the previous day's (day-words.ts). */
const READINGS = new Map<string, string>(
  [
    ['open', 'open opening opened ouverture apertura abertura eröffnung mở pembukaan'],
    ['close', 'close closing clôture cierre fechamento schluss đóng penutupan'],
    ['previous day', 'yesterday hier ayer ontem gestern kemarin qua'],
  ].flatMap(([reading, words]) => [...keys(words!)].map((w) => [w, reading] as [string, string])),
)

/** Words of the move's own clause read past its last figure. */
const TAIL_WORDS = 6
/** Words an opener may stand before the noun it opens ("on the day", "từ đầu năm", "since the start of the week"). */
const OPENER_REACH = 4

const BREAK = keys('and while but whereas after before và khi sau et tandis alors mais y e und dan sementara')

/** The first token at or after `offset` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset, (t) => t.start)
}

/**
 * The period and start the move's words name ("week", "from close"), joined; '' when none.
 * `tokens` are the sentence's, in the offsets the move's figures carry.
 */
export function periodOf(move: Move, tokens: readonly Token[]): string {
  const figures = [move.figures.start, move.figures.change, move.figures.end].filter((f) => f !== undefined)
  const from = tokenAt(tokens, Math.min(...figures.map((f) => f.start)))
  const last = Math.max(...figures.map((f) => f.end))
  let to = tokenAt(tokens, last)
  for (let words = 0; to < tokens.length && words < TAIL_WORDS; to++) {
    const t = tokens[to]!
    if (t.kind !== 'word' || BREAK.has(t.key)) break
    words++
  }
  const named = new Set<string>()
  let opener = -OPENER_REACH - 1
  let startOpener = -OPENER_REACH - 1
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    // a figure or a comma inside the move ends what an opener before it reaches
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && t.raw !== "'" && t.raw !== '’') opener = startOpener = -OPENER_REACH - 1
      continue
    }
    // "Friday's close": the word before its apostrophe
    const key = t.key.split(/['’]/u)[0]!
    const period = PERIODS.get(key)
    if (period && i - opener <= OPENER_REACH) named.add(period)
    const reading = READINGS.get(key) ?? (period === undefined && weekdayOfWord(key)?.rest === '' ? 'previous day' : undefined)
    if (reading && i - startOpener <= OPENER_REACH) named.add(`from ${reading}`)
    if (PERIOD_OPENERS.has(t.key)) opener = i
    if (START_OPENERS.has(t.key)) startOpener = i
  }
  return [...named].sort().join(' ')
}
