/**
 * The columnar builder under both token tables: whatever the sentences and however often the
 * columns grow, reading the rows back gives each sentence's tokens, in order, with keys interned
 * in order of first appearance.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenRows } from '../../src/document/token-rows'

interface Tok {
  readonly key: string
  readonly at: number
  readonly small: number
}

const tok = fc.record({ key: fc.constantFrom('a', 'b', 'c', 'hà', 'nội', ''), at: fc.integer({ min: -1e6, max: 1e6 }), small: fc.integer({ min: 0, max: 255 }) })
// Up to a few thousand tokens, so that the columns grow past their first size, sometimes in one sentence.
const sentences = fc.array(fc.array(tok, { maxLength: 1500 }), { maxLength: 6 })

const build = (input: Tok[][]) =>
  tokenRows(
    input.length,
    (i) => input[i]!,
    (size) => ({ at: new Int32Array(size), small: new Uint8Array(size) }),
    (c, row, t) => {
      c.at[row] = t.at
      c.small[row] = t.small
    },
  )

describe('token rows', () => {
  it('read back, sentence by sentence, as the tokens they were built from', () => {
    fc.assert(
      fc.property(sentences, (input) => {
        const rows = build(input)
        const back = input.map((_, i) =>
          Array.from({ length: rows.first[i + 1]! - rows.first[i]! }, (_, k) => {
            const row = rows.first[i]! + k
            return { key: rows.keys[rows.key[row]!]!, at: rows.columns.at[row]!, small: rows.columns.small[row]! }
          }),
        )
        expect(back).toEqual(input)
      }),
      { numRuns: 50 },
    )
  })

  it('intern each distinct key once, in order of first appearance, and keep no spare rows', () => {
    fc.assert(
      fc.property(sentences, (input) => {
        const rows = build(input)
        const all = input.flat()
        expect(rows.keys).toEqual([...new Set(all.map((t) => t.key))])
        expect([rows.key.length, rows.columns.at.length, rows.columns.small.length]).toEqual([all.length, all.length, all.length])
        expect(rows.first[input.length]).toBe(all.length)
      }),
      { numRuns: 50 },
    )
  })
})
