/**
 * A quantity restated in brackets in another unit or currency: *50 miles (110 km)*, *38 million
 * euros ($43.63 million)*, *18 tỷ peso (khoảng 440 triệu USD)*, *5 triệu USD (tương đương 105 tỷ
 * đồng)*. The two are one fact written twice; a report that gives either of them states it, so
 * the other is not missing (issue 11: a reader of that report misses nothing). Round missing20-1
 * of the missing-facts gold found two such restatements among 40 English facts.
 *
 * Only a value of one unit with the other's in brackets right after it, nothing between them but
 * a hedge (about, khoảng, tương đương): a bracketed value of the same unit (*20 người (10 nam)*),
 * a share (*(20%)*), a score (*3-1 (2-0)*, the half-time score) or another counted noun (*20
 * workers (10 women)*) is another fact.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { dimensionOf } from '../../reasons/compatible'

// What may stand between a value and the bracket restating it: the bracket and a hedge.
const OPENING =
  /^\s*\(\s*(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more than|khoảng|chừng|gần|tầm|hơn|trên|xấp xỉ|tương đương|tương đương với|~|≈)\s*)?$/iu
const CLOSING = /^\s*\)/u

/**
 * Two values of one quantity in two units: two currencies, or two units of one dimension (miles
 * and km, pounds and kg). Two counted nouns (*20 workers (10 women)*) count two things.
 */
function twoUnitsOfOne(a: Fact, b: Fact): boolean {
  if (a.type !== 'number' || b.type !== 'number' || a.unit === '' || b.unit === '' || a.unit === b.unit) return false
  if (a.kind === 'amount' && b.kind === 'amount') return true
  const dimension = dimensionOf(a)
  return dimension !== undefined && dimension === dimensionOf(b)
}

/** Do two adjacent values, the second in brackets after the first, state one quantity in two units? */
export function restates(doc: PreparedDocument, lo: Located<Fact>, hi: Located<Fact>): boolean {
  if (lo.sentence !== hi.sentence || hi.span.start < lo.span.end) return false
  if (!twoUnitsOfOne(lo.fact, hi.fact)) return false
  // the hedge is a few words at most: a long stretch is another clause
  if (hi.span.start - lo.span.end > 24) return false
  const between = doc.original.slice(lo.span.end, hi.span.start).normalize('NFC')
  return OPENING.test(between) && CLOSING.test(doc.original.slice(hi.span.end, hi.span.end + 4))
}

/**
 * Each value restated in brackets mapped to its restatement, both ways. `facts` are in document
 * order, as collectFacts gives them, so a restatement is the next fact.
 */
export function restatedValues(facts: DocumentFacts, doc: PreparedDocument): ReadonlyMap<Fact, Located<Fact>> {
  const partners = new Map<Fact, Located<Fact>>()
  const list = facts.facts
  for (let k = 0; k + 1 < list.length; k++) {
    const lo = list[k]!
    const hi = list[k + 1]!
    if (!restates(doc, lo, hi)) continue
    partners.set(lo.fact, hi)
    partners.set(hi.fact, lo)
  }
  return partners
}
