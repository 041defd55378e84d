/**
 * A session's trading volume is a running count: it grows from the open to the close, and two
 * reports read it at different moments (*Some 26.5 million shares changed hands* / *Some 11.8
 * million shares have changed hands*, MSRP train 2266078/2266151). The gold judges every volume
 * pair of two outlets two readings (five pairs, none a divergence), unlike a price, whose
 * unnamed readings hover about one level (sessions.ts takes those as one moment).
 *
 * A volume: a count of shares (*shares*, *cổ phiếu*) that its own clause says were traded: the
 * traded word (*changed hands*, *traded*, *volume*, *exchanged*, *turnover*; *khớp lệnh*, *khối
 * lượng giao dịch*) opens the clause before the figure (*Trading volume was light at …*), or
 * follows the share noun with only auxiliaries between (*shares have changed hands*, *cổ phiếu được
 * khớp lệnh*). A traded word elsewhere in the sentence tells of other shares (*bought 2 million
 * shares, whose shares traded at …*): the count is a holding, an offering or a sale, and stays
 * comparable. So do two volumes both read at the close (*At the close*, *Kết thúc phiên*, *đóng
 * cửa*): final figures.
 *
 * Two readings are no two facts either: each report states the volume, its own reading of it, so
 * neither is `missing` from the other (index.ts pairs them when their sentences are linked).
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import type { Clause } from '../clauses/clauses'

/** Counted nouns of a volume, folded as the extractor writes them ("cổ phiếu" → cổ). */
const SHARE_UNITS = keys('share shares cổ cp')
/** One word that says shares were traded. */
const TRADED = keys('traded exchanged volume turnover khớp')
/** Words of a phrase that say it, all in the sentence: "changed hands", "khối lượng giao dịch". */
const TRADED_PHRASES = ['changed hands', 'khối lượng giao dịch'].map((p) => [...keys(p)])
/** Words naming the session's end, one of a pair enough: "at the close", "kết thúc phiên", "đóng cửa". */
const CLOSE_WORDS = keys('close closed closing đóng')
const CLOSE_PHRASES = ['kết thúc', 'chốt phiên'].map((p) => [...keys(p)])

const has = (c: Clause, words: readonly string[]): boolean => words.every((w) => c.sentence.has(w))

/** Words between the share noun and the traded word that change nothing ("have changed hands", "được khớp lệnh"). */
const AUXILIARIES = keys('have has had were was been being are is được đã phiếu')

const tradedAt = (words: readonly string[], k: number): boolean => TRADED.has(words[k] ?? '') || TRADED_PHRASES.some((p) => p.every((w, i) => words[k + i] === w))

function isVolume(f: Fact, c: Clause): boolean {
  if (f.type !== 'number' || f.kind !== 'count' || !SHARE_UNITS.has(f.unit)) return false
  for (let k = 0; k < c.before.length; k++) if (tradedAt(c.before, k)) return true
  // (the clause's words after the figure may start past the share noun, or at it)
  let k = c.after.findIndex((w) => SHARE_UNITS.has(w)) + 1
  while (k < c.after.length && AUXILIARIES.has(c.after[k]!)) k++
  return tradedAt(c.after, k)
}

function atClose(c: Clause): boolean {
  for (const w of CLOSE_WORDS) if (c.sentence.has(w)) return true
  return CLOSE_PHRASES.some((p) => has(c, p))
}

/** Why `volumeReadingsApart` sets two volumes apart: each report's own reading of one running count. */
export const VOLUME_READINGS_APART = 'trading volumes read at two moments of a session'

/** Why two volumes are two readings of a session, if they are: two values, not both read at the close. */
export function volumeReadingsApart(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.value === y.value) return undefined
  if (!isVolume(x, cx) || !isVolume(y, cy) || (atClose(cx) && atClose(cy))) return undefined
  return VOLUME_READINGS_APART
}
