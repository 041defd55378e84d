import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../src'
import { escapeMarkdown } from '../../src/report/escape'
import { doc, hostileReport, report } from './build'
import { golden } from './golden'
import { seedReport } from './seed-report'

/** Cell separators of a table row: pipes not escaped with a backslash. */
function cellSeparators(line: string): number {
  return line.match(/(?<!\\)\|/g)?.length ?? 0
}

describe('toMarkdown', () => {
  it('renders the seed pair exactly as the golden file', () => {
    const markdown = toMarkdown(seedReport())
    expect(markdown).toBe(golden('seed-report.md', markdown))
  })

  it('fits in one GitHub comment (65,536 characters)', () => {
    expect(toMarkdown(seedReport()).length).toBeLessThan(65_536)
  })

  it('keeps five cells in a divergence row whose text holds pipes and newlines', () => {
    const row = toMarkdown(hostileReport('a | b\n| c')).split('\n').find((line) => line.startsWith('| name |'))
    expect(row).toBeDefined()
    expect(cellSeparators(row!)).toBe(6)
  })

  it('puts no raw HTML tag of an article into the output', () => {
    expect(toMarkdown(hostileReport('<script>alert(1)</script><img src=x onerror=alert(1)>'))).not.toMatch(/<(script|img)/i)
  })

  it('lists body sentences that no link covers', () => {
    expect(toMarkdown(hostileReport('x'))).toContain('### Only in A (A x): 1 sentence\n\n- **A1** Chỉ bên A: x')
  })

  it('caps long lists and counts what it left out', () => {
    const many = report(doc(['Một.', 'Hai.', 'Ba.', 'Bốn.']), doc(['Khác.']))
    expect(toMarkdown(many, { limit: 2 })).toContain('- **A1** Hai.\n_…and 2 more._')
  })

  it('says so when there are no divergences', () => {
    expect(toMarkdown(report(doc(['Một.']), doc(['Một.'])))).toContain('### Divergences (0)\n\n_None._')
  })
})

describe('escapeMarkdown', () => {
  it.each([
    ['a pipe', 'a | b', 'a \\| b'],
    ['a newline', 'one\ntwo', 'one two'],
    ['a Windows line break with indentation', 'one\r\n   two', 'one two'],
    ['a backtick', 'run `rm`', 'run \\`rm\\`'],
    ['an HTML tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand', 'Tom & Jerry', 'Tom &amp; Jerry'],
    ['emphasis', '*bold* _it_ ~~del~~', '\\*bold\\* \\_it\\_ \\~\\~del\\~\\~'],
    ['a link', '[x](http://e.vn)', '\\[x\\](http://e.vn)'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['Vietnamese text', 'Thị trưởng Park Hyeong Jun', 'Thị trưởng Park Hyeong Jun'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })
})
