import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segment } from '../../src'
import { splitSentences } from '../../src/segment/sentences'

const texts = (text: string): string[] => splitSentences(text).map((p) => text.slice(p.start, p.end))

describe('splitSentences', () => {
  it.each([
    ['Ngày 13.8, ông đến. Ông về.', ['Ngày 13.8, ông đến.', 'Ông về.']],
    ['Ông đến TP.HCM hôm qua. Ông về.', ['Ông đến TP.HCM hôm qua.', 'Ông về.']],
    ['Ông đến TP. HCM hôm qua. Ông về.', ['Ông đến TP. HCM hôm qua.', 'Ông về.']],
    ['GS. Nguyễn Văn A phát biểu. Sau đó về.', ['GS. Nguyễn Văn A phát biểu.', 'Sau đó về.']],
    ['Ông D. Trump nói. Xong.', ['Ông D. Trump nói.', 'Xong.']],
    ['Giá 1.000.000 đồng. Hết.', ['Giá 1.000.000 đồng.', 'Hết.']],
    ['Dr. Smith arrived at 3 p.m. yesterday. He left.', ['Dr. Smith arrived at 3 p.m. yesterday.', 'He left.']],
    ['第一句。第二句。', ['第一句。', '第二句。']],
  ])('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
  })

  it('never lets a sentence cross a line break', () => {
    expect(texts('Tiêu đề không dấu chấm\nCâu thân bài.')).toEqual(['Tiêu đề không dấu chấm', 'Câu thân bài.'])
  })

  it('cuts a very long line without losing text', () => {
    const line = 'Một câu dài có nhiều chữ và không bao giờ kết thúc '.repeat(2000)
    const pieces = splitSentences(line)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.map((p) => line.slice(p.start, p.end)).join(' ')).toBe(line.trim())
  })

  it('skips blank lines and trims whitespace', () => {
    expect(texts('  \n\n  Một câu.  \n')).toEqual(['Một câu.'])
  })
})

describe('splitSentences without ICU', () => {
  // Latin, Vietnamese letters and general punctuation, no sentence terminal: the lines it answers alone.
  const unterminated = fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).filter((c) => c !== 0x2e && c !== 0x21 && c !== 0x3f),
      fc.integer({ min: 0xa0, max: 0x24f }),
      fc.integer({ min: 0x300, max: 0x36f }),
      fc.integer({ min: 0x1e00, max: 0x1eff }),
      fc.integer({ min: 0x2010, max: 0x2023 }),
    ).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 80,
  })

  it('answers what ICU answers for a line with no sentence terminal', () => {
    const icu = new Intl.Segmenter('und', { granularity: 'sentence' })
    fc.assert(
      fc.property(unterminated, (line) => {
        const pieces = splitSentences(line).map((p) => line.slice(p.start, p.end))
        const segments = [...icu.segment(line)].map((s) => s.segment.trim()).filter(Boolean)
        expect(pieces).toEqual(segments)
      }),
      { seed: 5, numRuns: 2000 },
    )
  })

  it('answers what ICU answers for a line that ends with its only terminal', () => {
    const icu = new Intl.Segmenter('und', { granularity: 'sentence' })
    const ending = fc.tuple(unterminated, fc.constantFrom('.', '!', '?'), fc.stringMatching(/^["')\]}»’”]{0,3}$/), fc.stringMatching(/^ {0,2}$/))
    fc.assert(
      fc.property(ending, ([body, terminal, close, space]) => {
        const line = body + terminal + close + space
        const segments = [...icu.segment(line)].map((s) => s.segment.trim()).filter(Boolean)
        expect(segments.length).toBeLessThanOrEqual(1)
        expect(splitSentences(line).map((p) => line.slice(p.start, p.end))).toEqual(segments)
      }),
      { seed: 6, numRuns: 2000 },
    )
  })

  it('still splits a line with a terminal', () => {
    expect(splitSentences('Một câu. Câu khác').map((p) => [p.start, p.end])).toEqual([[0, 8], [9, 17]])
  })
})

describe('a letter carrying more combining marks than a segmenter window holds', () => {
  it.each([
    ['lower case after the stop', 'Câu một. a', 2500],
    ['upper case after the stop', 'Câu một. A', 5000],
    ['alone on its line', '', 4500],
  ])('%s: no sentence is a bare run of marks, none empty (original offsets)', (_name, before, marks) => {
    const text = `${before}a${'\u0301'.repeat(marks)} b. Câu ba.`
    const sentences = segment(text)
    for (const s of sentences) {
      expect(s.end).toBeGreaterThan(s.start)
      expect(s.text).toBe(text.slice(s.start, s.end))
      expect(s.text).not.toMatch(/^\p{M}/u)
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(text)
  })
})
