/**
 * Small readings of a report that the HTML and Markdown renderings share, so
 * both say the same thing about the same report.
 */
import type { DocumentResult, Equivalence, Report, ReportWarning, Sentence, SentenceRole, Severity, Span } from '../types'

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
function linkedIndexes(report: Report, side: Side): Set<number> {
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

/** One distinct equivalence (same two forms, same reason), where it first appears, and how often. */
interface EquivalenceGroup {
  readonly equivalence: Equivalence
  /** Index in `report.equivalences` of the first one. */
  readonly index: number
  readonly count: number
}

/** The equivalences once per distinct pair of forms: "23 độ = 23" ten times is one line, ×10. */
export function groupEquivalences(report: Report): EquivalenceGroup[] {
  const groups = new Map<string, { equivalence: Equivalence; index: number; count: number }>()
  report.equivalences.forEach((equivalence, index) => {
    const key = `${equivalence.a.text}\u0000${equivalence.b.text}\u0000${equivalence.reason}`
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { equivalence, index, count: 1 })
  })
  return [...groups.values()]
}

/** " ×3" after an entry seen three times; nothing after one seen once. */
export function times(count: number): string {
  return count > 1 ? ` ×${count}` : ''
}

/** What a reader calls each role; `related` is the teaser of another article. */
export const ROLE_NAMES: Readonly<Record<SentenceRole, string>> = {
  body: 'body',
  headline: 'headline',
  byline: 'byline',
  dateline: 'dateline',
  caption: 'caption',
  credit: 'credit',
  related: 'teaser',
  label: 'label',
}

/**
 * The role of the sentence a span lies in, when it is not body text: a fact
 * read off a headline, a teaser or a caption is not what the article reports
 * in its own words, and a reader weighs it differently.
 */
export function spanRole(report: Report, side: Side, span: Span | null): string | undefined {
  if (!span) return undefined
  const role = report[side].sentences[span.sentence]?.role
  return role === undefined || role === 'body' ? undefined : ROLE_NAMES[role]
}

/**
 * A warning's text. Reports saved as JSON before warnings had codes hold bare
 * strings; they still render.
 */
export function warningMessage(warning: ReportWarning | string): string {
  return typeof warning === 'string' ? warning : warning.message
}
