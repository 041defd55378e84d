/**
 * A list read "respectively" decides which figures may pair before their values do: in *Hanoi
 * and Danang rose 5% and 7% respectively* / *Hanoi and Danang rose 7% and 5% respectively* the
 * two 5 % belong to different members, so they are not "the same" (the swapped values are two
 * contradictions), and the 5 % and 7 % of Hanoi are one slot even though the sentences disagree
 * on every figure (slots.ts would otherwise judge them two statements).
 *
 * `members(x, y)`: 'apart' when respective-lists.ts sets the two figures' members apart, 'same'
 * when both are bound to one member (however written: *Da Nang* / *Danang*; a member the other
 * list never writes, *Britain* / *the UK*, is neither), undefined when no list decides (most sentences: a sentence
 * without a marker is never read further, so the test costs one set lookup per fact).
 */
import type { PreparedDocument } from '../../../document'
import { namedYearRelation } from '../dates/named-years'
import { once } from '../../../document/once'
import { factKeys, factTokens } from '../../../document/words'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { markerAt, mayOpenMarker } from '../../extract/numbers/respective-units'
import type { Clause } from './clauses'
import { respectiveApart, respectiveSame } from './respective-lists'
import { factKey } from '../pairing/fact-index'
import { firmRelation } from '../numbers/firm-counts'
import { holderRelation } from '../numbers/share-holders'
import { bearingRelation } from '../numbers/bearings'
import { type MemberRelation, sameFact } from '../slots/slots'


/** The sentences of a report that carry a "respectively" / "lần lượt" / "tương ứng" marker. */
function markedSentences(doc: PreparedDocument): ReadonlySet<number> {
  const out = new Set<number>()
  // The tokens are built only for a sentence with a word that may open a marker: few sentences, and
  // building every sentence's tokens was most of this scan (1 % of a 1 MB pair's compare()).
  let opens = false
  const visit = (key: string, kind: string): void => {
    if (kind === 'word' && mayOpenMarker(key)) opens = true
  }
  for (let i = 0; i < doc.sentences.length; i++) {
    opens = false
    factKeys(doc, i, visit)
    if (opens && markerAt(factTokens(doc, i)) >= 0) out.add(i)
  }
  return out
}

interface ClauseSource {
  of(sentence: number, fact: Fact): Clause
}

/** The member test of one pair of reports, reading each side's clauses only in marked sentences. */
export function createMemberTest(
  docA: PreparedDocument,
  docB: PreparedDocument,
  clausesA: ClauseSource,
  clausesB: ClauseSource,
): (x: Located<Fact>, y: Located<Fact>) => MemberRelation {
  const markedA = once(docA, markedSentences)
  const markedB = once(docB, markedSentences)
  return (x, y) => {
    // "200 Tesla Inc. shares" / "200 Apple Inc. shares": counts of two firms' things are two slots (firm-counts.ts)
    const firms = firmRelation(x.fact, y.fact)
    if (firms !== undefined) return firms
    // "U20 châu Á 2022" / "U20 châu Á 2023", "Child's Play" (1988) / "Child's Play 2" (1990): a year read by the name it is part of (named-years.ts)
    const named = namedYearRelation(docA, docB, x, y)
    if (named !== undefined) return named
    // "25 percent … from South Korea" / "… from Japan", "200 km east of Hanoi" / "south of Hue": members named after the figure
    const bound = holderRelation(x.fact, y.fact) ?? bearingRelation(x.fact, y.fact)
    if (bound !== undefined) return bound
    const inA = markedA.has(x.sentence)
    const inB = markedB.has(y.sentence)
    if (!inA && !inB) return undefined
    const cx = clausesA.of(x.sentence, x.fact)
    const cy = clausesB.of(y.sentence, y.fact)
    if (cx.respective === undefined && cy.respective === undefined) return undefined
    if (respectiveApart(cx.respective, cy.respective, cx, cy) !== undefined) return 'apart'
    return respectiveSame(cx.respective, cy.respective) ? 'same' : undefined
  }
}

/**
 * A fact the other report states only as another member's figure: every fact of the same value
 * there is set apart from it by a list read "respectively" ("5% and 7% in Hanoi and Danang
 * respectively" / "Danang rose 5%": the 5 % of Hanoi is not stated, nor Danang's 5 % by it).
 * Looked up by the fact's keys in the other report's index, so no fact is read against a whole report.
 */
export function statedOnlyForOtherMember(
  own: Located<Fact>,
  index: ReadonlyMap<string, readonly Fact[]>,
  located: ReadonlyMap<Fact, Located<Fact>>,
  apart: (other: Located<Fact>) => boolean,
): boolean {
  const fact = own.fact
  const keys = fact.type === 'number' ? [factKey(fact), `value:${fact.value}`] : [factKey(fact)]
  let found = false
  const seen = new Set<Fact>()
  for (const key of keys) {
    for (const other of index.get(key) ?? []) {
      if (seen.has(other) || !sameFact(fact, other)) continue
      seen.add(other)
      const l = located.get(other)
      if (l === undefined || !apart(l)) return false
      found = true
    }
  }
  return found
}

/**
 * Whether a fact of `own`'s sentence `sentence` may be another member's figure in `other`
 * (`statedOnlyForOtherMember`): the member test sets two facts apart only when one of their
 * sentences is marked, so a fact of an unmarked sentence against a report with no marked
 * sentence never is. Both sets are read once per report; most pairs of a story have neither.
 */
export function mayBeOtherMember(own: PreparedDocument, sentence: number, other: PreparedDocument): boolean {
  return once(own, markedSentences).has(sentence) || once(other, markedSentences).size > 0
}
