/**
 * Two clock times that one deadline word sets alike (*Đến 19h* / *Đến 21 giờ 30*, *By 7 p.m.* / *By
 * 9:30 p.m.*, past a hedge: *Đến khoảng 20g*): one deadline told two ways, as comparable as two
 * plain times (issue 11, round fresh37-1). Only đến/tới/by: after, since, before, sau, trước are
 * bounds two different times can both honour. A bound that differs (*by 7* / *after 7*) or closes a
 * span (*từ 17h đến 19h*, *from 5 to 7 p.m.*) leaves them to the other rules: moment-slots.ts and
 * clock-hedges.ts ask this before they set bounded times aside.
 *
 * A deadline and an "as of" status read alike (*Đến 19h, đám cháy vẫn chưa được khống chế* / *By 7
 * p.m., firefighters had not …*: two true updates), and no word tells them apart reliably, so the
 * rule holds only where both sentences state a completed event: no negation, no "still", and no
 * figure beside the time (*Đến 19h, 5 người đã được đưa ra*: a count by a time is progress).
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { ABOUT } from '../../reasons/hedges'

// Words that set a deadline: by 7 p.m., đến 19h, tới 20g.
const ONE_SIDED = keys('by đến tới')
// Words that open a span, whose closing end is no deadline of its own: from, between, từ.
const SPAN_OPENERS = keys('from between từ')

/** The one-sided bound word before a time, past one hedge, or undefined. */
function boundOf(f: Fact): string | undefined {
  const before = f.before ?? []
  let k = before.length - 1
  if (ABOUT.has(before[k] ?? '')) k--
  const word = before[k]
  if (word === undefined || !ONE_SIDED.has(word)) return undefined
  for (let j = 0; j < k; j++) if (SPAN_OPENERS.has(before[j]!)) return undefined
  return word
}

// Words that make a bound an "as of" status: not yet, still, chưa, vẫn.
const STATUS = keys('not never no yet still chưa không vẫn chẳng')

/** Is the sentence a status rather than an event met: a negation, "still", or "n't"? */
function statusSentence(text: string): boolean {
  for (const word of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}'’]+/u)) {
    if (STATUS.has(word) || word.endsWith("n't") || word.endsWith('n’t')) return true
  }
  return false
}

/**
 * Both sentences tell one completed event by their deadlines: neither a status (negation,
 * "still") nor holding a figure beside the time other than its dates.
 */
export function deadlineMet(x: Fact, y: Fact, texts: readonly [string, string], facts: readonly [readonly Fact[], readonly Fact[]]): boolean {
  if (statusSentence(texts[0]) || statusSentence(texts[1])) return false
  const counted = (list: readonly Fact[], own: Fact): boolean => list.some((f) => f !== own && f.type === 'number')
  return !counted(facts[0], x) && !counted(facts[1], y)
}

/** Both times bounded by one word, neither the end of a span. */
export function sameBound(x: Fact, y: Fact): boolean {
  const bound = boundOf(x)
  return bound !== undefined && bound === boundOf(y)
}

/** Both bounded alike and neither hedged: as exact as two plain times. */
export function sameExactBound(x: Fact, y: Fact): boolean {
  const hedged = (f: Fact): boolean => ABOUT.has(f.before?.[f.before.length - 1] ?? '')
  return sameBound(x, y) && !hedged(x) && !hedged(y)
}

// Words of the moment rather than the statement: a hedge, a part of the day, "cùng ngày" (the same day).
const MOMENT_WORDS = new Set([...ABOUT, ...keys('giờ sáng trưa chiều tối đêm cùng ngày hôm a.m p.m am pm')])

/**
 * Share of the two sentences' content words both hold, the times' own words, hedges and day parts
 * aside, over the larger sentence: *Đến khoảng 20g, …* / *Đến 21 giờ 30 tối cùng ngày, …* say one
 * thing though the time's own words make the plain share look low.
 */
export function overlapBesideTimes(x: Fact, y: Fact, wordsA: readonly string[], wordsB: readonly string[]): number {
  const own = new Set([...x.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u), ...y.text.normalize('NFC').toLowerCase().split(/[\s,;()]+/u)])
  const keep = (w: string): boolean => !own.has(w) && !MOMENT_WORDS.has(w)
  const a = new Set(wordsA.filter(keep))
  const b = new Set(wordsB.filter(keep))
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / Math.max(a.size, b.size)
}
