/**
 * One day across languages: *le 21 mars* / *March 22*, *am 21. März* / *ngày 22/3*. Reports in two
 * languages share no words, so the aligner links none of their sentences and no word beside two
 * dates ties them: each date was a fact the other report "never" stated. When each report states
 * a single calendar day (however often) and the two are written in different languages (both
 * known, see language.ts), the two days are that story's one day: one contradiction, not two
 * missing facts. A day whose sentence dates a coming or planned moment (*the code will take effect
 * on July 1*) is no day of the event (review rdates37). A report with two days, or in one language with the other, is left to the words.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { DayPair } from './day-pair'
import { keys } from '../../extract/fact-tokens'
import { factTokens } from '../../../document/words'

// Words of a day that dates another moment than the story's event: a rule taking effect, a plan (Vietnamese: the future "sẽ"; "hiệu lực", "dự kiến" share syllables with common words).
const ANOTHER_MOMENT = keys('will effect effective scheduled expected planned due deadline sẽ wird tritt kraft entrera vigueur')

/** Whether the sentence of a day says it dates a coming or planned moment, not the event. */
export function datesAnotherMoment(doc: PreparedDocument, sentence: number): boolean {
  return factTokens(doc, sentence).some((t) => t.kind === 'word' && ANOTHER_MOMENT.has(t.key))
}

/** Confidence of two reports' lone days across languages: above the default threshold, below a linked pair's. */
export const LONE_DAY = 0.55

const isDay = (f: Fact): boolean => f.type === 'date' && f.day !== undefined && f.month !== undefined && f.minutes === undefined
const dayKey = (f: Fact): string => (f.type === 'date' ? `${f.month}-${f.day}` : '')

/** The report's one calendar day (its first statement), or undefined when it states none or several. */
function loneDayOf(facts: DocumentFacts): Fact | undefined {
  let only: Fact | undefined
  for (const { fact } of facts.facts) {
    if (!isDay(fact)) continue
    // the same day repeated (or with its year once) is still one day
    if (only && (only.type !== 'date' || fact.type !== 'date' || only.day !== fact.day || only.month !== fact.month)) return undefined
    only ??= fact
  }
  return only
}

/** Why x of A and y of B are one day told in two languages, or undefined. */
export function loneDaysAcrossLanguages({ x, y, docA, factsA, docB, factsB }: DayPair): string | undefined {
  if (!factsA || !factsB || !isDay(x.fact) || !isDay(y.fact)) return undefined
  if (docA.language === 'und' || docB.language === 'und' || docA.language === docB.language) return undefined
  const a = once(factsA, loneDayOf)
  const b = once(factsB, loneDayOf)
  if (a === undefined || b === undefined || dayKey(a) !== dayKey(x.fact) || dayKey(b) !== dayKey(y.fact)) return undefined
  if (datesAnotherMoment(docA, x.sentence) || datesAnotherMoment(docB, y.sentence)) return undefined
  return `the only day in each report, written in two languages (${docA.language}, ${docB.language})`
}
