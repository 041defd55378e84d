/** The story report as plain text for a terminal: the table as lists, one block per row. */
import type { Story } from '../types'
import { escapeControls } from './controls'
import { outletList as rawOutletList, percent, readingText, tableRows } from './story-common'

/** Article text, labels and file names with every control character shown as an escape (see controls.ts). */
const clean = (text: string): string => escapeControls(text, { singleLine: true })
const outletList = (story: Story, outlets: readonly number[]): string => clean(rawOutletList(story, outlets))

function summary(story: Story): string[] {
  const disagreements = tableRows(story).filter((r) => r.status !== 'agree').length
  return [
    `Story of ${story.outlets.length} reports: ${story.outlets.map(clean).join(', ')}`,
    `${story.statements.length} statements carried by two or more outlets · ${story.facts.length + story.names.length} table rows, ${disagreements} with disagreement`,
  ]
}

function table(story: Story): string[] {
  const rows = tableRows(story)
  if (rows.length === 0) return ['', 'Facts and names: no slot that two outlets state differently.']
  const lines = ['', 'Facts and names']
  for (const row of rows) {
    const where = row.statement === null ? '' : ` (statement ${row.statement})`
    lines.push(`  [${row.status}] ${row.kind}${where}`)
    row.readings.forEach((reading, i) => {
      const mark = row.majority === i && row.status === 'majority' ? ' (majority)' : ''
      lines.push(`    "${clean(readingText(reading))}" — ${outletList(story, reading.outlets)}${mark}`)
    })
    if (row.outliers.length > 0) lines.push(`    outlier: ${outletList(story, row.outliers)}`)
  }
  return lines
}

function unique(story: Story): string[] {
  const lines: string[] = []
  story.outlets.forEach((outlet, o) => {
    const facts = story.unique.facts.filter((f) => f.outlet === o)
    const sentences = story.unique.sentences[o]!.length
    if (facts.length === 0 && sentences === 0) return
    const factText = facts.map((f) => `${clean(f.text)} (${f.type})`).join('; ')
    lines.push(`  ${clean(outlet)}: ${sentences} sentence${sentences === 1 ? '' : 's'} no other outlet reports${factText ? `; facts: ${factText}` : ''}`)
  })
  return lines.length === 0 ? [] : ['', 'Only one outlet', ...lines]
}

function coverage(story: Story): string[] {
  const labels = story.outlets.map(clean)
  const width = Math.max(...labels.map((o) => o.length))
  const lines = story.outlets.map((_, o) => {
    const c = story.coverage[o]!
    const scores = story.overlap.score[o]!.map((s, j) => (j === o ? '  —  ' : percent(s).padStart(5))).join(' ')
    return `  ${labels[o]!.padEnd(width)}  ${String(c.statements).padStart(3)} statements (${percent(c.share)}), ${percent(c.shared)} of its body shared · overlap ${scores}`
  })
  return ['', 'Coverage', ...lines]
}

export function storyToText(story: Story): string {
  const warnings = story.warnings.map((w) => `  ${outletList(story, w.outlets)}: ${clean(w.message)}`)
  return [...summary(story), ...table(story), ...unique(story), ...coverage(story), ...(warnings.length ? ['', 'Warnings', ...warnings] : []), ''].join('\n')
}
