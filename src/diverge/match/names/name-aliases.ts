/**
 * *Muhammad Al Azhar (MA) alias Zoya* / *Muhammad Aljahra alias Zoya* (IndoSum): two spellings too
 * far apart to read as one name, each followed by the same alias, name one person, so the two
 * spellings are one name respelt. The alias must follow the mention itself (after at most a short
 * bracket: initials, an age), be introduced by an alias word (*alias*, *a.k.a.*, *aka*, *dit*,
 * *tức*, *biệt danh*, *hay còn gọi là*) and be a capitalised word both reports write there;
 * two people are seldom given one alias in one story.
 */
import type { Span } from '../../../types'
import type { SpellingJudgement } from '../../reasons/name-spelling'

// The words that introduce an alias, each followed by a space; then the alias, one or two capitalised words.
const ALIAS_WORD = /^(?:alias|a\.k\.a\.?|aka|dit|dite|tức|biệt danh|hay còn gọi là|còn gọi là) /u
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*/u
// The longest bracket (initials, an age) read between a name and its alias.
const BRACKET = 26

/** The alias right after a name (after at most a short bracket and a comma), or undefined: read step by step, no backtracking. */
function aliasOf(tail: string): string | undefined {
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
  const first = CAPITALISED.exec(rest)
  if (!first) return undefined
  const after = rest.slice(first[0].length)
  const second = after.startsWith(' ') ? CAPITALISED.exec(after.slice(1)) : null
  return second ? `${first[0]} ${second[0]}` : first[0]
}

// How far after a mention the alias may stand.
const WINDOW = 60
// The same cap as the judge's own reading of a spelling's mentions (name-entities.ts).
const MENTIONS_READ = 8

/** The aliases written right after a name's mentions. */
function aliasesAfter(original: string, spans: readonly Span[]): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < spans.length && i < MENTIONS_READ; i++) {
    const end = spans[i]!.end
    const alias = aliasOf(original.slice(end, end + WINDOW))
    if (alias !== undefined) out.add(alias.normalize('NFC').toLowerCase())
  }
  return out
}

/** The alias both reports give right after their spelling of a name, or undefined. */
export function sharedAlias(originalA: string, spansA: readonly Span[], originalB: string, spansB: readonly Span[]): string | undefined {
  const ofA = aliasesAfter(originalA, spansA)
  if (ofA.size === 0) return undefined
  for (const alias of aliasesAfter(originalB, spansB)) if (ofA.has(alias)) return alias
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
