/** The story report as Markdown: one table row per fact or name, one column per outlet; article text escaped. */
import type { Story } from '../types'
import { escapeMarkdown as md } from './escape'
import { outletList, percent, readingOf, readingText, tableRows } from './story-common'

function factTable(story: Story): string[] {
  const rows = tableRows(story)
  if (rows.length === 0) return ['No fact or name that two outlets state differently.']
  const head = `| | status | ${story.outlets.map(md).join(' | ')} |`
  const rule = `| --- | --- | ${story.outlets.map(() => '---').join(' | ')} |`
  const lines = rows.map((row) => {
    const cells = story.outlets.map((_, o) => {
      const r = readingOf(row, o)
      if (r < 0) return '—'
      const text = md(row.cells[o]!.map((span) => span.text).filter((t, i, all) => all.indexOf(t) === i).join(' / '))
      return row.outliers.includes(o) ? `**${text}** (outlier)` : row.status === 'agree' ? text : r === row.majority ? text : `*${text}*`
    })
    return `| ${row.kind} | ${row.status} | ${cells.join(' | ')} |`
  })
  return [head, rule, ...lines]
}

export function storyToMarkdown(story: Story): string {
  const lines = [`## Story of ${story.outlets.length} reports`, '', `Outlets: ${story.outlets.map(md).join(', ')} · ${story.statements.length} shared statements`, '']
  for (const w of story.warnings) lines.push(`> **Warning** (${md(outletList(story, w.outlets))}): ${md(w.message)}`, '')
  lines.push('### Facts and names', '', ...factTable(story), '')
  const readings = tableRows(story).filter((r) => r.status !== 'agree')
  if (readings.length > 0) {
    lines.push('### Who says what', '')
    for (const row of readings) {
      const parts = row.readings.map((r) => `“${md(readingText(r))}”: ${md(outletList(story, r.outlets))}`)
      lines.push(`- ${row.kind}, ${row.status}: ${parts.join('; ')}${row.outliers.length ? ` — outlier: ${md(outletList(story, row.outliers))}` : ''}`)
    }
    lines.push('')
  }
  if (story.unique.facts.length > 0) {
    lines.push('### Facts only one outlet gives', '')
    for (const f of story.unique.facts) lines.push(`- ${md(story.outlets[f.outlet]!)}: ${md(f.text)} (${f.type})`)
    lines.push('')
  }
  lines.push('### Coverage', '', '| outlet | statements | share | body shared |', '| --- | --- | --- | --- |')
  story.outlets.forEach((outlet, o) => {
    const c = story.coverage[o]!
    lines.push(`| ${md(outlet)} | ${c.statements} | ${percent(c.share)} | ${percent(c.shared)} |`)
  })
  lines.push('')
  return lines.join('\n')
}
