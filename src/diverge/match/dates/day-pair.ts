/**
 * Two facts judged for one slot, with the reports they come from: what the day and time rules
 * (day-floors.ts, lone-days.ts, event-times.ts, lede-times.ts) read of one pair. One object instead
 * of the same six arguments on every rule; x is of report A, y of report B.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'

export interface DayPair {
  readonly x: Located<Fact>
  readonly y: Located<Fact>
  readonly docA: PreparedDocument
  readonly factsA: DocumentFacts | undefined
  readonly docB: PreparedDocument
  readonly factsB: DocumentFacts | undefined
}

/** A pair whose two reports' facts were both collected. */
export interface FactedDayPair extends DayPair {
  readonly factsA: DocumentFacts
  readonly factsB: DocumentFacts
}

export const bothFacted = (pair: DayPair): pair is FactedDayPair => pair.factsA !== undefined && pair.factsB !== undefined
