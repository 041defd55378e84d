/**
 * story54 (issue 15): a sentence's reading is made once a report and sentence, and each report
 * keeps its own: two reports with the same sentence index never share a reading.
 */
import { describe, expect, it } from 'vitest'
import { prepare } from '../../../src/document'
import { resolveOptions } from '../../../src/options'
import { sentenceView } from '../../../src/diverge/views/sentence-views'
import type { PreparedDocument } from '../../../src/document'

const doc = (text: string): PreparedDocument => prepare({ text }, resolveOptions(undefined))

describe('sentenceView', () => {
  it.each([
    ['en', 'The fire was out by 7 p.m. Nobody was hurt.'],
    ['vi', 'Đến 19h, đám cháy được dập tắt. Không ai bị thương.'],
  ])('%s: reads each sentence once however often it is asked', (_lang, text) => {
    const d = doc(text)
    const asked: number[] = []
    const read = (x: PreparedDocument, i: number): string => (asked.push(i), x.sentences[i]!.text)
    for (let round = 0; round < 3; round++) for (const i of [0, 1]) sentenceView(d, i, read)
    expect(asked).toEqual([0, 1])
    expect(sentenceView(d, 1, read)).toBe(d.sentences[1]!.text)
  })

  it.each([
    ['en', 'The fire was out by 7 p.m.', 'The fire was out by 9:30 p.m.'],
    ['vi', 'Đến 19h, đám cháy được dập tắt.', 'Đến 21h, đám cháy được dập tắt.'],
  ])('%s: each report keeps its own reading of its sentence 0', (_lang, a, b) => {
    const read = (x: PreparedDocument, i: number): string => x.sentences[i]!.text
    const [da, db] = [doc(a), doc(b)]
    expect(sentenceView(da, 0, read)).toBe(a)
    expect(sentenceView(db, 0, read)).toBe(b)
  })
})
