/**
 * The report as GitHub-flavoured Markdown, for a pull-request comment, an issue
 * or a chat post: summary, divergence table, equivalences, and what each
 * report says that the other does not. Article text is escaped, so a pipe,
 * a newline, a backtick or a tag in a report cannot break the table or inject markup.
 */
import type { Divergence, Report, Span } from '../types'
import { SEVERITIES, type Side, bodyCount, count, groupEquivalences, label, onlyIn, percent, spanRole, times, warningMessage } from './common'
import { escapeMarkdown } from './escape'

export interface MarkdownOptions {
  /**
   * At most this many rows per table or list; the rest are counted in one line.
   * Keeps a long comparison inside GitHub's 65,536-character comment limit.
   * @default 50
   */
  readonly limit?: number
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

function spanCell(report: Report, side: Side, span: Span | null): string {
  if (!span) return '—'
  const role = spanRole(report, side, span)
  return escapeMarkdown(span.text) + (role ? ` _(${role})_` : '')
}

/** The first `limit` lines, and a line saying how many were left out. */
function capped(lines: readonly string[], limit: number): string[] {
  if (lines.length <= limit) return [...lines]
  return [...lines.slice(0, limit), `_…and ${lines.length - limit} more._`]
}

function summary(report: Report): string[] {
  const { overlap } = report
  const side = (s: Side): string =>
    row([s.toUpperCase(), escapeMarkdown(label(report, s)), report[s].language, `${bodyCount(report[s])} of ${report[s].sentences.length}`, percent(overlap[s])])
  return [
    `## corroborate: ${escapeMarkdown(label(report, 'a'))} ↔ ${escapeMarkdown(label(report, 'b'))}`,
    '',
    `**Overlap ${percent(overlap.score)}** (${count(report.alignments.length, 'linked sentence group')})`,
    '',
    row(['', 'source', 'language', 'body sentences', 'covered']),
    row(['---', '---', '---', '---:', '---:']),
    side('a'),
    side('b'),
    ...report.warnings.flatMap((warning) => ['', `> **Warning:** ${escapeMarkdown(warningMessage(warning))}`]),
  ]
}

function bySeverity(divergences: readonly Divergence[]): Divergence[] {
  return [...divergences].sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity))
}

function divergenceTable(report: Report, limit: number): string[] {
  const head = [`### Divergences (${report.divergences.length})`, '']
  if (report.divergences.length === 0) return [...head, '_None._']
  const rows = bySeverity(report.divergences).map((d) => row([d.kind, d.severity, spanCell(report, 'a', d.a), spanCell(report, 'b', d.b), escapeMarkdown(d.message)]))
  return [...head, row(['kind', 'severity', 'A', 'B', 'message']), row(['---', '---', '---', '---', '---']), ...capped(rows, limit)]
}

function equivalenceTable(report: Report, limit: number): string[] {
  const groups = groupEquivalences(report)
  if (groups.length === 0) return []
  const rows = groups.map(({ equivalence: e, count }) => row([spanCell(report, 'a', e.a), spanCell(report, 'b', e.b), escapeMarkdown(e.reason) + times(count)]))
  return ['', `### Same fact, different form (${groups.length})`, '', row(['A', 'B', 'reason']), row(['---', '---', '---']), ...capped(rows, limit)]
}

function onlyInList(report: Report, side: Side, limit: number): string[] {
  const sentences = onlyIn(report, side)
  const letter = side.toUpperCase()
  const items = sentences.map((s) => `- **${letter}${s.index}** ${escapeMarkdown(s.text)}`)
  const head = ['', `### Only in ${letter} (${escapeMarkdown(label(report, side))}): ${count(sentences.length, 'sentence')}`]
  return sentences.length === 0 ? head : [...head, '', ...capped(items, limit)]
}

export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = Math.max(1, options.limit ?? 50)
  return [
    ...summary(report),
    '',
    ...divergenceTable(report, limit),
    ...equivalenceTable(report, limit),
    ...onlyInList(report, 'a', limit),
    ...onlyInList(report, 'b', limit),
  ].join('\n') + '\n'
}
