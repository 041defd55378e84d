import { describe, expect, it } from 'vitest'
import { buildNames } from '../../src/story/names'
import type { PairReport } from '../../src/story/pairs'
import { type DifferEdge, type SlotNode, buildRows } from '../../src/story/rows'
import type { Divergence, Report, Span } from '../../src'

const span = (sentence: number, text: string, start = 0): Span => ({ sentence, start, end: start + text.length, text })
const node = (outlet: number, text: string, sentence = 0): SlotNode => ({ outlet, spans: [span(sentence, text)], key: text, text })
const differ = (x: number, y: number, nodes: readonly SlotNode[]): DifferEdge => ({
  x,
  y,
  finding: { outlets: [nodes[x]!.outlet, nodes[y]!.outlet], a: nodes[x]!.spans[0]!, b: nodes[y]!.spans[0]!, confidence: 1 },
})

describe('buildRows: an equivalence across two statements (loose) joins two rows only when no outlet is in both', () => {
  // Outlets 0, 1, 2 state 2014 where outlet 3 states 2021: one row, outlet 3 the outlier.
  const nodes: SlotNode[] = [node(0, '2014'), node(1, '2014'), node(2, '2014'), node(3, '2021'), node(3, 'năm 2014', 1), node(0, 'năm 2014', 1)]
  const contradictions = [differ(0, 3, nodes), differ(1, 3, nodes), differ(2, 3, nodes)]

  it.each([
    // Outlet 3 also writes năm 2014 in another sentence: joining would put it in both readings.
    ['outlet 3’s other 2014 linked to outlet 0’s', { same: [], loose: [[4, 0]] as [number, number][] }, [3]],
    ['outlet 0’s 2014 linked to outlet 3’s other one', { same: [], loose: [[0, 4]] as [number, number][] }, [3]],
    ['and outlet 0’s own năm 2014 linked too', { same: [], loose: [[5, 4], [4, 0]] as [number, number][] }, [3]],
  ])('%s leaves outlet 3 the outlier', (_name, links, outliers) => {
    const rows = buildRows(nodes, links, contradictions, 4)
    const row = rows.find((r) => r.cells[3]!.some((s) => s.text === '2021'))!
    expect(row.outliers).toEqual(outliers)
    expect(row.readings.map((r) => [r.text, r.outlets])).toEqual([
      ['2014', [0, 1, 2]],
      ['2021', [3]],
    ])
  })

  it('joins a loose link between rows with no outlet in common (13.8 in the lead, 13/8 in the body)', () => {
    const dates: SlotNode[] = [node(0, '13.8'), node(1, '13/8', 2), node(2, '13.8')]
    const rows = buildRows(dates, { same: [], loose: [[0, 1], [1, 2]] }, [], 3)
    // Identical keys meet through the equivalences: one row, one reading, all three outlets.
    expect(rows).toHaveLength(1)
    expect(rows[0]!.status).toBe('agree')
    expect(rows[0]!.readings).toEqual([{ text: '13.8', forms: ['13.8', '13/8'], outlets: [0, 1, 2] }])
  })
})

/** A pair report holding only what buildNames reads: the two documents' sentences and the name variants. */
function pair(i: number, j: number, texts: readonly string[], variants: readonly [string, string][]): PairReport {
  const document = (text: string) => ({ language: 'eng', sentences: [{ index: 0, start: 0, end: text.length, text, role: 'body' as const }] })
  const divergences = variants.map(([a, b]): Partial<Divergence> => ({
    kind: 'name',
    a: span(0, a, texts[i]!.indexOf(a)),
    b: span(0, b, texts[j]!.indexOf(b)),
    confidence: 0.9,
  }))
  return { i, j, report: { a: document(texts[i]!), b: document(texts[j]!), divergences } as unknown as Report }
}

describe('buildNames: an outlet stands alone only in a spelling no other outlet writes', () => {
  it.each([
    [
      'outlets 0 and 1 write both spellings, outlet 2 one of them',
      ['Sergei Mikhalov spoke. Sergai Mikhailov thanked them.', 'Sergei Mikhalov spoke. Sergai Mikhailov thanked them.', 'Sergai Mikhailov thanked them.'],
      [],
    ],
    ['outlet 2 alone writes its spelling', ['Sergei Mikhalov spoke.', 'Sergei Mikhalov spoke.', 'Sergai Mikhailov thanked them.'], [2]],
  ])('%s', (_name, texts, outliers) => {
    const pairs = [pair(0, 1, texts, []), pair(0, 2, texts, [['Sergei Mikhalov', 'Sergai Mikhailov']]), pair(1, 2, texts, [['Sergei Mikhalov', 'Sergai Mikhailov']])]
    const [row] = buildNames(pairs, 3)
    expect(row!.spellings.map((s) => [s.text, s.outlets])).toEqual([
      ['Sergei Mikhalov', [0, 1]],
      ['Sergai Mikhailov', [2]],
    ])
    expect(row!.outliers).toEqual(outliers)
  })
})
