/**
 * A sentence's bag before weighting: its distinct token ids in order of first occurrence with their
 * counts, and the document frequencies a story's pairs share.
 */
import { describe, expect, it } from 'vitest'
import { countsOf, countsOfAll, sentenceFrequencies } from '../../src/align/bag-counts'

const plain = ({ ids, counts }: { ids: Int32Array; counts: Int32Array }) => ({ ids: [...ids], counts: [...counts] })

describe('countsOf', () => {
  it('keeps the first occurrence order of distinct ids', () => {
    expect(plain(countsOf([7, 3, 7, 9, 3, 7]))).toEqual({ ids: [7, 3, 9], counts: [3, 2, 1] })
  })

  it('grows past its scratch space for large ids', () => {
    expect(plain(countsOf([5000, 1, 5000]))).toEqual({ ids: [5000, 1], counts: [2, 1] })
  })
})

describe('countsOfAll', () => {
  const sentences = [[1, 2, 1], [], [2, 2, 3, 4000], [1]]

  it.each(sentences.map((ids, k) => [k, ids] as const))('sentence %i: what countsOf gives it alone', (k, ids) => {
    expect(plain(countsOfAll(sentences)[k]!)).toEqual(plain(countsOf(ids)))
  })
})

describe('sentenceFrequencies', () => {
  it('counts each id once per sentence that holds it', () => {
    const frequencies = sentenceFrequencies([countsOf([1, 1, 2]), countsOf([2, 3]), countsOf([2])])
    expect({ ids: [...frequencies.ids], df: [...frequencies.df], sentences: frequencies.sentences }).toEqual({ ids: [1, 2, 3], df: [1, 3, 1], sentences: 3 })
  })
})
