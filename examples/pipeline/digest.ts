// Step 4 of the pipeline: a Markdown digest of the day's divergences from the reports that
// `corroborate compare --pairs` wrote (one JSON report per line, labelled with article ids),
// grouped by story: the contradictions (numbers, dates, names) first, the pairs that look
// like two different events (a dedup mistake worth a look) flagged, missing facts counted.
//
//   npx tsx examples/pipeline/digest.ts reports.jsonl articles.jsonl > digest.md
import { readFileSync } from 'node:fs'
import type { Divergence, Report } from 'corroborate'

const [reportsFile, articlesFile] = process.argv.slice(2)
if (!reportsFile || !articlesFile) {
  process.stderr.write('usage: tsx examples/pipeline/digest.ts reports.jsonl articles.jsonl > digest.md\n')
  process.exit(2)
}

const lines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown)
const outlets = new Map((lines(articlesFile) as Array<{ id: string; source?: string }>).map((article) => [article.id, article.source ?? article.id]))
const reports = lines(reportsFile) as Report[]

/** `tuoitre.vn (12240106)` for an article id. */
const label = (id: string | undefined): string => (id === undefined ? '?' : `${outlets.get(id) ?? id} (${id})`)
/** Markdown-safe inline text: the report's message quotes article text. */
const inline = (text: string): string => text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')
const SEVERITY = { high: 0, medium: 1, low: 2 } as const
const plural = (n: number, noun: string, nouns = `${noun}s`): string => `${n} ${n === 1 ? noun : nouns}`

// the stories: pairs that share an article belong to one (dedup gave each article one cluster)
const story = new Map<string, number>()
const stories: Report[][] = []
for (const report of reports) {
  const ids = [report.a.source ?? '', report.b.source ?? '']
  const known = ids.map((id) => story.get(id)).find((index) => index !== undefined)
  const index = known ?? stories.push([]) - 1
  stories[index]!.push(report)
  for (const id of ids) story.set(id, index)
}

const contradictions = (report: Report): Divergence[] => report.divergences.filter((d) => d.kind !== 'missing').sort((x, y) => SEVERITY[x.severity] - SEVERITY[y.severity])
const total = reports.reduce((sum, report) => sum + contradictions(report).length, 0)
const out: string[] = ['# The day’s divergences', '', `${plural(stories.length, 'story', 'stories')}, ${plural(reports.length, 'pair')} of reports compared, ${plural(total, 'contradiction')}.`, '']
// stories with the most contradictions first
stories.sort((x, y) => y.reduce((s, r) => s + contradictions(r).length, 0) - x.reduce((s, r) => s + contradictions(r).length, 0))
for (const pairs of stories) {
  const members = [...new Set(pairs.flatMap((report) => [report.a.source, report.b.source]))]
  out.push(`## ${members.map((id) => inline(label(id))).join(', ')}`, '')
  let quiet = 0
  for (const report of pairs) {
    const found = contradictions(report)
    const events = report.warnings.find((warning) => warning.code === 'different-events')
    // a pair that only words things differently is not news for the digest
    if (found.length === 0 && !events) {
      quiet++
      continue
    }
    const missing = report.divergences.length - found.length
    out.push(`### ${inline(label(report.a.source))} ↔ ${inline(label(report.b.source))}`, '')
    out.push(`Overlap ${report.overlap.score.toFixed(2)}; ${plural(found.length, 'contradiction')}, ${plural(missing, 'fact')} stated by one report only.${events ? ' **Possibly two different events:** ' + inline(events.message) : ''}`, '')
    for (const divergence of found) {
      let message = divergence.message
      for (const id of [report.a.source, report.b.source]) if (id) message = message.split(id).join(outlets.get(id) ?? id)
      out.push(`- **${divergence.kind}** (${divergence.severity}, confidence ${divergence.confidence.toFixed(2)}): ${inline(message)}`)
    }
    if (found.length > 0) out.push('')
  }
  if (quiet > 0) out.push(`${plural(quiet, 'more pair')} of this story: no contradiction.`, '')
}
process.stdout.write(out.join('\n').trimEnd() + '\n')
