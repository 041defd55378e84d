import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare, normalize, segment } from '../../src'
import type { Report } from '../../src/types'

// Review rdigits59 of digits58 (issue 11): every span must index the caller's string whatever stands beside a folded
// digit — astral characters (two units), combining marks, decomposed letters, a figure mixing scripts, marks ٫ ٬ ٪.
const PIECES = [
  '١٢', '٣٫٥٪', '١٢٬٥٠٠', '۱۳۹۸', '۴۵۶', '१२५०', '๒๕', '１２', '12', '3.5%', '4/6/2020', '٤/٦/٢٠٢٠', '١١:٥٩', '١9٥٩',
  '\u{1D7CF}\u{1D7D0}', '😀', '\u{20000}', '\u0301', '\u0651', '\u064b', '\u0640', 'e\u0302\u0301', 'ệ', 'Hòa', 'người',
  'ألف', 'ألفًا', 'مليون', 'فبراير', 'نحو', 'أكثر من', 'هزار', 'killed', 'people', 'thousand', 'ngày', 'ca',
  '၀န်', '၇', '༢', '،', ',', '.', '/', ':', ' ', ' ', '\n\n',
]
const piece = fc.constantFrom(...PIECES)
// Pieces mostly spaced (figures read as figures), sometimes glued (a digit run crossing a fold's edge)
const textOf = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '')), { minLength: 1, maxLength: 24 }).map((pieces) => pieces.map(([p, gap]) => p + gap).join(''))
// Sentences around the pieces, so the aligner links the two reports and pairs their figures
const reportOf = textOf.map((middle) => `Báo cáo cho biết ${middle} trong vụ việc.`)
/** The report in ASCII digits: its figures become number and date formats of the first's, each with a span. */
const asciiDigits = (text: string): string => text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/gu, (d) => {
  const code = d.charCodeAt(0)
  return String(code - (code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660))
})

type Span = { side: 'a' | 'b'; start: number; end: number; text: string }
const FIGURE_KINDS = new Set(['number', 'date', 'number-format', 'date-format'])

/** The spans of figures: each shows a digit and cuts no run of digits (a shifted offset would). */
function figureSpansOf(report: Report): Span[] {
  const out: Span[] = []
  for (const item of [...report.divergences, ...report.candidates, ...report.equivalences]) {
    if (!FIGURE_KINDS.has('kind' in item ? item.kind : item.reason)) continue
    if (item.a) out.push({ side: 'a', ...item.a })
    if (item.b) out.push({ side: 'b', ...item.b })
  }
  return out
}

function spansOf(report: Report): Span[] {
  const out: Span[] = []
  for (const item of [...report.divergences, ...report.candidates, ...report.equivalences]) {
    if (item.a) out.push({ side: 'a', ...item.a })
    if (item.b) out.push({ side: 'b', ...item.b })
  }
  for (const sentence of report.a.sentences) out.push({ side: 'a', ...sentence })
  for (const sentence of report.b.sentences) out.push({ side: 'b', ...sentence })
  return out
}

describe('offsets beside foreign digits index the caller’s string (property)', () => {
  it.each([
    ['NFC', (text: string) => text.normalize('NFC')],
    ['NFD', (text: string) => text.normalize('NFD')],
    ['as generated', (text: string) => text],
  ])('compare(): every span of %s input slices to its text', (_, form) => {
    fc.assert(
      fc.property(reportOf, reportOf, fc.boolean(), (rawA, rawOther, folded) => {
        const a = form(rawA)
        const b = form(folded ? asciiDigits(rawA) : rawOther)
        const texts = { a, b }
        const report = compare(a, b, { minConfidence: 0 })
        for (const span of spansOf(report)) expect(texts[span.side].slice(span.start, span.end)).toBe(span.text)
        for (const span of figureSpansOf(report)) {
          const text = texts[span.side]
          expect(span.text).toMatch(/\p{Nd}/u)
          expect(/\p{Nd}/u.test(text.slice(span.start - 1, span.start)) && /^\p{Nd}/u.test(span.text)).toBe(false)
          expect(/\p{Nd}$/u.test(span.text) && /\p{Nd}/u.test(text.slice(span.end, span.end + 1))).toBe(false)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('segment(): every sentence slices to its text', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        for (const sentence of segment(text.normalize('NFD'))) expect(text.normalize('NFD').slice(sentence.start, sentence.end)).toBe(sentence.text)
      }),
      { numRuns: 100 },
    )
  })

  it('normalize(): every word lies inside the string, in order, on code-point edges', () => {
    fc.assert(
      fc.property(textOf, (raw) => {
        const text = raw.normalize('NFD')
        let last = 0
        for (const word of normalize(text).words) {
          expect(word.start).toBeGreaterThanOrEqual(last)
          expect(word.end).toBeLessThanOrEqual(text.length)
          // never between the two units of an astral character
          const low = text.charCodeAt(word.start)
          expect(low >= 0xdc00 && low <= 0xdfff).toBe(false)
          last = word.start
        }
      }),
      { numRuns: 100 },
    )
  })
})
