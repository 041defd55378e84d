import { describe, expect, it } from 'vitest'
import { SlotWeights } from '../../src/dedup/slot-weights'

describe('SlotWeights', () => {
  // slots 5 and 5 + 65536 share a bit of the membership filter: the filter may say "maybe", never hide a held slot
  it.each([
    ['one slot', [7], [0.5], [7, 8, 0], [0.5, 0, 0]],
    ['filter collision', [5], [0.25], [5, 5 + 65536, 5 + 2 * 65536], [0.25, 0, 0]],
    ['both colliding slots held', [5, 5 + 65536], [0.25, 0.75], [5, 5 + 65536, 6], [0.25, 0.75, 0]],
    ['unknown features (-1) are skipped', [-1, 3], [0.9, 0.1], [3, 0, 65535], [0.1, 0, 0]],
    ['many slots (the table grows)', Array.from({ length: 600 }, (_, i) => i * 977), Array.from({ length: 600 }, (_, i) => (i + 1) / 1000), [0, 977 * 599, 1], [0.001, 0.6, 0]],
  ])('%s', (_, slots, weights, asked, expected) => {
    const table = new SlotWeights()
    table.set(Int32Array.from(slots), Float64Array.from(weights))
    expect(asked.map((s) => table.get(s))).toEqual(expected)
    table.clear()
    expect(asked.map((s) => table.get(s))).toEqual(asked.map(() => 0))
  })

  it('holds only the second query after set() again', () => {
    const table = new SlotWeights()
    table.set(Int32Array.from([1, 2, 3]), Float64Array.from([0.1, 0.2, 0.3]))
    table.set(Int32Array.from([3, 4]), Float64Array.from([0.6, 0.8]))
    expect([1, 2, 3, 4].map((s) => table.get(s))).toEqual([0, 0, 0.6, 0.8])
  })
})
