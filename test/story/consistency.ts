/**
 * The pairwise-consistency rule, as a checker the story tests share: for every
 * pair of outlets, the contradictions and name variants the story shows between
 * them are exactly those compare() reports for that pair.
 */
import { compare } from '../../src'
import type { Article, CompareOptions, PairFinding, Reading, Report, Span, Story } from '../../src'

const spanKey = (s: Span): string => `${s.start}:${s.end}`
const findingKey = (f: { a: Span | null; b: Span | null }): string => `${spanKey(f.a!)}|${spanKey(f.b!)}`

interface Row {
  readonly cells: readonly (readonly Span[])[]
  readonly readings: readonly Reading[]
  readonly findings: readonly PairFinding[]
}

/** Problems found, as readable lines; empty when the story is consistent with compare(). */
export function inconsistencies(story: Story, articles: readonly (string | Article)[], options?: CompareOptions, reports?: Map<string, Report>): string[] {
  const problems: string[] = []
  const factRows: Row[] = story.facts.map((f) => ({ cells: f.cells, readings: f.readings, findings: f.contradictions }))
  const nameRows: Row[] = story.names.map((n) => ({ cells: n.cells, readings: n.spellings, findings: n.variants }))
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const report = reports?.get(`${i},${j}`) ?? compare(articles[i]!, articles[j]!, options)
      const check = (what: string, kinds: readonly string[], rows: readonly Row[]): void => {
        const expected = report.divergences.filter((d) => kinds.includes(d.kind) && d.a && d.b).map(findingKey).sort()
        const shown = rows.flatMap((r) => r.findings.filter((f) => f.outlets[0] === i && f.outlets[1] === j).map(findingKey)).sort()
        if (JSON.stringify(expected) !== JSON.stringify(shown)) problems.push(`${what} ${i}-${j}: compare ${expected.join(' ')} / story ${shown.join(' ')}`)
        rows.forEach((row, r) => {
          if (row.cells[i]!.length === 0 || row.cells[j]!.length === 0) return
          const share = row.readings.some((x) => x.outlets.includes(i) && x.outlets.includes(j))
          const listed = row.findings.some((f) => f.outlets[0] === i && f.outlets[1] === j)
          if (share === listed) problems.push(`${what} row ${r}: outlets ${i},${j} ${share ? 'share a reading yet contradict' : 'differ with no finding from compare()'}`)
        })
      }
      check('facts', ['number', 'date'], factRows)
      check('names', ['name'], nameRows)
    }
  }
  return problems
}
