/**
 * The story report as one self-contained HTML page: a table with one row per
 * fact or name and one column per outlet, disagreements and outliers
 * highlighted, each cell linking to the sentence in that outlet's text shown
 * below. The same safety rules as toHtml(): no script, nothing to load, a
 * Content-Security-Policy forbidding both, every article string escaped.
 */
import type { Span, Story } from '../types'
import { htmlPage } from './html-page'
import { escapeHtml as esc } from './escape'
import { STORY_STYLE } from './story-html-style'
import { type TableRow, outletList, percent, readingOf, readingText, tableRows } from './story-common'

export interface StoryHtmlOptions {
  /**
   * The page title.
   * @default 'corroborate: story of N reports'
   */
  readonly title?: string
}

const sentenceId = (outlet: number, sentence: number): string => `o${outlet}-s${sentence}`

/** A cell's class: how its outlet stands in the row. */
function cellClass(row: TableRow, outlet: number): string {
  const reading = readingOf(row, outlet)
  if (reading < 0) return 'silent'
  if (row.outliers.includes(outlet)) return 'outlier'
  if (row.status === 'agree') return 'agree'
  if (row.status === 'split') return 'split'
  return reading === row.majority ? 'majority' : 'minority'
}

function cellHtml(row: TableRow, outlet: number): string {
  const spans = row.cells[outlet]!
  const className = cellClass(row, outlet)
  if (spans.length === 0) return `<td class="silent"><span class="none">—</span></td>`
  // One link per distinct form, to its first place: a name used five times is one entry, ×5.
  const forms = new Map<string, { span: Span; count: number }>()
  for (const span of spans) {
    const form = forms.get(span.text)
    if (form) form.count++
    else forms.set(span.text, { span, count: 1 })
  }
  const links = [...forms.values()]
    .map(({ span, count }) => `<a href="#${sentenceId(outlet, span.sentence)}">${esc(span.text)}</a>${count > 1 ? ` <span class="times">×${count}</span>` : ''}`)
    .join('<br>')
  const note = className === 'outlier' ? ' <span class="tag">outlier</span>' : ''
  return `<td class="${className}" data-outlet="${outlet}">${links}${note}</td>`
}

function table(story: Story): string {
  const rows = tableRows(story)
  if (rows.length === 0) return '<section id="table" aria-labelledby="table-h"><h2 id="table-h">Facts and names</h2><p>No fact or name that two outlets state differently.</p></section>'
  const heads = story.outlets.map((o, i) => `<th scope="col"><a href="#o${i}">${esc(o)}</a></th>`).join('')
  const body = rows.map((row) => {
    const readings = row.readings.map((r) => `<li>“${esc(readingText(r))}”: ${esc(outletList(story, r.outlets))}</li>`).join('')
    const where = row.statement === null ? '' : ` <span class="where">statement ${row.statement}</span>`
    return (
      `<tr class="st-${row.status}"><th scope="row"><span class="kind">${esc(row.kind)}</span> <span class="status">${row.status}</span>${where}<ul class="readings">${readings}</ul></th>` +
      `${story.outlets.map((_, o) => cellHtml(row, o)).join('')}</tr>`
    )
  })
  return `<section id="table" aria-labelledby="table-h"><h2 id="table-h">Facts and names</h2><div class="scroll"><table class="story"><thead><tr><th scope="col">slot</th>${heads}</tr></thead><tbody>${body.join('')}</tbody></table></div></section>`
}

function header(story: Story, title: string): string {
  const rows = story.outlets.map((outlet, o) => {
    const c = story.coverage[o]!
    return `<tr><th scope="row"><a href="#o${o}">${esc(outlet)}</a></th><td>${esc(story.documents[o]!.language)}</td><td>${c.statements} (${percent(c.share)})</td><td>${percent(c.shared)}</td></tr>`
  })
  const warnings = story.warnings.map((w) => `<p class="warning" role="note">${esc(outletList(story, w.outlets))}: ${esc(w.message)}</p>`).join('')
  return (
    `<header><h1>${esc(title)}</h1><table class="sources"><thead><tr><th>outlet</th><th>language</th><th>statements carried</th><th>body shared</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `<p>${story.statements.length} statements carried by two or more outlets · ${story.facts.length + story.names.length} table rows</p>${warnings}</header>`
  )
}

function uniqueList(story: Story): string {
  if (story.unique.facts.length === 0) return ''
  const items = story.unique.facts.map((f) => `<li>${esc(story.outlets[f.outlet]!)}: <a href="#${sentenceId(f.outlet, f.sentence)}">${esc(f.text)}</a> <span class="tag">${f.type}</span></li>`)
  return `<section id="unique" aria-labelledby="unique-h"><h2 id="unique-h">Facts only one outlet gives</h2><ul>${items.join('')}</ul></section>`
}

function overlapTable(story: Story): string {
  const heads = story.outlets.map((o) => `<th scope="col">${esc(o)}</th>`).join('')
  const rows = story.outlets.map((outlet, i) => {
    const cells = story.outlets.map((_, j) => (i === j ? '<td>—</td>' : `<td>${percent(story.overlap.score[i]![j]!)}</td>`)).join('')
    return `<tr><th scope="row">${esc(outlet)}</th>${cells}</tr>`
  })
  return `<details id="overlap"><summary>Overlap of every pair</summary><table class="matrix"><thead><tr><th></th>${heads}</tr></thead><tbody>${rows.join('')}</tbody></table></details>`
}

/** Marks of one outlet's spans, by sentence: what the table points at, classed by how the outlet stands. */
function marksOf(story: Story, outlet: number): Map<number, { span: Span; className: string }[]> {
  const marks = new Map<number, { span: Span; className: string }[]>()
  for (const row of tableRows(story)) {
    const className = cellClass(row, outlet)
    for (const span of row.cells[outlet]!) {
      const list = marks.get(span.sentence) ?? []
      list.push({ span, className })
      marks.set(span.sentence, list)
    }
  }
  return marks
}

function markedSentence(text: string, start: number, marks: readonly { span: Span; className: string }[]): string {
  let out = ''
  let at = 0
  for (const { span, className } of [...marks].sort((x, y) => x.span.start - y.span.start)) {
    const [from, to] = [span.start - start, span.end - start]
    if (from < at || to > text.length) continue // overlapping or stray: leave the text plain
    out += `${esc(text.slice(at, from))}<mark class="${className}">${esc(text.slice(from, to))}</mark>`
    at = to
  }
  return out + esc(text.slice(at))
}

function texts(story: Story): string {
  const sections = story.documents.map((doc, o) => {
    const marks = marksOf(story, o)
    const unshared = new Set(story.unique.sentences[o])
    const sentences = doc.sentences.map((s) => {
      const classes = [`role-${s.role}`, unshared.has(s.index) ? 'alone' : ''].filter(Boolean).join(' ')
      return `<span id="${sentenceId(o, s.index)}" class="${classes}">${markedSentence(s.text, s.start, marks.get(s.index) ?? [])}</span> `
    })
    return `<section id="o${o}" class="text" aria-label="${esc(story.outlets[o]!)}"><h3>${esc(story.outlets[o]!)}</h3><p>${sentences.join('')}</p></section>`
  })
  return `<section id="texts" aria-labelledby="texts-h"><h2 id="texts-h">The reports</h2>${sections.join('')}</section>`
}

export function storyToHtml(story: Story, options: StoryHtmlOptions = {}): string {
  const title = options.title ?? `corroborate: story of ${story.outlets.length} reports`
  return htmlPage({
    title,
    style: STORY_STYLE,
    main: `${header(story, title)}${table(story)}${uniqueList(story)}${overlapTable(story)}${texts(story)}`,
    footer: 'Made by corroborate. Every row is read off the pairwise comparisons: between two outlets it shows what compare() reports for them.',
  })
}
