/**
 * The end of a span of years whose start its sentence states: *từ năm 1979-1996*, *từ năm 1979 cho
 * đến khi anh nghỉ hưu năm 1997*, *from 1979 to 1996*, *from 1979 until he retired in 1997*.
 *
 * Two consecutive years are more often two budgets or two seasons than one year misreported, so a
 * pair of them stays a candidate (fact-moments.ts, `adjacentPeriods`). Not when each is the end of
 * a span that starts in one year both sentences state: a term of office held "from 1979 until he
 * retired in 1997" and one held "from 1979 to 1996" are one term, whose end the two reports give a
 * year apart. The shared start ties the two ends to one slot as an anchor does.
 *
 * The end is read from the start's own sentence only: the start follows *từ / from / since*, and
 * between the two years stands a dash or a word that ends a span (*đến, tới, until, to, till,
 * through*) within a short clause.
 */
import type { PreparedDocument } from '../../../document'
import { sentenceText } from '../../../document/words'
import { foldWord } from '../../../normalize/fold'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'

/** Words right before a span's first year. */
const FROM = keys('từ from since')
/** Words between a span's two years that say the second ends it. */
const UNTIL = keys('đến tới until till to through')
/** Most characters between a span's start and its end ("cho đến khi anh nghỉ hưu"). */
const MAX_GAP = 40
/** Longest span read: a career, not two eras. */
const MAX_YEARS = 60

/** The year a fact states and nothing finer ("năm 1997", "1996", "in 1997"). */
export function yearOf(f: Fact): number | undefined {
  if (f.type === 'number') return f.kind === 'year' && !f.range ? f.value : undefined
  return f.year !== undefined && f.month === undefined && f.day === undefined && f.minutes === undefined ? f.year : undefined
}

/** Whether the text between two years joins them as a span's start and end. */
export function joinsSpan(between: string): boolean {
  if (between.length > MAX_GAP) return false
  const bare = between.trim()
  if (bare === '-' || bare === '–' || bare === '—') return true
  let word = ''
  for (const ch of between + ' ') {
    if (/\p{L}/u.test(ch)) word += ch
    else if (word) {
      if (UNTIL.has(foldWord(word))) return true
      word = ''
    }
  }
  return false
}

/** The start year of the span `f` ends, when the fact before it in its sentence opens that span. */
function spanStartIn(facts: readonly Located<Fact>[], f: Located<Fact>, text: string): number | undefined {
  const end = yearOf(f.fact)
  if (end === undefined) return undefined
  const i = facts.indexOf(f)
  const p = i > 0 ? facts[i - 1] : undefined
  if (!p || p.sentence !== f.sentence) return undefined
  const start = yearOf(p.fact)
  if (start === undefined || end <= start || end - start > MAX_YEARS) return undefined
  const opener = p.fact.before?.[p.fact.before.length - 1]
  if (opener === undefined || !FROM.has(opener)) return undefined
  return joinsSpan(text.slice(p.fact.end, f.fact.start)) ? start : undefined
}

/** Each fact's span start, asked as a pairing needs it and kept with the report's facts (`once`), so a story's pairs share it. */
export function spanStarts(facts: DocumentFacts, doc: PreparedDocument): (f: Located<Fact>) => number | undefined {
  const cache = new Map<Located<Fact>, number | undefined>()
  return (f) => {
    if (cache.has(f)) return cache.get(f)
    const inSentence = facts.factsBySentence.get(f.sentence) ?? []
    const start = yearOf(f.fact) === undefined ? undefined : spanStartIn(inSentence, f, sentenceText(doc, f.sentence))
    cache.set(f, start)
    return start
  }
}

/** A report with no facts read has no span starts. */
export const NO_SPAN_STARTS = (_f: Located<Fact>): number | undefined => undefined
