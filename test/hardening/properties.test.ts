/**
 * Guarantees as properties (fast-check, fixed seeds; fewer runs when CI is set):
 * normalisation is idempotent, a report against itself is full overlap and no
 * divergence, swapping A and B mirrors the report, each sentence is in at most
 * one alignment, and the report survives JSON.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare, foldWord } from '../../src'
import type { Divergence, Report, Span } from '../../src'
import { corpusArticles } from '../helpers'
import { ODD_CASES, checkReport } from './report-check'

const RUNS = process.env.CI ? 40 : 120
const sentences = corpusArticles().flatMap((article) => article.sentences)
const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))].filter(Boolean)

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
const oddBit = fc.oneof(
  fc.constantFrom(...ODD_CASES.map(([, text]) => text)),
  fc.constantFrom('\n', '\n\n', '  ', '. ', 'TP. ', 'A. B. C. ', '1.2.3.4', '13.8', '- Ảnh 1.', 'ẢNH: TTXVN\n', '\u200d', '\u0000', '\u0301', '\u202e'),
  loneSurrogate,
)
const randomUnicode = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 12 }))

/** A list of parts, joined into an article the way scrapers deliver them. */
const parts = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...sentences) },
    { weight: 1, arbitrary: randomUnicode },
    { weight: 1, arbitrary: oddBit },
  ),
  { maxLength: 20 },
)
const joinParts = (list: readonly string[], separators: readonly string[]): string =>
  list.map((part, i) => (i === 0 ? part : (separators[i % separators.length] ?? ' ') + part)).join('')
const article = fc
  .tuple(parts, fc.array(fc.constantFrom(' ', '\n', '\n\n'), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([list, separators, nfd]) => {
    const text = joinParts(list, separators)
    return nfd ? text.normalize('NFD') : text
  })

/** Two reports of one event: B takes a shuffled subset of A's parts, some with their digits changed, plus parts of its own. */
const relatedPair = fc
  .tuple(parts, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), parts, fc.array(fc.constantFrom(' ', '\n'), { minLength: 1, maxLength: 3 }))
  .chain(([listA, mutate, own, separators]) =>
    fc.shuffledSubarray(listA).map((kept) => {
      const changed = kept.map((part, i) => (mutate[i] ? part.replace(/\d/g, (d) => String((Number(d) + 3) % 10)) : part))
      return [joinParts(listA, separators), joinParts([...changed, ...own.slice(0, 3)], separators)] as const
    }),
  )
const pair = fc.oneof({ weight: 3, arbitrary: relatedPair }, { weight: 1, arbitrary: fc.tuple(article, article) })

function spanKey(span: Span | null): string {
  return span === null ? '-' : `${span.sentence}:${span.start}:${span.end}`
}

/** A side-neutral view of a report, with A and B swapped when `swap`. Messages name the sides, so they are left out. */
function view(report: Report, swap: boolean) {
  const [x, y] = swap ? (['b', 'a'] as const) : (['a', 'b'] as const)
  const divergence = (d: Divergence): string =>
    [d.kind, d.severity, d.factType ?? '', spanKey(d[x]), spanKey(d[y]), (d.occurrences?.[x] ?? []).map(spanKey).join(','), (d.occurrences?.[y] ?? []).map(spanKey).join(',')].join('|')
  return {
    sentences: [report[x].sentences, report[y].sentences],
    alignments: report.alignments.map((l) => `${l[x].join(',')}~${l[y].join(',')}@${l.similarity}`).sort(),
    overlap: [report.overlap[x], report.overlap[y], report.overlap.score],
    divergences: report.divergences.map(divergence).sort(),
  }
}

describe('properties', () => {
  it('foldWord is idempotent', () => {
    const word = fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), oddBit)
    fc.assert(
      fc.property(word, fc.boolean(), (w, nfd) => {
        const input = nfd ? w.normalize('NFD') : w
        const once = foldWord(input)
        expect(foldWord(once)).toBe(once)
      }),
      { seed: 701, numRuns: RUNS * 10 },
    )
  })

  it('compare(x, x): overlap 1, no divergences of any kind', () => {
    fc.assert(
      fc.property(article, (text) => {
        const report = compare(text, text)
        checkReport(report, text, text)
        expect(report.overlap).toMatchObject({ a: 1, b: 1, score: 1 })
        expect(report.divergences).toEqual([])
      }),
      { seed: 702, numRuns: RUNS },
    )
  })

  it('swapping A and B mirrors the report', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const forward = compare(a, b)
        const backward = compare(b, a)
        expect(view(backward, true)).toEqual(view(forward, false))
      }),
      { seed: 703, numRuns: RUNS },
    )
  })

  it('swapping A and B mirrors the report of the seed-like corpus pairs', () => {
    const articles = corpusArticles()
    articles.forEach((article, i) => {
      const other = articles[(i * 7 + 3) % articles.length]!
      const a = article.sentences.join(' ')
      const b = [...other.sentences.slice(0, 5), ...article.sentences.slice(2).reverse()].join('\n')
      expect(view(compare(b, a), true)).toEqual(view(compare(a, b), false))
    })
  })

  it('every sentence is in at most one alignment, and the report is valid and JSON round-trippable', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const report = compare(a, b)
        checkReport(report, a, b)
        const linkedA = report.alignments.flatMap((l) => l.a)
        const linkedB = report.alignments.flatMap((l) => l.b)
        expect(new Set(linkedA).size).toBe(linkedA.length)
        expect(new Set(linkedB).size).toBe(linkedB.length)
        expect(JSON.parse(JSON.stringify(report))).toEqual(report)
      }),
      { seed: 704, numRuns: RUNS },
    )
  })
})
