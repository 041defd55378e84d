import { describe, expect, it } from 'vitest'
import { compare, toHtml, toMarkdown, toText } from '../src'
import type { Overlap, Report } from '../src'
import { DIFFERENT_EVENTS_LEXICAL, SAME_EVENT_LEXICAL, reportWarnings } from '../src/warnings'
import { corpusArticles, seed } from './helpers'
import { doc, report } from './report/build'

const codes = (r: Pick<Report, 'warnings'>): string[] => r.warnings.map((w) => w.code)
const overlap = (score: number, lexical: number): Overlap => ({ a: score, b: score, score, lexical })
const article = (words: number, language = 'vie') => ({ text: 'chữ '.repeat(words), language, bodyWords: words })

describe('reportWarnings', () => {
  it.each([
    ['nothing for a close retelling', article(200), article(200), overlap(0.6, 0.9), []],
    ['different events below the lexical threshold', article(200), article(200), overlap(0, DIFFERENT_EVENTS_LEXICAL - 0.01), ['different-events']],
    ['no event warning between the thresholds', article(200), article(200), overlap(0, (DIFFERENT_EVENTS_LEXICAL + SAME_EVENT_LEXICAL) / 2), []],
    ['independent reports at the same-event threshold', article(200), article(200), overlap(0.05, SAME_EVENT_LEXICAL), ['independent-reports']],
    ['nothing about events once sentences are restated', article(200), article(200), overlap(0.3, 0.2), []],
    ['a near-empty input, and no event guess from it', article(5), article(200), overlap(0, 0.1), ['short-input']],
    ['no event guess on short but not near-empty text', article(20), article(200), overlap(0, 0.1), []],
    ['an empty input', { text: ' \n\t', language: 'und', bodyWords: 0 }, article(200), overlap(0, 0), ['empty-input']],
    ['different languages, and no event guess across them', article(200, 'vie'), article(200, 'eng'), overlap(0, 0.05), ['different-languages']],
  ])('%s', (_name, a, b, figures, expected) => {
    expect(reportWarnings(a, b, figures).map((w) => w.code)).toEqual(expected)
  })

  it('puts the figures that raised a warning in its message', () => {
    const [warning] = reportWarnings(article(200), article(200), overlap(0, 0.26))
    expect(warning!.message).toContain('0.26')
    expect(warning!.message).toContain(String(DIFFERENT_EVENTS_LEXICAL))
  })
})

describe('compare() warnings', () => {
  const [thanhnien, ngaynay] = [seed('thanhnien'), seed('ngaynay')]
  const football = corpusArticles().find((a) => a.url.includes('messi'))!.sentences.join(' ')

  it.each([
    ['the seed pair (one event, one wire story)', thanhnien, ngaynay, []],
    ['an empty report', '', ngaynay, ['empty-input']],
    ['a report of spaces', '   \n  ', ngaynay, ['empty-input']],
    ['a one-line report', 'Tin nhanh.', ngaynay, ['short-input']],
    ['a football story against a state visit', football, thanhnien, ['different-events']],
  ])('%s', (_name, a, b, expected) => {
    expect(codes(compare(a, b))).toEqual(expected)
  })

  it('is plain JSON', () => {
    const r = compare('', ngaynay)
    expect(JSON.parse(JSON.stringify(r.warnings))).toEqual(r.warnings)
  })
})

describe('warnings in every rendering', () => {
  const withWarning = report(doc(['Một.']), doc(['Hai.']), { warnings: [{ code: 'different-events', message: 'These look like different events.' }] })
  // A report saved as JSON before warnings had codes.
  const legacy = { ...withWarning, warnings: ['These look like different events.'] } as unknown as Report

  it.each([
    ['text', toText],
    ['Markdown', toMarkdown],
    ['HTML', toHtml],
  ] as const)('shows the warning in %s, from a coded or a legacy report', (_name, render) => {
    expect(render(withWarning)).toContain('These look like different events.')
    expect(render(legacy)).toContain('These look like different events.')
  })
})
