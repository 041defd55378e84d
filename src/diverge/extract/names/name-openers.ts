/**
 * Where a capital says nothing about a word: after a sentence break inside one segmented sentence
 * (a quote of several sentences, "… what happened. Does this not strike you …?"). collect.ts reads
 * a one-word name there as it reads one opening the sentence: a name only if the document writes
 * it capitalised elsewhere too (missing51-1: Does was reported missing).
 */
import type { NameFact } from './names'

// A stop, then spaces and at most an opening quote or bracket: the next word opens a sentence.
const BREAK_BEFORE = /[.!?…]["”’»)\]]*[ \t\u00a0\n]+["“‘«(]?$/u

/** Does the word at `start` of a sentence's `text` open a sentence inside it? */
export function opensAfterBreak(text: string, start: number): boolean {
  return start > 0 && BREAK_BEFORE.test(text.slice(Math.max(0, start - 8), start))
}

const LONG_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]{3,}/gu

/**
 * Is the line of `text` around `at` written in title case (Judge Throws Out State and Federal Cases
 * Against Facebook)? Four words of four letters or more at least, and nearly all of them capitalised:
 * a headline whose capitals say nothing about its words.
 */
export function titleCaseLine(text: string, at: number, seen?: Map<number, boolean>): boolean {
  const from = text.lastIndexOf('\n', at) + 1
  // Each line is read once, however many names it holds (a long line of names stays linear).
  const known = seen?.get(from)
  if (known !== undefined) return known
  const to = text.indexOf('\n', at)
  const line = text.slice(from, to === -1 ? text.length : to)
  let words = 0
  let capitalised = 0
  for (const m of line.matchAll(LONG_WORD)) {
    words++
    if (m[0][0] !== m[0][0]!.toLowerCase()) capitalised++
  }
  const titled = words >= 4 && capitalised * 5 >= words * 4
  seen?.set(from, titled)
  return titled
}

const LOWER_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*/gu

/** The words `text` writes in lower case, folded by `fold`. */
export function lowerCaseWords(text: string, fold: (word: string) => string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(LOWER_WORD)) out.add(fold(m[0]))
  return out
}

/**
 * Names of two words or more read from a title-case line (Throws Out State, Driver Charged With)
 * are left out when most of their words are ones the document writes in lower case and never
 * inside a name read elsewhere: ordinary words capitalised by the headline's style, not a name
 * (missing51-1: two such runs reported missing). A name in a headline keeps its own words (White
 * House Says: White and House are named in the body; Donald Trump Wins: two words of three are no
 * lower-case word).
 */
export function dropHeadlineRuns<T extends { readonly fact: NameFact; readonly sentence: number }>(
  names: T[],
  textOf: (sentence: number) => string,
  documentText: string,
  fold: (word: string) => string,
): T[] {
  const titled = new Set<T>()
  // A sentence's text and its lines read, once per sentence.
  const lines = new Map<number, { readonly text: string; readonly seen: Map<number, boolean> }>()
  for (const name of names) {
    if (name.fact.tokens.length < 2) continue
    let read = lines.get(name.sentence)
    if (!read) lines.set(name.sentence, (read = { text: textOf(name.sentence), seen: new Map() }))
    if (titleCaseLine(read.text, name.fact.start, read.seen)) titled.add(name)
  }
  if (titled.size === 0) return names
  const lower = lowerCaseWords(documentText, fold)
  const named = new Set<string>()
  for (const name of names) if (!titled.has(name)) for (const token of name.fact.tokens) named.add(token)
  return names.filter((name) => {
    if (!titled.has(name)) return true
    let common = 0
    for (const token of name.fact.tokens) if (lower.has(token) && !named.has(token)) common++
    return common * 2 <= name.fact.tokens.length
  })
}
