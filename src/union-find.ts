/**
 * Disjoint sets over 0..n-1: a story joins sentences, fact spans and spellings across pairs, the
 * dedup index joins articles into clusters. A set's root is always its smallest member, so the
 * name of a cluster (its oldest article) survives every merge.
 */
export class UnionFind {
  private readonly parent: number[] = []

  get size(): number {
    return this.parent.length
  }

  /** A new singleton set; returns its id. */
  add(): number {
    this.parent.push(this.parent.length)
    return this.parent.length - 1
  }

  find(x: number): number {
    let root = x
    while (this.parent[root] !== root) root = this.parent[root]!
    // Path compression keeps later finds near constant time.
    while (this.parent[x] !== root) {
      const next = this.parent[x]!
      this.parent[x] = root
      x = next
    }
    return root
  }

  /** Join the sets of x and y; returns the root of the joined set (the smaller root). */
  union(x: number, y: number): number {
    const [rx, ry] = [this.find(x), this.find(y)]
    if (rx !== ry) this.parent[Math.max(rx, ry)] = Math.min(rx, ry)
    return Math.min(rx, ry)
  }

  /** Members of every set, each set ascending, sets ordered by their smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>()
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i)
      const group = byRoot.get(root)
      if (group) group.push(i)
      else byRoot.set(root, [i])
    }
    return [...byRoot.values()]
  }
}
