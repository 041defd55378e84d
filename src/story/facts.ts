/**
 * The fact table: every number or date slot that two or more outlets state,
 * read off the pairwise reports. A contradiction compare() found for a pair is
 * a `differ` edge, a format-only equivalence (13.8 / 13/8) a `same` edge;
 * identical values are never reported by compare(), so they meet through a
 * third outlet that differs from both, or through an equivalence.
 */
import type { Equivalence, OutletSpan, PairFinding, Span, StoryFact, UniqueFact } from '../types'
import type { PairReport } from './pairs'
import { type DifferEdge, type RowStats, type SlotNode, buildRows } from './rows'

type FactKind = 'number' | 'date'

/** One outlet's statement of a fact: the overlapping spans the pairs reported, merged. */
interface FactNode extends SlotNode {
  type: FactKind
}

const DIGIT = /\p{Nd}/u

/** Whether an equivalence is about a number or date (a format reason, or digits on both sides). */
function factEquivalence(e: Equivalence): FactKind | null {
  if (e.reason === 'date-format') return 'date'
  if (e.reason === 'number-format') return 'number'
  return DIGIT.test(e.a.text) && DIGIT.test(e.b.text) ? 'number' : null
}

function valueKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Spans of one outlet, merged where they overlap, so one stated value is one node. */
class FactNodes {
  readonly nodes: FactNode[] = []
  private readonly byOutlet = new Map<number, { start: number; end: number; node: number }[]>()

  node(outlet: number, span: Span, type: FactKind): number {
    const list = this.byOutlet.get(outlet) ?? []
    this.byOutlet.set(outlet, list)
    const hit = list.find((entry) => entry.start < span.end && span.start < entry.end)
    if (hit) {
      const node = this.nodes[hit.node]!
      if (type === 'date') node.type = 'date'
      // The widest span shows the value with its unit (30 năm rather than 30).
      if (span.end - span.start > node.spans[0]!.end - node.spans[0]!.start) node.spans[0] = span
      hit.start = Math.min(hit.start, span.start)
      hit.end = Math.max(hit.end, span.end)
      return hit.node
    }
    this.nodes.push({ outlet, spans: [span], key: '', text: span.text, type })
    list.push({ start: span.start, end: span.end, node: this.nodes.length - 1 })
    return this.nodes.length - 1
  }

  /** Keys and texts from the final (widest) span of each node. */
  finish(): FactNode[] {
    return this.nodes.map((node) => ({ ...node, key: valueKey(node.spans[0]!.text), text: node.spans[0]!.text }))
  }
}

function sameStatement(statementOf: readonly Int32Array[], i: number, a: Span, j: number, b: Span): boolean {
  const statement = statementOf[i]![a.sentence] ?? -1
  return statement >= 0 && statement === statementOf[j]![b.sentence]
}

function finding(i: number, j: number, a: Span, b: Span, confidence: number): PairFinding {
  return { outlets: [i, j], a, b, confidence }
}

export function buildFacts(
  pairs: readonly PairReport[],
  outletCount: number,
  statementOf: readonly Int32Array[],
  stats?: RowStats,
): StoryFact[] {
  const table = new FactNodes()
  const same: [number, number][] = []
  const loose: [number, number][] = []
  const differ: DifferEdge[] = []
  for (const { i, j, report } of pairs) {
    for (const d of report.divergences) {
      if ((d.kind !== 'number' && d.kind !== 'date') || !d.a || !d.b) continue
      const x = table.node(i, d.a, d.kind)
      const y = table.node(j, d.b, d.kind)
      differ.push({ x, y, finding: finding(i, j, d.a, d.b, d.confidence) })
    }
    for (const e of report.equivalences) {
      const kind = factEquivalence(e)
      if (!kind) continue
      // compare() also notes a value the other report states in another sentence (a year two
      // paragraphs on, 13.8 in the lead for 13/8 in the body): one fact, but not always the slot
      // a contradiction sits in, so such a link joins two rows only when no outlet is in both.
      const edge: [number, number] = [table.node(i, e.a, kind), table.node(j, e.b, kind)]
      if (sameStatement(statementOf, i, e.a, j, e.b)) same.push(edge)
      else loose.push(edge)
    }
  }
  const nodes = table.finish()
  const rows = buildRows(nodes, { same, loose }, differ, outletCount, stats)
  const facts = rows.map((row) => {
    const type: FactKind = row.nodes.some((id) => nodes[id]!.type === 'date') ? 'date' : 'number'
    let statement: number | null = null
    for (const [outlet, cell] of row.cells.entries()) {
      for (const span of cell) {
        const s = statementOf[outlet]![span.sentence] ?? -1
        if (statement === null && s >= 0) statement = s
      }
    }
    const { cells, readings, status, majority, outliers, silent, findings } = row
    return { type, statement, cells, readings, status, majority, outliers, silent, contradictions: findings }
  })
  const order = (fact: StoryFact): number => (fact.statement === null ? Number.MAX_SAFE_INTEGER : fact.statement)
  return facts.sort((x, y) => order(x) - order(y))
}

/**
 * Facts one outlet states and every other outlet never mentions: reported as
 * `missing` from the other side by all N−1 pairs that include the outlet.
 */
export function buildUniqueFacts(pairs: readonly PairReport[], outletCount: number): UniqueFact[] {
  const seen = new Map<string, { fact: UniqueFact; partners: Set<number> }>()
  const note = (outlet: number, partner: number, span: Span, type: UniqueFact['type']): void => {
    const key = `${outlet}:${span.start}:${span.end}`
    const entry = seen.get(key) ?? { fact: { outlet, type, ...span }, partners: new Set<number>() }
    entry.partners.add(partner)
    seen.set(key, entry)
  }
  for (const { i, j, report } of pairs) {
    for (const d of report.divergences) {
      if (d.kind !== 'missing' || !d.factType) continue
      if (d.a) note(i, j, d.a, d.factType)
      if (d.b) note(j, i, d.b, d.factType)
    }
  }
  return [...seen.values()]
    .filter((entry) => entry.partners.size === outletCount - 1)
    .map((entry) => entry.fact)
    .sort((x: OutletSpan, y: OutletSpan) => x.outlet - y.outlet || x.start - y.start)
}
