/**
 * A small number in digits on one side and in words on the other, followed by the same two words:
 * *about 1 in 2,000* / *one in 2,000*, *1 trong 3 người* / *một trong 3 người*, *3 of the
 * victims* / *three of the victims* (after a determiner, sharing a word of what follows: not
 * *three of the officers*). The words that follow make it one figure, where a bare *one*
 * or *một* alone is as often an article (round missing20-1 of the missing-facts gold: MSRP train
 * 2756504/2756466). not-missing.ts asks it of a number nothing else found.
 *
 * The other report's spelled numbers are read once, with the words after each, into a map: a
 * lookup a fact, linear in the report.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'

const WORDS: ReadonlyMap<string, number> = new Map(
  [
    ['one two three four five six seven eight nine', 1],
    ['một hai ba bốn năm sáu bảy tám chín', 1],
  ].flatMap(([list, first]) => (list as string).split(' ').map((w, k) => [w, (first as number) + k] as const)),
)

// A word standing alone (no letter or digit glued before it); the words after it are read from the
// text after it, so that every word is tried (one in 2,000 to one in 400).
const SPELLED = /(?<![\p{L}\p{N}\p{M}])\p{L}+/gu
/** Characters after a number read for the words that follow it: six words of any sane length. */
const AFTER_CHARS = 80
const FOLLOWING = /\S+/gu
// What ends a word at the close of a clause: punctuation after it is no part of it.
const CLOSING = new Set('.,;:!?)"”’\'»')
/** The word without the punctuation closing it (a loop: a `[…]+$` regex backtracks on long runs). */
function unclosed(word: string): string {
  let end = word.length
  while (end > 0 && CLOSING.has(word[end - 1]!)) end--
  return word.slice(0, end)
}
// After "of the", "trong những" the words that follow say which figure it is: *3 of the miners* is
// not *three of the officers*, while *4 of the company's 40 accounts* is *four of the 40 accounts*.
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'những', 'các'])
/** Words after a determiner that must share one word (a noun, a count) with the other side's. */
const NOUN_WINDOW = 4

interface Following {
  /** `1 in 2,000`: the value and the two words after it. */
  readonly key: string
  /** After a determiner, the next words (no trailing punctuation, no possessive 's); else null. */
  readonly nouns: ReadonlySet<string> | null
}

/** The words after a number (as written, lower case), read up to a clause's end. */
function following(value: number, words: readonly string[]): Following | null {
  // a clause ends after the first word: the word after that says nothing of the number
  if (words.length < 2 || /[.;:!?]$/u.test(words[0]!)) return null
  const second = unclosed(words[1]!)
  const key = `${value} ${words[0]} ${second}`
  if (!DETERMINERS.has(second) || second !== words[1]) return { key, nouns: null }
  const nouns = new Set<string>()
  for (const word of words.slice(2, 2 + NOUN_WINDOW)) {
    const bare = unclosed(word)
    nouns.add(bare.replace(/['’]s$/u, ''))
    if (bare !== word) break
  }
  return { key, nouns }
}

/** The spelled small numbers of a report, by their value and two words after (`1 in 2,000`). */
function spelledNumbers(doc: PreparedDocument): ReadonlyMap<string, readonly Following[]> {
  const found = new Map<string, Following[]>()
  const text = doc.nfc.text.toLowerCase()
  for (const m of text.matchAll(SPELLED)) {
    const value = WORDS.get(m[0])
    if (value === undefined) continue
    const after = following(value, wordsAfter(text, m.index + m[0].length, true))
    if (!after) continue
    const list = found.get(after.key)
    if (list) list.push(after)
    else found.set(after.key, [after])
  }
  return found
}

/**
 * The whole words of `text` after `end`, lower case (the window may cut its last word: dropped).
 * `folded`: the text is already NFC and lower case (spelledNumbers' whole report, folded once).
 */
function wordsAfter(text: string, end: number, folded = false): readonly string[] {
  const window = text.slice(end, end + AFTER_CHARS)
  const words = (folded ? window : window.normalize('NFC').toLowerCase()).match(FOLLOWING) ?? []
  return end + AFTER_CHARS < text.length && words.length > 2 ? words.slice(0, -1) : words
}

const shareWord = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].some((w) => w !== '' && y.has(w))

/** Does the other report write this small number in words, followed by the same words as here? */
export function spelledWithSameWords(own: PreparedDocument, other: PreparedDocument, value: number, end: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 9) return false
  const after = following(value, wordsAfter(own.original, end))
  if (!after) return false
  const spelled = once(other, spelledNumbers).get(after.key)
  if (!spelled) return false
  return spelled.some((s) => (after.nouns === null && s.nouns === null) || (after.nouns !== null && s.nouns !== null && shareWord(after.nouns, s.nouns)))
}
