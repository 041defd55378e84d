/**
 * A small number in digits on one side and in words on the other, followed by the same two words:
 * *about 1 in 2,000* / *one in 2,000*, *1 trong 3 người* / *một trong 3 người*, *3 of the
 * victims* / *three of the victims*. The words that follow make it one figure, where a bare *one*
 * or *một* alone is as often an article (round missing20-1 of the missing-facts gold: MSRP train
 * 2756504/2756466). not-missing.ts asks it of a number nothing else found.
 *
 * The other report's spelled numbers are read once, with the two words after each, into a set:
 * a lookup a fact, linear in the report.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'

const WORDS: ReadonlyMap<string, number> = new Map(
  [
    ['one two three four five six seven eight nine', 1],
    ['một hai ba bốn năm sáu bảy tám chín', 1],
  ].flatMap(([list, first]) => (list as string).split(' ').map((w, k) => [w, (first as number) + k] as const)),
)

// A word standing alone (no letter or digit glued before it), and the two words after it, read
// ahead so that every word is tried (one in 2,000 to one in 400).
const SPELLED = /(?<![\p{L}\p{N}\p{M}])(\p{L}+)(?=\s+(\S+)\s+(\S+))/gu
// What ends a word at the close of a clause: punctuation after it is no part of it.
const TRAILING = /[.,;:!?)"”’'»]+$/u

const key = (value: number, first: string, second: string): string => `${value} ${first} ${second.replace(TRAILING, '')}`

/** The spelled small numbers of a report, each with the two words after it: `1 in 2,000`. */
function spelledNumbers(doc: PreparedDocument): ReadonlySet<string> {
  const found = new Set<string>()
  const text = doc.nfc.text.toLowerCase()
  for (const m of text.matchAll(SPELLED)) {
    const value = WORDS.get(m[1]!)
    if (value === undefined) continue
    // a clause ends after the first word: the word after that says nothing of the number
    if (/[.;:!?]$/u.test(m[2]!)) continue
    found.add(key(value, m[2]!, m[3]!))
  }
  return found
}

/** Does the other report write this small number in words, followed by the same two words as here? */
export function spelledWithSameWords(own: PreparedDocument, other: PreparedDocument, value: number, end: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 9) return false
  const after = /^\s+(\S+)\s+(\S+)/u.exec(own.original.slice(end, end + 40).normalize('NFC').toLowerCase())
  if (!after || /[.;:!?]$/u.test(after[1]!)) return false
  return once(other, spelledNumbers).has(key(value, after[1]!, after[2]!))
}
