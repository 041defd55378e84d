/**
 * Rows of the story's tables, built from pairwise findings: nodes are one
 * outlet's way of stating a fact or spelling a name; `same` edges are
 * format-only equivalences, `differ` edges contradictions or name variants that
 * compare() reported for one pair. A row is a connected set of nodes; its
 * readings group nodes with one key or an equivalence between them (CollateX
 * groups witnesses by reading the same way).
 *
 * Pairwise consistency is checked per row, not assumed: two outlets that share
 * no reading in a row are shown as contradicting each other, so compare() must
 * have reported that for their pair, and every finding must separate two
 * readings. A row that would show more than compare() said is split into one
 * row per finding instead.
 */
import type { PairFinding, Reading, Span, StoryStatus } from '../types'
import { UnionFind } from '../union-find'

export interface SlotNode {
  readonly outlet: number
  readonly spans: Span[]
  /** What is compared: equal keys are one reading. */
  readonly key: string
  /** What is shown. */
  readonly text: string
}

export interface DifferEdge {
  readonly x: number
  readonly y: number
  readonly finding: PairFinding
}

export interface Row {
  readonly nodes: readonly number[]
  readonly cells: Span[][]
  readonly readings: Reading[]
  readonly status: StoryStatus
  readonly majority: number | null
  readonly outliers: number[]
  readonly silent: number[]
  readonly findings: PairFinding[]
}

function byStart(x: Span, y: Span): number {
  return x.start - y.start || x.end - y.end
}

/** Readings of some nodes: same key or a `same` edge between them. Returns each node's reading. */
function readingsOf(nodeIds: readonly number[], nodes: readonly SlotNode[], same: readonly [number, number][]): Map<number, number> {
  const local = new Map(nodeIds.map((id, k) => [id, k]))
  const sets = new UnionFind()
  for (const _ of nodeIds) sets.add()
  const firstWithKey = new Map<string, number>()
  nodeIds.forEach((id, k) => {
    const key = nodes[id]!.key
    const first = firstWithKey.get(key)
    if (first === undefined) firstWithKey.set(key, k)
    else sets.union(first, k)
  })
  for (const [x, y] of same) {
    const [kx, ky] = [local.get(x), local.get(y)]
    if (kx !== undefined && ky !== undefined) sets.union(kx, ky)
  }
  return new Map(nodeIds.map((id, k) => [id, sets.find(k)]))
}

function makeRow(nodeIds: readonly number[], nodes: readonly SlotNode[], same: readonly [number, number][], findings: PairFinding[], outletCount: number): Row | null {
  const readingOf = readingsOf(nodeIds, nodes, same)
  const outletsByReading = new Map<number, Set<number>>()
  const textByReading = new Map<number, { outlet: number; text: string }>()
  const formsByReading = new Map<number, Set<string>>()
  const cells: Span[][] = Array.from({ length: outletCount }, () => [])
  for (const id of nodeIds) {
    const node = nodes[id]!
    const reading = readingOf.get(id)!
    const outlets = outletsByReading.get(reading) ?? new Set<number>()
    outlets.add(node.outlet)
    outletsByReading.set(reading, outlets)
    const shown = textByReading.get(reading)
    if (!shown || node.outlet < shown.outlet) textByReading.set(reading, { outlet: node.outlet, text: node.text })
    const forms = formsByReading.get(reading) ?? new Set<string>()
    formsByReading.set(reading, forms.add(node.text))
    cells[node.outlet]!.push(...node.spans)
  }
  const present = cells.flatMap((cell, outlet) => (cell.length > 0 ? [outlet] : []))
  if (present.length < 2) return null
  const readings: Reading[] = [...outletsByReading.entries()]
    .map(([reading, outlets]) => {
      const text = textByReading.get(reading)!.text
      const forms = [text, ...[...formsByReading.get(reading)!].filter((form) => form !== text)]
      return { text, forms, outlets: [...outlets].sort((x, y) => x - y) }
    })
    .sort((x, y) => y.outlets.length - x.outlets.length || x.outlets[0]! - y.outlets[0]!)
  const status: StoryStatus =
    readings.length === 1 ? 'agree' : readings[0]!.outlets.length > readings[1]!.outlets.length ? 'majority' : 'split'
  const majority = status === 'split' ? null : 0
  // An outlier gives only readings no other outlet gives, against a majority that holds.
  const outliers =
    status !== 'majority' ? [] : present.filter((outlet) => readings.every((r) => !r.outlets.includes(outlet) || r.outlets.length === 1))
  const silent = cells.flatMap((cell, outlet) => (cell.length === 0 ? [outlet] : []))
  for (const cell of cells) cell.sort(byStart)
  return { nodes: nodeIds, cells, readings, status, majority, outliers, silent, findings }
}

/** Whether the row shows between two outlets exactly the findings compare() gave for them. */
function consistent(row: Row): boolean {
  const confirmed = new Set(row.findings.map((f) => `${f.outlets[0]},${f.outlets[1]}`))
  const present = row.cells.flatMap((cell, outlet) => (cell.length > 0 ? [outlet] : []))
  const shares = (i: number, j: number): boolean => row.readings.some((r) => r.outlets.includes(i) && r.outlets.includes(j))
  for (const f of row.findings) if (shares(f.outlets[0], f.outlets[1])) return false
  for (let x = 0; x < present.length; x++) {
    for (let y = x + 1; y < present.length; y++) {
      const [i, j] = [present[x]!, present[y]!]
      if (!shares(i, j) && !confirmed.has(`${i},${j}`)) return false
    }
  }
  return true
}

/** The loose edges whose two groups share no outlet, joined in order; returns those joined. */
function joinLoose(nodes: readonly SlotNode[], sets: UnionFind, loose: readonly [number, number][]): [number, number][] {
  if (loose.length === 0) return []
  const outletsOf = new Map<number, Set<number>>()
  nodes.forEach((node, id) => {
    const root = sets.find(id)
    const outlets = outletsOf.get(root) ?? new Set<number>()
    outletsOf.set(root, outlets.add(node.outlet))
  })
  const joined: [number, number][] = []
  for (const [x, y] of loose) {
    const [rx, ry] = [sets.find(x), sets.find(y)]
    if (rx === ry) {
      joined.push([x, y])
      continue
    }
    const [ox, oy] = [outletsOf.get(rx)!, outletsOf.get(ry)!]
    if ([...ox].some((outlet) => oy.has(outlet))) continue
    sets.union(x, y)
    const merged = new Set([...ox, ...oy])
    outletsOf.set(sets.find(x), merged)
    joined.push([x, y])
  }
  return joined
}

export interface RowStats {
  /** Rows that had to be split because joining them would have shown more than compare() said. */
  split: number
}

/**
 * `same` edges always join; `loose` ones (an equivalence across two statements)
 * only join two groups that share no outlet: an outlet stating one value twice
 * is one fact, but an outlet with two values in one row would be read as
 * disagreeing with itself, and its other value taken from a different slot.
 */
interface SameEdges {
  readonly same: readonly [number, number][]
  readonly loose?: readonly [number, number][]
}

export function buildRows(
  nodes: readonly SlotNode[],
  links: SameEdges,
  differ: readonly DifferEdge[],
  outletCount: number,
  stats?: RowStats,
): Row[] {
  const sets = new UnionFind()
  for (const _ of nodes) sets.add()
  for (const [x, y] of links.same) sets.union(x, y)
  for (const edge of differ) sets.union(edge.x, edge.y)
  const same = [...links.same, ...joinLoose(nodes, sets, links.loose ?? [])]
  const findingsByRoot = new Map<number, DifferEdge[]>()
  for (const edge of differ) {
    const root = sets.find(edge.x)
    const list = findingsByRoot.get(root)
    if (list) list.push(edge)
    else findingsByRoot.set(root, [edge])
  }
  const rows: Row[] = []
  for (const members of sets.groups()) {
    const edges = findingsByRoot.get(sets.find(members[0]!)) ?? []
    const row = makeRow(members, nodes, same, edges.map((e) => e.finding), outletCount)
    if (!row) continue
    if (consistent(row)) {
      rows.push(row)
      continue
    }
    if (stats) stats.split++
    for (const edge of edges) {
      const single = makeRow([edge.x, edge.y], nodes, [], [edge.finding], outletCount)
      if (single) rows.push(single)
    }
  }
  return rows
}
