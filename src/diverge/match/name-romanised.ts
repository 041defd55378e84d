/**
 * A name the other report writes in another language's romanisation (*Lavrov* / *Lawrow*,
 * *Zelensky* / *Selenskyj*), whole or by its surname, is not missing, wherever the two stand: the
 * other report's names and surnames are indexed by their skeleton (reasons/name-transliterations.ts),
 * so each absent name is one or two lookups.
 */
import type { DocumentFacts } from '../extract/collect'
import type { NameFact } from '../extract/names'
import { romanisedKey, sameRomanisedName, slavicKey } from '../reasons/name-transliterations'
import { Attached } from '../../document/attached'

const byKey = new Attached<DocumentFacts, Map<string, string[]>>('romanisedNames')

function indexOf(facts: DocumentFacts): Map<string, string[]> {
  let index = byKey.get(facts)
  if (index) return index
  index = new Map()
  const add = (text: string): void => {
    const key = romanisedKey(text)
    if (key === '') return
    const list = index!.get(key)
    if (!list) index!.set(key, [text])
    else if (!list.includes(text) && list.length < 8) list.push(text)
  }
  for (const { fact } of facts.names) {
    add(fact.text)
    // Sergej Lawrow: its surname alone, which a report may write (Lavrov).
    const last = fact.text.lastIndexOf(' ')
    if (last > 0) add(fact.text.slice(last + 1))
  }
  byKey.set(facts, index)
  return index
}

/** Does the other report write `fact` romanised by another language's rules? */
export function writtenRomanised(fact: NameFact, otherFacts: DocumentFacts): boolean {
  // The other report's index is built only for a name shaped as a Slavic one: most reports never ask.
  const found = (text: string): boolean => {
    const key = romanisedKey(text)
    return slavicKey(key) && (indexOf(otherFacts).get(key) ?? []).some((other) => sameRomanisedName(text, other))
  }
  if (found(fact.text)) return true
  // Sergej Lawrow against Lavrov alone: its surname romanised otherwise, as a short form is written (missing-names.ts).
  const last = fact.text.lastIndexOf(' ')
  return last > 0 && found(fact.text.slice(last + 1))
}
