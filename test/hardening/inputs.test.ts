/**
 * The input contract: compare() takes any JavaScript string and returns a valid
 * report whose offsets slice back; anything else is refused with a CorroborateError
 * whose code is stable and whose message says what was expected and what came.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import type { CompareOptions } from '../../src'
import { corpusArticles } from '../helpers'
import { expectFlat } from '../growth'
import { ODD_CASES, checkReport, expectCorroborateError } from './report-check'

const corpus = corpusArticles()
const news = corpus[0]!.sentences.join(' ')
const newsLines = corpus[1]!.sentences.join('\n')

describe('compare() accepts any string', () => {
  it.each(ODD_CASES)('%s: against itself, against news, as either side', (_name, text) => {
    for (const [a, b] of [
      [text, text],
      [text, news],
      [newsLines, text],
      [{ text, source: 'odd' }, { text: news + text, source: 'news+odd' }],
    ] as const) {
      checkReport(compare(a, b), a, b)
    }
  })

  it.each(ODD_CASES)('%s: with boilerplate detection off and no divergence stage', (_name, text) => {
    checkReport(compare(text, news, { detectBoilerplate: false }), text, news)
    const report = compare(text, text, { kinds: [] })
    checkReport(report, text, text)
    expect(report.divergences).toEqual([])
  })

  it('every odd case mixed into one article', () => {
    const mixed = ODD_CASES.map(([, text]) => text).join('\n')
    checkReport(compare(mixed, news + '\n' + mixed), mixed, news + '\n' + mixed)
  })

  it('a 10 MB single line', () => {
    const unit = 'Hà Nội mưa lớn ngày 13/8, thiệt hại 150 tỷ đồng; ông Nguyễn Văn An nói '
    const line = unit.repeat(Math.ceil(10_000_000 / unit.length)).slice(0, 10_000_000)
    // above the default maxLength (5 M): a caller who knows the input raises it
    const report = compare(line, 'Ngày 13/8 Hà Nội mưa lớn, thiệt hại 200 tỷ đồng.', { maxLength: 10_000_000 })
    expect(report.a.sentences.length).toBeGreaterThan(1000)
    // Spot checks: the whole report would be slow to deep-compare.
    for (const s of [report.a.sentences[0]!, report.a.sentences.at(-1)!]) expect(line.slice(s.start, s.end)).toBe(s.text)
    expect(report.a.sentences.at(-1)!.end).toBeLessThanOrEqual(line.length)
    for (const d of report.divergences) if (d.a) expect(line.slice(d.a.start, d.a.end)).toBe(d.a.text)
  }, 120_000)

  it('a 10 MB run of one letter (one 10-million-letter word)', () => {
    // Used to throw RangeError: /(.)\1+/g overflowed V8's regexp stack on the giant token.
    const line = 'x'.repeat(10_000_000)
    const report = compare(line, 'x', { maxLength: 10_000_000 })
    expect(report.a.sentences.map((s) => s.end - s.start).reduce((x, y) => x + y, 0)).toBe(line.length)
  }, 120_000)

  it('100 000 one-word lines', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `từ${i % 997}`).join('\n')
    const report = compare(text, text.slice(0, 50_000))
    expect(report.a.sentences).toHaveLength(100_000)
    checkReport(report, text, text.slice(0, 50_000))
  }, 120_000)
})

const TYPE_CASES: ReadonlyArray<readonly [string, unknown, RegExp]> = [
  ['a number', 42, /expected a string or an object \{ text: string \}, received number 42/],
  ['null', null, /received null/],
  ['undefined', undefined, /received undefined/],
  ['a boolean', true, /received boolean true/],
  ['an object without text', { body: 'x' }, /received an object with keys body \(no string "text"\)/],
  ['an object with a numeric text', { text: 5 }, /received an object with keys text \(no string "text"\)/],
  ['an array', ['a', 'b'], /received an array of length 2/],
  ['a function', () => 'x', /received a function/],
  ['a String object', new String('x'), /expected a string or an object/],
]

describe('wrong types throw E_INPUT', () => {
  it.each(TYPE_CASES)('%s as a', (_name, value, message) => {
    const error = expectCorroborateError(() => compare(value as string, 'x'), 'E_INPUT')
    expect(error.message).toMatch(/^a: /)
    expect(error.message).toMatch(message)
    expect(error.issues[0]).toMatchObject({ path: 'a' })
  })

  it.each(TYPE_CASES)('%s as b', (_name, value, message) => {
    const error = expectCorroborateError(() => compare('x', value as string), 'E_INPUT')
    expect(error.message).toMatch(/^b: /)
    expect(error.message).toMatch(message)
  })

  it('a non-string source', () => {
    const error = expectCorroborateError(() => compare({ text: 'x', source: 7 as unknown as string }, 'y'), 'E_INPUT')
    expect(error.message).toBe('a.source: expected a string or undefined, received number 7')
  })
})

const OPTION_CASES: ReadonlyArray<readonly [string, unknown, RegExp]> = [
  ['an unknown key', { treshold: 0.5 }, /options\.treshold: expected one of alignThreshold, .*received an unknown option/],
  ['alignThreshold 2', { alignThreshold: 2 }, /options\.alignThreshold: expected a number from 0 to 1, received number 2/],
  ['alignThreshold NaN', { alignThreshold: Number.NaN }, /options\.alignThreshold: expected a number from 0 to 1, received number NaN/],
  ['alignThreshold as a string', { alignThreshold: '0.5' }, /options\.alignThreshold: expected a number from 0 to 1, received "0\.5"/],
  ['nameThreshold -1', { nameThreshold: -1 }, /options\.nameThreshold: expected a number from 0 to 1, received number -1/],
  ["kinds ['x']", { kinds: ['x'] }, /options\.kinds: expected an array of number, date, name, missing, received an array of length 1/],
  ['kinds as a string', { kinds: 'number' }, /options\.kinds: expected an array of/],
  ['minSeverity "urgent"', { minSeverity: 'urgent' }, /options\.minSeverity: expected high, medium or low, received "urgent"/],
  ['maxLength -1', { maxLength: -1 }, /options\.maxLength: expected a non-negative integer, received number -1/],
  ['maxLength 1.5', { maxLength: 1.5 }, /options\.maxLength: expected a non-negative integer/],
  ['abbreviations with a number', { abbreviations: { tp: 1 } }, /options\.abbreviations: expected an object of strings/],
  ['languages as a string', { languages: 'vie' }, /options\.languages: expected an array of ISO 639-3 codes, received "vie"/],
  ['titles with a number', { titles: [1] }, /options\.titles: expected an array of title words/],
  ['detectBoilerplate "yes"', { detectBoilerplate: 'yes' }, /options\.detectBoilerplate: expected a boolean, received "yes"/],
  ['options as a string', 'fast', /options: expected an object or undefined, received "fast"/],
  ['options as null', null, /options: expected an object or undefined, received null/],
  ['options as an array', [], /options: expected an object or undefined, received an array of length 0/],
]

describe('invalid options throw E_OPTION', () => {
  it.each(OPTION_CASES)('%s', (_name, options, message) => {
    const error = expectCorroborateError(() => compare('x', 'y', options as CompareOptions), 'E_OPTION')
    expect(error.message).toMatch(message)
  })

  it('reports every bad option at once', () => {
    const error = expectCorroborateError(() => compare('x', 'y', { alignThreshold: 2, kinds: ['x'] } as unknown as CompareOptions), 'E_OPTION')
    expect(error.issues.map((issue) => issue.path)).toEqual(['options.alignThreshold', 'options.kinds'])
  })

  it('options are checked before the input is read', () => {
    expectCorroborateError(() => compare(42 as unknown as string, 'y', { alignThreshold: 2 }), 'E_OPTION')
  })
})

describe('maxLength refuses larger input with E_TOO_LARGE', () => {
  it.each([
    ['a', 'abcdef', 'abc'],
    ['b', 'abc', 'abcdef'],
  ])('side %s', (side, a, b) => {
    const error = expectCorroborateError(() => compare(a, b, { maxLength: 5 }), 'E_TOO_LARGE')
    expect(error.message).toBe(`${side}.text: expected at most 5 UTF-16 code units (options.maxLength), received 6`)
  })

  it('refuses 20 M characters at the default maxLength at once, before any work', () => {
    // 20 M characters of unique short lines used to exhaust the heap after 7 minutes (exit 134)
    const lines = (size: number): string => 'dòng 1234567 mới.\n'.repeat(Math.ceil(size / 18))
    const big = lines(20_000_000)
    const error = expectCorroborateError(() => compare(big, 'x'), 'E_TOO_LARGE')
    expect(error.message).toBe(`a.text: expected at most 5000000 UTF-16 code units (options.maxLength), received ${big.length}`)
    // work done before the refusal would grow with the text: 10 M and 20 M characters must be refused alike
    expectFlat(lines, (text) => expectCorroborateError(() => compare(text, 'x'), 'E_TOO_LARGE'), 10_000_000)
  })

  it('accepts input of exactly maxLength', () => {
    checkReport(compare('abcde', { text: 'abcde' }, { maxLength: 5 }), 'abcde', 'abcde')
  })

  it('the default (20 000 000) refuses a longer string at once, before any work', () => {
    const error = expectCorroborateError(() => compare(' '.repeat(20_000_001), 'x'), 'E_TOO_LARGE')
    expect(error.message).toMatch(/received 20000001/)
    expectFlat((size) => ' '.repeat(size), (text) => expectCorroborateError(() => compare(text, 'x'), 'E_TOO_LARGE'), 20_000_001)
  })
})
