/**
 * story59 (issue 15): a story keeps each pair's findings to the end of the call (780 pairs in a
 * story of 40 reports). It keeps of a divergence only what its fact and name tables read (kind,
 * spans, confidence, the missing fact's type, a name's other occurrences): the message and evidence
 * compare() writes for a reader die with the pair's report. The story itself must not change.
 */
import { describe, expect, it } from 'vitest'
import { compare, compareMany } from '../../src'
import { comparePrepared, createSession, documentResult } from '../../src/compare'
import { prepare } from '../../src/document'
import { once } from '../../src/document/once'
import { resolveOptions } from '../../src/options'
import { comparePairs } from '../../src/story/pairs'
import { inconsistencies } from './consistency'

const STORIES: Array<[string, string[]]> = [
  [
    'en',
    [
      'Rescuers said 30 people were killed when the bridge collapsed in Leeds on Monday. Mayor John Smith visited the site.',
      'Rescuers said 35 people were killed when the bridge collapsed in Leeds on Monday. Mayor John Smyth visited the site.',
      'Rescuers said 30 people were killed when the bridge collapsed in Leeds on Monday. The mayor visited the site on 12 May.',
    ],
  ],
  [
    'vi',
    [
      'Lực lượng cứu hộ cho biết 30 người thiệt mạng khi cây cầu ở Huế sập hôm thứ Hai. Ông Nguyễn Văn Hùng đã đến hiện trường.',
      'Lực lượng cứu hộ cho biết 35 người thiệt mạng khi cây cầu ở Huế sập hôm thứ Hai. Ông Nguyễn Văn Hưng đã đến hiện trường.',
      'Lực lượng cứu hộ cho biết 30 người thiệt mạng khi cây cầu ở Huế sập hôm thứ Hai. Ông Nguyễn Văn Hùng đến hiện trường ngày 12/5.',
    ],
  ],
]

/** The findings compareMany() keeps of every pair, compared as compareMany() compares them. */
function findings(articles: string[]) {
  const resolved = resolveOptions({})
  const prepared = articles.map((text) => prepare({ text }, resolved))
  const documents = prepared.map((doc) => once(doc, documentResult))
  const session = createSession()
  return comparePairs(
    articles.map((text) => ({ text })),
    documents,
    (i, j) => comparePrepared(prepared[i]!, prepared[j]!, resolved, session),
    () => {},
  )
}

describe('the divergences a story keeps of a pair', () => {
  it.each(STORIES)('%s: only the fields the story reads, and the divergences compare() gives', (_lang, articles) => {
    const pairs = findings(articles)
    expect(pairs.reduce((sum, { report }) => sum + report.divergences.length, 0)).toBeGreaterThan(0)
    for (const { i, j, report } of pairs) {
      const kept = compare(articles[i]!, articles[j]!).divergences.filter((d) => (d.kind === 'missing' ? d.factType !== undefined : d.a !== null && d.b !== null))
      expect(report.divergences.map((d) => [d.kind, d.factType, d.a, d.b, d.confidence, d.occurrences])).toEqual(kept.map((d) => [d.kind, d.factType, d.a, d.b, d.confidence, d.occurrences]))
      for (const d of report.divergences) expect(Object.keys(d).sort()).toEqual(['a', 'b', 'confidence', 'factType', 'kind', 'occurrences'])
    }
  })

  it.each(STORIES)('%s: the story still shows each pair what compare() reports for it', (_lang, articles) => {
    const story = compareMany(articles)
    expect(story.facts.flatMap((f) => f.contradictions).length).toBeGreaterThan(0)
    expect(inconsistencies(story, articles)).toEqual([])
  })
})
