/**
 * The words after a count to the end of its clause: a Vietnamese counted subject's verb may stand
 * past a long noun ("Hai người đàn ông bị thương"), beyond the three words a fact keeps beside it,
 * and a zero toll meets a count only of its own outcome (match/numbers/zero-outcomes.ts).
 */
import type { Token } from '../fact-tokens'

/** At most this many words: a verb further off is no longer the count's. */
const CLAUSE_WORDS = 6

/** Folded words after token `last`, up to punctuation or a number (another figure's clause). */
export function clauseWords(tokens: readonly Token[], last: number): readonly string[] | undefined {
  const out: string[] = []
  for (let k = last + 1; k < tokens.length && out.length < CLAUSE_WORDS; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') break
    out.push(t.key)
  }
  return out.length > 0 ? out : undefined
}
