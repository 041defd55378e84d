/**
 * One report's names as the variant search reads them: each spelling's folded key, the
 * spellings the report states with their mentions, and its one-word sentence openers. Derived
 * once per report (a story pairs each report many times) and shared by every comparison.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import { statesFacts } from '../../extract/stating-lines'
import type { NameFact } from '../../extract/names/names'
import { type Spelling, type WholeIndex, indexSpellingsWhole } from './name-probes'
import { nameKey } from './name-match'
import { fullForms } from './name-typos'
import { nameCache, remember } from './name-caches'

// Folded keys of name spellings, shared by every comparison: a story compares each report's names once per pair.
const nameKeys = nameCache<string>()

export function keyOfName(fact: NameFact): string {
  let key = nameKeys.get(fact.text)
  return key ?? remember(nameKeys, fact.text, nameKey(fact.text))
}

// What a pair reads of one report's names alone, derived once per report (a story pairs each report many times).
export const nameKeysOf = (facts: DocumentFacts): ReadonlySet<string> => new Set(once(facts, nameKeyList))
/** Each name's key, by its place in `facts.names`: read for every name each time a spelling's mentions are listed. */
export const nameKeyList = (facts: DocumentFacts): readonly string[] => facts.names.map((n) => keyOfName(n.fact))
const fullFormsOf = (facts: DocumentFacts): Map<string, string> => fullForms(facts.names)

/** The spellings of `keys` (in that order) with their mentions in stating sentences; a key with none is left out. */
export function spellingsOf(names: readonly Located<NameFact>[], doc: PreparedDocument, keys: Iterable<string>, full: ReadonlyMap<string, string>, opening = false): Spelling[] {
  // No key sought (a story's pairs mostly find no opener absent): no walk over the names.
  if (Array.isArray(keys) && keys.length === 0) return []
  const byKey = new Map<string, Located<NameFact>[]>([...keys].map((key) => [key, []]))
  for (const name of names) if (statesFacts(doc.sentences[name.sentence]!)) byKey.get(keyOfName(name.fact))?.push(name)
  return [...byKey]
    .filter(([, mentions]) => mentions.length > 0)
    .map(([key, mentions]): Spelling => ({ key, mentions, opening, full: opening ? undefined : full.get(mentions[0]!.fact.tokens.join(' ')) }))
}

/**
 * Every spelling a report states, in order of first mention, by key, and indexed for probing
 * with no bucket capped: a pair only picks those it needs (`probeAmong` caps what it picks).
 */
export interface StatedSpellings {
  readonly list: readonly Spelling[]
  readonly byKey: ReadonlyMap<string, Spelling>
  readonly index: WholeIndex
}

export function statedSpellings(doc: PreparedDocument, facts: DocumentFacts): StatedSpellings {
  const list = spellingsOf(facts.names, doc, once(facts, nameKeysOf), once(facts, fullFormsOf))
  // The index is probed only for a spelling left to judge a slip of the pen, which most pairs have none of.
  let index: WholeIndex | undefined
  return {
    list,
    byKey: new Map(list.map((spelling) => [spelling.key, spelling])),
    get index() {
      return (index ??= indexSpellingsWhole(list))
    },
  }
}

/** A report's one-word sentence openers that are not among its names. */
export const openingCandidates = (facts: DocumentFacts): Located<NameFact>[] => {
  const keys = once(facts, nameKeysOf)
  return facts.openingNames.filter((n) => !keys.has(keyOfName(n.fact)))
}
