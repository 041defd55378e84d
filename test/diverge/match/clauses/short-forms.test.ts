/**
 * A name one sentence writes in a short form the other spells out (clause-names.ts `shortFormIn`):
 * a clipped word after the same word (*Les Miz* / *Les Misérables*) or initials (*HP* / *H-P* /
 * *Hewlett-Packard*). For the clause rule only: the short form carries its entity's slot, so the
 * figures beside the two are not set apart as figures of different entities.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { prepare } from '../../../../src/document'
import { factTokens } from '../../../../src/document/words'
import { resolveOptions } from '../../../../src/options'
import { shortFormIn } from '../../../../src/diverge/match/clauses/clause-names'

/** The folded words of one sentence, and its capitalised ones. */
function wordsOf(text: string): { words: string[]; capitals: Set<string> } {
  const tokens = factTokens(prepare({ text }, resolveOptions({})), 0).filter((t) => t.kind === 'word')
  return { words: tokens.map((t) => t.key), capitals: new Set(tokens.filter((t) => /^\p{Lu}/u.test(t.raw)).map((t) => t.key)) }
}

const shortIn = (name: string, a: string, b: string): boolean => {
  const x = wordsOf(a)
  const y = wordsOf(b)
  return shortFormIn(name, x.words, x.capitals, y.words, y.capitals)
}

describe('a name written in a short form by the other sentence', () => {
  it.each([
    ['en: a clipped title after the same word', 'misérables', 'Worldwide, Les Misérables has been seen by millions.', 'Millions have seen "Les Miz" worldwide.'],
    ['en: the clipped side asks too', 'miz', 'Millions have seen "Les Miz" worldwide.', 'Worldwide, Les Misérables has been seen by millions.'],
    ['en: initials of hyphened parts', 'hewlett-packard', 'Hewlett-Packard pulled in $2.94 billion.', 'HP came in second.'],
    ['en: initials written with a hyphen', 'hewlett-packard', 'Hewlett-Packard pulled in $2.94 billion.', 'H-P came in second.'],
    ['en: initials of a run of words', 'machines', 'International Business Machines sold more.', 'Analysts said IBM sold more.'],
    ['vi: initials of a run of syllables', 'quốc', 'Hội đồng Bảo an Liên Hợp Quốc họp hôm qua.', 'Các thành viên LHQ họp hôm qua.'],
  ])('%s: one entity', (_why, name, a, b) => {
    expect(shortIn(name, a, b)).toBe(true)
  })

  it.each([
    ['en: two states after the same word', 'jersey', 'He moved to New Jersey last year.', 'He moved to New York last year.'],
    ['en: a short word beside a short word', 'cape', 'The storm hit South Cape.', 'The storm hit South Carolina.'],
    ['en: initials that spell another run', 'hewlett-packard', 'Hewlett-Packard pulled in $2.94 billion.', 'IBM came in second.'],
    ['vi: two people of one family name, a syllable each', 'ngô', 'Ông Lê Ngô phát biểu tại hội nghị.', 'Ông Lê Nguyên phát biểu tại hội nghị.'],
    ['vi: two provinces after the same word', 'nam', 'Mưa lớn ở Quảng Nam.', 'Mưa lớn ở Quảng Ngãi.'],
  ])('%s: two entities', (_why, name, a, b) => {
    expect(shortIn(name, a, b)).toBe(false)
  })
})

const numberFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a!.text, d.b!.text])

describe('figures of one entity written in two forms', () => {
  it('en: Les Miz / Les Misérables, one gross (MSRP train 383417 / 383558)', () => {
    expect(
      numberFlags('Worldwide, more than 50 million people have seen "Les Miz," with gross receipts of $1.8 billion.', 'Worldwide, Les Misérables has been seen by over 50 million people, with a total gross of over $2 billion.'),
    ).toEqual([['$1.8 billion', '$2 billion']])
  })

  it.each([
    ['en: two companies still two', 'Worldwide, Hewlett-Packard had sales of $1.8 billion in the quarter.', 'Worldwide, Dell Computer had sales of $2.4 billion in the quarter.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
