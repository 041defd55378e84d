import { describe, expect, it } from 'vitest'
import { growthRatio } from './growth'

// The growth checks guard every "no step is quadratic" test: they must catch a quadratic
// path, not only pass a linear one.
function quadratic(size: number): number {
  let sum = 0
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) sum += (i ^ j) & 1
  return sum
}

function linear(values: Float64Array): number {
  let sum = 0
  for (let round = 0; round < 40; round++) for (let i = 0; i < values.length; i++) sum += values[i]! * round
  return sum
}

describe('growthRatio', () => {
  it('reads a quadratic path as about four times slower at twice the size', () => {
    expect(growthRatio((size) => size, quadratic, 8_000, 3).ratio).toBeGreaterThan(3)
  })

  it('reads a linear path as at most three times slower at twice the size', () => {
    expect(growthRatio((size) => new Float64Array(size).fill(1), linear, 400_000, 3).ratio).toBeLessThanOrEqual(3)
  })
})
