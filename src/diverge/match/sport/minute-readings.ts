/**
 * How a report writes the minute of a match, and its timeline of them (match-minutes.ts pairs two).
 *
 * A minute is a position on the match's clock: *phút 43*, *phút thứ 53*, *in the 69th minute*,
 * *on 19 minutes*, *aos 19min*, *aos 18 minutos*, *al minuto 19*, *a los 19 minutos*, *in der 19.
 * Minute*; a report that writes minutes that way also writes a bare *aos 14* for one. A length of
 * time is none: *sau 90 phút thi đấu*, *stopped for 19 minutes*, *aos 30 anos*, a clock time *19h*
 * (a date, never read here).
 *
 * A relative minute (*four minutes later*, *4 phút sau*, *sau đó 4 phút*, *seis minutos depois*,
 * *seis minutos después*) counts from the minute last stated before it, so it is placed there; two
 * offsets from two moments are two different things and never compared as such
 * (`offsetsFromOtherMoments`). An offset restated by the minute it reaches in its own sentence
 * (*Quatro minutos depois, aos 18*) is that minute.
 *
 * Brazilian and Argentine reports count each half from zero (*aos 12min* of the second half); a
 * report whose minutes never pass the first half's end and that says the second half has begun
 * (*segundo tempo*, *etapa final*, *segundo tiempo*) is read on one clock: 45 plus.
 */
import type { PreparedDocument } from '../../../document'
import { sentenceText } from '../../../document/words'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { MAX_GAP, orderedPairs } from './minute-runs'
import { twoScorers } from './minute-scorers'

/** The latest minute of a match, stoppage and extra time included. */
export const LAST_MINUTE = 130
/** A relative minute counts from a minute at most this many sentences before it. */
const MAX_BASE_DISTANCE = 2
/** The longest gap told as "N minutes later" inside a match. */
const MAX_OFFSET = 30
/** A half is 45 minutes; a report counting per half states at most its stoppage time past that. */
const HALF = 45
const LAST_OF_HALF = 50

/** Folded words that name the minute when a number sits right after them: "phút 19", "al minuto 19", "minute 19". */
const MINUTE_BEFORE = new Set(['phút', 'minuto', 'minute', 'minuut'])
/** Folded words a minute count is a position after: "aos 18 minutos", "a los 18 minutos", "on 19 minutes". */
const AT_BEFORE = new Set(['aos', 'ao', 'los', 'on'])
/** Folded units of a number of minutes ("19 minutos", "nine minutes", "19min"). */
const MINUTE_UNITS = new Set(['minute', 'minuto', 'minuten', 'phút', 'min'])
/** A conjunction the extractor may take for a counted noun after a bare minute ("aos 31 e fez 3 a 0"). */
const JOINERS = new Set(['e', 'y', 'et', 'und', 'and', 'và'])
/** Words after an offset in minutes that count it from the last moment told. */
const LATER = new Set(['later', 'sau', 'depois', 'después', 'despues', 'später', 'spater', 'tard'])

const valid = (f: NumberFact): boolean => Number.isInteger(f.value) && f.value >= 1 && f.value <= LAST_MINUTE
const minuteUnit = (f: NumberFact): boolean => (f.kind === 'duration' || f.kind === 'count') && MINUTE_UNITS.has(f.unit)
const last = (words: readonly string[]): string => words[words.length - 1] ?? ''

export type MinuteForm = 'minute' | 'bare' | 'offset'

/**
 * How a number states a minute of a match, if it does: `minute` (a position written as one), `bare`
 * ("aos 14": a position only in a report that writes minutes), `offset` ("four minutes later").
 */
export function minuteForm(fact: Fact): MinuteForm | undefined {
  if (fact.type !== 'number' || !valid(fact)) return undefined
  const before = last(fact.before)
  const after = fact.after[0] ?? ''
  if (minuteUnit(fact)) {
    if (LATER.has(after) || (fact.value <= MAX_OFFSET && before === 'đó' && fact.before[fact.before.length - 2] === 'sau')) return fact.value <= MAX_OFFSET ? 'offset' : undefined
    return AT_BEFORE.has(before) && fact.unit !== 'phút' ? 'minute' : undefined
  }
  if (fact.kind === 'plain' && fact.unit === 'phút') return 'minute'
  if ((fact.kind === 'ordinal' || fact.kind === 'plain') && (after === 'minute' || after === 'minuto')) return 'minute'
  // "Kane's 19th-minute goal": the ordinal glued to its minute
  if (fact.kind === 'ordinal' && fact.text.toLowerCase().endsWith('-minute')) return 'minute'
  if ((fact.kind === 'plain' || fact.kind === 'count') && MINUTE_BEFORE.has(before)) return 'minute'
  if (before === 'aos' && (fact.kind === 'plain' || (fact.kind === 'count' && JOINERS.has(fact.unit)))) return 'bare'
  return undefined
}

export interface Minute {
  readonly located: Located<Fact>
  /** The minute of the match it places the event at, on one clock for the whole match. */
  readonly at: number
  /** Told relative to an earlier minute: the one it counts from. */
  readonly from?: number
}

/**
 * Folded phrases that open a half in the press that counts each half from zero (Brazilian *segundo
 * tempo*, *etapa final*; Argentine *segundo tiempo*), each with its number: the last one a sentence
 * names holds from there on. Vietnamese, English, German and French reports count one clock
 * (*hiệp hai … phút 67*, *second half … 67th minute*): their halves shift nothing.
 */
const HALVES: ReadonlyArray<readonly [string, 1 | 2]> = [
  ['primeiro tempo', 1], ['primeira etapa', 1], ['primer tiempo', 1],
  ['segundo tempo', 2], ['segunda etapa', 2], ['etapa final', 2], ['etapa complementar', 2], ['segundo tiempo', 2],
]

/** The half the last half-naming phrase of a text opens, if any. */
function halfNamed(text: string): 1 | 2 | undefined {
  const folded = text.toLowerCase()
  let at = -1
  let half: 1 | 2 | undefined
  for (const [phrase, which] of HALVES) {
    const i = folded.lastIndexOf(phrase)
    if (i > at) [at, half] = [i, which]
  }
  return half
}

/** The half a minute's own words name ("aos 19 minutos do segundo tempo"). */
function halfOfMinute(fact: NumberFact): 1 | 2 | undefined {
  return halfNamed(fact.after.join(' '))
}

/** The half the words of a fact's sentence before it name, if any. */
function halfBefore(doc: PreparedDocument, located: Located<Fact>): 1 | 2 | undefined {
  const sentence = doc.sentences[located.sentence]
  return sentence ? halfNamed(sentence.text.slice(0, Math.max(0, located.span.start - sentence.start))) : undefined
}

/** The minutes of one report in document order, relative ones placed after the minute they count from. */
function buildTimeline(facts: DocumentFacts, doc: PreparedDocument): Minute[] {
  const forms = facts.facts.map((l) => minuteForm(l.fact))
  // A bare "aos 14" is a minute only where the report writes minutes as such, or counts minutes between its events.
  const stated = forms.includes('minute') || forms.includes('offset')
  const positions = facts.facts.filter((l, i) => forms[i] === 'minute' || (stated && forms[i] === 'bare'))
  // A report that never passes the first half's stoppage time counts each half from zero.
  const perHalf = positions.length > 0 && positions.every((l) => l.fact.type === 'number' && l.fact.value <= LAST_OF_HALF)
  // The last fact of each sentence that states a position: an offset before it in its sentence is restated by it.
  const lastPosition = new Map<number, number>()
  forms.forEach((f, k) => {
    if (f !== undefined && f !== 'offset') lastPosition.set(facts.facts[k]!.sentence, k)
  })
  const out: Minute[] = []
  let previous: Minute | undefined
  let half: 1 | 2 = 1
  let sentenceRead = -1
  for (let i = 0; i < facts.facts.length; i++) {
    const located = facts.facts[i]!
    const fact = located.fact
    const form = forms[i]
    if (fact.type !== 'number' || form === undefined || (form === 'bare' && !stated)) continue
    // The half in effect when the sentence opens: the phrases of the sentences before it.
    if (perHalf && located.sentence - 1 > sentenceRead) {
      for (let s = sentenceRead + 1; s < located.sentence; s++) half = halfNamed(sentenceText(doc, s)) ?? half
      sentenceRead = located.sentence - 1
    }
    if (form === 'offset') {
      if (!previous || located.sentence - previous.located.sentence > MAX_BASE_DISTANCE) continue
      // "Quatro minutos depois, aos 18": the minute it reaches is stated next to it.
      if ((lastPosition.get(located.sentence) ?? -1) > i) continue
      const at = previous.at + fact.value
      if (at > LAST_MINUTE) continue
      previous = { located, at, from: previous.at }
      out.push(previous)
      continue
    }
    // Only a minute stated after the phrase of the second half is counted from it, in its own sentence too.
    const ownHalf = perHalf ? halfOfMinute(fact) ?? halfBefore(doc, located) ?? half : 1
    // 46 to 50 after the second half began is an absolute minute: a per-half count writes stoppage time as "45+2".
    previous = { located, at: ownHalf === 2 && fact.value <= HALF ? HALF + fact.value : fact.value }
    out.push(previous)
  }
  return out
}

/** A report's match timeline, read once. */
export function timelineOf(facts: DocumentFacts, doc: PreparedDocument): readonly Minute[] {
  return once(facts, buildTimeline, doc)
}

const byFact = (timeline: readonly Minute[]): Map<Located<Fact>, Minute> => new Map(timeline.map((m) => [m.located, m]))

/** The minute an offset counts from, if the report's timeline placed it. */
const offsetBase = (facts: DocumentFacts, doc: PreparedDocument, located: Located<Fact>): number | undefined => placed(facts, doc, located)?.from

/** Is the fact placed on its report's timeline, and where. */
const placed = (facts: DocumentFacts, doc: PreparedDocument, located: Located<Fact>): Minute | undefined => once(timelineOf(facts, doc), byFact).get(located)

/** Minutes of the match the timeline left apart for the pair of reports it last read: which is which it could not tell, or two scorers' goals. */
const undecided = new WeakMap<DocumentFacts, { readonly other: DocumentFacts; readonly a: Set<Located<Fact>>; readonly b: Set<Located<Fact>> }>()

/** Records minutes match-minutes.ts left apart for this pair of reports (each pairing runs its steps in turn). */
export function markUndecided(factsA: DocumentFacts, factsB: DocumentFacts, a: readonly Located<Fact>[], b: readonly Located<Fact>[]): void {
  let known = undecided.get(factsA)
  if (!known || known.other !== factsB) undecided.set(factsA, (known = { other: factsB, a: new Set(), b: new Set() }))
  for (const l of a) known.a.add(l)
  for (const l of b) known.b.add(l)
}

/**
 * Two different minutes of the match the match's order left apart (match-minutes.ts): two close
 * minutes on one side against one, or two scorers' goals ("Kane scored in the 18th minute" / "Son
 * scored in the 19th minute"). Sentences alike say no more which is which than the order did.
 */
function positionsApart(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument, factsA: DocumentFacts, factsB: DocumentFacts): string | undefined {
  const mx = placed(factsA, docA, x)
  const my = placed(factsB, docB, y)
  if (!mx || !my) return undefined
  // One minute on two clocks (a half counted from zero, an offset): agreement, paired by match-minutes.ts.
  if (mx.at === my.at) return onOtherClock(mx) || onOtherClock(my) ? ONE_MINUTE : undefined
  // Far apart, no run of the timeline holds both: left to the other pairings (a figure changed in one sentence).
  if (Math.abs(mx.at - my.at) > MAX_GAP) return undefined
  // Two goals by two scorers, however alike their sentences (linked ones are weighed before the timeline runs).
  if (twoScorers(docA, docB, factsA, factsB, x.sentence, y.sentence, once(timelineOf(factsA, docA), datedSentences), once(timelineOf(factsB, docB), datedSentences))) return TWO_SCORERS
  const known = undecided.get(factsA)
  if (known && known.other === factsB && (known.a.has(x) || known.b.has(y))) return UNDECIDED
  // Asked before the timeline ran (linked sentences are weighed first): its runs over all the minutes.
  const runs = runsOf(factsA, factsB, docA, docB)
  return runs[0]!.has(mx.at) || runs[1]!.has(my.at) ? UNDECIDED : undefined
}

const UNDECIDED = 'minutes of the match the order of the match could not tell apart'
const ONE_MINUTE = 'one minute of the match on two clocks'
const TWO_SCORERS = 'two goals by two scorers'

/** The sentences of a timeline that state a minute. */
const datedSentences = (timeline: readonly Minute[]): Set<number> => new Set(timeline.map((m) => m.located.sentence))

/** A minute written otherwise than on one clock: a half counted from zero, or an offset from an earlier minute. */
export const onOtherClock = (m: Minute): boolean => m.from !== undefined || (m.located.fact.type === 'number' && m.located.fact.value !== m.at)

/** The minutes of each side the match's order cannot place, read over both timelines whole; kept for the pair last read. */
const runsSeen = new WeakMap<DocumentFacts, { readonly other: DocumentFacts; readonly undecided: Set<number>[] }>()
function runsOf(factsA: DocumentFacts, factsB: DocumentFacts, docA: PreparedDocument, docB: PreparedDocument): Set<number>[] {
  const seen = runsSeen.get(factsA)
  if (seen && seen.other === factsB) return seen.undecided
  const valuesA = new Set(timelineOf(factsA, docA).map((m) => m.at))
  const valuesB = new Set(timelineOf(factsB, docB).map((m) => m.at))
  const fixed = [...valuesA].filter((v) => valuesB.has(v))
  const result = orderedPairs([...valuesA].filter((v) => !valuesB.has(v)), [...valuesB].filter((v) => !valuesA.has(v)), fixed).undecided
  runsSeen.set(factsA, { other: factsB, undecided: result })
  return result
}

/**
 * Two offsets of minutes ("Sete minutos depois" / "Quatro minutos depois") counted from two
 * different moments of a match, or an offset against a minute of the clock: not one value told
 * twice. Pairs of offsets from one moment are the timeline's to compare (match-minutes.ts).
 */
export function offsetsFromOtherMoments(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument, factsA: DocumentFacts, factsB: DocumentFacts): string | undefined {
  const formX = minuteForm(x.fact)
  const formY = minuteForm(y.fact)
  if (formX !== 'offset' && formY !== 'offset') return positionsApart(x, y, docA, docB, factsA, factsB)
  if (formX === undefined || formY === undefined) return undefined
  const fromX = formX === 'offset' ? offsetBase(factsA, docA, x) : undefined
  const fromY = formY === 'offset' ? offsetBase(factsB, docB, y) : undefined
  if (formX === 'offset' && formY === 'offset') {
    if (fromX === undefined && fromY === undefined) return undefined
    return fromX === fromY ? undefined : `minutes counted from two moments of the match (${fromX ?? '?'} / ${fromY ?? '?'})`
  }
  return fromX === undefined && fromY === undefined ? undefined : 'an offset of minutes against a minute of the match'
}
