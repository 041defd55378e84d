/**
 * Minutes of a match, read as a timeline. Two reports of one match date the same events by the
 * minute ("phút 43" / "phút 44", "phút thứ 53" / "phút 52"), each in its own words and rarely in
 * sentences the aligner links; a report's every sentence names the same players, so neither the
 * wording nor the actors tell which minute of one report is which of the other's.
 *
 * The order of the match does. Minutes both reports state are fixed points; the minutes neither
 * states in the other, close to each other (at most `MAX_GAP` apart, no fixed point between), pair
 * in order when each side has as many (15, 19 / 14, 18), a lone one with the clearly nearest — and
 * only if the two sentences also tell one event: they name a player both name, or state the same
 * score, or share their wording, or both tell a goal. Two events of one minute window (a foul in
 * the 33rd, the penalty in the 34th) leave a second candidate as near on one side, or a minute both
 * reports state between them, and stay apart; so do two goals by two scorers both reports name.
 * Minutes left apart are hidden from every other pairing too (minute-readings.ts,
 * `offsetsFromOtherMoments`): the runs the order could not tell apart, two scorers' goals, and one
 * minute on two clocks (a half counted from zero, an offset) — those paired here as agreement.
 *
 * How each language writes a minute, a report counting each half from zero, and a minute told
 * relative to the last one ("Phút 80, … Chỉ 4 phút sau", "four minutes later", "seis minutos
 * depois", placed at that minute plus its gap): minute-readings.ts.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'
import { createAnchors } from '../pairing/clause-anchors'
import { sharedActors, tellsGoalAt, twoScorers } from './minute-scorers'
import { type Minute, markUndecided, onOtherClock, timelineOf } from './minute-readings'
import { orderedPairs } from './minute-runs'

/** Mentions of one minute weighed per side: a report repeats a minute once or twice, never hundreds of times. */
const MAX_MENTIONS = 4

const describe = (m: Minute, text: string): string => (m.from !== undefined ? `"${text}" after minute ${m.from} (minute ${m.at})` : `minute ${m.at}`)

/** The sentences of a timeline that state a minute. */
const dated = (time: readonly Minute[]): Set<number> => new Set(time.map((m) => m.located.sentence))

/**
 * One minute of the match written two ways: a half counted from zero against one clock (*segundo
 * tempo … aos 10* / *aos 55 minutos*), an offset against the minute it reaches (*four minutes
 * later* after the 30th / *in the 34th minute*). Their figures differ, so no other pairing finds
 * them equal (minute-readings.ts keeps the others off them): each is paired here with a mention of
 * that minute in the other report, as agreement. Each fact in at most one pair.
 */
function sameMinutePairs(timeA: readonly Minute[], timeB: readonly Minute[], freeA: ReadonlySet<Located<Fact>>, freeB: ReadonlySet<Located<Fact>>): FactPair[] {
  const out: FactPair[] = []
  const atB = new Map<number, Minute[]>()
  for (const mb of timeB) if (freeB.has(mb.located)) atB.set(mb.at, [...(atB.get(mb.at) ?? []), mb].slice(0, MAX_MENTIONS))
  const usedB = new Set<Located<Fact>>()
  for (const ma of timeA) {
    if (!freeA.has(ma.located)) continue
    const mb = atB.get(ma.at)?.find((m) => !usedB.has(m.located) && (onOtherClock(ma) || onOtherClock(m)))
    if (!mb) continue
    usedB.add(mb.located)
    const evidence = [`minutes of one match: ${describe(ma, ma.located.span.text)} vs ${describe(mb, mb.located.span.text)}, one minute on two clocks`]
    out.push({ a: ma.located, b: mb.located, confidence: 0.9, evidence, reason: 'match-clock', noun: 'minute of the match' })
  }
  return out
}

/**
 * Pairs of minutes of A and B, among the facts neither report states in the other (`leftA`,
 * `leftB`), that date one event differently. Each fact in at most one pair.
 */
export const pairMatchMinutes: Pairer = ({ docA, docB, factsA, factsB, leftA, leftB, related }) => {
  // Read of each report alone: kept with it for every pair it is in.
  const timeA = timelineOf(factsA, docA)
  const timeB = timelineOf(factsB, docB)
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
  const { pairs, undecided } = orderedPairs(valuesA, valuesB, fixed)
  const leftApart = [openA.filter((m) => undecided[0]!.has(m.at)).map((m) => m.located), openB.filter((m) => undecided[1]!.has(m.at)).map((m) => m.located)] as const
  markUndecided(factsA, factsB, leftApart[0], leftApart[1])
  const clocks = sameMinutePairs(timeA, timeB, freeA, freeB)
  if (pairs.length === 0) return clocks
  const anchors = createAnchors(factsA, factsB)
  // Any name both sentences write, the story's main actors too: the timeline already narrowed the candidates to one.
  const actors = (x: Located<Fact>, y: Located<Fact>): string[] => sharedActors(factsA, factsB, x.sentence, y.sentence)
  const datedA = dated(timeA)
  const datedB = dated(timeB)
  // An event is often told in the sentence after its minute ("…ở phút 68. Sau một pha phản công, Torres …"),
  // unless that sentence dates an event of its own.
  const telling = (sentence: number, datedSentences: Set<number>): number[] => (datedSentences.has(sentence + 1) ? [sentence] : [sentence, sentence + 1])
  const tellingPairs = (i: number, j: number): Array<[number, number]> => telling(i, datedA).flatMap((x) => telling(j, datedB).map((y): [number, number] => [x, y]))
  const out: FactPair[] = [...clocks]
  for (const [x, y] of pairs) {
    // The same minute may be written twice in a report: any of its mentions may tell the event.
    let best: FactPair | undefined
    for (const ma of openA.filter((m) => m.at === x).slice(0, MAX_MENTIONS)) {
      for (const mb of openB.filter((m) => m.at === y).slice(0, MAX_MENTIONS)) {
        if (twoScorers(docA, docB, factsA, factsB, ma.located.sentence, mb.located.sentence, datedA, datedB)) {
          markUndecided(factsA, factsB, [ma.located], [mb.located])
          continue
        }
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
