/**
 * Whether one clause says something else in place of the other's, not only more: *cảnh sát bắt
 * giữ một nghi phạm* / *cảnh sát khởi tố một nghi phạm*, *police arrested a man* / *police charged
 * a man* (two steps of one story: the arrest, then the charge), against *nhà chức trách đã tiến
 * hành sơ tán và lục soát một máy bay* / *hãng phải tiến hành lục soát một máy bay* (one search,
 * one side adding the evacuation). Two clauses are lined up word by word on their longest common
 * subsequence; a stretch where both sides hold words the other lacks is a replacement. The
 * stretch before the first shared word is the clause's subject (who acted: the authorities, the
 * airline), not what was done, and a figure spelt another way (*1* / *một*) is checked by the
 * figures: neither is a replacement here.
 */
import { foldWord } from '../../../normalize/fold'
import { WORD_NUMERAL_OPENERS } from '../../extract/numbers/spelled-numbers'

/** Words of a clause read at most: past them a clause is no single statement, and the table stays small. */
const MAX_WORDS = 60

const isFigure = (w: string): boolean => /\p{Nd}/u.test(w) || WORD_NUMERAL_OPENERS.has(foldWord(w))

/** Whether, past its subject, clause b says other words in place of some of clause a's (words lower case, in order). */
export function replacesWords(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, MAX_WORDS)
  const m = Math.min(b.length, MAX_WORDS)
  // longest common subsequence table of the suffixes: lcs[i][j] for a[i..], b[j..]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  }
  let i = 0
  let j = 0
  let matched = false
  let onlyA: string[] = []
  let onlyB: string[] = []
  const replaced = (): boolean => matched && onlyA.length > 0 && onlyB.length > 0 && !(onlyA.every(isFigure) || onlyB.every(isFigure))
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      if (replaced()) return true
      matched = true
      onlyA = []
      onlyB = []
      i++
      j++
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) onlyA.push(a[i++]!)
    else onlyB.push(b[j++]!)
  }
  // what trails after the last shared word on one side only is an addition; on both, a replacement
  while (i < n) onlyA.push(a[i++]!)
  while (j < m) onlyB.push(b[j++]!)
  return replaced()
}
