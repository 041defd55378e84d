/**
 * The score of each set of a badminton, tennis or volleyball match, as its own slot. A report
 * tells a match set by set — "Ở séc 1 … thắng 21-19", "sang set 3, … để thua 7/21", "Tại séc
 * này, … giành thắng lợi 21-17" — with running scores between (6-1, 11-2, 16-4) and the match's
 * score at the end (2-1). Two reports word these sentences independently, so their scores are
 * never paired by wording; but the set they belong to is named. When each report gives one final
 * score for the same set, the two fill one slot, told from either player's side (7-21 = 21-7).
 *
 * A score belongs to the set named last before it: in its sentence, or in one of the few
 * sentences before (a report goes on about "séc này"). Only a score that can end a set counts:
 * 21 points by two (up to 30), 25 or 15 by two in volleyball, or a tennis set (6-4, 7-5, 7-6)
 * when the report gives no rally-point score. Running scores and the match score never can.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'

/** "séc 1", "set thứ hai", "séc đấu thứ 3", "set đấu đầu tiên", "set ba", "séc đấu quyết định", "the third set", "set 2". */
const SET_MENTION =
  /(?<![\p{L}\p{N}])(?:séc|set|game)(?:\s+đấu)?\s+(?:thứ\s+)?(\d|một|nhất|hai|ba|bốn|tư|năm|đầu tiên|quyết định|cuối cùng)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(first|second|third|fourth|fifth|opening|deciding|final)\s+(?:set|game)(?![\p{L}\p{N}])/giu
// Every mention holds one of these words: a sentence without any is not scanned (the mention pattern's look-behinds cost on every position of every sentence).
const SET_WORD = /séc|set|game/iu
const SET_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['1', 1], ['một', 1], ['nhất', 1], ['đầu tiên', 1], ['first', 1], ['opening', 1],
  ['2', 2], ['hai', 2], ['second', 2],
  ['3', 3], ['ba', 3], ['third', 3],
  ['4', 4], ['bốn', 4], ['tư', 4], ['fourth', 4],
  ['5', 5], ['năm', 5], ['fifth', 5],
])
/** The last set: the set just announced ("bước vào séc đấu thứ 3 … Sang séc đấu quyết định"), or the one after a set already ended. */
const DECIDING = new Set(['quyết định', 'cuối cùng', 'deciding', 'final'])
/** How many sentences a set named once still holds the scores that follow ("Tại séc này, …"). */
const CARRY = 3

const pointsOf = (value: number): [number, number] => [Math.floor(value / 1000), value % 1000]

/** Can this score end a set? Rally-point scoring (badminton, volleyball) or a tennis set. */
function endsSet(value: number, rally: boolean): boolean {
  const [x, y] = pointsOf(value)
  if (rally) return ((x === 21 || x === 25 || x === 15) && x - y >= 2) || (x > 21 && x <= 30 && (x - y === 2 || x === 30))
  return (x === 6 && y <= 4) || (x === 7 && (y === 5 || y === 6))
}

const isScore = (l: Located<Fact>): boolean => l.fact.type === 'number' && l.fact.kind === 'score'

/** Each score of a report placed in the set named last before it: set number → its scores. */
function scoresBySet(doc: PreparedDocument, facts: DocumentFacts): Map<number, Located<Fact>[]> {
  const placed: { set: number; score: Located<Fact> }[] = []
  let current: { set: number; sentence: number } | undefined
  // Sets given a score that could end one, under either scoring: where "the deciding set" moves on from.
  const ended = new Set<number>()
  const sentences = [...facts.factsBySentence.keys()].sort((p, q) => p - q)
  const scored = new Set(sentences.filter((i) => facts.factsBySentence.get(i)!.some(isScore)))
  if (scored.size === 0) return new Map()
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i]!
    const text = doc.original.slice(sentence.start, sentence.end)
    const mentions: { at: number; set: number }[] = []
    for (const m of SET_WORD.test(text) ? text.matchAll(SET_MENTION) : []) {
      const word = (m[1] ?? m[2]!).toLowerCase()
      const set = DECIDING.has(word) ? (current ? current.set + (ended.has(current.set) ? 1 : 0) : undefined) : SET_NUMBERS.get(word)
      if (set === undefined) continue
      mentions.push({ at: sentence.start + m.index!, set })
      current = { set, sentence: i }
    }
    if (!scored.has(i)) continue
    for (const score of facts.factsBySentence.get(i)!.filter(isScore)) {
      const before = mentions.filter((m) => m.at < score.span.start).at(-1)
      const carried = current && current.sentence < i && i - current.sentence <= CARRY ? current.set : undefined
      // A set named only after the score in its own sentence ("21-19 ở séc 1") is that score's set too.
      const set = before?.set ?? (mentions.length > 0 && mentions.every((m) => m.at > score.span.start) ? mentions[0]!.set : carried)
      if (set === undefined || score.fact.type !== 'number') continue
      placed.push({ set, score })
      if (endsSet(score.fact.value, true) || endsSet(score.fact.value, false)) ended.add(set)
    }
  }
  const rally = placed.some(({ score }) => score.fact.type === 'number' && pointsOf(score.fact.value)[0] >= 11)
  const bySet = new Map<number, Located<Fact>[]>()
  for (const { set, score } of placed) {
    if (score.fact.type !== 'number' || !endsSet(score.fact.value, rally)) continue
    // Pushed, not copied with each score: a long round-up gives a set hundreds of scores.
    const scores = bySet.get(set)
    if (scores) scores.push(score)
    else bySet.set(set, [score])
  }
  return bySet
}

/** A report's final scores by set, kept with its facts: a story places each report's scores once, not once per pair. */
const setsOf = (facts: DocumentFacts, doc: PreparedDocument): ReadonlyMap<number, readonly Located<Fact>[]> => scoresBySet(doc, facts)

/** The two reports' final scores of one set, when each gives one value for it and they differ (the facts still unpaired). */
export const pairSetScores: Pairer = ({ docA, docB, factsA, factsB, leftA, leftB }) => {
  const setsA = once(factsA, setsOf, docA)
  if (setsA.size === 0) return []
  const setsB = once(factsB, setsOf, docB)
  const freeA = new Set(leftA)
  const freeB = new Set(leftB)
  const valueOf = (l: Located<Fact>): number => (l.fact.type === 'number' ? l.fact.value : NaN)
  const pairs: FactPair[] = []
  for (const [set, scoresA] of setsA) {
    const scoresB = setsB.get(set)
    if (!scoresB) continue
    // Two final scores for one set in a report (a round-up of matches, a misplaced score): no way to tell which is the match's.
    const valuesA = new Set(scoresA.map(valueOf))
    const valuesB = new Set(scoresB.map(valueOf))
    if (valuesA.size !== 1 || valuesB.size !== 1) continue
    const x = scoresA.find((l) => freeA.has(l))
    const y = scoresB.find((l) => freeB.has(l))
    if (!x || !y || valueOf(x) === valueOf(y)) continue
    pairs.push({ a: x, b: y, confidence: 0.6, weight: 0.6, evidence: [`both are the final score of set ${set}`], noun: 'set score' })
  }
  return pairs
}
