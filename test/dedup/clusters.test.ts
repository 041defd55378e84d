import { describe, expect, it } from 'vitest'
import { Clusters } from '../../src/dedup/clusters'

/** A cluster world where `edges` lists the matching pairs. */
function world(n: number, edges: Array<[number, number]>) {
  const set = new Set(edges.flatMap(([x, y]) => [`${x},${y}`, `${y},${x}`]))
  const linked = (x: number, y: number) => set.has(`${x},${y}`)
  const clusters = new Clusters()
  const place = (doc: number) => {
    clusters.add()
    const matched = Array.from({ length: doc }, (_, m) => m).filter((m) => linked(doc, m)).reverse()
    return clusters.assign(doc, matched, linked, 0.5)
  }
  for (let doc = 0; doc < n; doc++) place(doc)
  return clusters
}

describe('Clusters', () => {
  it.each([
    ['a matching pair', 2, [[0, 1]], [[0, 1]]],
    ['a triangle', 3, [[0, 1], [0, 2], [1, 2]], [[0, 1, 2]]],
    ['no matches', 3, [], []],
  ] as Array<[string, number, Array<[number, number]>, number[][]]>)('groups %s', (_name, n, edges, groups) => {
    expect(world(n, edges).groups()).toEqual(groups)
  })

  it('does not chain two stories through one bridge article', () => {
    // 0–1–2 is one story, 3–4–5 another; 6 resembles 2 and 3 only
    const edges: Array<[number, number]> = [[0, 1], [0, 2], [1, 2], [3, 4], [3, 5], [4, 5], [6, 2], [6, 3]]
    const groups = world(7, edges).groups()
    expect(groups).toHaveLength(2)
    expect(groups.find((g) => g.includes(0))).not.toContain(3)
  })

  it('does not chain a path of pairwise matches into one cluster', () => {
    // with minLinkRatio 0.5 a third article may join a pair through one link, a fourth may not
    const edges: Array<[number, number]> = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]
    const sizes = world(6, edges).groups().map((g) => g.length)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3)
  })

  it('merges two clusters when the new article and their members all match', () => {
    const edges: Array<[number, number]> = [[0, 1], [2, 3], [0, 2], [0, 3], [1, 2], [1, 3], [4, 0], [4, 1], [4, 2], [4, 3]]
    expect(world(5, edges).groups()).toEqual([[0, 1, 2, 3, 4]])
  })

  it('names a cluster after its oldest member through merges', () => {
    const clusters = world(3, [[0, 1], [1, 2], [0, 2]])
    expect(clusters.find(2)).toBe(0)
  })

  it('round-trips through its state', () => {
    const clusters = world(5, [[0, 1], [2, 3], [3, 4], [2, 4]])
    expect(Clusters.fromState(clusters.toState()).groups()).toEqual(clusters.groups())
  })
})
