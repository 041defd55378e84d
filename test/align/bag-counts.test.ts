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

  // Counted into reused columns: a call must give what counting anew gives, after a larger call and
  // past the columns' first size (1,024 ids), and its arrays must not change with the next call.
  const naive = (sentences: number[][]) => {
    const df = new Map<number, number>()
    for (const ids of sentences) for (const id of new Set(ids)) df.set(id, (df.get(id) ?? 0) + 1)
    return { ids: [...df.keys()], df: [...df.values()] }
  }
  const many = Array.from({ length: 40 }, (_, s) => Array.from({ length: 60 }, (_, k) => (s * 37 + k * 11) % 3000))
  // A long report's tokens (70,000, past the 65,536 the columns are kept at): the columns are let go after it.
  const long = Array.from({ length: 700 }, (_, s) => Array.from({ length: 100 }, (_, k) => (s * 101 + k * 7) % 50_000))
  it.each([
    ['small', [[1, 1, 2], [2, 3], [2]]],
    ['past the first columns', many],
    ['small after large', [[9, 8], [8]]],
    ['a long report', long],
    ['small after a long report', [[4, 5, 4], [5]]],
    ['a long report again', long],
    ['empty', [[], []]],
  ])('%s: as counted anew, and its own arrays', (_, sentences) => {
    const frequencies = sentenceFrequencies(sentences.map((ids) => countsOf(ids)))
    const read = { ids: [...frequencies.ids], df: [...frequencies.df] }
    expect(read).toEqual(naive(sentences))
    for (const [id, df] of read.ids.map((id, k) => [id, read.df[k]!])) expect(frequencies.dfById[id!]).toBe(df)
    sentenceFrequencies(many.map((ids) => countsOf(ids.map((id) => id + 1))))
    expect({ ids: [...frequencies.ids], df: [...frequencies.df] }).toEqual(read)
  })
})
