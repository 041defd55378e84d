/**
 * Clusters by union-find, with a guard against chaining: an article joins a
 * cluster only when it matches at least `minLinkRatio` of the cluster's members
 * (the most recent GUARD_SAMPLE of them), and two clusters merge through it only
 * when their members match each other in that ratio too. One bridge article that
 * resembles two unrelated stories therefore joins one of them, not both.
 *
 * A cluster is named by its oldest article, which stays its name through merges
 * (the older cluster absorbs the younger).
 */
import { UnionFind } from '../union-find'

/** Members compared when deciding whether an article may join a cluster. */
export const GUARD_SAMPLE = 16
/** Members of each side compared before two clusters merge. */
export const MERGE_SAMPLE = 8

export class Clusters {
  private readonly sets = new UnionFind()
  /** By root: the cluster's members, oldest first. */
  private readonly members = new Map<number, number[]>()

  get size(): number {
    return this.sets.size
  }

  /** A new singleton cluster for the next document. Returns the document's number. */
  add(): number {
    const doc = this.sets.add()
    this.members.set(doc, [doc])
    return doc
  }

  find(doc: number): number {
    return this.sets.find(doc)
  }

  /** Merge two clusters; the root is the older (smaller) document, so names are stable. */
  union(a: number, b: number): number {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra === rb) return ra
    const root = this.sets.union(ra, rb)
    const into = this.members.get(root)!
    const from = root === ra ? rb : ra
    for (const m of this.members.get(from)!) into.push(m)
    into.sort((x, y) => x - y)
    this.members.delete(from)
    return root
  }

  /** Members of a document's cluster, oldest first. */
  membersOf(doc: number): readonly number[] {
    return this.members.get(this.find(doc))!
  }

  /** The most recent `max` members of a cluster, excluding `except`. */
  sample(doc: number, max: number, except = -1): number[] {
    const all = this.membersOf(doc).filter((m) => m !== except)
    return all.slice(Math.max(0, all.length - max))
  }

  /**
   * Place `doc` (already added as a singleton) among the clusters of `matched`
   * (its matches, best first), under the anti-chaining guard. `linked(x, y)` says
   * whether two documents match. Returns the root of `doc`'s cluster.
   */
  assign(doc: number, matched: readonly number[], linked: (x: number, y: number) => boolean, minLinkRatio: number): number {
    const direct = new Set(matched)
    const roots: number[] = []
    for (const m of matched) {
      const r = this.find(m)
      if (!roots.includes(r)) roots.push(r)
    }
    let joined = false
    for (const root of roots) {
      const sample = this.sample(root, GUARD_SAMPLE)
      const links = sample.filter((m) => direct.has(m) || linked(doc, m)).length
      if (links < Math.ceil(sample.length * minLinkRatio)) continue
      if (!joined) {
        this.union(doc, root)
        joined = true
        continue
      }
      // a second cluster: merge only if the two clusters match each other as well
      const ours = this.sample(doc, MERGE_SAMPLE, doc)
      const theirs = this.sample(root, MERGE_SAMPLE)
      let cross = 0
      for (const x of ours) for (const y of theirs) if (linked(x, y)) cross++
      if (cross >= Math.ceil(ours.length * theirs.length * minLinkRatio)) this.union(doc, root)
    }
    return this.find(doc)
  }

  /** Every cluster with more than one member, as lists of documents, oldest first. */
  groups(): number[][] {
    return [...this.members.values()].filter((m) => m.length > 1).map((m) => m.slice())
  }

  toState(): number[] {
    return Array.from({ length: this.size }, (_, doc) => this.find(doc))
  }

  static fromState(roots: readonly number[]): Clusters {
    const clusters = new Clusters()
    for (let doc = 0; doc < roots.length; doc++) clusters.add()
    roots.forEach((root, doc) => {
      if (root !== doc) clusters.union(root, doc)
    })
    return clusters
  }
}
