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

describe('the role of a fact’s sentence in every rendering', () => {
  const divergenceLine: Array<[string, (fact: string) => string | undefined]> = [
    ['text', (fact) => toText(seedReport(), { width: 200 }).split('\n').find((line) => line.includes(`A: "${fact}"`))],
    ['Markdown', (fact) => toMarkdown(seedReport()).split('\n').find((line) => line.startsWith('| missing') && line.includes(`| ${fact}`))],
    ['HTML', (fact) => toHtml(seedReport()).match(new RegExp(`<li id="d\\d+"[^>]*>(?:(?!</li>).)*<q>${fact.replace('.', '\\.')}</q>(?:(?!</li>).)*</li>`))?.[0]],
  ]

  it.each(divergenceLine.flatMap(([name, find]) => ['150 tỉ USD', '12.8'].map((fact) => [name, fact, find] as const)))(
    'labels %s “%s” as coming from a teaser',
    (_name, fact, find) => {
      expect(find(fact)).toMatch(/teaser/)
    },
  )

  it.each(divergenceLine)('leaves a fact from the body unlabelled in %s', (_name, find) => {
    expect(find('Đoàn Phương Lan')).not.toMatch(/teaser|headline|caption/)
  })

  it.each([
    ['headline', 0],
    ['caption', 1],
  ] as const)('labels a %s fact', (role, index) => {
    const a = doc(['Ông Nam có 5 con mèo.', 'Ảnh: 5 con mèo.'], 'A', { 0: 'headline', 1: 'caption' })
    const b = doc(['Ông Nam có 7 con mèo.'])
    const r = report(a, b, { divergences: [{ kind: 'number', severity: 'high', a: span(a, index, '5'), b: span(b, 0, '7'), message: 'm', confidence: 1, evidence: [], role }] })
    expect(toText(r)).toContain(`A: "5" (${role})  B: "7"`)
    expect(toMarkdown(r)).toContain(`| 5 _(${role})_ | 7 |`)
    expect(toHtml(r)).toContain(`<q>5</q></a> <span class="tag">${role}</span>`)
  })
})
