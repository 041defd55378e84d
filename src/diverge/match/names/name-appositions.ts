/**
 * What a comma right after a name says of it. *said Johnston, a pub owner* gives the name a role of
 * its own (an apposition: maybe another person than the one the report names in full); *kata Djarot,
 * seperti dilansir Antara* and *said Kowalsky, adding that* go on with the sentence's clause, and
 * *Menurut Djarot, kedua awak …* / *Theo Kowalsky, cả hai …* close an attribution. Only the first
 * tells a role; the rule that reads a short form's slip (name-typos.ts) stays quiet on it alone.
 */
import { foldWord } from '../../../normalize/fold'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'

// Words that, right after the comma, carry the clause on (a source, a time, a manner, a further verb),
// never a role: an apposition opens with a noun, an article or a possessive.
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(
  [
    // en
    'as', 'when', 'while', 'after', 'before', 'during', 'adding', 'according', 'referring', 'speaking', 'citing', 'quoted',
    // id / ms
    'seperti', 'sebagaimana', 'saat', 'ketika', 'usai', 'seusai', 'setelah', 'sebelum', 'sambil', 'dilansir', 'dikutip', 'menambahkan',
    // fr, es, pt, de, it
    'selon', 'lors', 'alors', 'ajoutant', 'cité', 'según', 'cuando', 'mientras', 'tras', 'durante', 'añadiendo', 'citado',
    'segundo', 'quando', 'enquanto', 'após', 'acrescentando', 'als', 'laut', 'während', 'mentre', 'aggiungendo',
    // vi
    'khi', 'trong khi', 'sau khi', 'trước khi',
  ].map(foldWord),
)

// Words before a name that make it the source of what follows (according to X, …): the comma after the name ends the
// attribution, so the name has an apposition only where a second comma closes one (According to Johnston, a pub owner, …).
const ATTRIBUTING: ReadonlySet<string> = new Set(['theo', 'menurut', 'selon', 'según', 'segundo', 'secondo', 'laut', 'to'].map(foldWord))
// How far the attribution's closing comma is looked for.
const APPOSITION_REACH = 80

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c)

function wordAt(text: string, start: number): string {
  let end = start
  while (end < text.length && isLetter(text[end])) end++
  return text.slice(start, end)
}

function wordBefore(text: string, start: number): { word: string; start: number } {
  let end = start
  while (end > 0 && text[end - 1] === ' ') end--
  let begin = end
  while (begin > 0 && isLetter(text[begin - 1])) begin--
  return { word: text.slice(begin, end), start: begin }
}

/** Is the name at `start`–`end` of `text` given a role by what follows a comma right after it (said Johnston, a pub owner)? */
export function apposedAfter(text: string, start: number, end: number): boolean {
  let k = end
  while (k < text.length && text[k] === ' ') k++
  if (text[k] !== ',') return false
  k++
  while (k < text.length && text[k] === ' ') k++
  const next = text.codePointAt(k)
  if (next === undefined || !LOWER_START.test(String.fromCodePoint(next))) return false
  const written = wordAt(text, k)
  const word = foldWord(written)
  if (CLAUSE_GOES_ON.has(word) || SAYING_WORDS.has(word)) return false
  const second = wordAfter(text, k + written.length)
  if (second !== '' && CLAUSE_GOES_ON.has(`${word} ${second}`)) return false
  const before = wordBefore(text, start)
  const attributing = ATTRIBUTING.has(foldWord(before.word)) && (foldWord(before.word) !== 'to' || foldWord(wordBefore(text, before.start).word) === 'according')
  return !attributing || closedBeforeSentenceEnd(text, k)
}

function wordAfter(text: string, from: number): string {
  if (text[from] !== ' ') return ''
  return foldWord(wordAt(text, from + 1))
}

/** Does a comma come before the sentence's end, within reach (According to Johnston, a pub owner, trade …)? */
function closedBeforeSentenceEnd(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + APPOSITION_REACH)
  for (let i = from; i < limit; i++) {
    const c = text[i]!
    if (c === ',') return true
    if (c === '.' || c === '!' || c === '?' || c === '\n') return false
  }
  return false
}

const LOWER_START = /^\p{Ll}/u
