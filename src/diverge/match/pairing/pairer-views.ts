/**
 * What the fact pairer (pair-facts.ts) reads of one report alone — its moments, clauses, periods,
 * sessions and date events — kept with the report so a story's pairs share them, and dropped for
 * a pair whose reports are in no other pair once the number and date stage is done.
 */
import type { PreparedDocument } from '../../../document'
import { forget, once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'
import { dateEventsOf } from '../dates/date-events'
import { SentenceMoments } from '../dates/fact-moments'
import { SentenceSessions } from '../markets/sessions'
import { forgetActors } from './shared-actors'
import { contentWordsOf } from './shared-words'
import { periodsOf } from '../slots/slot-doubts'
import { clausesOf } from '../clauses/clauses'

/** One report's moments, kept with the report: a story's pairs share them. */
const momentsOf = (doc: PreparedDocument, facts: DocumentFacts | undefined): SentenceMoments => new SentenceMoments(doc, facts)

/** One report's sessions (the moments and moves each sentence names), kept with the report like its moments. */
const sessionsOf = (doc: PreparedDocument, facts: DocumentFacts | undefined): SentenceSessions => new SentenceSessions(doc, facts)

/** What the pairer reads of one report alone, asked for with one lookup a report rather than five (a story asks in every pair). */
interface PairerViews {
  readonly moments: SentenceMoments
  readonly clauses: ReturnType<typeof clausesOf>
  readonly periods: ReturnType<typeof periodsOf>
  readonly sessions: SentenceSessions
  readonly events: ReturnType<typeof dateEventsOf>
}

export const pairerViewsOf = (doc: PreparedDocument, facts: DocumentFacts | undefined): PairerViews => ({
  moments: once(doc, momentsOf, facts),
  clauses: once(doc, clausesOf),
  periods: once(doc, periodsOf),
  sessions: once(doc, sessionsOf, facts),
  events: once(doc, dateEventsOf),
})

/**
 * Drops what createPairer() derived from the two reports and their facts, for a pair whose reports
 * are in no other pair: none of it is read after the number and date stage (but for the clauses of
 * a share's complement or a total's parts, which the missing stage reads again when it meets one).
 */
export function forgetPairing(docA: PreparedDocument, docB: PreparedDocument, factsA: DocumentFacts, factsB: DocumentFacts): void {
  for (const [doc, facts] of [[docA, factsA], [docB, factsB]] as const) {
    forget(doc, momentsOf, facts)
    forget(doc, sessionsOf, facts)
    forget(doc, clausesOf)
    forget(doc, periodsOf)
    forget(doc, dateEventsOf)
    forget(doc, contentWordsOf)
    forget(doc, pairerViewsOf, facts)
    forgetActors(facts)
  }
}
