/**
 * Names spelled more than one way across the outlets: each spelling an outlet
 * uses is a node, each name variant compare() reported for a pair an edge;
 * a connected set is one entity, its spellings grouped by exact (NFC) form.
 */
import type { PairFinding, Span, StoryName } from '../types'
import type { PairReport } from './pairs'
import { type DifferEdge, type RowStats, type SlotNode, buildRows } from './rows'

class SpellingNodes {
  readonly nodes: SlotNode[] = []
  private readonly ids = new Map<string, number>()

  node(outlet: number, span: Span, occurrences: readonly Span[]): number {
    const key = span.text.normalize('NFC')
    const id = `${outlet}\u0000${key}`
    let node = this.ids.get(id)
    if (node === undefined) {
      node = this.nodes.push({ outlet, spans: [], key, text: span.text }) - 1
      this.ids.set(id, node)
    }
    const spans = this.nodes[node]!.spans
    for (const occurrence of [span, ...occurrences]) {
      if (occurrence.text.normalize('NFC') !== key) continue
      if (!spans.some((s) => s.start === occurrence.start && s.end === occurrence.end)) spans.push(occurrence)
    }
    return node
  }
}

export function buildNames(pairs: readonly PairReport[], outletCount: number, stats?: RowStats): StoryName[] {
  const table = new SpellingNodes()
  const differ: DifferEdge[] = []
  for (const { i, j, report } of pairs) {
    for (const d of report.divergences) {
      if (d.kind !== 'name' || !d.a || !d.b) continue
      const x = table.node(i, d.a, d.occurrences?.a ?? [])
      const y = table.node(j, d.b, d.occurrences?.b ?? [])
      const variant: PairFinding = { outlets: [i, j], a: d.a, b: d.b, confidence: d.confidence }
      differ.push({ x, y, finding: variant })
    }
  }
  return buildRows(table.nodes, [], differ, outletCount, stats).map(({ cells, readings, status, majority, outliers, silent, findings }) => ({
    cells,
    spellings: readings,
    status,
    majority,
    outliers,
    silent,
    variants: findings,
  }))
}
