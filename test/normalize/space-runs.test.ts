import { describe, expect, it } from 'vitest'
import { eachSpaceRun, runEndFrom, runStartFrom } from '../../src/normalize/space-runs'

const runs = (text: string): string[] => {
  const out: string[] = []
  eachSpaceRun(text, (start, end) => void out.push(text.slice(start, end)))
  return out
}

describe('space runs', () => {
  it.each([
    ['Ông Nguyễn  Văn A.', ['Ông', 'Nguyễn', 'Văn', 'A.']],
    ['  leading and trailing \n', ['leading', 'and', 'trailing']],
    ['no\u00a0break\u3000ideographic\u2029paragraph', ['no', 'break', 'ideographic', 'paragraph']],
    // Traps: a zero-width space is no `\s`, nor is a soft hyphen; an empty or blank text has no run.
    ['zero\u200bwidth soft\u00adhyphen', ['zero\u200bwidth', 'soft\u00adhyphen']],
    ['', []],
    [' \t\n', []],
  ])('%j reads as /\\S+/gu does', (text, expected) => {
    expect(runs(text)).toEqual(expected)
    expect(runs(text)).toEqual(text.match(/\S+/gu) ?? [])
  })

  it.each([
    ['a  b', 1, 4, 3],
    ['a  b', 0, 4, 0],
    ['a   ', 1, 4, 4],
    // Bounded by n: a run past n is not reached.
    ['a   b', 1, 3, 3],
  ])('runStartFrom(%j, %i, %i) is %i', (text, i, n, expected) => {
    expect(runStartFrom(text, i, n)).toBe(expected)
  })

  it.each([
    ['abc def', 0, 3],
    ['abc def', 4, 7],
    ['a', 0, 1],
  ])('runEndFrom(%j, %i) is %i', (text, start, expected) => {
    expect(runEndFrom(text, start)).toBe(expected)
  })
})
