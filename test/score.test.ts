import { describe, expect, it } from 'vitest'
import { countsOf, sentenceFrequencies } from '../src/align/bag-counts'
import { mergeBags, weighBag } from '../src/align/bags'
import { createVocabulary, intern, inverseFrequencyOfDocuments } from '../src/align/weights'
import { bodyVector, scoreOverlap } from '../src/score'

// A story keeps each body's vector (norm, dense counts); the cosine it gives must be the one
// worked out from the two bodies' bags, to the last bit, whichever report is A.
describe('scoreOverlap lexical cosine with kept body vectors', () => {
  it.each([
    ['same words', [['a b c', 'd e']], [['a b c', 'd e']]],
    ['one word shared', [['a b c']], [['c x y z']]],
    ['nothing shared', [['a b']], [['x y']]],
    ['repeated words', [['a a a b', 'b c']], [['a b b', 'c c c d']]],
    ['B has ids past the end of A', [['a']], [['a z y x w v u']]],
    ['an empty body sentence', [['a b', '']], [['b c']]],
  ])('%s', (_, [textA], [textB]) => {
    const vocabulary = createVocabulary()
    const countsA = textA!.map((s) => countsOf(intern(vocabulary, s.split(' ').filter(Boolean))))
    const countsB = textB!.map((s) => countsOf(intern(vocabulary, s.split(' ').filter(Boolean))))
    const w = inverseFrequencyOfDocuments(vocabulary, [sentenceFrequencies(countsA), sentenceFrequencies(countsB)])
    const a = countsA.map((c) => weighBag(c, w))
    const b = countsB.map((c) => weighBag(c, w))
    const vectors = { a: bodyVector(mergeBags(a, w)), b: bodyVector(mergeBags(b, w)) }
    expect(scoreOverlap(a, b, [], w, vectors).lexical).toBe(scoreOverlap(a, b, [], w).lexical)
    expect(scoreOverlap(b, a, [], w, { a: vectors.b, b: vectors.a }).lexical).toBe(scoreOverlap(b, a, [], w).lexical)
  })
})
