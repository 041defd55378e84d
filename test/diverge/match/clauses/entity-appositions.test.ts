import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { tokenize } from '../../../../src/diverge/extract/fact-tokens'
import { entityAppositions, identifiesShared } from '../../../../src/diverge/match/clauses/entity-appositions'

// A firm's ticker in brackets or its home town after "of" only identifies a body named right before
// it: no scope of the figure (entity-appositions.ts). Two banks "of Canada" / "of England" stay apart.
const capitalised = (raw: string) => /^\p{Lu}/u.test(raw) && !/^\p{Lu}{2,5}$/u.test(raw)
const appositions = (text: string) => {
  const tokens = tokenize(text)
  return entityAppositions(tokens, (t, at) => at > 0 && t.kind === 'word' && capitalised(t.raw))
}
const words = (text: string) => new Set(tokenize(text).filter((t) => t.kind === 'word').map((t) => t.key))

describe('identifying appositions of one sentence', () => {
  it.each([
    ['en: a ticker after a firm', 'EMC agreed to acquire Legato Systems (Nasdaq: LGTO) for about $1.2 billion.', 'nasdaq', 'legato systems', 'ticker'],
    ['vi: a ticker after a firm', 'Cổ phiếu của Công ty Vinamilk (HOSE: VNM) tăng 2%.', 'hose', 'vinamilk', 'ticker'],
    ['en: a home town after a firm', 'The company agreed to buy Legato Systems of Mountain View for $1.3 billion.', 'mountain', 'legato systems', 'of'],
    ['en: a ticker after an abbreviated firm', 'Shares of Microsoft Corp. (Nasdaq: MSFT) rose 2 percent.', 'nasdaq', 'microsoft corp', 'ticker'],
  ])('%s', (_label, text, word, head, form) => {
    const a = appositions(text).get(word)
    expect(a?.head.join(' ')).toBe(head)
    expect(a?.form).toBe(form)
  })

  it.each([
    ['en: a sentence-initial capital is no head ("Shares of Microsoft")', 'Shares of Microsoft rose 2 percent.', 'microsoft'],
    ['en: brackets holding words, not a ticker', 'Sales in Asia (excluding Japan) rose 5 percent.', 'japan'],
    ['en: a place on its own, not after a name', 'Prices in Mountain View rose 5 percent.', 'mountain'],
    ['vi: a place after a common noun', 'Giá xăng tại Hà Nội tăng 500 đồng.', 'hà'],
    ['en: a one-word head is as often a title ("Secretary of State")', 'On Monday, Secretary of State Colin Powell said 5,000 troops would leave.', 'powell'],
    ['en: a one-word head, a bank of a country', 'The Bank of Canada kept its rate at 2.75 percent.', 'canada'],
  ])('%s: none', (_label, text, word) => {
    expect(appositions(text).has(word)).toBe(false)
  })
})

describe('an apposition identifies a body the other sentence names too', () => {
  it.each([
    ['en: the other names the firm bare', 'EMC bought Legato Systems of Mountain View.', 'mountain', 'EMC bought Legato Systems in July.', true],
    ['en: the other names another firm', 'EMC bought Legato Systems of Mountain View.', 'mountain', 'EMC bought Documentum in July.', false],
    ['en: two firms of one name in two towns', 'First National Bank of Omaha kept its rate.', 'omaha', 'First National Bank of Chicago raised its rate.', false],
    ['vi: the other names the firm bare', 'Công ty Vinamilk (HOSE: VNM) lãi 100 tỷ đồng.', 'hose', 'Công ty Vinamilk lãi 120 tỷ đồng.', true],
  ])('%s', (_label, a, word, b, expected) => {
    expect(identifiesShared(word, appositions(a), words(b), appositions(b))).toBe(expected)
  })
})

// Whole comparisons: the gold's Legato price is flagged; places that scope a figure stay apart.
const flagged = (a: string, b: string, figure: string) =>
  compare(a, b).divergences.filter((d) => (d.kind === 'number' || d.kind === 'date') && d.a?.text === figure).length > 0

describe('compare() across a firm apposition', () => {
  it.each([
    [
      'en: one acquisition, ticker against home town (MSRP train 2761139)',
      'In July, EMC agreed to acquire Legato Systems (Nasdaq: LGTO) for about $1.2 billion.',
      'In July, the Hopkinton, Mass., company agreed to buy Legato Systems of Mountain View for $1.3 billion.',
      '$1.2 billion',
      true,
    ],
    [
      'en trap: two acquisitions, each firm with its own ticker or town',
      'In July, EMC agreed to acquire Legato Systems of Mountain View for $1.3 billion.',
      'In June, IBM agreed to buy Rational Software (Nasdaq: RATL) for $2.1 billion.',
      '$1.3 billion',
      false,
    ],
    [
      'en trap: prices in two towns, no firm before them',
      'Home prices in Mountain View rose 12 percent last year.',
      'Home prices in Palo Alto rose 8 percent last year.',
      '12 percent',
      false,
    ],
    [
      'vi trap: prices in two cities',
      'Giá xăng tại Hà Nội tăng 500 đồng mỗi lít.',
      'Giá xăng tại Đà Nẵng tăng 300 đồng mỗi lít.',
      '500 đồng',
      false,
    ],
  ])('%s', (_label, a, b, figure, expected) => {
    expect(flagged(a, b, figure)).toBe(expected)
  })
})
