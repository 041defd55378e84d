/**
 * Small readings of a report that the HTML and Markdown renderings share, so
 * both say the same thing about the same report.
 */
import type { DocumentResult, Report, Sentence, Severity } from '../types'

export type Side = 'a' | 'b'

export const SIDES: readonly Side[] = ['a', 'b']

/** Most severe first: the order in which people should read divergences. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low']

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

/** The name shown for a side: its source, or plain "A" / "B". */
export function label(report: Report, side: Side): string {
  return report[side].source ?? side.toUpperCase()
}

export function bodyCount(doc: DocumentResult): number {
  return doc.sentences.filter((s) => s.role === 'body').length
}

/** Indexes of the sentences of one side that take part in some alignment. */
export function linkedIndexes(report: Report, side: Side): Set<number> {
  return new Set(report.alignments.flatMap((link) => link[side]))
}

/** Body sentences of one side that no alignment covers: what only that report says. */
export function onlyIn(report: Report, side: Side): Sentence[] {
  const linked = linkedIndexes(report, side)
  return report[side].sentences.filter((s) => s.role === 'body' && !linked.has(s.index))
}

/** "1 sentence", "9 sentences". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
