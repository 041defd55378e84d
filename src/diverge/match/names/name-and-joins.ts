/**
 * A name the extractor cut at "and" (Spin-Up and Ejection Mechanism, Oklahoma Gas and Electric):
 * "and" joins two names more often than it sits inside one, so the extractor stops there. When two
 * reports both write the same word and "and" right before a name, the three are read as one name
 * for the one-word judge (name-one-word.ts): "Spin-Up and Ejection Mechanism" / "Spin-Up and Eject
 * Mechanism" differ in a middle word of one name, not in the first word of a two-word one. English
 * "and" and Vietnamese "và" alike; two names after different words stay apart, and so do two listed
 * names after the same one (Bombardier and Embraer / Bombardier and Airbus): the word that differs
 * must be respelt, not replaced.
 */
import { lettersKept } from './spelling-shapes'
import type { Word } from '../sentences/word-diff'

const AND = new Set(['and', 'và'])

/** The folded word before "and" right before the name's tokens in the sentence's words, or undefined. */
function wordBeforeAnd(tokens: readonly string[], words: readonly Word[]): string | undefined {
  // Word runs split hyphens as name tokens do (Spin-Up: spin, up), so the name is a run of words.
  // (The keys are read in place: a copy of the sentence's keys per pair of names asked was garbage.)
  outer: for (let k = 2; k + tokens.length <= words.length; k++) {
    for (let t = 0; t < tokens.length; t++) if (words[k + t]!.key !== tokens[t]) continue outer
    if (!AND.has(words[k - 1]!.key)) return undefined
    const before = words[k - 2]!.raw
    return /^\p{Lu}/u.test(before) ? words[k - 2]!.key : undefined
  }
  return undefined
}

/** Both names with the word and "and" before them prefixed, when both reports write the same ones; else undefined. */
export function joinedAtAnd(x: readonly string[], y: readonly string[], wordsA: readonly Word[], wordsB: readonly Word[]): [string[], string[]] | undefined {
  if (x.length === 0 || y.length === 0) return undefined
  const a = wordBeforeAnd(x, wordsA)
  if (a === undefined) return undefined
  const b = wordBeforeAnd(y, wordsB)
  if (a !== b) return undefined
  return [[a, 'and', ...x], [b, 'and', ...y]]
}

/** Least share of letters two spellings of one word keep (Ejection / Eject 0.63; Embraer / Airbus 0.14). */
const CLOSE = 0.5

/** Whether two words are one respelt rather than two words: a name read across "and" may be two listed names. */
export function closeSpelling(x: string, y: string): boolean {
  return lettersKept(x, y) >= CLOSE
}
