/**
 * A report's dateline and its lead tolls, as the main-toll rule (toll-pairs.ts) reads them (issue
 * 11, FA-KES fresh47-1).
 *
 * A page scraped whole glues its dateline to its first sentence ("2 July 2016 The Syrian regime has
 * killed at least 43 people", "Posted on July 2 2016 … Thirty civilians were killed", "Wednesday 27
 * Jul 2016 Syrian state TV says 22 killed"). The main-toll rule sets aside every sentence naming a
 * year ("In 2004 a tsunami killed 170,000"), so such a report had no toll at all. The dateline is
 * the report's own day, no other event's: its first full date (day, month and year), in its lead,
 * with no preposition before it ("On 26 December 2004 a tsunami …" recalls), unless a word of
 * publishing leads to it ("Posted on", "Date of publication").
 *
 * Lead tolls: a report tells its incident's toll in its lead; a larger figure further down is most
 * often the background ("The conflict has killed more than 280000 people", "More than 300000 people
 * have been killed and millions forced to flee"), a total no lead would open with. A later update of
 * the incident's own toll ("later rose to 43") is still read by the other side's echo test, which
 * keeps any pair off where this report states the other's value.
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import type { TollSide } from './main-figure-round'
import { inLead, monthWord } from './toll-leads'

/** Words of publishing that may lead to a dateline through a preposition: "Posted on", "Date of publication", "Publicado em". */
const PUBLISHING = keys('posted published updated publication publicado publicada atualizado actualizado publié publiée diterbitkan đăng')
/** Prepositions that date an event told in the sentence rather than the page: "On 26 December 2004 a tsunami", "in", "since". */
const EVENT_PREPOSITIONS = keys('on in since from until by during of at em desde de en le au depuis pada sejak tanggal vào từ trong')

/** How far into a text its dateline may stand: a page's opening line, before its first full stop. */
const DATELINE_REACH = 160

const TEXT_BREAKS = new Set(['.', '!', '?', '\n'])

/**
 * Whether a date is the page's dateline: a full date (day, month and year) in the text's opening
 * line, with no preposition before it unless a word of publishing leads to it. Read from the date
 * and the text alone, so every rule that asks (a toll's year, a sentence's year) gets one answer.
 */
export function isDateline(f: Fact, text: string): boolean {
  if (f.start > DATELINE_REACH || !(fullDate(f) || yearAfterMonth(f))) return false
  for (let k = 0; k < f.start; k++) if (TEXT_BREAKS.has(text[k]!)) return false
  // "Posted on July 2 2016": the month stands before the preposition's place
  const before = (f.before ?? []).filter((w) => !monthWord(w))
  return before.some((w) => PUBLISHING.has(w)) || !EVENT_PREPOSITIONS.has(before.at(-1) ?? '')
}

const fullDate = (f: Fact): boolean => f.type === 'date' && f.day !== undefined && f.month !== undefined && f.year !== undefined
/** "July 2 2016" with its comma dropped is read as a day of a month and a year apart: the year right after the month's day. */
const yearAfterMonth = (f: Fact): boolean => f.type === 'number' && f.kind === 'year' && monthWord(f.before.at(-1) ?? '')

/**
 * The candidates a report's main toll is read from: those told in its lead when any is, else all.
 * Each outcome on its own: a lead telling the dead only leaves the injured to the body. The
 * report's own update further down ("The death toll later rose to 70", `updated`) is its latest
 * toll and stays beside the lead's (review rtolls49 4).
 */
export function leadTolls<T extends { readonly sentence: number; readonly outcome: string }>(side: TollSide, candidates: readonly T[], updated: (c: T) => boolean): T[] {
  const ledOutcomes = new Set<string>()
  for (const c of candidates) if (inLead(side, c.sentence)) ledOutcomes.add(c.outcome)
  return candidates.filter((c) => !ledOutcomes.has(c.outcome) || inLead(side, c.sentence) || updated(c))
}
