import { describe, expect, it } from 'vitest'
import type { Located } from '../../../../src/diverge/extract/collect'
import type { Fact } from '../../../../src/diverge/extract/fact'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { SentenceFacts, sameTexts } from '../../../../src/diverge/match/pairing/fact-views'

/** One sentence's facts as collectFacts locates them (sentence 0, spans into the sentence). */
function factsOf(sentence: string): SentenceFacts {
  const located: Located<Fact>[] = [...extractNumbers(sentence), ...extractDates(sentence)].map((fact) => ({ fact, span: { start: fact.start, end: fact.end, text: fact.text, sentence: 0 }, sentence: 0 }))
  return new SentenceFacts(located)
}

describe('a sentence copied in the other report is recognised by its facts', () => {
  it.each([
    ['vi: a copy of the sentence', 'Có 35 người chết và 12 người bị thương.', 'Có 35 người chết và 12 người bị thương.', true],
    ['en: a copy of the sentence', 'Police said 35 people died and 12 were hurt.', 'Police said 35 people died and 12 were hurt.', true],
    // The signature stands for a copy: the same figures elsewhere in a reworded sentence are matched in full.
    ['vi: the same figures in a reworded sentence', 'Có 35 người chết và 12 người bị thương.', 'Theo báo cáo, 35 người chết và 12 người bị thương.', false],
    ['en: the same figures in a reworded sentence', 'Police said 35 people died and 12 were hurt.', 'At least 35 people died and 12 were hurt, police said.', false],
    ['vi: one figure changed', 'Có 35 người chết và 12 người bị thương.', 'Có 38 người chết và 12 người bị thương.', false],
    ['en: one figure changed', 'Police said 35 people died and 12 were hurt.', 'Police said 38 people died and 12 were hurt.', false],
    ['vi: the same date written another way', 'Ngày 13.8, đoàn đến Busan.', 'Ngày 13/8, đoàn đến Busan.', false],
    ['en: the same amount written another way', 'The deal is worth $1.5 billion.', 'The deal is worth $1,500 million.', false],
  ])('%s', (_name, a, b, expected) => {
    expect(factsOf(a).signature === factsOf(b).signature).toBe(expected)
  })
})

describe('a sentence whose facts all match themselves is inert', () => {
  it.each([
    ['vi: two counts', 'Có 35 người chết và 12 người bị thương.', true],
    ['en: a date and an amount', 'On March 3 the company paid $12 million.', true],
    ['en: no figure at all', 'The minister said nothing more.', true],
  ])('%s', (_name, sentence, expected) => {
    expect(factsOf(sentence).inert).toBe(expected)
  })
})

describe('sameTexts', () => {
  it.each([
    [['35', '12'], ['35', '12'], true],
    [['35', '12'], ['12', '35'], false],
    [['35'], ['35', '12'], false],
    [[], [], true],
  ])('%j and %j', (x, y, expected) => {
    expect(sameTexts(x, y)).toBe(expected)
  })
})
