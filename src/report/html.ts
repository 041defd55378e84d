/**
 * The report as one self-contained HTML page: the two articles side by side in
 * aligned rows, word differences inside each linked pair, divergences listed by
 * severity with jump links to their highlighted spans. No script, no external
 * resource, and a Content-Security-Policy that would block both anyway: a report
 * is built from scraped text and must be safe to open.
 */
import type { Alignment, Equivalence, Report, Sentence, Span } from '../types'
import { SEVERITIES, type Side, SIDES, bodyCount, count, groupEquivalences, label, percent, ROLE_NAMES, spanRole, times, warningMessage } from './common'
import { htmlPage } from './html-page'
import { escapeHtml as esc } from './escape'
import { functionWords } from '../normalize/function-words'
import { type Mark, renderMarked } from './highlight'
import { STYLE } from './html-style'
import { type Range, firstWordKey, occurrences, wordKeys, wordMarks } from './word-marks'

export interface HtmlOptions {
  /**
   * The page title.
   * @default 'corroborate: <source A> ↔ <source B>'
   */
  readonly title?: string
  /**
   * Inside each linked sentence pair, highlight the words only one side says,
   * and mute the format-only differences (with their reason as a tooltip).
   * @default true
   */
  readonly wordDiff?: boolean
}

/** ISO 639-3 codes the segmenter reports → BCP 47 tags for the `lang` attribute. */
const LANG: Readonly<Record<string, string>> = { vie: 'vi', eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ind: 'id', tha: 'th', kor: 'ko', jpn: 'ja', cmn: 'zh' }

type Marks = Map<number, Mark[]>

function addMark(marks: Marks, sentence: number, mark: Mark): void {
  const list = marks.get(sentence)
  if (list) list.push(mark)
  else marks.set(sentence, [mark])
}

/** A span's offsets made local to its sentence (spans point into the original text). */
function local(report: Report, side: Side, span: Span): { start: number; end: number } | undefined {
  const sentence = report[side].sentences[span.sentence]
  if (!sentence) return undefined
  return { start: span.start - sentence.start, end: span.end - sentence.start }
}

function sameSpan(x: Span, y: Span): boolean {
  return x.sentence === y.sentence && x.start === y.start && x.end === y.end
}

/** Divergence and equivalence highlights of one side, by sentence index. */
function factMarks(report: Report, side: Side): Marks {
  const marks: Marks = new Map()
  report.divergences.forEach((d, i) => {
    const title = `${d.kind} (${d.severity}): ${d.message}`
    const className = `hl k-${d.kind} sev-${d.severity}`
    const primary = d[side]
    const spans = [...(primary ? [primary] : []), ...(d.occurrences?.[side] ?? []).filter((s) => !primary || !sameSpan(s, primary))]
    for (const span of spans) {
      const at = local(report, side, span)
      const id = span === primary ? `d${i}-${side}` : undefined
      if (at) addMark(marks, span.sentence, { ...at, layer: 'fact', className, title, ...(id ? { id } : {}) })
    }
  })
  report.equivalences.forEach((e, i) => {
    const at = local(report, side, e[side])
    const title = formatTitle(e.reason, e.a.text, e.b.text)
    if (at) addMark(marks, e[side].sentence, { ...at, layer: 'fact', className: 'eq', title, id: `e${i}-${side}` })
  })
  return marks
}

/** What a format-only difference is, for its tooltip. */
function formatTitle(reason: string, a: string, b: string): string {
  return `format only (${reason}): “${a}” = “${b}”`
}

/**
 * Each distinct pair of forms, filed under the first word of its A form, so a
 * linked pair looks up only the forms its own words can start: the cost stays
 * linear in the document instead of links × equivalences.
 */
function formsByFirstWord(equivalences: readonly Equivalence[]): Map<string, Equivalence[]> {
  const seen = new Set<string>()
  const byWord = new Map<string, Equivalence[]>()
  for (const e of equivalences) {
    const key = `${e.a.text}\u0000${e.b.text}`
    if (seen.has(key)) continue
    seen.add(key)
    const word = firstWordKey(e.a.text)
    const list = byWord.get(word)
    if (list) list.push(e)
    else byWord.set(word, [e])
  }
  return byWord
}

/** The forms whose A form may stand in `text`: filed under one of its words, or under no word at all. */
function formsIn(forms: ReadonlyMap<string, readonly Equivalence[]>, text: string): Equivalence[] {
  const keys = new Set(['', ...wordKeys(text)])
  return [...keys].flatMap((key) => forms.get(key) ?? [])
}

/** Sentences of one side of a link, each with its offset in the side's joined text. */
function joinedSide(report: Report, side: Side, link: Alignment): { text: string; parts: { sentence: Sentence; offset: number }[] } | undefined {
  const parts: { sentence: Sentence; offset: number }[] = []
  let offset = 0
  for (const i of link[side]) {
    const sentence = report[side].sentences[i]
    if (!sentence) return undefined
    parts.push({ sentence, offset })
    offset += sentence.text.length + 1
  }
  return { text: parts.map((p) => p.sentence.text).join(' '), parts }
}

/**
 * Word highlights of every linked pair, added to each side's marks: words only
 * one side says, and — muted, with their reason — every place an equivalence's
 * two forms face each other and every word the other side spells another way.
 */
function addWordMarks(report: Report, marks: Record<Side, Marks>): void {
  const functionWordsOf = { a: functionWords(report.a.language), b: functionWords(report.b.language) }
  const forms = formsByFirstWord(report.equivalences)
  for (const link of report.alignments) {
    const joined = { a: joinedSide(report, 'a', link), b: joinedSide(report, 'b', link) }
    if (!joined.a || !joined.b) continue
    const sides = { a: joined.a, b: joined.b }
    const format: Record<Side, { range: Range; title: string }[]> = { a: [], b: [] }
    for (const e of formsIn(forms, sides.a.text)) {
      const at = { a: occurrences(sides.a.text, e.a.text), b: occurrences(sides.b.text, e.b.text) }
      if (at.a.length === 0 || at.b.length === 0) continue
      for (const side of SIDES) for (const range of at[side]) format[side].push({ range, title: formatTitle(e.reason, e.a.text, e.b.text) })
    }
    // Facts already marked in these sentences, in joined offsets: a word inside one needs no second mark.
    const blocked = (side: Side): Range[] => [
      ...format[side].map((f) => f.range),
      ...sides[side].parts.flatMap(({ sentence, offset }) => (marks[side].get(sentence.index) ?? []).map((m): Range => [m.start + offset, m.end + offset])),
    ]
    const words = wordMarks(sides.a.text, sides.b.text, functionWordsOf, { a: blocked('a'), b: blocked('b') })
    for (const side of SIDES) {
      const other = side === 'a' ? 'b' : 'a'
      const ranges = [
        ...format[side].map(({ range, title }) => ({ range, className: 'fmt', title })),
        ...words[side].respelled.map(({ range, other: spelling }) => {
          const own = sides[side].text.slice(range[0], range[1])
          const [a, b] = side === 'a' ? [own, spelling] : [spelling, own]
          return { range, className: 'fmt', title: formatTitle('spelling', a, b) }
        }),
        ...words[side].differing.map((range) => ({ range, className: 'wd', title: `not in ${other.toUpperCase()}` })),
      ]
      for (const { sentence, offset } of sides[side].parts) {
        for (const { range, className, title } of ranges) {
          const start = Math.max(range[0] - offset, 0)
          const end = Math.min(range[1] - offset, sentence.text.length)
          if (start < end) addMark(marks[side], sentence.index, { start, end, layer: 'word', className, title })
        }
      }
    }
  }
}

type Row = { readonly kind: 'link'; readonly index: number; readonly link: Alignment } | { readonly kind: 'single'; readonly side: Side; readonly sentence: Sentence }

/**
 * Rows in A's order; each sentence only in B goes right after the row of the
 * nearest linked B sentence before it, so both articles read top to bottom.
 */
function layoutRows(report: Report): Row[] {
  const linkOf = (side: Side): Map<number, number> => new Map(report.alignments.flatMap((link, i) => link[side].map((s) => [s, i] as const)))
  const [linkOfA, linkOfB] = [linkOf('a'), linkOf('b')]
  const lead: Row[] = []
  const after = new Map<number, Row[]>()
  let anchor: number | undefined
  for (const sentence of report.b.sentences) {
    const link = linkOfB.get(sentence.index)
    if (link !== undefined) anchor = link
    else if (anchor === undefined) lead.push({ kind: 'single', side: 'b', sentence })
    else after.set(anchor, [...(after.get(anchor) ?? []), { kind: 'single', side: 'b', sentence }])
  }
  const rows: Row[] = [...lead]
  const placed = new Set<number>()
  for (const sentence of report.a.sentences) {
    const index = linkOfA.get(sentence.index)
    if (index === undefined) rows.push({ kind: 'single', side: 'a', sentence })
    else if (!placed.has(index)) {
      placed.add(index)
      rows.push({ kind: 'link', index, link: report.alignments[index]! }, ...(after.get(index) ?? []))
    }
  }
  return rows
}

function sentenceHtml(side: Side, s: Sentence, marks: Marks, tag = ''): string {
  const role = s.role === 'body' ? '' : `<span class="tag">${esc(ROLE_NAMES[s.role] ?? s.role)}</span> `
  return `<p class="s role-${esc(s.role)}" id="${side}${s.index}"><span class="sid">${side.toUpperCase()}${s.index}</span> ${tag}${role}${renderMarked(s.text, marks.get(s.index) ?? [])}</p>`
}

function cell(report: Report, side: Side, content: string): string {
  const lang = LANG[report[side].language]
  return `<div class="cell side-${side}"${lang ? ` lang="${lang}"` : ''}>${content}</div>`
}

function rowHtml(report: Report, row: Row, marks: Record<Side, Marks>): string {
  if (row.kind === 'link') {
    const { link, index } = row
    const name = `A${link.a.join('+')} ↔ B${link.b.join('+')}`
    const side = (s: Side): string => cell(report, s, link[s].map((i) => report[s].sentences[i]).filter((x) => x !== undefined).map((x) => sentenceHtml(s, x, marks[s])).join(''))
    return `<div class="row link" id="l${index}"><div class="meta"><a href="#l${index}">${name}</a> similarity ${link.similarity.toFixed(2)}</div>${side('a')}${side('b')}</div>`
  }
  const { side, sentence } = row
  const body = sentence.role === 'body'
  const tag = body ? `<span class="tag only">only in ${side.toUpperCase()}</span> ` : ''
  const content = cell(report, side, sentenceHtml(side, sentence, marks[side], tag))
  const empty = '<div class="cell empty"></div>'
  // A headline is what the article says first and loudest: set it as one, not greyed with the boilerplate.
  const kind = body ? `only only-${side}` : sentence.role === 'headline' ? 'headline' : 'boiler'
  return `<div class="row ${kind}">${side === 'a' ? content + empty : empty + content}</div>`
}

function bar(y: number, name: string, value: number): string {
  const width = Math.round(value * 220)
  return (
    `<text x="0" y="${y + 11}">${esc(name)}</text><rect x="70" y="${y}" width="220" height="14" rx="3" class="track"/>` +
    `<rect x="70" y="${y}" width="${width}" height="14" rx="3" class="fill"/><text x="298" y="${y + 11}">${percent(value)}</text>`
  )
}

function overlapSvg(report: Report): string {
  const { a, b, score } = report.overlap
  const text = `Overlap ${percent(score)}: A covered ${percent(a)}, B covered ${percent(b)}`
  return `<svg class="bars" viewBox="0 0 330 62" width="330" height="62" role="img" aria-label="${text}"><title>${text}</title>${bar(0, 'overlap', score)}${bar(22, 'A covered', a)}${bar(44, 'B covered', b)}</svg>`
}

function header(report: Report, title: string): string {
  const source = (side: Side): string => {
    const doc = report[side]
    return `<tr><th scope="row">${side.toUpperCase()}</th><td>${esc(label(report, side))}</td><td>${esc(doc.language)}</td><td>${bodyCount(doc)} of ${doc.sentences.length}</td></tr>`
  }
  const warnings = report.warnings.map((w) => `<p class="warning" role="note">${esc(warningMessage(w))}</p>`).join('')
  return (
    `<header><h1>${esc(title)}</h1><div class="summary"><table class="sources"><thead><tr><th></th><th>source</th><th>language</th><th>body sentences</th></tr></thead><tbody>${source('a')}${source('b')}</tbody></table>` +
    `${overlapSvg(report)}</div><p>${count(report.alignments.length, 'linked sentence group')} · ${count(report.divergences.length, 'divergence')} · ${count(groupEquivalences(report).length, 'equivalence')}</p>${warnings}</header>`
  )
}

function spanLink(report: Report, span: Span | null, side: Side, id: string): string {
  const letter = side.toUpperCase()
  if (!span) return `<span class="none">not in ${letter}</span>`
  const role = spanRole(report, side, span)
  return `<a href="#${id}">${letter}: <q>${esc(span.text)}</q></a>${role ? ` <span class="tag">${esc(role)}</span>` : ''}`
}

function divergenceList(report: Report): string {
  const groups = SEVERITIES.map((severity) => {
    const items = report.divergences.flatMap((d, i) => (d.severity === severity ? [{ d, i }] : []))
    if (items.length === 0) return ''
    const list = items.map(({ d, i }) => {
      const links = SIDES.map((side) => spanLink(report, d[side], side, `d${i}-${side}`)).join(' <span aria-hidden="true">↔</span> ')
      return `<li id="d${i}" class="k-${esc(d.kind)}"><span class="kind sev-${severity}">${esc(d.kind)}</span> ${links}<br><span class="msg">${esc(d.message)}</span></li>`
    })
    return `<h3 class="sev-${severity}">${severity} (${items.length})</h3><ul class="divs">${list.join('')}</ul>`
  })
  const empty = report.divergences.length === 0 ? '<p>None.</p>' : ''
  return `<section id="divergences" aria-labelledby="divergences-h"><h2 id="divergences-h">Divergences (${report.divergences.length})</h2>${empty}${groups.join('')}</section>`
}

function equivalenceList(report: Report): string {
  const groups = groupEquivalences(report)
  const items = groups.map(
    ({ equivalence: e, index: i, count }) =>
      `<li>${spanLink(report, e.a, 'a', `e${i}-a`)} = ${spanLink(report, e.b, 'b', `e${i}-b`)} <span class="reason">${esc(e.reason)}${times(count)}</span></li>`,
  )
  return `<details id="equivalences"><summary>Same fact, different form (${groups.length})</summary><ul class="eqs">${items.join('')}</ul></details>`
}

const LEGEND =
  '<p class="legend"><mark class="hl sev-medium">divergence</mark> <span class="wd">word the other sentence does not say</span> ' +
  '<span class="fmt">same words, other form (hover for why)</span> <span class="tag only">only in A/B</span> <span class="boiler-sample">boilerplate</span></p>'

function articles(report: Report, options: HtmlOptions): string {
  const marks = { a: factMarks(report, 'a'), b: factMarks(report, 'b') }
  if (options.wordDiff !== false) addWordMarks(report, marks)
  const heads = SIDES.map((side) => `<div class="cell">${side.toUpperCase()}: ${esc(label(report, side))}</div>`).join('')
  const rows = layoutRows(report).map((row) => rowHtml(report, row, marks))
  return `<section id="articles" aria-labelledby="articles-h"><h2 id="articles-h">Side by side</h2>${LEGEND}<div class="row heads" aria-hidden="true">${heads}</div>${rows.join('')}</section>`
}

export function toHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? `corroborate: ${label(report, 'a')} ↔ ${label(report, 'b')}`
  const nav = `<nav aria-label="Sections"><a href="#divergences">Divergences</a> <a href="#equivalences">Same fact, different form</a> <a href="#articles">Side by side</a></nav>`
  return htmlPage({
    title,
    style: STYLE,
    main: `${header(report, title)}${nav}${divergenceList(report)}${equivalenceList(report)}${articles(report, options)}`,
    footer: 'Made by corroborate. Word differences are computed inside linked sentences only.',
  })
}
