/**
 * Statement groups: the sentences of several outlets that report the same thing,
 * joined through every pairwise alignment (a sentence sits in one group at most),
 * ordered by where the outlets tell them (median relative position). Outlets
 * reorder freely, so this is CollateX's variant-graph vertex without the DAG.
 */
import type { Alignment, DocumentResult, Statement } from '../types'
import { UnionFind } from '../union-find'

interface StatementIndex {
  readonly statements: Statement[]
  /** `statementOf[outlet][sentence]` = index into `statements`, or -1. */
  readonly statementOf: Int32Array[]
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The sentences of all outlets, joined pair by pair as each pair is compared (`link`), so that a
 * story keeps no pair's alignments: 780 pairs of 40 reports held some 30,000 links to the end of
 * the call, which every minor collection copied and the heap then carried.
 */
export class StatementLinks {
  private readonly offsets: number[] = []
  private readonly sets = new UnionFind()

  constructor(private readonly documents: readonly DocumentResult[]) {
    for (const doc of documents) {
      this.offsets.push(this.sets.add())
      for (let s = 1; s < doc.sentences.length; s++) this.sets.add()
    }
    // An outlet with no sentence still got one id above; it is never linked, so it stays alone.
  }

  /**
   * Joins what the alignments of outlets i and j link. A set's root is its smallest member
   * whatever the order of the unions, so each link's sentences are joined to its first one
   * without listing them (every pair links dozens), and pairs may come in any order.
   */
  link(i: number, j: number, alignments: readonly Alignment[]): void {
    const { offsets, sets } = this
    const [offsetA, offsetB] = [offsets[i]!, offsets[j]!]
    for (const { a, b } of alignments) {
      // The link's first sentence is its own set already: only the others are joined to it (a
      // pair's ~44 links each asked a union of a sentence with itself, two finds for nothing).
      const first = a.length > 0 ? offsetA + a[0]! : offsetB + b[0]!
      for (let k = 1; k < a.length; k++) sets.union(first, offsetA + a[k]!)
      for (let k = a.length > 0 ? 0 : 1; k < b.length; k++) sets.union(first, offsetB + b[k]!)
    }
  }

  finish(): StatementIndex {
    return statementsOf(this.documents, this.offsets, this.sets)
  }
}

function statementsOf(documents: readonly DocumentResult[], offsets: readonly number[], sets: UnionFind): StatementIndex {
  const outletOfId = new Int32Array(sets.size)
  offsets.forEach((offset, outlet) => outletOfId.fill(outlet, offset, offsets[outlet + 1] ?? sets.size))
  const outletOf = (id: number): number => outletOfId[id]!
  const groups: { statement: Statement; position: number; first: number }[] = []
  for (const members of sets.groups()) {
    if (members.length < 2) continue
    const sentences: number[][] = documents.map(() => [])
    for (const id of members) {
      const outlet = outletOf(id)
      if (documents[outlet]!.sentences.length > 0) sentences[outlet]!.push(id - offsets[outlet]!)
    }
    const outlets = sentences.flatMap((list, outlet) => (list.length > 0 ? [outlet] : []))
    if (outlets.length < 2) continue
    const positions = outlets.map((outlet) => sentences[outlet]![0]! / Math.max(1, documents[outlet]!.sentences.length))
    groups.push({ statement: { sentences, outlets }, position: median(positions), first: members[0]! })
  }
  groups.sort((x, y) => x.position - y.position || x.first - y.first)
  const statementOf = documents.map((doc) => new Int32Array(doc.sentences.length).fill(-1))
  groups.forEach(({ statement }, index) => {
    statement.sentences.forEach((list, outlet) => {
      for (const sentence of list) statementOf[outlet]![sentence] = index
    })
  })
  return { statements: groups.map((g) => g.statement), statementOf }
}
