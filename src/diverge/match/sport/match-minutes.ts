/**
 * Minutes of a match, read as a timeline. Two reports of one match date the same events by the
 * minute ("phút 43" / "phút 44", "phút thứ 53" / "phút 52"), each in its own words and rarely in
 * sentences the aligner links; a report's every sentence names the same players, so neither the
 * wording nor the actors tell which minute of one report is which of the other's.
 *
 * The order of the match does. Minutes both reports state are fixed points; a minute of one report
 * that the other does not state, with exactly one unmatched minute of the other report close to it
 * (at most `MAX_GAP` apart) and that one with no other close partner, is the same event dated
 * differently — if the two sentences also tell one event: they name a player both name, or state
 * the same score, or share their wording. Two events of one minute window (a foul in the 33rd, the
 * penalty in the 34th) leave a second candidate on one side, or a minute both reports state between
 * them, and stay apart.
 *
 * A minute told relative to the last one ("Phút 80, … Chỉ 4 phút sau, …", "four minutes later") is
 * placed on the timeline at that minute plus its gap, so "4 phút sau" (the 84th) meets "Phút 86"
 * and "6 phút sau".
 */
import type { PreparedDocument } from '../../../document'
import { sentenceText } from '../../../document/words'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'
import { createAnchors } from '../pairing/clause-anchors'
import { respeltActors, tellsGoal } from './minute-evidence'

/** The farthest apart two reports put one event's minute (measured: 1 or 2 on the real gold). */
const MAX_GAP = 3
/** A relative minute counts from a minute at most this many sentences before it. */
const MAX_BASE_DISTANCE = 2
/** The latest minute of a match, stoppage and extra time included. */
const LAST_MINUTE = 130
/** Mentions of one minute weighed per side: a report repeats a minute once or twice, never hundreds of times. */
const MAX_MENTIONS = 4

/**
 * A minute of the match as the extractor reads it: a bare number in the slot of `phút` ("phút 43",
 * "phút thứ 53"), or an ordinal before "minute" ("in the 69th minute").
 */
function absoluteMinute(fact: Fact): boolean {
  if (fact.type !== 'number' || !Number.isInteger(fact.value) || fact.value < 1 || fact.value > LAST_MINUTE) return false
  return (fact.kind === 'plain' && fact.unit === 'phút') || (fact.kind === 'ordinal' && fact.after[0] === 'minute')
}

/** Words after a gap in minutes that count it from the last event: "4 phút sau", "four minutes later". */
const AFTER_LAST = new Set(['sau', 'later'])

/** A gap in minutes told as coming after the last event ("4 phút sau", "bốn phút sau đó", "four minutes later"). */
function relativeMinute(fact: Fact): boolean {
  return fact.type === 'number' && fact.kind === 'duration' && fact.unit === 'minute' && AFTER_LAST.has(fact.after[0] ?? '') && Number.isInteger(fact.value) && fact.value >= 1 && fact.value <= 30
}

interface Minute {
  readonly located: Located<Fact>
  /** The minute of the match it places the event at. */
  readonly at: number
  /** Told relative to an earlier minute: the one it counts from. */
  readonly from?: number
}

/** The minutes of one report in document order, relative ones placed after the minute they count from. */
function timeline(facts: DocumentFacts): Minute[] {
  const out: Minute[] = []
  let last: Minute | undefined
  for (const located of facts.facts) {
    const fact = located.fact
    if (fact.type !== 'number') continue
    if (absoluteMinute(fact)) {
      last = { located, at: fact.value }
      out.push(last)
    } else if (relativeMinute(fact) && last && located.sentence - last.located.sentence <= MAX_BASE_DISTANCE) {
      const at = last.at + fact.value
      if (at > LAST_MINUTE) continue
      last = { located, at, from: last.at }
      out.push(last)
    }
  }
  return out
}

/** Name words of each sentence (three letters or more). */
function nameWords(facts: DocumentFacts, sentence: number): Set<string> {
  const out = new Set<string>()
  for (const name of facts.namesBySentence.get(sentence) ?? []) for (const token of name.fact.tokens) if (token.length >= 3 && !/\d/.test(token)) out.add(token)
  return out
}

/** Each value's close partners among the other side's unmatched values. */
function partners(own: readonly number[], other: readonly number[], fixed: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>()
  for (const x of own) {
    const close = other.filter((y) => y !== x && Math.abs(x - y) <= MAX_GAP && !fixed.some((f) => f > Math.min(x, y) && f < Math.max(x, y)))
    out.set(x, close)
  }
  return out
}

const describe = (m: Minute, text: string): string => (m.from !== undefined ? `"${text}" after minute ${m.from} (minute ${m.at})` : `minute ${m.at}`)

/**
 * Pairs of minutes of A and B, among the facts neither report states in the other (`leftA`,
 * `leftB`), that date one event differently. Each fact in at most one pair.
 */
export const pairMatchMinutes: Pairer = ({ docA, docB, factsA, factsB, leftA, leftB, related }) => {
  // Read of each report alone: kept with it for every pair it is in.
  const timeA = once(factsA, timeline)
  const timeB = once(factsB, timeline)
  if (timeA.length === 0 || timeB.length === 0) return []
  const allA = new Set(timeA.map((m) => m.at))
  const allB = new Set(timeB.map((m) => m.at))
  const fixed = [...allA].filter((v) => allB.has(v))
  const freeA = new Set(leftA)
  const freeB = new Set(leftB)
  // A relative minute is never itself stated elsewhere as a value: it is free when its fact is.
  const openA = timeA.filter((m) => freeA.has(m.located) && !allB.has(m.at))
  const openB = timeB.filter((m) => freeB.has(m.located) && !allA.has(m.at))
  const valuesA = [...new Set(openA.map((m) => m.at))]
  const valuesB = [...new Set(openB.map((m) => m.at))]
  const closeToA = partners(valuesA, valuesB, fixed)
  const closeToB = partners(valuesB, valuesA, fixed)
  const anchors = createAnchors(factsA, factsB)
  // Any name both sentences write, the story's main actors too: the timeline already narrowed the candidates to one.
  // A name word spelt another way counts too (MacDonal / McDonald): one scorer, two spellings.
  const actors = (x: Located<Fact>, y: Located<Fact>): string[] => {
    const own = nameWords(factsA, x.sentence)
    const other = nameWords(factsB, y.sentence)
    return [...[...own].filter((w) => other.has(w)), ...respeltActors(own, other)]
  }
  const tellsGoalAt = (doc: PreparedDocument, i: number): boolean => i < doc.sentences.length && tellsGoal(sentenceText(doc, i))
  // An event is often told in the sentence after its minute ("…ở phút 68. Sau một pha phản công, Torres …"),
  // unless that sentence dates an event of its own.
  const dated = (time: readonly Minute[]): Set<number> => new Set(time.map((m) => m.located.sentence))
  const datedA = dated(timeA)
  const datedB = dated(timeB)
  const telling = (sentence: number, datedSentences: Set<number>): number[] => (datedSentences.has(sentence + 1) ? [sentence] : [sentence, sentence + 1])
  const tellingPairs = (i: number, j: number): Array<[number, number]> => telling(i, datedA).flatMap((x) => telling(j, datedB).map((y): [number, number] => [x, y]))
  const out: FactPair[] = []
  for (const x of valuesA) {
    const close = closeToA.get(x)!
    if (close.length !== 1) continue
    const y = close[0]!
    if (closeToB.get(y)!.length !== 1) continue
    // The same minute may be written twice in a report: any of its mentions may tell the event.
    let best: FactPair | undefined
    for (const ma of openA.filter((m) => m.at === x).slice(0, MAX_MENTIONS)) {
      for (const mb of openB.filter((m) => m.at === y).slice(0, MAX_MENTIONS)) {
        const evidence: string[] = [`minutes of one match: ${describe(ma, ma.located.span.text)} vs ${describe(mb, mb.located.span.text)}, no other event between`]
        let score = 0.5
        let onlyAfter = true
        let named = false
        let stated = false
        let goal = false
        for (const [i, j] of tellingPairs(ma.located.sentence, mb.located.sentence)) {
          const x = { ...ma.located, sentence: i }
          const y = { ...mb.located, sentence: j }
          const where = i === ma.located.sentence && j === mb.located.sentence ? 'both sentences' : 'the sentences telling the event'
          const shared = actors(x, y)
          const scores = anchors(x, y)
          const wording = i === ma.located.sentence && j === mb.located.sentence && related(i, j)
          // Both tell a goal: the scorer may be named by two parts of his name (Joshua / Robert MacDonald).
          const goals = tellsGoalAt(docA, i) && tellsGoalAt(docB, j)
          if (shared.length === 0 && scores.length === 0 && !wording && !goals) continue
          if (where === 'both sentences') onlyAfter = false
          if (shared.length > 0 && !named) {
            named = true
            score += 0.15
            evidence.push(`${where} name ${shared.join(', ')}`)
          }
          if (scores.length > 0 && !stated) {
            stated = true
            score += 0.15
            evidence.push(`${where} state ${scores.join(', ')}`)
          }
          if (goals && !goal) {
            goal = true
            score += 0.1
            evidence.push(`${where} tell a goal`)
          }
          if (wording) {
            score += 0.1
            evidence.push('the sentences share their wording')
          }
        }
        // Told only in the sentence after the minute: a little less sure it is the same event.
        if (onlyAfter) score -= 0.05
        // Nothing but the timeline ties them: two events a minute apart are as likely.
        if (evidence.length === 1) continue
        const confidence = Math.round(Math.min(0.9, score) * 100) / 100
        if (!best || confidence > best.confidence) best = { a: ma.located, b: mb.located, confidence, evidence, weight: score, noun: 'minute of the match' }
      }
    }
    if (best) out.push(best)
  }
  return out
}
