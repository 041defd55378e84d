import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare, segment } from '../src'
import { corpusArticles } from './helpers'

const sentences = corpusArticles().flatMap((article) => article.sentences)
const RUNS = process.env.CI ? 60 : 200

/** Text built the way scrapers deliver it: corpus sentences, odd characters, line breaks, NFD. */
const article = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...sentences) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '  ', '. ', 'TP. ', '13.8', '- Ảnh 1.', 'ẢNH: TTXVN\n', '\u200d', '\ud800', '\u0000') },
    ),
    { maxLength: 25 },
  )
  .chain((parts) => fc.tuple(fc.constant(parts.join(' ')), fc.boolean()))
  .map(([text, decompose]) => (decompose ? text.normalize('NFD') : text))

describe('invariants', () => {
  it('every sentence slices back out of the original string', () => {
    fc.assert(
      fc.property(article, (text) => segment(text).every((s) => text.slice(s.start, s.end) === s.text && s.start < s.end)),
      { seed: 7, numRuns: RUNS },
    )
  })

  it('sentences are in order and do not overlap', () => {
    fc.assert(
      fc.property(article, (text) => segment(text).every((s, i, all) => i === 0 || all[i - 1]!.end <= s.start)),
      { seed: 8, numRuns: RUNS },
    )
  })

  it('compare(x, x) has overlap 1', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { overlap } = compare(text, text)
        return overlap.a === 1 && overlap.b === 1 && overlap.score === 1
      }),
      { seed: 9, numRuns: RUNS },
    )
  })

  it('every sentence is in at most one link, and links point at real sentences', () => {
    fc.assert(
      fc.property(article, article, (a, b) => {
        const report = compare(a, b)
        const linkedA = report.alignments.flatMap((link) => link.a)
        const linkedB = report.alignments.flatMap((link) => link.b)
        return (
          new Set(linkedA).size === linkedA.length &&
          new Set(linkedB).size === linkedB.length &&
          linkedA.every((i) => report.a.sentences[i]?.role === 'body') &&
          linkedB.every((j) => report.b.sentences[j]?.role === 'body') &&
          report.alignments.every((link) => link.similarity >= 0 && link.similarity <= 1)
        )
      }),
      { seed: 10, numRuns: RUNS },
    )
  })

  it('the report is JSON round-trippable and every span slices back', () => {
    fc.assert(
      fc.property(article, article, (a, b) => {
        const report = compare(a, b)
        const spans = [...report.divergences, ...report.equivalences].flatMap((d) => [d.a, d.b])
        const sliceOk = spans.every((span) => !span || (span.sentence >= 0 && [a, b].some((t) => t.slice(span.start, span.end) === span.text)))
        expect(JSON.parse(JSON.stringify(report))).toEqual(report)
        return sliceOk
      }),
      { seed: 11, numRuns: Math.round(RUNS / 2) },
    )
  })
})
