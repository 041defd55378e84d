import { describe, expect, it } from 'vitest'
import { toHtml, toMarkdown, toText } from '../../src'
import { doc, report, span } from './build'
import { seedReport } from './seed-report'

/** The equivalence section of each rendering, as lines or list items. */
const EQUIVALENCE_ENTRIES: Array<[string, (r: ReturnType<typeof report>) => string[]]> = [
  ['text', (r) => toText(r).split('Same fact, different form')[1]!.split('\n\n')[0]!.split('\n').filter((line) => line.includes(' = '))],
  ['Markdown', (r) => toMarkdown(r).split('### Same fact, different form')[1]!.split('\n\n')[1]!.split('\n').slice(2)],
  ['HTML', (r) => toHtml(r).match(/<ul class="eqs">(.*?)<\/ul>/)![1]!.split('</li>').filter(Boolean)],
]

describe('equivalences in every rendering', () => {
  const a = doc(['Nhiệt độ 23 độ.', 'Sáng 23 độ.', 'Chiều 23 độ.', 'Ngày 13.8.'])
  const b = doc(['Nhiệt độ 23.', 'Sáng 23.', 'Chiều 23.', 'Ngày 13/8.'])
  const equivalences = [
    ...[0, 1, 2].map((i) => ({ a: span(a, i, '23 độ'), b: span(b, i, '23'), reason: 'unit' })),
    { a: span(a, 3, '13.8'), b: span(b, 3, '13/8'), reason: 'date-format' },
  ]
  const repeated = report(a, b, { equivalences })

  it.each(EQUIVALENCE_ENTRIES)('lists each pair of forms once, with its count, in %s', (_name, entries) => {
    const lines = entries(repeated)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/unit.*×3/)
    expect(lines[1]).not.toContain('×')
  })

  it.each(EQUIVALENCE_ENTRIES)('lists no letter-case equivalence of a common word for the seed pair in %s', (_name, entries) => {
    const lines = entries(seedReport())
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.filter((line) => line.includes('letter-case'))).toEqual([])
  })
})
