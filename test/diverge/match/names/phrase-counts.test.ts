import { describe, expect, it } from 'vitest'
import { phraseCounter, wordPairs } from '../../../../src/diverge/match/names/name-phrases'
import { phraseCountsOf } from '../../../../src/diverge/match/names/phrase-counts'
import { prepare } from '../../../../src/document'
import { wordRuns } from '../../../../src/document/word-runs'
import { factTokens, sentenceText } from '../../../../src/document/words'

const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })

/** The counter by strings: every sentence's word pairs, as name-entities.ts reads them. */
function byStrings(text: string): { count: (gram: string) => number; grams: Set<string> } {
  const doc = docOf(text)
  const sentences = doc.sentences.map((_, i) => wordPairs(wordRuns(sentenceText(doc, i), factTokens(doc, i))))
  return { count: phraseCounter(sentences.length, (i) => sentences[i]!), grams: new Set(sentences.flatMap((s) => [...s])) }
}

const SENTENCES = [
  'Kyi Ly đã mở tỷ số 1-0 phút 34 cho Myanmar tại TP.HCM.',
  'Đội trưởng Kyi Lin mở tỷ số trận đấu, cho biết họp báo hôm nay.',
  'The company said on Monday it opened the scoring with Heong-joon and O’Brien.',
  'Tỷ số chung cuộc là 3-1, mở tỷ số tỷ số 13/8.',
  'Sales rose 5.2% in the year to $13.8 billion, the company said.',
]

describe('phraseCountsOf: the word-id counter counts as the string counter does', () => {
  // Short reports keep token objects, long ones (over 64K characters) columns: both are read.
  it.each([
    ['a short report', SENTENCES.join(' ')],
    ['a long report', Array.from({ length: 1500 }, (_, i) => `${SENTENCES[i % SENTENCES.length]} Câu số ${i} của bài viết dài.`).join(' ')],
  ])('%s', (_name, text) => {
    expect(text.length > 1 << 16).toBe(_name === 'a long report')
    const old = byStrings(text)
    const count = phraseCountsOf(docOf(text))
    const asked = [...old.grams, 'mở tỷ', 'tỷ số', 'said on', 'no such', 'mở', 'a b c', '']
    expect(asked.map((g) => [g, count(g)])).toEqual(asked.map((g) => [g, old.count(g)]))
    expect(count('mở tỷ')).toBeGreaterThan(0)
  })
})
