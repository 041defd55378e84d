/**
 * A day that opens or closes a span (*từ ngày 8/10-22/10/2021*, *from March 19 to 21*) against a
 * single day the other report gives (*Trưa 23/10, CDC phát đi thông báo*): the span tells how long
 * something ran, the single day when something happened, two slots (DANeS d579~d1282, the salon's
 * visiting window against the day the notice went out). Paired, the span's first day was a date
 * "contradicting" the notice's. Two spans (a changed last day) and two single days still pair.
 *
 * Only a single day told with a part of the day (*Trưa 23/10*, *Tuesday night, March 23*) is set
 * apart: a moment, which a span of days is not, unless the moment is the span's closing: *bế mạc
 * tối 25/10*, *closed on Tuesday night, March 25* tell the span's last day again (review rdates34),
 * a closing word right before the day. A bare day can be the span's start told another way
 * (*diễn ra … vào ngày 23/10* / *từ 25.10 đến 3.11*, VietnameseMDS cluster 100, a real
 * disagreement), and an end read as no span's where its join is a word (*từ 1/1/2011 đến ngày
 * 30/9/2013*) left a changed start unseen (cluster 52).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { rangeGroups } from '../pairing/range-groups'
import { factTokens } from '../../../document/words'

/** The parts of the day a date's cue names (dates.ts reads the cue right before the date). */
const DAY_PARTS = keys('sáng trưa chiều tối đêm khuya morning afternoon evening night tonight')
const atPartOfDay = (fact: Fact): boolean => fact.type === 'date' && fact.cue !== undefined && DAY_PARTS.has(fact.cue)

/** Where `fact` stands in a span of days in its sentence (a range group holding a day): 'last', 'inner', or undefined for no span. */
function placeInDaySpan(facts: DocumentFacts | undefined, doc: PreparedDocument, fact: Fact): 'last' | 'inner' | undefined {
  if (facts === undefined || fact.type !== 'date' || fact.day === undefined) return undefined
  const group = once(facts, rangeGroups, doc).get(fact)
  if (group === undefined || group.length < 2) return undefined
  return group[group.length - 1]!.fact === fact ? 'last' : 'inner'
}

// A day the other report says something closed on: one word (closed, ends) or two syllables (bế mạc, kết thúc).
const CLOSING = keys('closed closes close ends ended concluded wrapped')
const CLOSING_PAIRS = new Set(['bế mạc', 'kết thúc', 'khép lại', 'đóng cửa', 'khép màn'])
// How far before the day the closing word may stand: "bế mạc tối 25/10", "closed on Tuesday night, March 25".
const CLOSING_REACH = 6

/** Whether a word of closing stands shortly before `fact` in its sentence (a word after it closes something else). */
function closingBefore(doc: PreparedDocument, sentence: number, fact: Fact): boolean {
  const tokens = factTokens(doc, sentence)
  let at = 0
  while (at < tokens.length && tokens[at]!.end <= fact.start) at++
  for (let k = at - 1, seen = 0; k >= 0 && seen < CLOSING_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'punct') continue
    seen++
    if (CLOSING.has(t.key) || (k > 0 && CLOSING_PAIRS.has(`${tokens[k - 1]!.key} ${t.key}`))) return true
  }
  return false
}

/** Why a span's end and a single day fill two slots, or undefined: x of report A, y of report B. */
export function spanEndAgainstDay(x: Located<Fact>, y: Located<Fact>, docA: PreparedDocument, docB: PreparedDocument, factsA?: DocumentFacts, factsB?: DocumentFacts): string | undefined {
  if (x.fact.type !== 'date' || y.fact.type !== 'date' || x.fact.day === undefined || y.fact.day === undefined) return undefined
  const placeA = placeInDaySpan(factsA, docA, x.fact)
  const placeB = placeInDaySpan(factsB, docB, y.fact)
  if ((placeA === undefined) === (placeB === undefined)) return undefined
  const [day, dayDoc, place] = placeA ? [y, docB, placeA] : [x, docA, placeB]
  if (!atPartOfDay(day.fact)) return undefined
  // "từ ngày 8 đến 22/10" / "bế mạc tối 25/10": the closing is the span's last day told again, one slot
  if (place === 'last' && closingBefore(dayDoc, day.sentence, day.fact)) return undefined
  return `a span's end against a moment of one day (${placeA ? x.fact.text : y.fact.text})`
}
