/**
 * One person's given names written in two orders (*Muhammad Bobby Afif Nasution* / *Muhammad Afif
 * Bobby Nasution*, IndoSum): each report writes every word of the other's name, so none of it is
 * missing and the judge of names one report alone writes is never asked. Read where a name of
 * three words or more has the very words of a name in the other report in another order that
 * isNameVariant calls one name respelt: not a rotation (a family name moved to the other end is a
 * language's name order, *Orbán Viktor*), not Vietnamese syllables reordered (*Đức Anh* and *Anh
 * Đức* are two people). Only where each report writes its words in one order: a report that
 * writes both orders varies them itself, and the other report's order is one of its own. And only
 * where no word of either is written in lower case in its report: a title-case headline's words
 * (*Woman Killed In Queens Hit* / *Queens Woman Killed In Hit*, ECB+) are words of the text, not a name.
 */
import { once } from '../../../document/once'
import type { Span } from '../../../types'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import { isNameVariant } from './name-match'

const MIN_WORDS = 3
// Both reports write the name more or less whole; the order is the only change, which no context has to vouch for.
const CONFIDENCE = 0.7

/** Each order of the report's names of three words or more, by their words sorted: the orders, and where each is written. */
function ordersOf(names: readonly Located<NameFact>[]): Map<string, Map<string, Located<NameFact>[]>> {
  const out = new Map<string, Map<string, Located<NameFact>[]>>()
  for (const name of names) {
    if (name.fact.tokens.length < MIN_WORDS) continue
    const sorted = [...name.fact.tokens].sort().join(' ')
    let orders = out.get(sorted)
    if (!orders) out.set(sorted, (orders = new Map()))
    const key = name.fact.tokens.join(' ')
    const list = orders.get(key)
    if (list) list.push(name)
    else orders.set(key, [name])
  }
  return out
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
/** Does the report write the (lower-case) word in lower case, as a word of its own? A scan by indexOf: no pattern built at run time. */
function writtenLower(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!LETTER_OR_MARK.test(text[at - 1] ?? '') && !LETTER_OR_MARK.test(text[at + word.length] ?? '')) return true
  }
  return false
}

/** Names whose words the two reports write in two orders, one person's given names swapped: one divergence each not `found` yet. */
export function swappedNameWords(
  namesA: readonly Located<NameFact>[],
  namesB: readonly Located<NameFact>[],
  sides: Sides,
  found: readonly UnplacedDivergence[],
  texts: { readonly a: string; readonly b: string },
): UnplacedDivergence[] {
  // Each report's orders are its own: kept with its name list, read by every pair of a story it is in.
  const inA = once(namesA, ordersOf)
  if (inA.size === 0) return []
  const out: UnplacedDivergence[] = []
  for (const [sorted, ordersB] of once(namesB, ordersOf)) {
    const ordersA = inA.get(sorted)
    if (!ordersA || ordersA.size !== 1 || ordersB.size !== 1) continue
    const [keyA, mentionsA] = [...ordersA][0]!
    const [keyB, mentionsB] = [...ordersB][0]!
    if (keyA === keyB) continue
    const [x, y] = [mentionsA[0]!, mentionsB[0]!]
    if (isNameVariant(x.fact.text, y.fact.text) !== 'variant') continue
    if (x.fact.tokens.some((w: string) => writtenLower(texts.a, w) || writtenLower(texts.b, w))) continue
    // Linked sentences may have flagged the two already.
    const listed = (spans: readonly (Span | null)[], at: Span): boolean => spans.some((s) => s?.start === at.start)
    if (found.some((d) => d.kind === 'name' && listed(d.occurrences?.a ?? [d.a], x.span) && listed(d.occurrences?.b ?? [d.b], y.span))) continue
    const spans = (list: readonly Located<NameFact>[]): Span[] => list.map((m) => m.span)
    out.push({
      kind: 'name',
      severity: 'medium',
      a: x.span,
      b: y.span,
      message: contradictionMessage('name', 'name', x.fact.text, y.fact.text, sides),
      occurrences: { a: spans(mentionsA), b: spans(mentionsB) },
      confidence: CONFIDENCE,
      evidence: ['name words in another order'],
    })
  }
  return out
}
