/**
 * Hand-built reports for rendering tests: the renderers are pure functions of a
 * report, so a test can give them exactly the text, spans and links it needs.
 */
import type { Alignment, Divergence, DocumentResult, Equivalence, Report, ReportWarning, Sentence, Span } from '../../src'

/** Sentences joined by one space, with offsets into that joined text. */
export function doc(texts: readonly string[], source?: string, roles: Partial<Record<number, Sentence['role']>> = {}): DocumentResult {
  let start = 0
  const sentences = texts.map((text, index) => {
    const sentence: Sentence = { index, start, end: start + text.length, text, role: roles[index] ?? 'body' }
    start += text.length + 1
    return sentence
  })
  return { ...(source === undefined ? {} : { source }), language: 'vie', sentences }
}

/** The span of the first `text` in sentence `index`; throws if it is not there. */
export function span(document: DocumentResult, index: number, text: string): Span {
  const sentence = document.sentences[index]!
  const at = sentence.text.indexOf(text)
  if (at < 0) throw new Error(`"${text}" is not in sentence ${index}`)
  return { sentence: index, start: sentence.start + at, end: sentence.start + at + text.length, text }
}

export function report(a: DocumentResult, b: DocumentResult, parts: { alignments?: Alignment[]; divergences?: Divergence[]; equivalences?: Equivalence[]; warnings?: ReportWarning[] } = {}): Report {
  return {
    schemaVersion: 1,
    a,
    b,
    alignments: parts.alignments ?? [],
    overlap: { a: 0.5, b: 0.25, score: 0.333333, lexical: 0.4 },
    divergences: parts.divergences ?? [],
    candidates: [],
    equivalences: parts.equivalences ?? [],
    warnings: parts.warnings ?? [],
  }
}

/** Both articles state `text`; A and B disagree on it, and one more sentence is only in A. */
export function hostileReport(text: string): Report {
  const a = doc([`Mở đầu ${text} kết thúc.`, `Chỉ bên A: ${text}`], `A ${text}`)
  const b = doc([`Mở đầu ${text} kết thúc khác.`], `B ${text}`)
  return report(a, b, {
    alignments: [{ a: [0], b: [0], similarity: 0.9, role: 'body' }],
    divergences: [{ kind: 'name', severity: 'high', a: span(a, 0, text), b: span(b, 0, text), message: `A says ${text}`, confidence: 1, evidence: [], role: 'body' }],
    equivalences: [{ a: span(a, 1, text), b: span(b, 0, text), reason: `reason ${text}` }],
    warnings: [{ code: 'different-events', message: `warning ${text}` }],
  })
}
