/**
 * Highlights inside one sentence for the HTML report. Divergence, equivalence and
 * word-difference ranges come from different stages and may overlap or nest, so
 * the sentence is cut at every boundary into non-overlapping pieces and each piece
 * is wrapped in the marks that cover it.
 */
import { escapeHtml } from './escape'

/** A highlighted range of a sentence, in offsets local to the sentence's text. */
export interface Mark {
  readonly start: number
  readonly end: number
  /** `fact` marks (divergences, equivalences) wrap `word` marks, never the reverse. */
  readonly layer: 'fact' | 'word'
  readonly className: string
  readonly title?: string
  /** Put on the first piece only: an id must be unique, and a jump lands at the start. */
  readonly id?: string
}

/** Sorted, de-duplicated cut points of the marks, clipped to [from, to]. */
function cuts(marks: readonly Mark[], from: number, to: number): number[] {
  const points = new Set([from, to])
  for (const m of marks) for (const p of [m.start, m.end]) if (p > from && p < to) points.add(p)
  return [...points].sort((x, y) => x - y)
}

function covering(marks: readonly Mark[], start: number, end: number): Mark[] {
  // Outer marks first: earlier start, then longer, so nesting follows the ranges.
  return marks.filter((m) => m.start <= start && m.end >= end).sort((x, y) => x.start - y.start || y.end - x.end)
}

function open(mark: Mark, first: boolean, tag: string): string {
  const id = first && mark.id ? ` id="${escapeHtml(mark.id)}"` : ''
  const title = mark.title ? ` title="${escapeHtml(mark.title)}"` : ''
  return `<${tag}${id} class="${escapeHtml(mark.className)}"${title}>`
}

/** Wrap [start, end) of `text` in the marks of one layer, recursing into the inner layer. */
function renderLayer(text: string, marks: readonly Mark[], start: number, end: number, layer: Mark['layer']): string {
  const own = marks.filter((m) => m.layer === layer)
  const points = cuts(own, start, end)
  let html = ''
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k]!, points[k + 1]!]
    const inner = layer === 'fact' ? renderLayer(text, marks, from, to, 'word') : escapeHtml(text.slice(from, to))
    const tag = layer === 'fact' ? 'mark' : 'span'
    html += covering(own, from, to).reduceRight((content, m) => `${open(m, m.start === from, tag)}${content}</${tag}>`, inner)
  }
  return html
}

/** The sentence as escaped HTML with its marks; marks outside the text are clipped or dropped. */
export function renderMarked(text: string, marks: readonly Mark[]): string {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.start < m.end)
  return renderLayer(text, valid, 0, text.length, 'fact')
}
