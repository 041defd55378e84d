/**
 * A change against a level: "expand its share by around 45 percent" / "expand its share to 45
 * percent", "tăng thêm 45%" / "tăng lên 45%". The same figure after "by" and after "to" states two
 * things, how much a quantity moved and where it ended, so the two are no one fact written twice.
 * Paired first as the same value, they took each other and left the real partner of the level
 * alone: Callebaut's consumer share *to 45 percent from 23* against *by around 45 percent to some
 * one-third* (the gold's item: 45 percent / one-third). Such a pair waits until conflicts are
 * found, as a same value in another slot does (slots.ts), and pairs as the same value only if
 * nothing else claims either figure.
 *
 * The level a move left ("from 23 percent") is no level it reached ("to some one-third") either:
 * such pairs are no conflict. Only these prepositions read: a figure with none ("rose 45
 * percent") may be any part, and "up to" is a bound ("by up to 45 percent"), not a level.
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'

const BY = keys('by thêm')
const TO = keys('to lên')
const FROM = keys('from từ')
/** Hedges between the preposition and the figure ("by around 45 percent", "to some one-third", "lên khoảng 45%"), and the level noun of "từ mức 23%". */
const HEDGES = keys('about around nearly almost roughly some more less than just over under approximately khoảng gần hơn trên dưới chừng mức')

/** The preposition that introduces a figure, past its hedges: 'by', 'to', 'from', or undefined. */
export function changeOrLevel(before: readonly string[]): 'by' | 'to' | 'from' | undefined {
  let at = before.length - 1
  while (at >= 0 && HEDGES.has(before[at]!)) at--
  const w = before[at]
  if (w === undefined) return undefined
  if (BY.has(w)) return 'by'
  if (FROM.has(w)) return 'from'
  // "by up to 45 percent", "up to 45 percent": a bound, not where a move ended
  if (TO.has(w) && before[at - 1] !== 'up') return 'to'
  return undefined
}

/**
 * Two figures each sentence introduces as a different part of a move: a change ("by") against a
 * level ("to", "from"), or the level a move left against the one it reached ("from 23 percent" /
 * "to some one-third").
 */
export function changeAgainstLevel(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number') return false
  const px = changeOrLevel(x.before)
  const py = changeOrLevel(y.before)
  return px !== undefined && py !== undefined && px !== py
}

/**
 * Two figures of one slot that each sentence introduces the same way, as where a move ended
 * ("to 45 percent" / "to some one-third") or as how much it moved ("by 3 percent" / "by about 4
 * percent"): a shared neighbour for the pairing of conflicts, which skips "to" and "by" as stop
 * words elsewhere. Not "from": a level left is often stated beside the one reached.
 */
export function sameRole(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number') return false
  const px = changeOrLevel(x.before)
  return (px === 'by' || px === 'to') && px === changeOrLevel(y.before)
}
