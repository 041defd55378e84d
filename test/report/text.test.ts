import { describe, expect, it } from 'vitest'
import { toText } from '../../src'
import { golden } from './golden'
import { seedReport } from './seed-report'

describe('toText', () => {
  it('renders the seed pair exactly as the golden file', () => {
    const text = toText(seedReport(), { width: 100 })
    expect(text).toBe(golden('seed-report.txt', text))
  })

  it('writes no escape codes without colour', () => {
    expect(toText(seedReport())).not.toContain('\u001b[')
  })

  it('colours with ANSI escapes when asked', () => {
    expect(toText(seedReport(), { color: true })).toMatch(/\u001b\[1mcorroborate: Thanh Niên ↔ Ngày Nay\u001b\[22m/)
  })

  it('is the same text once the colour is stripped', () => {
    const coloured = toText(seedReport(), { color: true, width: 100 })
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(toText(seedReport(), { width: 100 }))
  })
})
