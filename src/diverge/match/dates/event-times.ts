/**
 * The one time of the event in each report, in sentences the aligner did not link: *Gunfire broke
 * out at 3:50 a.m. Sunday* / *It happened around 3:30 a.m. on Sunday* (GVC 773002, round
 * fresh34-1). Two clock times are more often two moments than one misreported (pair-facts.ts
 * keeps them below the threshold), but when a report gives a single time of day and gives it to
 * the event itself (a verb or noun of the event in its sentence: shooting, happened, xảy ra …),
 * two such reports time one event, and a gap beyond any hedge's reach
 * (clock-hedges.ts) is a contradiction.
 *
 * Not the time police arrived, a press conference's or a shop's opening hours (words of another
 * moment in the sentence), nor a time on another day (the two sentences name different weekdays).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { factTokens } from '../../../document/words'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { weekdayOfWord } from '../../extract/dates/day-words'
import { ABOUT } from '../../reasons/hedges'
import { beyondHedge } from './clock-hedges'
import { clockOnly } from './fact-moments'

// Words of the event itself: a verb that it took place, or the incident's noun (its syllables in Vietnamese).
const EVENT_WORDS = keys(
  'shooting shootings shot shots gunfire gunshots fired happened occurred erupted crash crashed collided explosion exploded blast stabbing stabbed attack attacked ' +
    'xảy vụ nổ súng',
)
// Two-syllable Vietnamese events, read as pairs so "ra" or "việc" alone tie nothing.
const EVENT_PAIRS = new Set(['xảy ra', 'vụ việc', 'nổ súng', 'vụ tai'])
// Words of another moment than the event's: arrival, a briefing, a schedule, opening hours.
const OTHER_MOMENT = keys(
  'arrived arrive arrives arrival responded respond called dispatched conference briefing news scheduled schedule will open opens opened opening close closes closed closing hours ' +
    'until since before after later earlier expected planned meeting court hearing ' +
    'họp báo đến tới mở đóng cửa sau trước dự kiến sẽ',
)

/** Confidence of two reports' only event times: above the default threshold, below a linked pair's. */
export const ONLY_EVENT_TIME = 0.55

const exact = (f: Fact): boolean => !ABOUT.has(f.before?.[f.before.length - 1] ?? '')

/** The one event time of a report, its weekday if its sentence names one; undefined when it has none or several times. */
interface EventTime {
  readonly fact: Fact
  readonly weekday: number | undefined
}

function eventTimeOf(facts: DocumentFacts, doc: PreparedDocument): EventTime | undefined {
  let only: Located<Fact> | undefined
  for (const located of facts.facts) {
    if (!clockOnly(located.fact)) continue
    // the same time repeated is still one time; another time makes the event's a guess
    if (only && (only.fact as { minutes: number }).minutes !== located.fact.minutes) return undefined
    only ??= located
  }
  if (!only) return undefined
  const tokens = factTokens(doc, only.sentence)
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.key)
  if (words.some((w) => OTHER_MOMENT.has(w))) return undefined
  // (the lede's time alone is not enough: a one-sentence report's only time is its lede's, whatever it times)
  if (!words.some((w, k) => EVENT_WORDS.has(w) && (w.length > 3 || EVENT_PAIRS.has(`${w} ${words[k + 1] ?? ''}`)))) return undefined
  let weekday: number | undefined
  for (const w of words) weekday ??= weekdayOfWord(w)?.day
  return { fact: only.fact, weekday }
}

/**
 * Why x of A and y of B, two clock times, are the one time of one event, each report's only time
 * given to its event and apart beyond any hedge; undefined otherwise.
 */
export function onlyEventTimes(
  x: Located<Fact>,
  y: Located<Fact>,
  docA: PreparedDocument,
  factsA: DocumentFacts | undefined,
  docB: PreparedDocument,
  factsB: DocumentFacts | undefined,
): string | undefined {
  if (!factsA || !factsB || !clockOnly(x.fact) || !clockOnly(y.fact)) return undefined
  const a = once(factsA, eventTimeOf, docA)
  if (a?.fact !== x.fact) return undefined
  const b = once(factsB, eventTimeOf, docB)
  if (b?.fact !== y.fact) return undefined
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return undefined
  // two exact times that differ, or a hedged one beyond its reach: within the hedge it is one time at two precisions
  return beyondHedge(x.fact, y.fact) || (exact(x.fact) && exact(y.fact)) ? 'the only time of the event in each report' : undefined
}
