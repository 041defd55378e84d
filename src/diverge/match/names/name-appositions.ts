/**
 * What a comma right after a name says of it. *said Johnston, a pub owner* gives the name a role of
 * its own (an apposition: maybe another person than the one the report names in full); *kata Djarot,
 * seperti dilansir Antara* and *said Kowalsky, adding that* go on with the sentence's clause, and
 * *Menurut Djarot, kedua awak …* / *Theo Kowalsky, cả hai …* close an attribution. Only the first
 * tells a role; the rule that reads a short form's slip (name-typos.ts) stays quiet on it alone.
 */
import { foldWord } from '../../../normalize/fold'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'

// Words that, right after the comma, carry the clause on and cannot open a role: a source, the audience or the
// statement spoken in, the place spoken at, a participle of saying or manner. Words that open a role (as, alors,
// als: *Johnston, as a pub owner*) are not here; a time word is, but a copula or "then" after it makes the
// phrase a role once held (khi đó là, cuando era: ROLE_AFTER).
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(
  [
    // en
    'when', 'while', 'after', 'before', 'during', 'adding', 'according', 'referring', 'speaking', 'citing', 'quoted',
    'noting', 'stressing', 'explaining', 'warning', 'insisting', 'saying', 'telling', 'describing', 'calling', 'pointing', 'urging',
    // id / ms
    'seperti', 'sebagaimana', 'saat', 'ketika', 'usai', 'seusai', 'setelah', 'sebelum', 'sambil', 'dilansir', 'dikutip', 'menambahkan',
    'kepada', 'dalam', 'di', 'menjelaskan', 'menegaskan',
    // fr, es, pt, de, it
    'selon', 'lors', 'ajoutant', 'cité', 'précisant', 'soulignant', 'expliquant', 'indiquant', 'estimant',
    'según', 'cuando', 'mientras', 'tras', 'durante', 'añadiendo', 'citado', 'señalando', 'explicando', 'precisando', 'subrayando',
    'segundo', 'quando', 'enquanto', 'após', 'acrescentando', 'laut', 'während', 'mentre', 'aggiungendo',
    // vi
    'khi', 'trong khi', 'sau khi', 'trước khi',
  ].map(foldWord),
)

// After a clause word, what makes the phrase a role (speaking as the owner; when mayor → khi đó là, cuando era).
const ROLE_AFTER: ReadonlySet<string> = new Set(['as', 'then', 'was', 'alors', 'était', 'đó', 'là', 'era', 'fue', 'war', 'sebagai', 'menjabat', 'como'].map(foldWord))

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
  const second = wordAfter(text, k + written.length)
  const goesOn = CLAUSE_GOES_ON.has(word) || SAYING_WORDS.has(word) || (second !== '' && CLAUSE_GOES_ON.has(`${word} ${second}`))
  if (goesOn && !ROLE_AFTER.has(second)) return false
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
