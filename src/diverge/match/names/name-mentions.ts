/**
 * Every place a report writes a spelling: under its key, or as a run of words inside a longer
 * name or holding a shorter one (`nested`). Each name divergence lists its mentions, and a long
 * report both has more names and finds more divergences: walking every name for each spelling
 * grew with the square of the report. The report's names are indexed once (by key, by their
 * whole run of words, by each word) and only the names the index offers are checked.
 */
import { once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'
import { nameKeyList } from './stated-spellings'
import { nested } from './spelling-shapes'

interface NameIndex {
  readonly byKey: ReadonlyMap<string, readonly number[]>
  /** By the name's words joined with U+0000. */
  readonly byRun: ReadonlyMap<string, readonly number[]>
  /** By each word the name holds, once a name. */
  readonly byWord: ReadonlyMap<string, readonly number[]>
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [i])
  else if (list[list.length - 1] !== i) list.push(i)
}

function nameIndex(facts: DocumentFacts): NameIndex {
  const keys = once(facts, nameKeyList)
  const byKey = new Map<string, number[]>()
  const byRun = new Map<string, number[]>()
  const byWord = new Map<string, number[]>()
  facts.names.forEach((n, i) => {
    push(byKey, keys[i]!, i)
    const tokens = n.fact.tokens
    push(byRun, tokens.join('\u0000'), i)
    for (const token of tokens) push(byWord, token, i)
  })
  return { byKey, byRun, byWord }
}

/**
 * The places of `facts.names` (in order) whose key is `key` or whose words stand inside
 * `tokens` or hold them (`nested`): what a walk over every name finds.
 */
export function nameMentionPlaces(facts: DocumentFacts, key: string, tokens: readonly string[]): number[] {
  const index = once(facts, nameIndex)
  const keys = once(facts, nameKeyList)
  const found = new Set<number>(index.byKey.get(key))
  // A name no longer than the spelling stands inside it as one of its runs of words…
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) for (const k of index.byRun.get(tokens.slice(i, j).join('\u0000')) ?? []) found.add(k)
  }
  // …a longer one holds each of its words, the rarest among them too.
  let rarest: readonly number[] | undefined
  for (const token of tokens) {
    const list = index.byWord.get(token) ?? []
    if (rarest === undefined || list.length < rarest.length) rarest = list
  }
  for (const k of rarest ?? []) if (facts.names[k]!.fact.tokens.length > tokens.length) found.add(k)
  return [...found].sort((x, y) => x - y).filter((k) => keys[k] === key || nested(facts.names[k]!.fact.tokens, tokens))
}
