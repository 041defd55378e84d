import { readFileSync } from 'node:fs'
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

  // franc reads a short English opening as Scots (sco), a Catalan-looking French one as Catalan:
  // the reports' own function words decide when they agree, and only then.
  const written = (text: string, language: string) => ({ text, language, bodyWords: 200 })
  const ENGLISH = 'The strikes were the heaviest since 2014, and the rockets fell on the city for a second day with no end in sight.'
  const ENGLISH_TOO = 'Israel said it had hit the targets of the group that has fired the rockets, which killed two of its people.'
  const FRENCH = "Les frappes ont été les plus lourdes depuis 2014 et les roquettes sont tombées sur la ville pour un deuxième jour."
  const SPANISH = 'Los ataques fueron los más intensos desde 2014 y los cohetes cayeron sobre la ciudad por segundo día.'
  const PORTUGUESE = 'Os ataques foram os mais intensos desde 2014 e os foguetes caíram sobre a cidade pelo segundo dia, não houve trégua.'
  it.each([
    ['English read as Scots beside English: no warning', written(ENGLISH, 'sco'), written(ENGLISH_TOO, 'eng'), []],
    ['French beside English: warned', written(FRENCH, 'fra'), written(ENGLISH, 'eng'), ['different-languages']],
    ['Spanish beside Portuguese: warned', written(SPANISH, 'spa'), written(PORTUGUESE, 'por'), ['different-languages']],
    ['Vietnamese beside English: warned', article(200, 'vie'), written(ENGLISH, 'eng'), ['different-languages']],
  ])('%s', (_name, a, b, expected) => {
    expect(reportWarnings(a, b, overlap(0.5, 0.6)).map((w) => w.code)).toEqual(expected)
  })

  it('puts the figures that raised a warning in its message', () => {
    const [warning] = reportWarnings(article(200), article(200), overlap(0, 0.26))
    expect(warning!.message).toContain('0.26')
    expect(warning!.message).toContain(String(DIFFERENT_EVENTS_LEXICAL))
  })
})

describe('compare() warnings', () => {
  it('reads two English wire openings as one language though franc calls one Scots (AllSides, Voice of America / AP)', () => {
    const lines = readFileSync(new URL('./fixtures/allsides/articles.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string })
    const text = (id: string) => lines.find((l) => l.id === id)!.text
    const r = compare(text('6054-center'), text('6054-left'))
    expect(codes(r)).not.toContain('different-languages')
  })

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
