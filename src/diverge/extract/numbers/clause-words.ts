/**
 * The words after a count to the end of its clause: a Vietnamese counted subject's verb may stand
 * past a long noun ("Hai người đàn ông bị thương"), beyond the three words a fact keeps beside it,
 * and a zero toll meets a count only of its own outcome (match/numbers/zero-outcomes.ts). An aside
 * between commas right after the count ("42 people, mostly men, were apprehended") is passed over:
 * the verb past it is still the count's (match/slots/people-kinds.ts, fresh38-1).
 */
import type { Token } from '../fact-tokens'

/** At most this many words: a verb further off is no longer the count's. */
const CLAUSE_WORDS = 6
/** An aside of at most this many words ("mostly men", "mostly adult males"). */
const ASIDE_WORDS = 3

/** Folded words after token `last`, up to punctuation or a number (another figure's clause). */
export function clauseWords(tokens: readonly Token[], last: number): readonly string[] | undefined {
  const out: string[] = []
  for (let k = asideEnd(tokens, last) + 1; k < tokens.length && out.length < CLAUSE_WORDS; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') break
    out.push(t.key)
  }
  return out.length > 0 ? out : undefined
}

/** The closing comma of a short aside of words right after token `last`, else `last` itself. */
function asideEnd(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.raw !== ',') return last
  for (let k = last + 2; k <= last + 2 + ASIDE_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.raw === ',') return k > last + 2 ? k : last
    if (t.kind !== 'word') return last
  }
  return last
}
