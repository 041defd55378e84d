/**
 * *Muhammad Al Azhar (MA) alias Zoya* / *Muhammad Aljahra alias Zoya* (IndoSum): two spellings too
 * far apart to read as one name, each followed by the same alias, name one person, so the two
 * spellings are one name respelt. The alias must follow the mention itself (after at most a short
 * bracket: initials, an age), be introduced by an alias word (*alias*, *a.k.a.*, *aka*, *dit*,
 * *tức*, *biệt danh*, *hay còn gọi là*) and be one alias read whole both reports write there
 * (quoted or not; rnames51: a shared head, *Abu Hamzah* of two aliases, is not one alias);
 * two people are seldom given one alias in one story.
 */
import type { Span } from '../../../types'
import type { SpellingJudgement } from '../../reasons/name-spelling'

// The words that introduce an alias, each followed by a space.
const ALIAS_WORD = /^(?:alias|a\.k\.a\.?|aka|dit|dite|tức|biệt danh|hay còn gọi là|còn gọi là) /u
// A title or article before the alias itself (*aka Mr. Big*, *aka The butcher*), skipped.
const LEADING = /^(?:mr\.?|mrs\.?|ms\.?|dr\.?|the|le|la|les|el|si|sang|ông|bà|anh|chị) /iu
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', "'": "'", '‘': '’' }
// The longest bracket (initials, an age) read between a name and its alias.
const BRACKET = 26
// The most words an alias read up to its clause's end may have: past that, the clause goes on.
const ALIAS_WORDS = 3

/**
 * The alias right after a name (after at most a short bracket and a comma), read whole: a quoted
 * alias to its closing quote, else up to a comma, bracket or clause end (*Abu Hamzah al-Jawi*,
 * *Tư đen*). `whole` false when no such end comes within a few words (*alias Zoya yang diduga
 * mencuri …*): then only `text` starts with the alias, its end unknown. Read step by step, no backtracking.
 */
function aliasOf(tail: string): { readonly text: string; readonly whole: boolean } | undefined {
  let rest = tail.trimStart()
  if (rest.startsWith('(')) {
    const close = rest.indexOf(')')
    if (close < 0 || close > BRACKET || rest.lastIndexOf('(', close) > 0) return undefined
    rest = rest.slice(close + 1).trimStart()
  }
  if (rest.startsWith(',')) rest = rest.slice(1).trimStart()
  const word = ALIAS_WORD.exec(rest)
  if (!word) return undefined
  rest = rest.slice(word[0].length).trimStart()
  const closing = QUOTES[rest[0] ?? '']
  if (closing !== undefined) {
    const end = rest.indexOf(closing, 1)
    if (end < 0) return undefined
    const quoted = rest.slice(1, end).trim().replace(LEADING, '')
    return /^\p{Lu}/u.test(quoted) ? { text: quoted, whole: true } : undefined
  }
  rest = rest.replace(LEADING, '')
  if (!/^\p{Lu}/u.test(rest)) return undefined
  const stop = rest.search(/[,;:()[\]"“”«»]|[.!?](?:\s|$)/u)
  const clause = (stop < 0 ? rest : rest.slice(0, stop)).trim()
  const words = clause.split(/\s+/u)
  if (stop >= 0 && words.length <= ALIAS_WORDS) return { text: clause, whole: true }
  return { text: rest, whole: false }
}

// How far after a mention the alias may stand.
const WINDOW = 60
// The same cap as the judge's own reading of a spelling's mentions (name-entities.ts).
const MENTIONS_READ = 8

type Alias = { readonly text: string; readonly whole: boolean }

/** The aliases written right after a name's mentions, lower case. */
function aliasesAfter(original: string, spans: readonly Span[]): Alias[] {
  const out: Alias[] = []
  for (let i = 0; i < spans.length && i < MENTIONS_READ; i++) {
    const end = spans[i]!.end
    const alias = aliasOf(original.slice(end, end + WINDOW))
    if (alias !== undefined) out.push({ text: alias.text.normalize('NFC').toLowerCase(), whole: alias.whole })
  }
  return out
}

// A whole alias shorter than this is no proof that a clause going on after it holds no more of it (*Tư* / *Tư lùn*).
const SHORTEST_OPEN_MATCH = 4

/**
 * One alias, compared whole: two read to their ends must be equal (*Abu Hamzah al-Jawi* is not
 * *Abu Hamzah al-Bugisi*, *Tư đen* not *Tư lùn*); one whose clause goes on must start with the
 * other's whole alias, then a word boundary. Two whose ends are both unknown prove nothing.
 */
function sameAlias(x: Alias, y: Alias): string | undefined {
  if (x.whole && y.whole) return x.text === y.text ? x.text : undefined
  const [whole, open] = x.whole ? [x, y] : [y, x]
  if (!whole.whole || whole.text.length < SHORTEST_OPEN_MATCH || !open.text.startsWith(whole.text)) return undefined
  return /^\s+\p{Ll}/u.test(open.text.slice(whole.text.length)) ? whole.text : undefined
}

/** The alias both reports give right after their spelling of a name, or undefined. */
export function sharedAlias(originalA: string, spansA: readonly Span[], originalB: string, spansB: readonly Span[]): string | undefined {
  const ofA = aliasesAfter(originalA, spansA)
  if (ofA.length === 0) return undefined
  for (const y of aliasesAfter(originalB, spansB)) {
    for (const x of ofA) {
      const alias = sameAlias(x, y)
      if (alias !== undefined) return alias
    }
  }
  return undefined
}

// As sure as a respelling one letter apart: the alias, not the letters, says who it is.
const ALIAS_SCORE = 0.85

/** Two spellings each followed by one alias: one name respelt, judged so (reasons/name-spelling.ts' form); undefined otherwise. */
export function aliasRespelt(textA: string, originalA: string, spansA: readonly Span[], textB: string, originalB: string, spansB: readonly Span[]): SpellingJudgement | undefined {
  const alias = sharedAlias(originalA, spansA, originalB, spansB)
  if (alias === undefined) return undefined
  return { kind: 'respelling', score: ALIAS_SCORE, evidence: [`same alias: ${alias}`], shortForm: false, sharedWords: 0, changes: `${textA}\u0000${textB}` }
}
