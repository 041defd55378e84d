import { diffArrays } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ADDED, COMMON, REMOVED, editRuns } from '../../../../src/diverge/match/sentences/edit-script'

/** diffArrays's change objects as flat runs, the shape editRuns returns. */
function jsdiffRuns(a: number[], b: number[]): number[] {
  return diffArrays(a, b).flatMap((change) => [change.added ? ADDED : change.removed ? REMOVED : COMMON, change.value.length])
}

// Small alphabets make many equal elements, so ties and prunings are exercised.
const words = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet }), { maxLength: 60 })

describe('editRuns', () => {
  it.each([2, 5, 30])('finds the script jsdiff diffArrays finds (alphabet of %i)', (alphabet) => {
    fc.assert(
      fc.property(words(alphabet), words(alphabet), (a, b) => {
        expect(editRuns(a, b)).toEqual(jsdiffRuns(a, b))
      }),
      { seed: alphabet, numRuns: 1500 },
    )
  })

  it('finds jsdiff scripts for a sentence and its rewording', () => {
    fc.assert(
      fc.property(words(40), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 40 })), { maxLength: 12 }), (a, edits) => {
        const b = [...a]
        for (const [at, kind, value] of edits) {
          const k = b.length === 0 ? 0 : at % b.length
          if (kind === 0) b.splice(k, 1)
          else if (kind === 1) b.splice(k, 0, value)
          else b[k] = value
        }
        expect(editRuns(a, b)).toEqual(jsdiffRuns(a, b))
      }),
      { seed: 9, numRuns: 1500 },
    )
  })

  it.each([
    [[], [], []],
    [[1, 2], [], [REMOVED, 2]],
    [[], [1, 2], [ADDED, 2]],
    [[1, 2, 3], [1, 2, 3], [COMMON, 3]],
    [[1, 2, 3], [1, 4, 3], [COMMON, 1, REMOVED, 1, ADDED, 1, COMMON, 1]],
  ])('%j → %j gives %j', (a, b, runs) => {
    expect(editRuns(a, b)).toEqual(runs)
  })
})
