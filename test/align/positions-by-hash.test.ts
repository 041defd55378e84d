import { describe, expect, it } from 'vitest'
import { alignBags, positionsByHash } from '../../src/align/align'
import { countsHash } from '../../src/align/shared-counts'
import { type Bag, bagOf } from '../../src/align/bags'
import { createVocabulary, intern, weighting } from '../../src/align/weights'

describe('positionsByHash', () => {
  it.each([
    ['no hash', [], []],
    ['one position a hash', [7, 8, 9], [[7, 0], [8, 1], [9, 2]]],
    ['a repeated hash lists its positions in order', [7, 8, 7, 7], [[7, [0, 2, 3]], [8, 1]]],
  ])('%s', (_name, hashes, expected) => {
    expect([...positionsByHash(hashes)]).toEqual(expected)
  })
})

describe('alignBags with positions kept by the caller', () => {
  // Words weigh 1, but "rỗng" weighs nothing: a sentence of it alone is a bag of no weight, which the aligner links to nothing.
  const vocabulary = createVocabulary()
  const bagsOf = (sentences: readonly string[]): Int32Array[] => sentences.map((s) => Int32Array.from(intern(vocabulary, s.split(' '))))
  const cases: [string, string[], string[]][] = [
    ['copies in another order', ['a b c', 'd e f', 'g h'], ['g h', 'a b c', 'd e f']],
    ['a sentence copied twice in B, once in A: the first copy is taken', ['a b c', 'x y'], ['a b c', 'x y', 'a b c']],
    ['a sentence twice in each: copies taken in order', ['a b c', 'a b c', 'q'], ['a b c', 'z', 'a b c']],
    ['a weightless sentence copied is not linked by its copy', ['rỗng', 'a b c'], ['rỗng', 'a b c']],
    ['no copy at all', ['a b c d', 'e f g'], ['a b c x', 'h i j']],
  ]
  it.each(cases)('%s: same links as when the aligner indexes B itself', (_name, a, b) => {
    const idsA = bagsOf(a)
    const idsB = bagsOf(b)
    const w = weighting(vocabulary, (key) => (key === 'rỗng' ? 0 : 1))
    const bagsA: Bag[] = idsA.map((ids) => bagOf(ids, w))
    const bagsB: Bag[] = idsB.map((ids) => bagOf(ids, w))
    const hashesA = Int32Array.from(bagsA, countsHash)
    const hashesB = Int32Array.from(bagsB, countsHash)
    const kept = alignBags(bagsA, bagsB, w, { threshold: 0.5 }, { a: hashesA, b: hashesB, positionsB: positionsByHash(hashesB) })
    expect(kept).toEqual(alignBags(bagsA, bagsB, w, { threshold: 0.5 }))
    expect(kept).toEqual(alignBags(bagsA, bagsB, w, { threshold: 0.5 }, { a: hashesA, b: hashesB }))
  })

  it('links each copy of B once', () => {
    const w = weighting(vocabulary, () => 1)
    const [x, y] = bagsOf(['a b c', 'a b c']).map((ids) => bagOf(ids, w))
    const links = alignBags([x!, y!], [x!], w, { threshold: 0.5 })
    expect(links.map((link) => [link.a, link.b])).toEqual([[[0], [0]]])
  })
})
