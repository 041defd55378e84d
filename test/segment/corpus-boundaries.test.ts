/**
 * Sentence boundaries on real news text: the articles of test/fixtures/vi-news-sentences.jsonl
 * (from the shared corpora, underthesea's UD_Vietnamese-UUD) joined as a page shows them —
 * titles and other unpunctuated lines on their own line, other sentences separated by a
 * space — must come back at the corpus's boundaries. The same measure as `npm run eval`'s
 * `boundaries` task (bench/eval/boundaries.mjs).
 */
import { describe, expect, it } from 'vitest'
import { segment } from '../../src'
import { corpusArticles } from '../helpers'

const TERMINAL = /[.!?…]["'”’»)\]]*$/u

function join(sentences: readonly string[]): { text: string; boundaries: number[] } {
  let text = ''
  const boundaries: number[] = []
  sentences.forEach((raw, i) => {
    const sentence = raw.trim()
    if (i > 0) {
      text += TERMINAL.test(sentences[i - 1]!.trim()) && TERMINAL.test(sentence) ? ' ' : '\n'
      boundaries.push(text.length)
    }
    text += sentence
  })
  return { text, boundaries }
}

describe('sentence boundaries on real news text', () => {
  it('finds the corpus boundaries with F1 ≥ 0.99, and every sentence is its exact slice', () => {
    let found = 0
    let predicted = 0
    let gold = 0
    for (const article of corpusArticles()) {
      const { text, boundaries } = join(article.sentences)
      const sentences = segment(text)
      for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      const starts = new Set(sentences.slice(1).map((s) => s.start))
      found += boundaries.filter((b) => starts.has(b)).length
      predicted += starts.size
      gold += boundaries.length
    }
    const precision = found / predicted
    const recall = found / gold
    expect(gold).toBe(1056)
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.99)
  })
})
