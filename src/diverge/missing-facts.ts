/**
 * The diverge stage's third part: facts one report states and the other never does, in any
 * form. A fact counts as stated when it was paired (a conflict or a compatible value), found
 * in the other report's index, or stated another way: as a complement or total
 * (share-complements.ts), by its weekday (weekday-dates.ts), at another precision, or restated
 * in a bracket's unit (restated-values.ts). A range is listed once, as a whole.
 */
import type { PreparedDocument } from '../document'
import { once } from '../document/once'
import type { Equivalence, Span } from '../types'
import type { DocumentFacts, Located } from './extract/collect'
import { type Sides, type UnplacedDivergence, factNoun, formatKind, formatReason, missingMessage } from './describe'
import type { Fact } from './extract/fact'
import { numberNotMissing } from './match/missing/not-missing'
import { statedVaguely } from './match/missing/vague-quantities'
import { statedByWeekday } from './match/dates/weekday-dates'
import { type ClauseOf, clausesOfFacts, joinedParts, partsOfStatedTotals, statedByComplement, totalOfStatedParts } from './match/numbers/share-complements'
import { timeAtOtherPrecision } from './match/dates/hedged-times'
import { addressInOtherBlock } from './match/missing/street-blocks'
import { type findIn, factKey, inWords } from './match/pairing/fact-index'
import { rangeGroups, rangeSpan } from './match/pairing/range-groups'
import { restatedValues } from './match/numbers/restated-values'
import { isCountedOutPart } from './match/numbers/part-wholes'
import { roundedInOther } from './match/missing/number-other-forms'
import { clockWithinOther } from './match/missing/clock-ranges'
import { ordinalAdverb } from './match/missing/ordinal-adverbs'
import { withNameAfter, writtenWhole } from './match/missing/whole-names'
import { countValues, spelledCountIsFact, spelledCountStands } from './match/missing/spelled-counts'
import { writtenForms } from './match/missing/written-forms'

// "2" of "2-3 năm", "21" of "21 đến 27/10": a range's end written as digits alone says nothing read on its own.
const isBare = (text: string): boolean => /^[\d\s.,]+$/u.test(text)

/** One side of a pair, with what the stages before found. */
export interface MissingSide {
  readonly side: 'a' | 'b'
  readonly own: DocumentFacts
  /** The other report's facts. */
  readonly other: DocumentFacts
  readonly ownDoc: PreparedDocument
  readonly otherDoc: PreparedDocument
  /** Where the other report states a fact in some form (its index). */
  readonly findInOther: (fact: Fact) => ReturnType<typeof findIn>
  readonly ownSpans: Map<Fact, Span>
  readonly otherSpans: Map<Fact, Span>
  /** Facts paired with a fact of the other report (a conflict or a compatible value): never missing. */
  readonly paired: ReadonlySet<Fact>
  readonly sides: Sides
  /** Takes each exact statement found on the way, listed as an equivalence. */
  readonly addEquivalence: (equivalence: Equivalence) => void
  /**
   * Whether `addEquivalence` would drop an equivalence of these texts (A's, then B's) unread: one
   * listed already. A story's pairs meet one value's two writings again and again (a copied
   * sentence's figure found as the other report's first fact of its key, written another way), and
   * each was worked out (`formatReason`) only to be dropped.
   */
  readonly listed?: (a: string, b: string) => boolean
}

/** The facts of `own` the other report never states, as missing divergences in the order of `own`'s facts. */
export function missingFacts({ side, own, other, ownDoc, otherDoc, findInOther, ownSpans, otherSpans, paired, sides, addEquivalence, listed }: MissingSide): UnplacedDivergence[] {
  const out: UnplacedDivergence[] = []
  const reported = new Set<string>()
  const ranges = once(own, rangeGroups, ownDoc)
  const restated = once(own, restatedValues, ownDoc)
  // $1.4 million and $1 million / $2.4 million: parts of a total the other report writes (share-complements.ts).
  let totals: Set<Fact> | undefined
  // The clause of a complement or a total (share-complements.ts), read when first asked.
  let ownClause: ClauseOf | undefined
  let otherClause: ClauseOf | undefined
  const ownClauses: ClauseOf = (f) => (ownClause ??= clausesOfFacts(ownDoc, own))(f)
  const otherClauses: ClauseOf = (f) => (otherClause ??= clausesOfFacts(otherDoc, other))(f)
  const monthOpensName = (located: Located<Fact>): boolean => {
    const whole = withNameAfter(ownDoc, located.sentence, located.span)
    return whole !== undefined && writtenWhole(otherDoc, whole.text)
  }
  // Whether the other report states `located`'s fact in some form (an exact one is listed as an equivalence).
  const stated = (located: Located<Fact>): boolean => {
    const { fact, span } = located
    if (paired.has(fact)) return true
    const found = findInOther(fact)
    if (found) {
      if (found.exact) {
        const otherSpan = otherSpans.get(found.fact)!
        const ownSpan = ownSpans.get(fact)!
        // Written alike (a copy, most facts of a story's pairs): addEquivalence would drop it unread.
        // A part counted out of a whole ("four of whom") against a figure of the whole's slot ("Four
        // passengers"): one value in two slots, no restatement (part-wholes.ts); stated, not listed.
        if (ownSpan.text !== otherSpan.text) {
          const [spanA, spanB] = side === 'a' ? [ownSpan, otherSpan] : [otherSpan, ownSpan]
          if (!listed?.(spanA.text, spanB.text) && isCountedOutPart(fact) === isCountedOutPart(found.fact)) {
            addEquivalence({ a: spanA, b: spanB, reason: formatReason(spanA.text, spanB.text, formatKind(fact, found.fact)) })
          }
        }
      }
      return true
    }
    // "hai nước", "the two leaders": counts in words are phrasing, but for those a reader checks as their digits
    // ("twelve homes", "mười hai ngôi nhà": spelled-counts.ts)
    // — where it stands as one (no ratio, name or "năm", nor the same count of another noun in the other report)
    const phrasing =
      fact.type === 'number' &&
      fact.kind === 'count' &&
      inWords(fact, span.text) &&
      !(spelledCountIsFact(fact) && spelledCountStands(fact, span, ownDoc.sentences[located.sentence]!, once(other, countValues), once(otherDoc, writtenForms).inWords))
    if (phrasing || numberNotMissing(ownDoc, otherDoc, located) || timeAtOtherPrecision(fact, other)) return true
    // June of "June Jordan School": a month word opening a name the other report writes whole (whole-names.ts).
    if (fact.type === 'date' && /^\p{L}+$/u.test(span.text) && monthOpensName(located)) return true
    // was first elected in 1995: an ordinal before a participle says when, not how many (ordinal-adverbs.ts).
    if (ordinalAdverb(ownDoc, located)) return true
    // 90,7% / gần 91%: the exact figure and its hedged whole (number-other-forms.ts).
    if (roundedInOther(fact, other)) return true
    // lúc 5h-6h / lúc 5h30, 5am-6am / at 5:30am: a time within the other's clock range (clock-ranges.ts)
    if (clockWithinOther(fact, own, ownDoc, other, otherDoc)) return true
    // khoảng 2 tấn / hàng tấn, about 2 tonnes / tonnes of: stated vaguely, no value to miss (vague-quantities.ts)
    if (statedVaguely(ownDoc, otherDoc, located)) return true
    // the remaining 49.5 percent / 50.5 percent: a share stated by its complement (share-complements.ts).
    if (statedByComplement(located, own, ownClauses, findInOther, otherClauses)) return true
    // Starting on Aug. 16 / Starting on Saturday: a date given by its weekday in the same slot (weekday-dates.ts).
    if (statedByWeekday(ownDoc, otherDoc, located)) return true
    // 3704 Fannin St. / the 3700 block of Fannin: one place, an address and its block (street-blocks.ts).
    if (addressInOtherBlock(located, ownDoc, other, otherDoc)) return true
    if (fact.type === 'number') {
      if ((totals ??= partsOfStatedTotals(once(own, joinedParts, ownDoc), findInOther, otherClauses)).has(fact)) return true
      if (totalOfStatedParts(located, ownClauses, once(other, joinedParts, otherDoc))) return true
    }
    // 50 miles (110 km): the other report states the same quantity in the bracket's unit (restated-values.ts).
    const partner = restated.get(fact)
    return partner !== undefined && (paired.has(partner.fact) || findInOther(partner.fact) !== undefined)
  }
  const done = new Set<readonly Located<Fact>[]>()
  for (const located of own.facts) {
    const range = ranges.get(located.fact)
    // A fact standing alone that the other report states: nothing to list, and no arrays made
    // for it (most facts of a story's pairs, whose reports copy each other).
    if (!range && stated(located)) continue
    if (range) {
      // A range is asked once, as a whole: listed as one missing fact when no end of it is stated.
      if (done.has(range)) continue
      done.add(range)
    }
    // every end is asked (no short cut), so each end the other report states exactly is listed as an equivalence
    const statedEnds = range ? range.map(stated) : [false]
    // A range stated in part: its other ends are missing on their own, unless one is a bare number ("2" of "2-3 năm").
    const members = (range ?? [located]).filter((m, k) => !statedEnds[k] && !(statedEnds.some(Boolean) && isBare(m.span.text)))
    if (members.length === 0) continue
    const whole = members.length > 1
    const last = members[members.length - 1]!
    const keys = members.map((m) => factKey(m.fact))
    const key = keys.join('|')
    if (reported.has(key)) continue
    // an end the range has already listed is not listed again on its own ("320 GB tới 750 GB", later "750 GB")
    for (const k of [key, ...keys]) reported.add(k)
    const span = whole ? rangeSpan(members, ownDoc) : last.span
    // A day range's last end may be a bare number ("Oct. 21 to 27"): a range holding a date is a date, named by it.
    const named = members.find((m) => m.fact.type === 'date') ?? last
    const type = named.fact.type
    const [statedBy, silent] = side === 'a' ? [sides.a, sides.b] : [sides.b, sides.a]
    out.push({
      kind: 'missing',
      severity: 'low',
      factType: type,
      a: side === 'a' ? span : null,
      b: side === 'b' ? span : null,
      message: missingMessage(type, factNoun(named.fact), span.text, statedBy, silent),
      confidence: 1,
      evidence: [],
    })
  }
  return out
}
