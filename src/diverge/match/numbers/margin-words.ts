/**
 * The words of a poll's margin of error, in one place: the phrases that name it ("margin of
 * error", "sai số") and the words that bridge the phrase and its figure ("of", "is", "plus or
 * minus", "là", "cộng trừ", "ở mức"). Two rules read one phrase: poll-margins.ts in a clause's
 * words before its figure (are two margins two polls?), point-moves.ts in the three words a fact
 * keeps before it (is this figure a margin, one slot in points or percent?). Words are folded (foldWord).
 */
import { foldWord } from '../../../normalize/fold'
import { keys as set, phrasesInOrder as phrases } from '../../../normalize/word-lists'


/** "margin of error", "margin of sampling error", "error margin", "sampling error": a poll's margin in English. */
export const MARGIN = phrases('margin of error|margin of sampling error|error margin|sampling error')
/** "sai số": any error (a scale's too), a poll's margin only beside a poll word. */
export const VI_MARGIN = phrases('sai số')
/** Words between the margin phrase and its figure: "of", "is", "plus or minus", "là", "cộng trừ", "khoảng", "ở mức". */
export const BRIDGE = set('of is was are at about approximately roughly around plus or minus là của cộng trừ khoảng ở mức chỉ vào ±')

/** Where the bridge words right before the figure begin in `words` (the words before it): a margin phrase would end there. */
export function bridgeStart(words: readonly string[]): number {
  let end = words.length
  while (end > 0 && BRIDGE.has(words[end - 1]!)) end--
  return end
}
