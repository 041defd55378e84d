// The places of a report's names that mention a spelling: under its key, inside a longer name or
// holding a shorter one. The index must find exactly what a walk over every name finds.
import { describe, expect, it } from 'vitest'
import type { DocumentFacts } from '../../../../src/diverge/extract/collect'
import { nameMentionPlaces } from '../../../../src/diverge/match/names/name-mentions'
import { nameKeyList } from '../../../../src/diverge/match/names/stated-spellings'
import { nested } from '../../../../src/diverge/match/names/spelling-shapes'

const factsOf = (names: string[]): DocumentFacts =>
  ({
    names: names.map((text, i) => ({ fact: { text, tokens: text === '' ? [] : text.toLowerCase().split(' ') }, span: { start: i, end: i + 1, text }, sentence: 0 })),
  }) as unknown as DocumentFacts

const walk = (facts: DocumentFacts, key: string, tokens: readonly string[]): number[] => {
  const keys = nameKeyList(facts)
  return facts.names.flatMap((n, i) => (keys[i] === key || nested(n.fact.tokens, tokens) ? [i] : []))
}

const NAMES = ['Mesut Oezil', 'Oezil', 'Mesut', 'Nam Volgograd', 'Volgograd', 'Mesut Oezil Junior', 'Oezil', 'Nguyễn Văn An', 'Văn An', 'Nguyễn', 'An Nguyễn', '']

describe('nameMentionPlaces', () => {
  it.each([
    ['a short form and the longer names holding it', 'Oezil'],
    ['a full name and its pieces', 'Mesut Oezil'],
    ['a name longer than any the report writes', 'Mesut Oezil Junior Senior'],
    ['a name inside another', 'Volgograd'],
    ['Vietnamese syllables in order', 'Nguyễn Văn An'],
    ['words in another order are not nested (trap)', 'An Văn'],
    ['a name no one writes (trap)', 'Kinsley'],
    ['no words at all', ''],
  ])('%s: %s', (_about, text) => {
    const facts = factsOf(NAMES)
    const tokens = text === '' ? [] : text.toLowerCase().split(' ')
    const key = nameKeyList(factsOf([text]))[0]!
    expect(nameMentionPlaces(facts, key, tokens)).toEqual(walk(facts, key, tokens))
  })

  it('finds the places in the report order, each once', () => {
    const facts = factsOf(NAMES)
    const places = nameMentionPlaces(facts, nameKeyList(factsOf(['Oezil']))[0]!, ['oezil'])
    expect(places).toEqual([0, 1, 5, 6])
  })
})
