/**
 * The words a number fact's text leaves out after it, as written (case kept): a Vietnamese count's
 * owner follows its noun ("200 cổ phiếu Vinamilk", the fact's text ends at the noun), and a
 * distance's bearing follows its unit in both languages ("53 km về phía tây nam", "53 km southwest
 * of Hualien"). The fact's `after` words are folded and at most three, which loses both the capital
 * of an owner and the second word of a bearing (tây nam / tây bắc), so the extractor's caller notes
 * the raw text here once per sentence reading (collect.ts); readers take the first reading of a copied
 * fact (collect.ts `firstReading`).
 */
import type { Fact } from './fact'
import { Attached } from '../../document/attached'

/** Characters kept after a fact: a bearing and its reference place, or an owner's name, fit in them. */
const TAIL_CHARS = 64

const tails = new Attached<Fact, string>('tails')

/** Notes the text after each number fact of one sentence's reading; returns the facts. */
export function noteTails<T extends Fact>(facts: T[], text: string): T[] {
  for (const f of facts) if (f.type === 'number') tails.set(f, text.slice(f.end, f.end + TAIL_CHARS))
  return facts
}

/** The text after a fact as its sentence writes it ('' when none was noted). Pass the first reading of a copied fact. */
export const tailOf = (fact: Fact): string => tails.get(fact) ?? ''
