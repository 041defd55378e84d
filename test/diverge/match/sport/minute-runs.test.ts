import { describe, expect, it } from 'vitest'
import { orderedPairs } from '../../../../src/diverge/match/sport/minute-runs'

describe('which minute of one report is which of the other, by the order of the match', () => {
  it.each([
    ['as many on each side pair in order', [15, 19], [14, 18], [], [[15, 14], [19, 18]], [[], []]],
    ['a lone minute takes the clearly nearest', [19], [15, 18], [], [[19, 18]], [[], []]],
    // Trap: two candidates as near: which is which cannot be told.
    ['a lone minute between two as near stays apart', [44], [43, 45], [], [], [[44], [43, 45]]],
    // A lone minute with no partner: nothing to pair, nothing undecided (Kane 18th / Son 19th / Kane 20th).
    ['a lone minute with no partner is not undecided', [18], [20], [19], [], [[], []]],
    ['a lone minute with no close partner at all', [18], [60], [], [], [[], []]],
  ])('%s', (_name, a, b, fixed, pairs, undecided) => {
    const result = orderedPairs(a, b, fixed)
    expect(result.pairs).toEqual(pairs)
    expect(result.undecided.map((s) => [...s].sort((p, q) => p - q))).toEqual(undecided)
  })
})
