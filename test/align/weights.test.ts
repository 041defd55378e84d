import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countsOf, sentenceFrequencies } from '../../src/align/bag-counts'
import { createVocabulary, createWeightingBuffers, intern, inverseFrequencyOfDocuments, inverseFrequencyOfSides } from '../../src/align/weights'

const sentence = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), { minLength: 0, maxLength: 8 })
const documentOf = fc.array(sentence, { minLength: 0, maxLength: 6 })

describe('inverseFrequencyOfDocuments with reused buffers', () => {
  // A story reuses one set of arrays for every pair: what a pair reads (its documents' ids) must
  // weigh as a fresh weighting would, whatever pairs came before it.
  it('gives every id of the two documents the weight a fresh weighting gives, pair after pair', () => {
    fc.assert(
      fc.property(fc.array(documentOf, { minLength: 2, maxLength: 5 }), (texts) => {
        const vocabulary = createVocabulary()
        const documents = texts.map((sentences) => sentenceFrequencies(sentences.map((words) => countsOf(intern(vocabulary, words)))))
        const buffers = createWeightingBuffers()
        for (let i = 0; i < documents.length; i++) {
          for (let j = i + 1; j < documents.length; j++) {
            const pair = [documents[i]!, documents[j]!]
            const fresh = inverseFrequencyOfDocuments(vocabulary, pair)
            const reused = inverseFrequencyOfDocuments(vocabulary, pair, buffers)
            for (const doc of pair) for (const id of doc.ids) expect(reused.weights[id]).toBe(fresh.weights[id])
          }
        }
      }),
    )
  })

  it('grows its arrays when the vocabulary outgrows them', () => {
    const vocabulary = createVocabulary()
    const buffers = createWeightingBuffers()
    const small = sentenceFrequencies([countsOf(intern(vocabulary, ['x', 'y']))])
    inverseFrequencyOfDocuments(vocabulary, [small, small], buffers)
    const words = Array.from({ length: 100 }, (_, k) => `w${k}`)
    const large = sentenceFrequencies([countsOf(intern(vocabulary, words)), countsOf(intern(vocabulary, words.slice(0, 10)))])
    const reused = inverseFrequencyOfDocuments(vocabulary, [small, large], buffers)
    const fresh = inverseFrequencyOfDocuments(vocabulary, [small, large])
    expect(reused.weights.length).toBeGreaterThanOrEqual(vocabulary.keys.length)
    for (const id of large.ids) expect(reused.weights[id]).toBe(fresh.weights[id])
    // w0…w9 stand in two of the three sentences, the rest in one: the rarer word weighs more.
    expect(reused.weights[vocabulary.ids.get('w50')!]).toBeGreaterThan(reused.weights[vocabulary.ids.get('w5')!]!)
  })
})

describe('inverseFrequencyOfSides', () => {
  // A pair's caption weighting reads each side as its body's frequencies (kept per document) plus
  // its unlinked captions': every id must weigh as the frequencies of each side's sentences as one list give.
  it('weighs every id as one list of the sentences of each side would, parts empty or not', () => {
    fc.assert(
      fc.property(fc.array(documentOf, { minLength: 1, maxLength: 3 }), fc.array(documentOf, { minLength: 1, maxLength: 3 }), (partsA, partsB) => {
        const vocabulary = createVocabulary()
        const counted = (parts: string[][][]) => parts.map((sentences) => sentences.map((words) => countsOf(intern(vocabulary, words))))
        const [a, b] = [counted(partsA), counted(partsB)]
        const buffers = createWeightingBuffers()
        const sides = inverseFrequencyOfSides(vocabulary, a.map(sentenceFrequencies), b.map(sentenceFrequencies), buffers)
        const whole = [sentenceFrequencies(a.flat()), sentenceFrequencies(b.flat())]
        const fresh = inverseFrequencyOfDocuments(vocabulary, whole)
        for (const doc of whole) for (const id of doc.ids) expect(sides.weights[id]).toBe(fresh.weights[id])
      }),
    )
  })
})
