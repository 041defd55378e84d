/**
 * The index page of a folder of story reports (`corroborate stories --out DIR`):
 * one line per story with its reports, how many rows disagree and which outlets
 * stand alone, linking to the story's page. The HTML keeps toHtml()'s rules: no
 * script, nothing to load, a CSP forbidding both, every article string escaped.
 */
import type { Story } from '../types'
import { htmlPage } from './html-page'
import { escapeHtml as esc, escapeMarkdown as md } from './escape'
import { STORY_STYLE } from './story-html-style'
import { tableRows } from './story-common'

export interface StoryIndexEntry {
  /** 1-based, in the order the stories' first reports came in. */
  readonly number: number
  /** The page's file name, relative to the index. */
  readonly file: string
  /** A line to recognise the story by: its first report's title, else its first sentence. */
  readonly title: string
  readonly story: Story
}

interface Summary {
  readonly disagreements: number
  readonly outliers: string[]
}

function summary(story: Story): Summary {
  const rows = tableRows(story).filter((row) => row.status !== 'agree')
  const alone = new Set(rows.flatMap((row) => row.outliers))
  return { disagreements: rows.length, outliers: [...alone].sort((x, y) => x - y).map((o) => story.outlets[o]!) }
}

/** A title of at most `max` characters, cut at a word. */
export function shortTitle(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

export function storyIndexHtml(entries: readonly StoryIndexEntry[], title = `corroborate: ${entries.length} stories`): string {
  const rows = entries.map(({ number, file, title: line, story }) => {
    const { disagreements, outliers } = summary(story)
    return (
      `<tr><th scope="row"><a href="${esc(encodeURI(file))}">${number}</a></th><td><a href="${esc(encodeURI(file))}">${esc(line)}</a></td>` +
      `<td>${story.outlets.length}</td><td>${esc(story.outlets.join(', '))}</td><td>${disagreements}</td><td>${esc(outliers.join(', ')) || '—'}</td></tr>`
    )
  })
  const body = entries.length === 0
    ? '<p>No story of two or more reports.</p>'
    : `<div class="scroll"><table class="story"><thead><tr><th scope="col">#</th><th scope="col">story</th><th scope="col">reports</th><th scope="col">outlets</th><th scope="col">rows that disagree</th><th scope="col">outlets alone</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  return htmlPage({
    title,
    style: STORY_STYLE,
    main: `<header><h1>${esc(title)}</h1></header>${body}`,
    footer: 'Made by corroborate: stories grouped by the same-event dedup, each compared with compareMany().',
  })
}

export function storyIndexMarkdown(entries: readonly StoryIndexEntry[], title = `corroborate: ${entries.length} stories`): string {
  const lines = [`# ${md(title)}`, '']
  if (entries.length === 0) return [...lines, 'No story of two or more reports.', ''].join('\n')
  lines.push('| # | story | reports | outlets | rows that disagree | outlets alone |', '| --- | --- | --- | --- | --- | --- |')
  for (const { number, file, title: line, story } of entries) {
    const { disagreements, outliers } = summary(story)
    lines.push(`| ${number} | [${md(line)}](${encodeURI(file)}) | ${story.outlets.length} | ${md(story.outlets.join(', '))} | ${disagreements} | ${md(outliers.join(', ')) || '—'} |`)
  }
  return [...lines, ''].join('\n')
}
