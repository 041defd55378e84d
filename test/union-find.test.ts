import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UnionFind } from '../src/union-find'

/** The sets the unions make, by a plain flood over the joined pairs. */
function expectedGroups(n: number, pairs: ReadonlyArray<readonly [number, number]>): number[][] {
  const label = Array.from({ length: n }, (_, i) => i)
  for (let changed = true; changed; ) {
    changed = false
    for (const [x, y] of pairs) {
      const low = Math.min(label[x]!, label[y]!)
      if (label[x] !== low || label[y] !== low) [label[x], label[y], changed] = [low, low, true]
    }
  }
  const groups = new Map<number, number[]>()
  label.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]))
  return [...groups.values()]
}

describe('UnionFind', () => {
  const unions = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 })))

  it('groups exactly the members joined directly or through others, each set ascending and named by its smallest member', () => {
    fc.assert(
      fc.property(unions, ([n, pairs]) => {
        const sets = new UnionFind()
        for (let i = 0; i < n; i++) expect(sets.add()).toBe(i)
        for (const [x, y] of pairs) expect(sets.union(x, y)).toBe(sets.find(x))
        expect(sets.size).toBe(n)
        const groups = sets.groups()
        expect(groups).toEqual(expectedGroups(n, pairs))
        for (const group of groups) for (const member of group) expect(sets.find(member)).toBe(group[0])
      }),
    )
  })
})
