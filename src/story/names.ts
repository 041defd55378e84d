/**
 * Names spelled more than one way across the outlets: each spelling an outlet
 * uses is a node, each name variant compare() reported for a pair an edge;
 * a connected set is one entity, its spellings grouped by exact (NFC) form.
 */
import type { PairFinding, Reading, Span, StoryName } from '../types'
import type { PairReport } from './pairs'
import { type DifferEdge, type RowStats, type SlotNode, buildRows } from './rows'

class SpellingNodes {
  readonly nodes: SlotNode[] = []
  private readonly ids = new Map<string, number>()

  node(outlet: number, span: Span, occurrences: readonly Span[]): number {
    const key = span.text.normalize('NFC')
    const id = `${outlet}\u0000${key}`
    let node = this.ids.get(id)
    if (node === undefined) {
      node = this.nodes.push({ outlet, spans: [], key, text: span.text }) - 1
      this.ids.set(id, node)
    }
    const spans = this.nodes[node]!.spans
    for (const occurrence of [span, ...occurrences]) {
      if (occurrence.text.normalize('NFC') !== key) continue
      if (!spans.some((s) => s.start === occurrence.start && s.end === occurrence.end)) spans.push(occurrence)
    }
    return node
  }
}

/** Each outlet's sentences as one NFC text, read off the first pair it is in. */
function outletTexts(pairs: readonly PairReport[], outletCount: number): string[] {
  const texts: (string | undefined)[] = Array.from({ length: outletCount }, () => undefined)
  for (const { i, j, report } of pairs) {
    texts[i] ??= report.a.sentences.map((s) => s.text).join('\n').normalize('NFC')
    texts[j] ??= report.b.sentences.map((s) => s.text).join('\n').normalize('NFC')
  }
  return texts.map((text) => text ?? '')
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

/** Whether `text` holds `spelling` as whole words (no letter, mark or digit right before or after). */
function writes(text: string, spelling: string): boolean {
  const form = spelling.normalize('NFC')
  if (form === '') return false
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ''
    const after = text[at + form.length] ?? ''
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true
  }
  return false
}

/**
 * An outlet stands alone only if no other outlet writes its spelling anywhere: a report
 * that spells a name two ways (Sergei Mikhalov, Sergai Mikhailov) is paired by compare()
 * with one that writes one of them, and the second report would look alone in a
 * spelling the first also uses.
 */
function aloneIn(spellings: readonly Reading[], outlet: number, texts: readonly string[]): boolean {
  const own = spellings.filter((r) => r.outlets.includes(outlet)).flatMap((r) => r.forms)
  return !texts.some((text, other) => other !== outlet && own.some((form) => writes(text, form)))
}

export function buildNames(pairs: readonly PairReport[], outletCount: number, stats?: RowStats): StoryName[] {
  const table = new SpellingNodes()
  const differ: DifferEdge[] = []
  for (const { i, j, report } of pairs) {
    for (const d of report.divergences) {
      if (d.kind !== 'name' || !d.a || !d.b) continue
      const x = table.node(i, d.a, d.occurrences?.a ?? [])
      const y = table.node(j, d.b, d.occurrences?.b ?? [])
      const variant: PairFinding = { outlets: [i, j], a: d.a, b: d.b, confidence: d.confidence }
      differ.push({ x, y, finding: variant })
    }
  }
  const rows = buildRows(table.nodes, { same: [] }, differ, outletCount, stats)
  const texts = rows.some((row) => row.outliers.length > 0) ? outletTexts(pairs, outletCount) : []
  return rows.map(({ cells, readings, status, majority, outliers, silent, findings }) => ({
    cells,
    spellings: readings,
    status,
    majority,
    outliers: outliers.filter((outlet) => aloneIn(readings, outlet, texts)),
    silent,
    variants: findings,
  }))
}
