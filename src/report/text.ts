/**
 * The report as plain text for a terminal: summary, divergences, linked
 * sentences, and what each report says that the other does not.
 */
import pc from 'picocolors'
import type { Report, Sentence, Span } from '../types'
import { groupEquivalences, spanRole, times, warningMessage } from './common'
import { escapeControls } from './controls'

export interface TextOptions {
  /**
   * Colour with ANSI escapes.
   * @default false
   */
  readonly color?: boolean
  /**
   * Wrap lines at this many columns (at least 40).
   * @default 80
   */
  readonly width?: number
  /**
   * Show the linked sentence pairs.
   * @default true
   */
  readonly alignments?: boolean
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of escapeControls(text.replace(/\s+/g, ' ').trim(), { singleLine: true }).split(' ')) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

function quote(span: Span | null, role?: string): string {
  return span ? `"${escapeControls(span.text, { singleLine: true })}"${role ? ` (${role})` : ''}` : '—'
}

export function toText(report: Report, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 80)
  // Disabled picocolors returns its input unchanged, so colourless output is plain text.
  const { bold, dim, red, yellow, cyan, green } = pc.createColors(options.color ?? false)
  // Labels and article text are untrusted: no control character reaches the terminal raw.
  const labelA = escapeControls(report.a.source ?? 'A', { singleLine: true })
  const labelB = escapeControls(report.b.source ?? 'B', { singleLine: true })
  const out: string[] = []
  const body = (sentences: readonly Sentence[]): Sentence[] => sentences.filter((s) => s.role === 'body')

  out.push(bold(`corroborate: ${labelA} ↔ ${labelB}`))
  out.push(
    `  A: ${labelA} (${report.a.language}, ${body(report.a.sentences).length} body sentences of ${report.a.sentences.length})`,
    `  B: ${labelB} (${report.b.language}, ${body(report.b.sentences).length} body sentences of ${report.b.sentences.length})`,
    `  overlap: ${bold(percent(report.overlap.score))}  (A covered ${percent(report.overlap.a)}, B covered ${percent(report.overlap.b)}, ${report.alignments.length} links)`,
  )
  for (const warning of report.warnings) out.push(...wrap(`warning: ${warningMessage(warning)}`, width, '  ').map(yellow))

  out.push('', bold(`Divergences (${report.divergences.length})`))
  if (report.divergences.length === 0) out.push(dim('  none'))
  const colour = { high: red, medium: yellow, low: cyan } as const
  for (const d of report.divergences) {
    out.push(`  ${colour[d.severity](`[${d.severity}] ${d.kind}`)}  A: ${quote(d.a, spanRole(report, 'a', d.a))}  B: ${quote(d.b, spanRole(report, 'b', d.b))}`)
    out.push(...wrap(d.message, width, '      ').map(dim))
  }
  const equivalences = groupEquivalences(report)
  if (equivalences.length > 0) {
    out.push('', bold(`Same fact, different form (${equivalences.length})`))
    for (const { equivalence: e, count } of equivalences) out.push(`  ${quote(e.a, spanRole(report, 'a', e.a))} = ${quote(e.b, spanRole(report, 'b', e.b))}  ${dim(`(${escapeControls(e.reason, { singleLine: true })})`)}${times(count)}`)
  }

  if (options.alignments !== false) {
    out.push('', bold(`Linked sentences (${report.alignments.length})`))
    for (const link of report.alignments) {
      out.push(`  ${green(`A${link.a.join('+')} ↔ B${link.b.join('+')}`)}  similarity ${link.similarity.toFixed(2)}`)
      for (const i of link.a) out.push(...wrap(`A: ${report.a.sentences[i]?.text ?? ''}`, width, '    '))
      for (const j of link.b) out.push(...wrap(`B: ${report.b.sentences[j]?.text ?? ''}`, width, '    '))
    }
  }

  const linkedA = new Set(report.alignments.flatMap((link) => link.a))
  const linkedB = new Set(report.alignments.flatMap((link) => link.b))
  for (const [side, label, sentences, linked] of [
    ['A', labelA, report.a.sentences, linkedA],
    ['B', labelB, report.b.sentences, linkedB],
  ] as const) {
    const only = body(sentences).filter((s) => !linked.has(s.index))
    out.push('', bold(`Only in ${side} (${label}): ${only.length} sentences`))
    for (const s of only) out.push(...wrap(`${side}${s.index}: ${s.text}`, width, '  '))
  }
  return out.join('\n') + '\n'
}
