/**
 * fromHtml(): an HTML page → an Article whose text is the page's article (headline,
 * byline, standfirst, paragraphs, captions, related links) and whose `roles` say what
 * the markup states each block is, so that compare() need not guess them.
 *
 * Readability (Firefox's reader view) finds the article and its metadata; linkedom is
 * the DOM it runs on (a fraction of jsdom's weight, enough for Readability).
 */
import { Readability } from '@mozilla/readability'
import { DOMParser } from 'linkedom'
import { CorroborateError, describe } from '../errors'
import type { FromHtmlOptions, HtmlArticle, HtmlMapping, SentenceRole, StatedRole } from '../types'
import { type DomDocument, type DomElement, collapseSpace } from './dom'
import { type TextBlock, textBlocks } from './blocks'
import { markupRole } from './markup-roles'
import { type ElementRange, POSITION_ATTRIBUTE, type PageOutline, enclosing, markSourcePositions, outline, sourceRange } from './source-positions'

const DEFAULT_MAX_LENGTH = 20_000_000
// 130 pages of Readability's suite nest at most 38 deep; at 300 Readability already takes seconds.
const MAX_DEPTH = 200
// A standfirst is a sentence or a short paragraph; anything longer under such a class is a container.
const LEAD_CHARS: readonly [number, number] = [40, 1500]

interface Marked {
  readonly text: string
  readonly html: readonly [number, number] | null
}

interface Prescan {
  readonly headings: readonly Marked[]
  readonly titleElement: Marked | null
  readonly bylines: readonly Marked[]
  readonly leads: readonly Marked[]
  /** Blocks of related-links elements (outermost ones), which Readability drops as unlikely content. */
  readonly related: readonly (readonly TextBlock[])[]
}

function readOptions(options: unknown): Required<Pick<FromHtmlOptions, 'maxLength'>> & FromHtmlOptions {
  if (options === undefined) return { maxLength: DEFAULT_MAX_LENGTH }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options', expected: 'an object { url?, source?, maxLength? } or undefined', received: describe(options) }])
  }
  const { url, source, maxLength } = options as FromHtmlOptions
  for (const [name, value] of [['url', url], ['source', source]] as const) {
    if (value !== undefined && typeof value !== 'string') {
      throw new CorroborateError('E_OPTION', [{ path: `options.${name}`, expected: 'a string or undefined', received: describe(value) }])
    }
  }
  if (url !== undefined && !URL.canParse(url)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options.url', expected: 'an absolute URL', received: describe(url) }])
  }
  if (maxLength !== undefined && (typeof maxLength !== 'number' || !Number.isSafeInteger(maxLength) || maxLength < 0)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options.maxLength', expected: 'a non-negative whole number', received: describe(maxLength) }])
  }
  return { ...(options as FromHtmlOptions), maxLength: maxLength ?? DEFAULT_MAX_LENGTH }
}

function marked(element: DomElement): Marked {
  return { text: collapseSpace(element.textContent ?? '').trim(), html: sourceRange(element.getAttribute(POSITION_ATTRIBUTE)) }
}

/** What must be read before Readability rearranges the page: headings, bylines and standfirsts with their places. */
function prescan(document: DomDocument): Prescan {
  const all = document.querySelectorAll('h1, title, [class], [id], [itemprop], [rel], [data-role]')
  const headings: Marked[] = []
  const bylines: Marked[] = []
  const leads: Marked[] = []
  const related: TextBlock[][] = []
  let relatedEnd = -1
  let titleElement: Marked | null = null
  for (let i = 0; i < all.length; i++) {
    const element = all[i]!
    const tag = element.tagName.toLowerCase()
    if (tag === 'title') {
      titleElement ??= marked(element)
      continue
    }
    const role = markupRole(element, false)
    if (role === 'headline') headings.push(marked(element))
    else if (role === 'byline') bylines.push(marked(element))
    else if (role === 'related') {
      const range = sourceRange(element.getAttribute(POSITION_ATTRIBUTE))
      if (!range || range[0] < relatedEnd) continue
      relatedEnd = range[1]
      related.push(textBlocks(element))
    } else if (role === 'lead') {
      const lead = marked(element)
      if (lead.text.length >= LEAD_CHARS[0] && lead.text.length <= LEAD_CHARS[1]) leads.push(lead)
    }
  }
  return { headings, titleElement, bylines, leads, related }
}

/** The element whose text is `text` (or holds it, or is held by it), among `candidates`. */
function placeOf(text: string, candidates: readonly Marked[]): Marked['html'] {
  const exact = candidates.find((candidate) => candidate.text === text)
  const near = exact ?? candidates.find((candidate) => candidate.text.length > 0 && (candidate.text.includes(text) || text.includes(candidate.text)))
  return near?.html ?? null
}

/**
 * The standfirst (sapo, dek) that Readability left out of the body it picked: an element
 * marked as one that stands in the page between the headline and the body. Summaries
 * elsewhere (teasers of other stories, the site's description) are not this report's.
 */
function standfirst(leads: readonly Marked[], headline: readonly [number, number], content: readonly TextBlock[]): Marked | undefined {
  const bodyStart = content.reduce((first, block) => (block.html ? Math.min(first, block.html[0]) : first), Infinity)
  if (bodyStart === Infinity) return undefined
  const contentText = collapseSpace(content.map((block) => block.text).join(' '))
  return leads.find(({ html, text }) => html !== null && html[0] >= headline[1] && html[1] <= bodyStart && !contentText.includes(text))
}

/**
 * The related-links blocks that belong to the article, placed where they stand in the
 * page: those inside the element that holds its body after the body's start (Thanh Niên's
 * box), and the first one after the body in the element around that (Ngày Nay's list
 * under the article). Boxes elsewhere on the page (most read, trending) are not this report's.
 */
function withRelated(content: readonly TextBlock[], related: Prescan['related'], ranges: readonly ElementRange[]): TextBlock[] {
  const placed = content.flatMap((block) => (block.html ? [block.html] : []))
  if (placed.length === 0 || related.length === 0) return [...content]
  const bodyStart = placed.reduce((first, range) => Math.min(first, range[0]), Infinity)
  const bodyEnd = placed.reduce((last, range) => Math.max(last, range[1]), -Infinity)
  const { inner, outer } = enclosing(ranges, bodyStart, bodyEnd)
  if (!inner) return [...content]
  // Exact block texts, not substrings: a page of many boxes must not cost boxes × body length.
  const seen = new Set(content.map((block) => block.text))
  const out = [...content]
  let tookOneAfter = false
  for (const blocks of related) {
    const start = blocks[0]?.html?.[0]
    if (start === undefined || start < bodyStart) continue
    const insideBody = start < inner.end
    const justAfter: boolean = !insideBody && !tookOneAfter && outer !== null && start >= bodyEnd && start < outer.end
    if (!insideBody && !justAfter) continue
    const fresh = blocks.filter((block) => !seen.has(block.text))
    if (fresh.length === 0) continue
    tookOneAfter ||= justAfter
    for (const block of fresh) seen.add(block.text)
    const at = out.findIndex((block) => block.html !== null && block.html[0] > start)
    out.splice(at === -1 ? out.length : at, 0, ...fresh)
  }
  return out
}

const PAGE_START = '<html><body>'
const wrapped = (html: string): string => `${PAGE_START}${html}</body></html>`
const isFragment = (ranges: readonly ElementRange[]): boolean => !ranges.some((range) => range.name === 'html')

/**
 * The markup linkedom is to parse (a fragment is set inside a page: linkedom would make its
 * first element the root), and its element ranges in `html`'s offsets.
 */
function pageOutline(html: string): PageOutline & { readonly markup: string } {
  const own = outline(html, MAX_DEPTH)
  if (!isFragment(own.ranges)) return { ...own, markup: html }
  const markup = wrapped(html)
  const page = outline(markup, MAX_DEPTH)
  const shift = (at: number): number => Math.min(html.length, Math.max(0, at - PAGE_START.length))
  return { ranges: page.ranges.map((range) => ({ ...range, start: shift(range.start), end: shift(range.end) })), depth: page.depth, markup }
}

function isoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function statedRole(block: TextBlock): SentenceRole {
  return block.role === null || block.role === 'lead' ? 'body' : block.role
}

function siteOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : new URL(url).host || undefined
}

/**
 * Extract the article of an HTML page: its text (headline, byline, standfirst, then the
 * article's blocks, one paragraph each, separated by blank lines), its metadata, the roles
 * the markup states, and where each block came from in the page.
 */
export function fromHtml(html: string, options?: FromHtmlOptions): HtmlArticle {
  const resolved = readOptions(options)
  if (typeof html !== 'string') throw new CorroborateError('E_INPUT', [{ path: 'html', expected: 'a string of HTML', received: describe(html) }])
  if (html.length > resolved.maxLength) {
    throw new CorroborateError('E_TOO_LARGE', [{ path: 'html', expected: `at most ${resolved.maxLength} UTF-16 code units (options.maxLength)`, received: `${html.length}` }])
  }
  const { ranges, depth, markup } = pageOutline(html)
  // linkedom and Readability recurse over the tree: a hostile page nested thousands deep
  // would take minutes and then overflow the stack.
  if (depth > MAX_DEPTH) {
    throw new CorroborateError('E_INPUT', [{ path: 'html', expected: `elements nested at most ${MAX_DEPTH} deep`, received: `elements nested deeper` }])
  }
  const document = new DOMParser().parseFromString(markup, 'text/html') as unknown as DomDocument
  markSourcePositions(document, ranges)
  const before = prescan(document)
  const parsed = new Readability(document as never, { keepClasses: true, serializer: (node) => node as unknown as DomElement }).parse()

  const blocks: TextBlock[] = []
  // A page without <title> still has its headline in <h1>.
  const title = collapseSpace(parsed?.title ?? '').trim() || (before.headings[0]?.text ?? '')
  const headline = title ? placeOf(title, before.headings) : null
  if (title) blocks.push({ text: title, role: 'headline', html: headline ?? before.titleElement?.html ?? null })
  const byline = collapseSpace(parsed?.byline ?? '').trim()
  if (byline) blocks.push({ text: byline, role: 'byline', html: placeOf(byline, before.bylines) })
  const content = parsed?.content ? withRelated(textBlocks(parsed.content), before.related, ranges) : []
  const lead = headline ? standfirst(before.leads, headline, content) : undefined
  if (lead) blocks.push({ text: lead.text, role: 'lead', html: lead.html })
  for (const block of content) {
    if (block.text === title && blocks.length > 0) continue
    blocks.push(block)
  }

  const parts: string[] = []
  const roles: StatedRole[] = []
  const htmlMap: HtmlMapping[] = []
  let length = 0
  for (const block of blocks) {
    if (parts.length > 0) length += 2
    const start = length
    const end = start + block.text.length
    parts.push(block.text)
    roles.push({ start, end, role: statedRole(block) })
    htmlMap.push({ start, end, htmlStart: block.html?.[0] ?? null, htmlEnd: block.html?.[1] ?? null })
    length = end
  }
  const published = isoTime(parsed?.publishedTime)
  const source = resolved.source ?? (parsed?.siteName ? collapseSpace(parsed.siteName).trim() : undefined) ?? siteOf(resolved.url)
  return {
    text: parts.join('\n\n'),
    ...(source ? { source } : {}),
    ...(resolved.url === undefined ? {} : { url: resolved.url }),
    ...(published === undefined ? {} : { published }),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    roles,
    htmlMap,
  }
}
