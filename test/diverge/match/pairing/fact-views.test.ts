import { describe, expect, it } from 'vitest'
import type { Located } from '../../../../src/diverge/extract/collect'
import type { Fact } from '../../../../src/diverge/extract/fact'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { SentenceFacts, sameTexts } from '../../../../src/diverge/match/pairing/fact-views'
import { sameWrittenTexts, textsIdOf } from '../../../../src/diverge/match/pairing/written-texts'

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

describe('two sentences write their facts alike (written-texts.ts)', () => {
  it.each([
    ['vi: a copy of the sentence', 'Có 35 người chết và 12 người bị thương.', 'Có 35 người chết và 12 người bị thương.', true],
    ['en: a copy of the sentence', 'Police said 35 people died and 12 were hurt.', 'Police said 35 people died and 12 were hurt.', true],
    ['vi: the same figures reworded', 'Có 35 người chết và 12 người bị thương.', 'Theo báo cáo, 35 người chết và 12 người bị thương.', true],
    // traps: one figure changed, the same date written another way, the figures in another order
    ['vi: one figure changed', 'Có 35 người chết và 12 người bị thương.', 'Có 38 người chết và 12 người bị thương.', false],
    ['en: one figure changed', 'Police said 35 people died and 12 were hurt.', 'Police said 38 people died and 12 were hurt.', false],
    ['vi: the same date written another way', 'Ngày 13.8, đoàn đến Busan.', 'Ngày 13/8, đoàn đến Busan.', false],
    ['en: the figures in another order', 'Police said 35 people died and 12 were hurt.', 'Police said 12 were hurt and 35 people died.', false],
  ])('%s', (_name, a, b, expected) => {
    const [x, y] = [factsOf(a), factsOf(b)]
    expect(sameWrittenTexts(x, y)).toBe(expected)
    expect(x.textsId === y.textsId).toBe(expected)
  })

  it.each([
    // a list whose texts join like another's must not share its number
    [['1', '23'], ['12', '3']],
    [['1:2'], ['1', '2']],
    [[''], []],
  ])('%j and %j get different numbers', (x, y) => {
    expect(textsIdOf(x)).not.toBe(textsIdOf(y))
  })

  it('lists told apart by number are compared in full (a table emptied between them)', () => {
    expect(sameWrittenTexts({ texts: ['35', '12'], textsId: 1 }, { texts: ['35', '12'], textsId: 2 })).toBe(true)
    expect(sameWrittenTexts({ texts: ['35', '12'], textsId: 1 }, { texts: ['35', '13'], textsId: 2 })).toBe(false)
  })
})
