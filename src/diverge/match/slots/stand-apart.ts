/**
 * Whether a fact of one report may be stated in the other report only for another rank of its
 * office (office-roles.ts) or only for another kind of event (occasion-echoes.ts). Only a date may,
 * and only when its own clause names an office, or names a kind of event beside a day: for any
 * other fact both checks answer no whatever the other report says. Read of the fact's own report
 * alone and kept with it, so a story's pairs ask the other report only about those few dates
 * (most facts of a story's pairs are copies, stated alike in both).
 */
import type { PreparedDocument } from '../../../document'
import { Attached } from '../../../document/attached'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { dateEvent } from '../dates/date-occasions'
import { officeOf } from './office-roles'
import { pairerViewsOf } from '../pairing/pairer-views'

// On the fact's place in its report (each report has its own), so a story's pairs ask with one lookup.
const answers = new Attached<Located<Fact>, boolean>('mayStandApart')

/**
 * False when `statedOnlyForOtherRank` and `statedOnlyForOtherOccasion` are false for `located`
 * against any report: the first needs an office in the fact's own clause (`differentOffices`
 * reads none without it), the second an event kind and a day (it answers no without them).
 */
export function mayStandApart(doc: PreparedDocument, facts: DocumentFacts, located: Located<Fact>): boolean {
  const fact = located.fact
  if (fact.type !== 'date') return false
  let known = answers.get(located)
  if (known === undefined) {
    // The clause the pairer reads (createPairer asks pairerViewsOf with the same facts).
    const clause = once(doc, pairerViewsOf, facts).clauses.of(located.sentence, fact)
    known = officeOf(clause) !== undefined || (fact.day !== undefined && dateEvent(clause)?.event !== undefined)
    answers.set(located, known)
  }
  return known
}
