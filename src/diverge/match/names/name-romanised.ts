/**
 * A name the other report writes in another language's romanisation (*Lavrov* / *Lawrow*,
 * *Zelensky* / *Selenskyj*), whole or by its surname, is not missing, wherever the two stand: the
 * other report's names and surnames are indexed by their skeleton (reasons/name-transliterations.ts),
 * so each absent name is one or two lookups. Where both sides give a first name, the first names
 * must be one too: *Ivan Petrov* and *Mikhail Petrow* are two people sharing a surname.
 */
import type { DocumentFacts } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { romanisedKey, sameGivenName, sameRomanisedName, slavicKey } from '../../reasons/name-transliterations'
import { Attached } from '../../../document/attached'

interface Written {
  // The name or its surname as the other report writes it…
  readonly text: string
  // …and the whole name it stands in.
  readonly whole: string
}

const byKey = new Attached<DocumentFacts, Map<string, Written[]>>('romanisedNames')

function indexOf(facts: DocumentFacts): Map<string, Written[]> {
  let index = byKey.get(facts)
  if (index) return index
  index = new Map()
  const add = (text: string, whole: string): void => {
    const key = romanisedKey(text)
    if (key === '') return
    const list = index!.get(key)
    if (!list) index!.set(key, [{ text, whole }])
    else if (!list.some((w) => w.text === text && w.whole === whole) && list.length < 8) list.push({ text, whole })
  }
  for (const { fact } of facts.names) {
    add(fact.text, fact.text)
    // Sergej Lawrow: its surname alone, which a report may write (Lavrov).
    const last = fact.text.lastIndexOf(' ')
    if (last > 0) add(fact.text.slice(last + 1), fact.text)
  }
  byKey.set(facts, index)
  return index
}

const firstWord = (name: string): string | undefined => {
  const space = name.indexOf(' ')
  return space > 0 ? name.slice(0, space) : undefined
}

/** Do two whole names that share a surname give no first names that differ (Ivan / Iwan yes, Ivan / Mikhail no)? */
function firstNamesAgree(ours: string, theirs: string): boolean {
  const x = firstWord(ours)
  const y = firstWord(theirs)
  return x === undefined || y === undefined || sameGivenName(x, y)
}

// By the other report, by name text (all the verdict reads of the name): a story asks each report
// about the same names of every report it is paired with.
const verdicts = new Attached<DocumentFacts, Map<string, boolean>>('romanisedVerdicts')

/** Does the other report write `fact` romanised by another language's rules? */
export function writtenRomanised(fact: NameFact, otherFacts: DocumentFacts): boolean {
  let byText = verdicts.get(otherFacts)
  if (!byText) verdicts.set(otherFacts, (byText = new Map()))
  let verdict = byText.get(fact.text)
  if (verdict === undefined) byText.set(fact.text, (verdict = romanisedIn(fact.text, otherFacts)))
  return verdict
}

function romanisedIn(name: string, otherFacts: DocumentFacts): boolean {
  // The other report's index is built only for a name shaped as a Slavic one: most reports never ask.
  const found = (text: string): boolean => {
    const key = romanisedKey(text)
    return (
      slavicKey(key) &&
      (indexOf(otherFacts).get(key) ?? []).some((other) => sameRomanisedName(text, other.text) && firstNamesAgree(name, other.whole))
    )
  }
  if (found(name)) return true
  // Sergej Lawrow against Lavrov alone: its surname romanised otherwise, as a short form is written (missing-names.ts).
  const last = name.lastIndexOf(' ')
  return last > 0 && found(name.slice(last + 1))
}
