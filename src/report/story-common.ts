/**
 * What the three story renderings share: the rows of the table (facts, then
 * names) in one shape, and how a row's status reads, so text, Markdown and HTML
 * say the same thing about the same story.
 */
import type { Reading, Span, Story, StoryStatus } from '../types'

export interface TableRow {
  /** `number`, `date` or `name`. */
  readonly kind: string
  readonly cells: readonly (readonly Span[])[]
  readonly readings: readonly Reading[]
  readonly status: StoryStatus
  readonly majority: number | null
  readonly outliers: readonly number[]
  /** Where it is stated, 1-based statement number, when inside a shared statement. */
  readonly statement: number | null
}

/** Disagreements first (names and facts), then format-only agreements. */
export function tableRows(story: Story): TableRow[] {
  const facts: TableRow[] = story.facts.map((f) => ({ kind: f.type, cells: f.cells, readings: f.readings, status: f.status, majority: f.majority, outliers: f.outliers, statement: f.statement === null ? null : f.statement + 1 }))
  const names: TableRow[] = story.names.map((n) => ({ kind: 'name', cells: n.cells, readings: n.spellings, status: n.status, majority: n.majority, outliers: n.outliers, statement: null }))
  const rows = [...names, ...facts]
  return [...rows.filter((r) => r.status !== 'agree'), ...rows.filter((r) => r.status === 'agree')]
}

/** The reading (index into `row.readings`) an outlet gives, or -1 when silent. Several → the first. */
export function readingOf(row: TableRow, outlet: number): number {
  return row.readings.findIndex((r) => r.outlets.includes(outlet))
}

/** "Thanh Niên, Ngày Nay". */
export function outletList(story: Story, outlets: readonly number[]): string {
  return outlets.map((o) => story.outlets[o] ?? `#${o}`).join(', ')
}

/** A reading as written: "13.8" or, with format-only variants, "13.8 = 13/8". */
export function readingText(reading: Reading): string {
  return reading.forms.join(' = ')
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
