import { describe, expect, it } from 'vitest'
import { int32Column, narrowColumn, uint8Column } from '../../src/document/columns'

describe('GrowingColumn', () => {
  // Lengths around the first chunk (1,024), the doubling chunks and the largest chunk (16,384).
  it.each([0, 1, 1023, 1024, 1025, 3072, 16_384, 40_000, 100_003])('keeps %i rows in order, in an array of that length', (rows) => {
    const column = int32Column()
    for (let i = 0; i < rows; i++) column.push(i * 7 - 3)
    const out = column.finish()
    expect(out).toBeInstanceOf(Int32Array)
    expect(out.length).toBe(rows)
    expect(out.buffer.byteLength).toBe(rows * 4)
    for (let i = 0; i < rows; i += 997) expect(out[i]).toBe(i * 7 - 3)
    if (rows > 0) expect(out[rows - 1]).toBe((rows - 1) * 7 - 3)
  })

  it.each([
    [300, 44],
    [256, 0],
    [-1, 255],
  ])('a byte column wraps %i to %i as a Uint8Array does', (value, stored) => {
    const column = uint8Column()
    column.push(value)
    expect([...column.finish()]).toEqual([stored])
  })
})

describe('GrowingNarrowColumn', () => {
  // Two bytes a row while every value fits; the first wider value (at the start, inside a chunk,
  // past several chunks) rewrites the rows so far in four bytes, values unchanged.
  it.each([
    ['all narrow', 40_000, -1, Uint16Array],
    ['0xffff is still narrow', 3, -1, Uint16Array],
    ['wide first row', 10, 0, Int32Array],
    ['wide inside the first chunk', 2000, 700, Int32Array],
    ['wide after several chunks', 60_000, 50_001, Int32Array],
    ['a negative value is wide', 5, 4, Int32Array],
  ] as const)('%s', (_, rows, wideAt, kind) => {
    const value = (i: number): number => (i === wideAt ? (rows === 5 ? -2 : 70_000 + i) : rows === 3 ? 0xffff : (i * 13) % 0x10000)
    const column = narrowColumn()
    for (let i = 0; i < rows; i++) column.push(value(i))
    const out = column.finish()
    expect(out).toBeInstanceOf(kind)
    expect(out.length).toBe(rows)
    for (let i = 0; i < rows; i++) if (out[i] !== value(i)) expect([i, out[i]]).toEqual([i, value(i)])
  })
})
