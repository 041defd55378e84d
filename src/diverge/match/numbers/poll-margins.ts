/**
 * Two margins of error of a poll given differently are two polls, not one misreported: a poll's
 * margin follows from its sample, and an outlet quoting a poll copies it, while a story on an
 * election cites several polls ("The poll had a margin of error of plus or minus 2 percentage
 * points" / "It had a margin of sampling error of plus or minus four percentage points and was
 * conducted Thursday through Saturday"; "… sai số 3%" / "… sai số 4,5%"). In the English gold every
 * such pair is two polls (4 / 3.7, 1.8 to 4.4 / three to four, 2 / four percentage points), none
 * a disagreement; one margin rounded ("4.9 percent" / "five percentage points") stays one.
 *
 * Narrow (review I): only when the figure IS the margin, the margin phrase right before it with
 * nothing but "of", "is", "plus or minus", "là", "cộng trừ" between ("a margin of error of 3
 * points", not "margin of error of 3 points among 900 voters" nor "… and found Biden leading with
 * 48 percent"); "sai số" (any error, of a scale too) only with a poll named in the sentence
 * (khảo sát, thăm dò, poll, survey); and never when both sentences name the same poll: the same
 * pollster before or after the poll word ("the Gallup poll", "khảo sát của Gallup"), or the same
 * sample or dates ("of 1,000 adults", "June 1-5"). Then two margins are one poll misreported.
 *
 * So are two near-identical sentences (review K) that give the poll's result besides its margin,
 * the same figure on both sides: "Ông Nam được 52% phiếu theo khảo sát có sai số 3%" / "… sai số
 * 2%" is one survey's result copied with another margin. A sentence that gives only a margin
 * ("The survey has a margin of error of 3 percentage points") still names no one poll.
 */
import { keys as set, phrasesInOrder as phrases } from '../../../normalize/word-lists'
import type { Fact } from '../../extract/fact'
import { compatibleReason } from '../../reasons/compatible'
import type { Clause } from '../clauses/clauses'
import { MARGIN, VI_MARGIN, bridgeStart } from './margin-words'

/** A poll named in the sentence. */
const POLLS = phrases('poll|polls|survey|surveys|polling|khảo sát|thăm dò')
/** Words between the poll word and its pollster ("poll by Gallup", "khảo sát của Gallup"). */
const BY = set('by của do from')

const startsAt = (w: readonly string[], k: number, p: readonly string[]): boolean => p.every((x, n) => w[k + n] === x)

/** Does the margin phrase end right before the figure, only bridge words between? */
function isMargin(c: Clause, list: readonly (readonly string[])[]): boolean {
  const w = c.before
  const end = bridgeStart(w)
  return list.some((p) => end >= p.length && startsAt(w, end - p.length, p))
}

/** Where the sentence names a poll: the index after each poll word. */
function pollWords(words: readonly string[]): { first: number; next: number }[] {
  const out: { first: number; next: number }[] = []
  for (let k = 0; k < words.length; k++) for (const p of POLLS) if (startsAt(words, k, p)) out.push({ first: k, next: k + p.length })
  return out
}

/** The pollsters the sentence names beside its poll words ("the Gallup poll", "khảo sát của Gallup"). */
function pollsters(c: Clause): Set<string> {
  const names = new Set(c.sentenceNames)
  const out = new Set<string>()
  for (const { first, next } of pollWords(c.words)) {
    const before = c.words[first - 1]
    if (before !== undefined && names.has(before)) out.add(before)
    const after = BY.has(c.words[next] ?? '') ? c.words[next + 1] : c.words[next]
    if (after !== undefined && names.has(after)) out.add(after)
  }
  return out
}

/** A sample or a date the sentence states besides the margin ("1,000 adults", "June 1-5"). */
const stamp = (f: Fact): string | undefined =>
  f.type === 'date' ? `d:${f.text}` : f.type === 'number' && f.kind === 'count' ? `c:${f.value}:${f.unit}` : undefined

/** Share of the larger sentence's distinct words (digits aside) both sentences hold, at least this: one sentence copied. */
const NEAR_SAME = 0.8
function nearSame(a: readonly string[], b: readonly string[]): boolean {
  const wa = new Set(a.filter((w) => !/\d/.test(w)))
  const wb = new Set(b.filter((w) => !/\d/.test(w)))
  let shared = 0
  for (const w of wa) if (wb.has(w)) shared++
  return shared >= NEAR_SAME * Math.max(wa.size, wb.size, 1)
}

/** Do the two sentences name one poll: the same pollster, the same sample or dates, or one sentence copied with the same result? */
function onePoll(x: Fact, y: Fact, cx: Clause, cy: Clause, otherX: readonly Fact[], otherY: readonly Fact[]): boolean {
  const px = pollsters(cx)
  for (const p of pollsters(cy)) if (px.has(p)) return true
  const near = nearSame(cx.words, cy.words)
  // near-identical sentences: any other figure of the same value is the poll's result, stated on both sides
  const mark = (f: Fact): string | undefined => stamp(f) ?? (near && f.type === 'number' ? `n:${f.value}` : undefined)
  const sx = new Set(otherX.filter((f) => f !== x).map(mark).filter((s) => s !== undefined))
  return otherY.some((f) => {
    const s = f === y ? undefined : mark(f)
    return s !== undefined && sx.has(s)
  })
}

/**
 * Why two figures are margins of error of two polls, if they are (values apart beyond a rounding);
 * `sentenceFacts` gives the facts of each figure's sentence (side 0 for `x`, 1 for `y`), read only for two margins.
 */
export function differentPolls(x: Fact, y: Fact, cx: Clause, cy: Clause, sentenceFacts: (side: 0 | 1) => readonly Fact[] = () => []): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.value === y.value) return undefined
  const margin = (c: Clause): boolean => isMargin(c, MARGIN) || (isMargin(c, VI_MARGIN) && pollWords(c.words).length > 0)
  if (!margin(cx) || !margin(cy) || compatibleReason(x, y) !== undefined) return undefined
  if (onePoll(x, y, cx, cy, sentenceFacts(0), sentenceFacts(1))) return undefined
  return 'margins of error of two polls'
}
