import { describe, expect, it } from 'vitest'
import { safeCompare } from '../src/safe'

describe('safeCompare', () => {
  it('returns the report on success', () => {
    const result = safeCompare('Một câu.', 'Một câu.')
    expect(result.success && result.report.overlap.score).toBe(1)
  })

  it.each([
    ['bad input', () => safeCompare(null as unknown as string, 'x'), 'E_INPUT'],
    ['a bad option', () => safeCompare('x', 'y', { alignThreshold: 5 }), 'E_OPTION'],
    ['a text over maxLength', () => safeCompare('x'.repeat(20), 'y', { maxLength: 10 }), 'E_TOO_LARGE'],
  ])('returns the error for %s instead of throwing', (_name, call, code) => {
    const result = call()
    expect(result.success).toBe(false)
    expect(!result.success && result.error.code).toBe(code)
  })

  it('returns a JSON-safe error with its issues', () => {
    const result = safeCompare({ text: 42 } as unknown as string, 'y')
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    expect(!result.success && result.error.issues[0]?.path).toBe('a')
  })
})
