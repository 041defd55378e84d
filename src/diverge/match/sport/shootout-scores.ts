/**
 * The score of a penalty shoot-out, as its own slot. A match report holds many scores — the
 * running score after each goal, the half-time score, the score after 90 minutes, the aggregate —
 * and a score alone says nothing of which it is, so two reports' scores are never paired by
 * their wording. The shoot-out is named, though: "Thắng 4-1 sau loạt đá luân lưu", "loạt luân
 * lưu và U-21 Việt Nam đã giành chiến thắng 3-1", "won 4-1 on penalties", "the shoot-out … 3-1".
 * When each report gives one shoot-out score, the two fill one slot.
 *
 * A score belongs to the shoot-out when the shoot-out words follow it directly ("4-1 sau loạt đá
 * luân lưu", "4-1 on penalties") or it is the first score after them in the same clause with no
 * aggregate or regular-time cue between ("(thắng chung cuộc 5-2)" is the aggregate).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'

// "Sau 5 lượt đá, … thắng … 4-1": counted rounds of kicks are the shoot-out's ("lượt trận" is a matchday, "lượt đi" a leg);
// the count starts after a non-digit, so a long run of digits is scanned once, not from each of its digits.
const SHOOTOUT = /luân lưu|loạt (?:sút|đá) (?:11 ?m|penalty|phạt đền)|(?<!\d)\d+ lượt (?:sút|đá)|shoot-?out|penalties|spot[- ]kicks/giu
/** Between a score and the shoot-out words after it: "sau (loạt đá)", "on", "in a (penalty)". */
const SCORE_THEN_SHOOTOUT = /^\s*(?:sau|trong|on|in|after)\b[^.,;:()]{0,24}$/iu
/** Between the shoot-out words and a score after them: the same clause, no aggregate or 90-minute cue. */
const SHOOTOUT_THEN_SCORE = /^[^.;:()]{0,80}$/u
/** How far (in characters) a score may stand before or after the shoot-out words. */
const NEAR_BEFORE = 40
const NEAR_AFTER = 100
const NOT_SHOOTOUT = /chung cuộc|tổng tỷ số|tổng tỉ số|aggregate|90 phút|hiệp|half/iu

function isScore(fact: Fact): boolean {
  return fact.type === 'number' && fact.kind === 'score'
}

/** The facts of one report that give its shoot-out's score. */
function shootoutScores(doc: PreparedDocument, facts: DocumentFacts): Located<Fact>[] {
  const out = new Set<Located<Fact>>()
  for (const [i, located] of facts.factsBySentence) {
    const scores = located.filter((l) => isScore(l.fact))
    if (scores.length === 0) continue
    const sentence = doc.sentences[i]!
    const text = doc.original.slice(sentence.start, sentence.end)
    for (const m of text.matchAll(SHOOTOUT)) {
      const at = sentence.start + m.index!
      const end = at + m[0].length
      // Only scores close to the words are read, so a sentence of many scores costs its length.
      const before = scores.filter((l) => {
        if (l.span.end > at || at - l.span.end > NEAR_BEFORE) return false
        const between = doc.original.slice(l.span.end, at)
        return SCORE_THEN_SHOOTOUT.test(between) && !NOT_SHOOTOUT.test(between)
      })
      const after = scores
        .filter((l) => l.span.start >= end && l.span.start - end <= NEAR_AFTER)
        .sort((p, q) => p.span.start - q.span.start)
        .slice(0, 1)
        .filter((l) => {
          const between = doc.original.slice(end, l.span.start)
          return SHOOTOUT_THEN_SCORE.test(between) && !NOT_SHOOTOUT.test(between)
        })
      for (const l of before.length > 0 ? before : after) out.add(l)
    }
  }
  return [...out]
}

/** The two reports' shoot-out scores, when each gives one value and they differ (the facts still unpaired). */
export const pairShootoutScores: Pairer = ({ docA, docB, factsA, factsB, leftA, leftB }) => {
  // A report's own: read once for all the pairs of a story.
  const scoresA = once(docA, shootoutScores, factsA)
  const scoresB = once(docB, shootoutScores, factsB)
  const values = (scores: readonly Located<Fact>[]): Set<number> => new Set(scores.map((l) => (l.fact.type === 'number' ? l.fact.value : NaN)))
  // Two shoot-outs in one report (a round-up of matches): no way to tell which is which.
  const [va] = values(scoresA)
  const [vb] = values(scoresB)
  if (values(scoresA).size !== 1 || values(scoresB).size !== 1 || va === vb) return []
  const freeA = new Set(leftA)
  const freeB = new Set(leftB)
  const x = scoresA.find((l) => freeA.has(l))
  const y = scoresB.find((l) => freeB.has(l))
  if (!x || !y) return []
  return [{ a: x, b: y, confidence: 0.6, weight: 0.6, evidence: ['both are the score of the penalty shoot-out'], noun: 'shoot-out score' }]
}
